"""A unit named by its field after its owner's possessive ("Avalon University's College of
Nursing"): the unit names no one of its own, so the owner is the party, and its mention covers
the whole phrase ("a dean at Avalon University's College of Nursing" works at the university).
A unit whose owner is no name the tagger found is left out by the bounds (a bare "College of
Nursing" would be a cut name)."""
from __future__ import annotations

from .tokens import span_text
from .words import POSSESSIVE_TOKENS

OWNER_LABELS = frozenset({"ORG", "WEAK"})


def owned_units(ents, out: list) -> list:
    """The candidates with each possessed field unit joined to its owner's name."""
    sdoc = ents.sdoc
    units = {c[0]: c for c in out if c[3] == "ORG" and c[0] > 1
             and sdoc[c[0] - 1].text in POSSESSIVE_TOKENS and ents._field_unit(c[0], c[1])}
    if not units:
        return out
    merged, gone = [], set()
    for cand in out:
        i, j, name, label = cand
        unit = units.get(j + 1) if sdoc[j].text in POSSESSIVE_TOKENS else units.get(j)
        if label in OWNER_LABELS and unit is not None and span_text(sdoc[i:j]).rstrip("'’") != "":
            merged.append((i, unit[1], name, "ORG"))
            gone.add(unit)
        else:
            merged.append(cand)
    return [c for c in merged if c not in gone]
