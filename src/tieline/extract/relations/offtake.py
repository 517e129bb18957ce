"""Supply stated by where the goods of a deal are made: "Avonmere Power signed a power purchase
agreement with Kestrel Foods for electricity produced at its wind farm" (the one whose plant
makes the power sells it, the other party buys it). A deal's two parties alone do not say who
sells ("A signed a supply deal with B"), nor does a plant with no owner among them ("power
produced at the Tarn dam"); "its" is read as the anaphora module binds it.
"""
from __future__ import annotations

from ..arguments import conjuncts, mentions_of, subjects_of
from ..wordlists import words
from .supply import DEAL_NOUNS, _emit, _orgs

# goods a plant makes and a deal sells: "power", "electricity", "gas", "output"
PLANT_GOODS = words("relation_words", "plant_goods")
PRODUCING = {"produce", "generate", "make", "mine", "extract", "pump", "refine"}
SITE_PREPS = {"at", "from", "by", "in"}


def offtake_deals(ents, sink) -> None:
    for sent in ents.sents:
        for tok in sent:
            if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "dobj" and (
                    tok.lemma_.lower() in DEAL_NOUNS or tok.lower_ == "ppa"):
                _deal_from_own_plant(tok, sent, ents, sink)


def _deal_from_own_plant(deal, sent, ents, sink) -> None:
    verb = deal.head
    withs = [p for h in (deal, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    others = _orgs(m for p in withs for t in conjuncts(p) for m in [ents.mention_at(t)])
    signers = _orgs(m for s in subjects_of(verb) for m in mentions_of(s, ents))
    if not others or not signers:
        return
    # the parser may hang "for power ..." on the deal, its verb or the other party's name
    goods = [p for h in (deal, verb, *withs) for c in h.children if c.dep_ == "prep"
             and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"
             and p.lemma_.lower() in PLANT_GOODS]
    makers = _orgs(m for g in goods for site in _sites(g) for m in _site_owners(site, ents))
    for maker in makers:
        if maker.name in {m.name for m in signers}:
            _emit("supply", [maker], others, deal, "own_plant", sent, sink, "other")
        elif maker.name in {m.name for m in others}:
            _emit("supply", [maker], signers, deal, "own_plant", sent, sink, "other")


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
