"""Supply stated by where the goods of a deal are made: "Avonmere Power signed a power purchase
agreement with Kestrel Foods for electricity produced at its wind farm" (the one whose plant
makes the power sells it, the other party buys it). A deal's two parties alone do not say who
sells ("A signed a supply deal with B"), nor does a plant with no owner among them ("power
produced at the Tarn dam"); "its" is read as the anaphora module binds it.
"""
from __future__ import annotations

from functools import lru_cache

from ..arguments import conjuncts, mentions_of, subjects_of
from ..wordlists import words
from .rules import INTENT_NOUNS, load_patterns
from .supply import DEAL_NOUNS, emit_facts, org_mentions

# goods a plant makes and a deal sells: "power", "electricity", "gas", "output"
PLANT_GOODS = words("relation_words", "plant_goods")
PRODUCING = words("relation_words", "plant_making_verbs")  # "power produced at ..."
SITE_PREPS = words("relation_words", "plant_site_preps")  # "... at / from / by its plant"


@lru_cache(maxsize=1)
def _signing_verbs() -> set[str]:
    """The partner rule's verbs that make a deal ("sign", "strike", "reach" ...): a deal only
    criticised, blocked or wanted says no one sells."""
    verbs, _, _ = load_patterns()
    return {lemma for lemma, rules in verbs.items() for r in rules
            if r.type == "partner" and "deal" in r.require_object}


def offtake_deals(ents, sink) -> None:
    for tok in ents.view.with_any(lemmas=DEAL_NOUNS, lowers=("ppa",)):
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "dobj":
            _deal_from_own_plant(tok, ents.view.sent(tok), ents, sink)


def _deal_from_own_plant(deal, sent, ents, sink) -> None:
    verb = deal.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _signing_verbs():
        return
    withs = [p for h in (deal, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    others = org_mentions(m for p in withs for t in conjuncts(p) for m in [ents.mention_at(t)])
    signers = org_mentions(m for s in subjects_of(verb) for m in mentions_of(s, ents))
    if not others or not signers:
        return
    # the parser may hang "for power ..." on the deal, its verb or the other party's name
    goods = [p for h in (deal, verb, *withs) for c in h.children if c.dep_ == "prep"
             and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"
             and p.lemma_.lower() in PLANT_GOODS]
    makers = org_mentions(m for g in goods for site in _sites(g) for m in _site_owners(site, ents))
    mood = _aim_mood(verb)
    for maker in makers:
        if maker.name in {m.name for m in signers}:
            emit_facts("supply", [maker], others, verb, "own_plant", sent, sink, "other", mood)
        elif maker.name in {m.name for m in others}:
            emit_facts("supply", [maker], signers, verb, "own_plant", sent, sink, "other", mood)


def _aim_mood(verb) -> str | None:
    """The mood a noun of aim gives the signing ("in talks to sign a deal": hedged, "its plan
    to sign": forecast), as the partner rule reads it; None leaves the verb's own mood."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(
            c.lower_ == "to" for c in verb.children):
        return INTENT_NOUNS.get(verb.head.lemma_.lower())
    return None


def _sites(goods) -> list:
    """Where goods are made: "power produced at its plant" (a making participle's place),
    "electricity from its wind farm"."""
    made = [c for c in goods.children if c.dep_ == "acl" and c.lemma_.lower() in PRODUCING]
    return [p for h in made for c in h.children if c.dep_ in {"prep", "agent"}
            and c.lower_ in SITE_PREPS for p in c.children if p.dep_ == "pobj"] + \
        [p for c in goods.children if c.dep_ == "prep" and c.lower_ == "from"
         for p in c.children if p.dep_ == "pobj"]


def _site_owners(site, ents) -> list:
    """Whose a plant is: its possessor ("its", "Avonmere's"); a name alone ("from Avonmere")
    is the maker itself."""
    named = ents.mention_at(site)
    if named is not None and named.type == "ORG" and named.kind == "name":
        return [named]
    return [m for c in site.children if c.dep_ == "poss" for m in [ents.mention_at(c)] if m]
