"""The sides of a deal: the customer of a contract a seller won, the buyer of a purchase told
just before, what a price buys, and a name described as a supplier."""
from __future__ import annotations

from .kinds import governing_path
from .parties import NOBODY
from .words import (AWARD_VERBS, BUYER_REACH, CONTRACT_NOUNS, HOLDING_VERBS, RECEIVING_VERBS,
                    SALE_VERBS, SELLER_VERBS, SUPPLIER_NOUNS, TARGET_VERBS)

READ_ON = "<read on>"  # the verb names no side of the deal: read the owner further up
# "X received a $3bn offer", "X got $2bn for the unit": X is paid (land/win stay with the seller)
PAYEE_VERBS = RECEIVING_VERBS - SELLER_VERBS
BUYING_VERBS = SALE_VERBS - {"sell", "auction"}  # "a deal to buy X": the winner buys
BUYING_NOUNS = ("acquisition", "buyout", "purchase", "takeover")  # "a deal for the purchase of X"


def deal_side(owners, verb, root) -> str | None:
    """The side of a deal's price its verb names: READ_ON for a target's verb ("rejected a
    $5bn offer"); no one for a thing sold whose buyer goes unnamed ("X was bought for $9bn",
    "... by a previously unknown group"); for a seller's or a payee's verb the customer or
    bidder named after "from" ("received a $3bn offer from Y"), else no one, never the
    subject, which is paid or courted ("X has received a $3bn takeover offer")."""
    lemma = verb.lemma_.lower()
    if lemma in TARGET_VERBS:
        return READ_ON
    if lemma in SALE_VERBS and verb.tag_ == "VBN" and any(
            c.dep_ == "nsubjpass" for c in verb.children):
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        return None if any(owners.at(g) not in (None, NOBODY) for g in agents) else NOBODY
    found = seller_side(owners, verb, root)
    if found or lemma not in PAYEE_VERBS or not any(
            c.dep_ == "dobj" and (c == root or root.head == c) for c in verb.children):
        # only a figure on the object itself: "received approval for the $2bn takeover of
        # Y" still names the buyer
        return found
    bidders = [m.name for p in (verb, *verb.children) for c in p.children
               if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
               for m in [owners.ents.mention_at(g)] if m and m.kind == "name" and m.type == "ORG"]
    return bidders[0] if bidders else NOBODY


def seller_side(owners, verb, root) -> str | None:
    """ "X won a $1bn contract from Y", "X filled a $5m order for Y", "X was awarded a $1bn
    contract": X sells; the owner of the price is the customer the clause names, else no one."""
    lemma = verb.lemma_.lower()
    passive = lemma in AWARD_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children)
    if lemma not in SELLER_VERBS | HOLDING_VERBS and not passive:
        return None
    deals = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
             and (c.lemma_.lower() in CONTRACT_NOUNS or won_deal(lemma, c))]
    if not deals or not any(root in d.subtree for d in deals):
        return None
    if lemma in HOLDING_VERBS:
        return NOBODY  # "X has a $1bn contract": seller or customer, the clause won't say
    phrases = [c for p in (verb, *deals) for c in p.children
               if (c.dep_ == "prep" and c.lower_ in ("from", "for", "with")) or c.dep_ == "agent"]
    customers = [m for p in phrases for g in p.children if g.dep_ == "pobj"
                 for m in [owners.ents.mention_at(g)] if m and m.kind == "name" and m.type == "ORG"]
    return customers[0].name if customers else NOBODY


def won_deal(lemma: str, noun) -> bool:
    """ "X lands a $1bn government deal", "X wins a $3bn deal with Y": a deal won is a sale,
    unless it is one to buy ("secured a deal to acquire Z", "won a deal for the acquisition
    of Z")."""
    return lemma in SELLER_VERBS - {"lose"} and noun.lemma_.lower() == "deal" and not any(
        t.lemma_.lower() in BUYING_VERBS if t.pos_ == "VERB" else buying_a_firm(t)
        for t in noun.subtree)


def buying_a_firm(noun) -> bool:
    """ "the acquisition of Z": a purchase of a named firm, no one named as its buyer (not
    "the purchase of its radars by the navy", which the winner sells, nor "the purchase of 40
    Skylark C200s", goods the winner sells)."""
    if noun.lemma_.lower() not in BUYING_NOUNS:
        return False
    preps = [c for c in noun.children if c.dep_ in ("prep", "agent")]
    return not any(p.lower_ == "by" for p in preps) \
        and any(p.lower_ == "of" and _uncounted_name(g) for p in preps for g in p.children)


def _uncounted_name(tok) -> bool:
    """A name bought whole; a counted one is goods ("40 Skylark C200s", "two Arvo frigates").
    The count, not the entity type, tells them apart: the parser types invented firm and
    model names at random ("Keller Hops" a person, "Skylark C200s" an organization)."""
    return tok.pos_ == "PROPN" and not any(c.dep_ == "nummod" for c in tok.children)


def recent_buyer(owners, sent) -> str | None:
    """For a price no one is named for ("the $1.3bn acquisition"): the buyer of the
    purchase told in this sentence or the BUYER_REACH before ("Acme agreed to buy X")."""
    index = next(i for i, s in enumerate(owners.sents) if s.start == sent.start)
    for earlier in reversed(owners.sents[max(0, index - BUYER_REACH):index + 1]):
        for tok in reversed(earlier):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in SALE_VERBS - {"sell"}:
                continue
            buyers = [g for c in tok.children if c.dep_ == "agent" for g in c.children] \
                or [c for c in tok.children if c.dep_ == "nsubj"]
            head = tok
            while not buyers and head.dep_ in ("xcomp", "conj", "pcomp", "prep", "advcl") \
                    and head.head != head:
                head = head.head  # "agreed to buy X", "moved by acquiring X": their subject
                buyers = [c for c in head.children if c.dep_ == "nsubj"]
            found = next((n for n in map(owners.at, buyers) if n and n != NOBODY), None)
            if found:
                return found
    return None


def bought(owners, root, sent, owner: str | None) -> str | None:
    """What a price buys: the first name in the object or "for" phrase of its verb."""
    verb = next((t for t in governing_path(root, sent) if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    phrases = [c for c in verb.children if c.dep_ == "dobj" and root not in c.subtree]
    phrases += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                and root not in c.subtree for g in c.children]
    names = [m.name for p in phrases for t in p.subtree for m in [owners.ents.mention_at(t)]
             if m and m.name != owner and m.type in ("ORG", "PERSON", "PRODUCT")]
    return names[0] if names else None


def is_supplier(tok) -> bool:
    """ "cloud provider X", "X, a chip supplier": a name described as selling to others."""
    return any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in SUPPLIER_NOUNS
               for c in tok.children)
