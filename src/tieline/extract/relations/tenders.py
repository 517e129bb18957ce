"""Supply offered to a public buyer: "the Air Force is considering proposals from firms such as
Kestrel Aero and Halvorsen Jets", "the ministry received bids from Orvane and Trellis". A public
body (a ministry, an army, an air force) weighs offers to sell it goods or services; a company
weighing "offers from" others is more often being bought, so only a public body's count. Each
bidder supplies the body, hedged (an offer weighed is no sale), negated when the offers are
turned down ("rejected bids from X").

Refused: a company as the one weighing ("the board is considering offers from Orvane": a
takeover), a regulator or a government ("the Commission is reviewing proposals from X": a
remedy; a rescue offer), a bidder that is itself a public body, and verbs that do not weigh an
offer ("criticised proposals from X"), a body that judges deals ("the Justice Department is
reviewing proposals from X"), and bids for a stake or a firm ("bids for its stake in Y": the body
sells). A negated weighing gives nothing (supply.emit_facts drops a negated verb).
"""
from __future__ import annotations

from ..arguments import mentions_of, subjects_of
from ..wordlists import words
from .supply import emit_facts, org_mentions

OFFER_NOUNS = words("relation_words", "tender_offer_nouns")  # proposals, bids, offers, tenders
WEIGHING_VERBS = words("relation_words", "tender_weighing_verbs")  # consider, evaluate, receive
REFUSING_VERBS = words("relation_words", "tender_refusing_verbs")  # reject, turn down
OFFER_VERBS = WEIGHING_VERBS | REFUSING_VERBS
BUYER_WORDS = words("relation_words", "tender_buyer_words")  # "the Air Force", "the ministry"
REGULATING_WORDS = words("relation_words", "tender_regulating_words")  # justice, competition
SALE_OBJECTS = words("relation_words", "tender_sale_objects")  # "bids for its stake in Y"


def tenders(ents, sink) -> None:
    for noun in ents.view.with_lemma(OFFER_NOUNS):
        if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            _weighed_offers(noun, ents.view.sent(noun), ents, sink)


def _public_body(name: str) -> bool:
    """A buying public body: "the Norland Air Force", "the Defence Ministry" (no regulator)."""
    return bool({w.lower() for w in name.split()} & BUYER_WORDS)


def _judges_deals(name: str) -> bool:
    """"the Justice Department", "the Competition Ministry": it reviews offers, buys nothing."""
    return bool({w.lower() for w in name.split()} & REGULATING_WORDS)


def _sale(noun, ents) -> bool:
    """"bids for its stake in Y", "offers for Norland Air": bids to buy from the body."""
    return any(p.lemma_.lower() in SALE_OBJECTS
               or getattr(ents.mention_at(p), "type", None) == "ORG"
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
               for p in c.children if p.dep_ == "pobj")


def _weighed_offers(noun, sent, ents, sink) -> None:
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma not in OFFER_VERBS or _sale(noun, ents):
        return
    bidders = org_mentions(m for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pobj" for m in mentions_of(p, ents))
    bidders = [m for m in bidders if not _public_body(m.name)]
    buyers = [m for m in org_mentions(m for s in subjects_of(verb) for m in mentions_of(s, ents))
              if _public_body(m.name) and not _judges_deals(m.name)]
    if not bidders or not buyers:
        return
    mood = "negated" if lemma in REFUSING_VERBS else "hedged"
    emit_facts("supply", bidders, buyers, verb, "tender", sent, sink, "other", mood)
