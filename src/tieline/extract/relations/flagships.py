"""invest facts from a house set beside its owner's brand noun: "Halvorsen Group named a chief to
revive Kestrel Foods, its flagship brand" says Halvorsen Group holds Kestrel Foods. "its" cannot
be the house itself, so it stands for the firm the clause is about: the named subject of the
nearest verb above the house that has one (a subject that is no name, like "sales", or the
house itself is passed over; a person, a pronoun or a place names no owner). Read from the
surface, "X, its [modifiers] brand", because the parser often hangs the brand noun on a later
verb. A rival's or partner's brand says no holding; a former one is a holding that ended.
"""
from __future__ import annotations

from ..arguments import Named
from ..wordlists import words

BRAND_NOUNS = words("relation_words", "flagship_brand_nouns")  # brand, label, house, marque
NOT_OWN = words("relation_words", "flagship_not_own")  # "its rival brand", "its partner label"
ENDED = {"former", "ex", "onetime", "one-time", "erstwhile"}
MAX_MODIFIERS = 3  # "its best-known luxury brand"


def flagship_facts(ents, sink) -> None:
    for sent in ents.sents:
        for tok in sent:
            if tok.lower_ == "its" and tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
                _from_its(tok, sent, ents, sink)


def _from_its(its, sent, ents, sink) -> None:
    doc = its.doc
    house = ents.mention_at(doc[its.i - 2])
    if house is None or house.kind != "name" or house.type != "ORG" or house.span[1] != its.i - 1:
        return
    mods = []
    k = its.i + 1
    while k < sent.end and len(mods) <= MAX_MODIFIERS and doc[k].lower_ not in BRAND_NOUNS:
        if doc[k].pos_ not in {"ADJ", "NOUN", "ADV", "PUNCT"} or doc[k].text in {",", ";", "("}:
            return
        mods.append(doc[k].lower_)
        k += 1
    if k >= sent.end or doc[k].lower_ not in BRAND_NOUNS or set(mods) & NOT_OWN:
        return
    owner = _clause_owner(doc[house.span[1] - 1], house, ents)
    if owner is None:
        return
    modality = "negated" if set(mods) & ENDED else "asserted"
    sink.add("invest", Named(owner.name, "ORG"), Named(house.name, "ORG"), doc[k],
             "flagship:its", sent, modality=modality, confidence=0.6)


def _clause_owner(tok, house, ents):
    """The named firm subject of the nearest verb above tok that has a subject naming something."""
    for _ in range(10):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            continue  # "entrusting him with reviving X, its brand": up to the clause's verb
        named = [m for s in subjects for m in [ents.mention_at(s)] if m is not None]
        if subjects and not named and all(s.pos_ == "NOUN" for s in subjects) or \
                [m.name for m in named] == [house.name]:
            continue  # "sales at X, its flagship brand, rose", "X, its brand, grew": not "its"
        if len(named) != 1 or len(subjects) != 1:
            return None
        m = named[0]
        if m.kind != "name" or m.type != "ORG" or m.name == house.name or m.name in ents.places:
            return None
        return m
    return None
