"""The object that controls an infinitive clause a possessive pronoun stands in: "paid
Veltra to integrate its models" - "its" is Veltra's; "officials urged Norland to drop its deal
with Quorix" (Norland tagged as a country) - "its" is the country's, never a firm named in an
earlier sentence. A firm that is the subject of the same sentence still owns it: "Veltra asked
Norland to approve its takeover of Quill" - the takeover is Veltra's. The goods a deal is made
to use are the other side's: "Veltra signed a deal with Norvik to use its satellite service"."""
from __future__ import annotations

from ..wordlists import words
from .words import COUNTERPARTY_DEALS, ORG_DESCRIPTORS, place_names

PARTNER_USE_VERBS = words("relation_words", "partner_use_verbs")  # "with Norvik to use its"
PARTNER_USE_HOSTS = words("entities", "partner_use_hosts")  # "signed ... with", "partnered with"
USED_GOODS = words("relation_words", "paid_use_goods")  # technology, not "its own stores"


def is_place(tok) -> bool:
    """A country or region: tagged GPE or a known place name."""
    return tok.ent_type_ == "GPE" or tok.text in place_names()


def object_controller(xcomp, mention_at) -> tuple[bool, object]:
    """(True, mention) when the object of the verb the infinitive clause hangs on is a named
    organization; (True, None) when it is a place, whose "its" binds to no firm; else
    (False, None): the clause says nothing about the pronoun."""
    objs = [c for c in xcomp.head.children if c.dep_ == "dobj"]
    if not objs:
        return False, None
    m = mention_at(objs[0])
    if m is not None and m.type == "ORG":
        return True, m
    return (True, None) if is_place(objs[0]) else (False, None)


def controlled_antecedent(token, mention_at, excluded) -> tuple[bool, object]:
    """The pronoun's antecedent read off its clause: (True, mention) for the named object of
    an infinitive clause or the subject of a clause around it; (True, None) when a place or an
    unnamed body owns it; (False, None) when the clause says nothing. A place object stops only
    the fallback to firms named earlier, not a firm that is the subject of the sentence."""
    partner = deal_partner_owner(token, mention_at)
    if partner is not None and partner.name not in excluded:
        return True, partner
    place_ctrl = False
    for anc in token.ancestors:
        if anc.dep_ == "xcomp":  # "paid Veltra to integrate its models"
            controlled, ctrl = object_controller(anc, mention_at)
            if ctrl is not None:
                return True, ctrl
            place_ctrl = place_ctrl or controlled
        for c in anc.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i and not (
                    token.dep_ == "poss" and anc.i == token.head.i):
                # "Acme, which said it works with X": the relative stands for Acme
                relative = c.lower_ in {"which", "that"} and anc.dep_ == "relcl"
                m = mention_at(anc.head if relative else c)
                if m and m.type == "ORG" and m.name not in excluded:
                    return True, m
                if is_place(c) and not relative:
                    return True, None  # "Norway hit back with its spokesman": the country's
                if m is None and c.lemma_.lower() in ORG_DESCRIPTORS and c.pos_ == "NOUN" \
                        and any(p.dep_ == "poss" for p in c.children):
                    return True, None  # "Australia's watchdog said it ...": an unnamed body
    return place_ctrl, None


def deal_partner_owner(token, mention_at):
    """"Veltra signed a deal with Norvik to use its satellite service", "Veltra partnered with
    Norvik to access its data platform", "in talks with Norvik about using its chips": "its" on
    the goods of a use verb whose clause hangs on a deal or partnering with one named firm is
    that firm's. None when the goods are "its own", not a technology or service, or the
    with-side is not one named organization; "integrate" and "deploy" are no such verbs (a
    maker partners with a platform to put its own goods there)."""
    goods = token.head
    if token.lower_ != "its" or token.dep_ != "poss" or goods.dep_ != "dobj" \
            or goods.lemma_.lower() not in USED_GOODS \
            or any(c.lower_ == "own" for c in goods.children):
        return None
    verb = goods.head
    if verb.lemma_.lower() not in PARTNER_USE_VERBS or verb.dep_ not in {
            "advcl", "xcomp", "acl", "pcomp", "relcl"}:
        return None
    host = verb.head.head if verb.head.pos_ == "ADP" else verb.head  # "talks about using"
    deals = [c for c in host.children if c.dep_ == "dobj"] + [host]
    if not (host.lemma_.lower() in PARTNER_USE_HOSTS | COUNTERPARTY_DEALS
            or any(d.lemma_.lower() in COUNTERPARTY_DEALS for d in deals)):
        return None
    sides = [t for d in deals for c in d.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
    if len(sides) != 1:
        return None  # "with Norvik and Quill to use its platform": either one's
    m = mention_at(sides[0])
    return m if m is not None and m.type == "ORG" and m.kind == "name" else None
