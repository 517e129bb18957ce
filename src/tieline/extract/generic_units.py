"""A unit of a larger body stored as an employer on its own.

"Ann Lee, who heads the Vaccine Research Group at Kestrel Clinic" and "Quillfield University's
Graduate School of Journalism" name a unit by its kind and its field only; cut from its
institution the unit names no one body, so an employ fact with it as the employer is wrong.
A unit with a name of its own ("Halvorsen School of Public Health", "Centre for Global
Infectious Disease Analysis", "National Center for ...") stays: a proper word or a word
outside the lists keeps it.
"""
from __future__ import annotations

from .wordlists import words

UNIT_WORDS = words("people", "unit_words")  # "Department", "School", "Lab", "Group"
ACADEMIC_UNITS = words("people", "academic_units")  # "School", "College": a faculty's kinds
UNIT_FIELDS = words("people", "unit_fields")  # "Journalism", "Medicine", "Bioinformatics"
SCHOOL_FIELDS = words("people", "school_fields")  # "Public Health": a field, and a ministry's name
STANDALONE = words("people", "standalone_units")  # "Institute", "Group": whole bodies' kinds too
LINKS = {"of", "for", "and", "&", "in", "the"}


def generic_unit(org) -> bool:
    """Only unit words and field words, at least one of each: "School of Public Health",
    "Artificial Intelligence Lab", "Infectious Disease Research" ("Research" is the unit).
    "Department of Health" alone is left: it is how a ministry is named."""
    names = [w.strip(".,") for w in (getattr(org, "name", "") or "").split()]
    if len(names) < 2 or any(w.isupper() and len(w) > 1 for w in names):  # "MIT", "CDC": names
        return False
    low = [w.lower() for w in names if w.lower() not in LINKS]
    units = [w for w in low if w in UNIT_WORDS]
    fields = [w for w in low if w in UNIT_FIELDS or w in SCHOOL_FIELDS]
    if not units or not fields or len(units) + len(fields) < len(low):
        return False
    # "Genetics Institute", "Data Science Group", "the Institute of Physics": firms and learned
    # bodies are named so; a kind only a part of a body has ("Research", "School", "Lab") or a
    # standalone kind after the field ("Vaccine Research Group") is needed
    if all(w in STANDALONE for w in units) or (
            low[0] in STANDALONE and len(names) > 1 and names[1].lower() == "of"):
        return False
    # "Department of Public Health": a ministry's form; under a school it is a faculty's field
    return all(w in UNIT_FIELDS for w in fields) or any(w in ACADEMIC_UNITS for w in units)


def institution_of(unit, ents):
    """The body the sentence ties a generic unit to: "Quillfield University's Graduate School
    of Journalism" (a possessor), "the Department of Medicine at Orvane Hospital" ("at", "of",
    "in" after the unit's name). None when the sentence names none."""
    root = getattr(unit, "root", None)
    if root is None:
        return None
    for c in root.children:
        found = ents.mention_at(c) if c.dep_ == "poss" else None
        if found is not None and found.type == "ORG" and not generic_unit(found):
            return found
    last = getattr(unit, "span", (root.i, root.i + 1))[1] - 1
    for c in root.children:  # the preposition after the whole name, not the "of" inside it
        if c.dep_ == "prep" and c.lower_ in {"at", "of", "in"} and c.i > last:
            for p in c.children:
                found = ents.mention_at(p) if p.dep_ == "pobj" else None
                if found is not None and found.type == "ORG" and not generic_unit(found):
                    return found
    return None
