"""The object that controls an infinitive clause a possessive pronoun stands in: "paid
Veltra to integrate its models" - "its" is Veltra's; "officials urged Norland to drop its deal
with Quorix" (Norland tagged as a country) - "its" is the country's, never a firm named in an
earlier sentence. A firm that is the subject of the same sentence still owns it: "Veltra asked
Norland to approve its takeover of Quill" - the takeover is Veltra's."""
from __future__ import annotations

from .words import BORROWED_USE_VERBS, COUNTERPARTY_DEALS, ORG_DESCRIPTORS, place_names


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


def _with_side(word, mention_at):
    """The named firm in a "with" phrase on word: "partnered with Orvane", "a deal with Orvane"."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            m = mention_at(objs[0]) if objs else None
            if m is not None and m.type == "ORG":
                return m
    return None


def counterparty_owner(token, clause, mention_at):
    """"Acme signed a deal with Orvane to use its network": "its" on the object of a verb of
    using, in the purpose clause of a deal or tie with a named firm, is that firm's (a firm
    needs no deal to use its own network). None for any other shape ("a deal with Orvane to
    sell its drinks": the seller's own)."""
    if clause.dep_ not in {"advcl", "xcomp", "acl"} or clause.lemma_.lower() not in BORROWED_USE_VERBS \
            or token.dep_ != "poss" or token.head.dep_ != "dobj" or token.head.head.i != clause.i \
            or any(c.lower_ == "own" for c in token.head.children):
        return None  # "to use its own trucks": the subject's, as "own" says
    gov = clause.head
    deals = [gov] if gov.lemma_.lower() in COUNTERPARTY_DEALS else [
        c for c in gov.children if c.dep_ == "dobj" and c.lemma_.lower() in COUNTERPARTY_DEALS]
    return next((m for w in deals for m in [_with_side(w, mention_at)] if m is not None), None) \
        or (_with_side(gov, mention_at) if gov.pos_ == "VERB" else None)


def controlled_antecedent(token, mention_at, excluded) -> tuple[bool, object]:
    """The pronoun's antecedent read off its clause: (True, mention) for the named object of
    an infinitive clause or the subject of a clause around it; (True, None) when a place or an
    unnamed body owns it; (False, None) when the clause says nothing. A place object stops only
    the fallback to firms named earlier, not a firm that is the subject of the sentence."""
    place_ctrl = False
    for anc in token.ancestors:
        owner = counterparty_owner(token, anc, mention_at)
        if owner is not None and owner.name not in excluded:
            return True, owner
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
