"""Figures given to parties one by one: "A and B received $5m and $2m respectively"."""

from __future__ import annotations

from .amounts import find_amounts

# what may stand between two listed names: "A Corp (AMPY.N), and B": not a verb or a clause
LIST_GAP = {"PROPN", "PUNCT", "CCONJ", "X", "SYM"}


def respective_owner(owners, entity: str, sent, text: str, amount) -> str:
    """The party in the figure's place when "respectively" pairs a list of named parties with
    as many figures; the owner found otherwise. Read from the text, not the conjuncts: the
    parser often breaks such a list (a ticker in brackets)."""
    word = next((t for t in sent if t.lower_ == "respectively"), None)
    if word is None:
        return entity
    figures = [a.start + sent.start_char for a in find_amounts(text[sent.start_char:word.idx])]
    if len(figures) < 2 or amount.start not in figures:
        return entity
    before = [m for m in owners.ents.mentions_in(sent) if m.kind == "name" and m.end <= figures[0]]
    parties = sorted(before, key=lambda m: m.start)[-len(figures):]
    names = [m.name for m in parties]
    if len(set(names)) < len(figures) or entity not in names or not listed(owners.sdoc, parties):
        return entity
    return names[figures.index(amount.start)]


def listed(sdoc, parties) -> bool:
    """Named parties in one list: "A, B and C", with nothing but names and commas between."""
    for left, right in zip(parties, parties[1:]):
        gap = sdoc[left.span[1]:right.span[0]]
        if not any(t.lower_ in ("and", ",") for t in gap) or any(t.pos_ not in LIST_GAP
                                                               for t in gap):
            return False
    return True
