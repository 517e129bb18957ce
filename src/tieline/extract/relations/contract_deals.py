"""A deal or contract one party holds with another named only inside its purpose or by "from":
"Z signed a deal to buy 36 planes from X", "Y clinched the contract to build a ship for Z",
"Y won a contract from Z to build two ferries". Per the guide a sale or manufacturing agreement
between two organizations is a partnership (the purchase's supply is read in supply.py and by
the buy rule); "Z signed a deal with X" is the trigger-word rule's to read.

Refused: a purpose that buys no goods ("a deal to buy its engine unit", "to buy back shares": a
takeover or a buy-back), making for no named organization ("to build a plant for $2bn"), an
order or a bid (no agreement yet), and a conditional or negated clause."""
from __future__ import annotations

from ..arguments import conjuncts
from ..modality import modality_at
from ..wordlists import words
from .blocked_deals import phrase_objects
from .supply import BUY_VERBS, DEAL_NOUNS, _bought_goods, _goods_bought, org_mentions
from .supply_checks import conditional

HOLDING_VERBS = words("relation_words", "contract_holding_verbs")
WINNING_VERBS = words("relation_words", "contract_winning_verbs")
MAKING_VERBS = words("relation_words", "contract_making_verbs")
PURPOSE_DEPS = {"acl", "advcl", "xcomp", "relcl"}


def contract_deals(ents, sink) -> None:
    for noun in ents.view.with_lemma(DEAL_NOUNS):
        if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLDING_VERBS:
            _held_deal(noun, ents.view.sent(noun), ents, sink)


def _held_deal(noun, sent, ents, sink) -> None:
    verb = noun.head
    if conditional(verb):
        return
    mood = modality_at(verb, sent)
    if mood == "negated":
        return
    signers = org_mentions(ents.mention_at(t) for c in verb.children if c.dep_ == "nsubj"
                    for t in conjuncts(c))
    if not signers:
        return
    others = []
    if verb.lemma_.lower() in WINNING_VERBS:  # "won a contract from Z": Z gave it
        others += phrase_objects([noun, verb], "from")
    purposes = [c for h in (noun, verb) for c in h.children if c.dep_ in PURPOSE_DEPS
                and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)]
    for p in purposes:
        goods = [o for o in p.children if o.dep_ == "dobj"]
        lemma = p.lemma_.lower()
        if lemma in BUY_VERBS | {"acquire"} and _bought_goods(p):
            others += phrase_objects([p, *goods], "from")  # "to buy 36 planes from X"
        elif lemma in MAKING_VERBS and goods and all(_goods_bought(g) for g in goods):
            others += phrase_objects([p, *goods], "for")  # "to build a new ship for Z"
    for h in signers:
        for t in org_mentions(ents.mention_at(o) for o in others):
            if h.name != t.name:
                sink.add("partner", h, t, verb, "contract_deals:held", sent, modality=mood,
                         confidence=0.6)
