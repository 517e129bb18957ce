"""develop facts from a company's list of brands: "Acme, whose brands include Zephyr and Bolt",
"Acme's best-known brands are Zephyr and Bolt", "Acme owns brands such as Zephyr".

The owner is the brand noun's own possessor ("Acme's brands", "whose brands", never "its":
the pronoun's antecedent is a guess) or the subject of "own" / "be home to" with the brands
as object; the brands are what the noun is said to include or be, or what "including", "such
as" or "like" lists after it. Plain "brands like Zephyr" with no owner names no maker.
"""
from __future__ import annotations

from ..arguments import Named

BRAND_NOUNS = {"brand", "brands", "marque", "marques"}
LISTING_VERBS = {"include", "be", "comprise"}  # "whose brands include X", "its brands are X"
LISTING_PREPS = {"including", "like", "as"}  # "brands including X", "brands such as X"
LIST_DEPS = {"conj", "compound", "nmod", "appos"}  # a listed name and the names beside it
OWNING_VERBS = {"own", "have", "sell", "make"}  # "Acme owns brands including X"


def brand_facts(ents, sink) -> None:
    for sent in ents.sents:
        if "brand" not in sent.text and "marque" not in sent.text:
            continue  # cheap cue first: most sentences name no brand
        for noun in sent:
            if noun.lower_ in BRAND_NOUNS and noun.pos_ == "NOUN":
                _from_noun(noun, sent, ents, sink)


def _from_noun(noun, sent, ents, sink) -> None:
    owner = _owner(noun, ents)
    if owner is None:
        return
    names = {}  # a name once, in text order
    for tok in _listed(noun):
        m = ents.mention_at(tok)
        if m is not None:
            names.setdefault(m.span, m)
    for _, m in sorted(names.items()):
        if m.kind != "name" or m.type == "PERSON" or m.name == owner.name \
                or m.name in ents.places or "," in m.name:
            continue  # "Zephyr, Bolt": two brands run into one name
        sink.add("develop", Named(owner.name, "ORG"), Named(m.name, "PRODUCT"), noun,
                 "brand:list", sent, modality="asserted", confidence=0.6)


def _owner(noun, ents):
    """The named company whose brands these are, or None."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ == "whose" and noun.head.dep_ == "relcl":
        poss = noun.head.head  # "Acme, whose brands include X": the clause's antecedent
    elif poss is None and noun.dep_ in {"dobj", "pobj"}:
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
        if noun.dep_ == "pobj" and not (noun.head.lower_ == "to" and verb.lower_ == "home"):
            return None
        verb = verb.head if verb.lower_ == "home" else verb  # "Acme is home to brands ..."
        if verb.lemma_ not in OWNING_VERBS | {"be"}:
            return None
        poss = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if poss is not None and poss.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            poss = verb.head  # "Acme, which owns brands including X"
    m = ents.mention_at(poss) if poss is not None else None
    if m is None or m.kind != "name" or m.type != "ORG" or m.name in ents.places:
        return None
    return m


def _listed(noun) -> list:
    """The names the brand noun lists: the object of "include" / "be" when the noun is the
    subject, or the object of "including", "such as", "like" after it, with their conjuncts."""
    firsts = []
    if noun.dep_ == "nsubj" and noun.head.lemma_ in LISTING_VERBS:
        firsts += [c for c in noun.head.children if c.dep_ in {"dobj", "attr"}]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in LISTING_PREPS:
            firsts += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.dep_ == "amod" and prep.lower_ == "such":  # "brands such as X"
            firsts += [c for p in prep.children if p.lower_ == "as"
                       for c in p.children if c.dep_ == "pobj"]
    out, todo = [], list(firsts)
    while todo:  # down through the list: "Zephyr soap and Bolt shampoo", "X, Y and Z"
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in LIST_DEPS]
    return out
