"""Bodies whose name the tagger cut. A unit named by its field after its owner's possessive
("Avalon University's College of Nursing") names no one of its own: the owner is the party,
and its mention covers the whole phrase ("a dean at Avalon University's College of Nursing"
works at the university). A unit whose owner is no name the tagger found is left out by the
bounds (a bare "College of Nursing" would be a cut name). A body's name found in two halves
across "of" is made whole."""
from __future__ import annotations

from ..lexicon import world_places
from .tokens import span_text
from .words import ACADEMIC_TITLES, BODY_WORDS, POSSESSIVE_TOKENS, ROLE_WORDS

OWNER_LABELS = frozenset({"ORG", "WEAK"})
PLACE_OR_PERSON = frozenset({"GPE", "LOC", "PERSON", "NORP"})
UNKNOWN_OWNER_LABELS = frozenset({"GPE", "LOC", "PERSON"})  # not NORP: a demonym owns nothing


def _owner(ents, cand) -> bool:
    """Whether a candidate before a possessed field unit is its owner: an organization, or a
    name the small model tagged a place or a person that no gazetteer knows, neither the
    countries nor the world's cities and US states ("Mount Carrow's School of Medicine": the
    school's owner is an institution, whatever the tagger said; "Ohio's College of X" is not)."""
    if cand[3] in OWNER_LABELS:
        return True
    return cand[3] in UNKNOWN_OWNER_LABELS and cand[2] not in ents.places \
        and cand[2] not in world_places()


def owned_units(ents, out: list) -> list:
    """The candidates with each possessed field unit joined to its owner's name."""
    sdoc = ents.sdoc
    units = {c[0]: c for c in out if c[3] in OWNER_LABELS and c[0] > 1
             and sdoc[c[0] - 1].text in POSSESSIVE_TOKENS and ents._field_unit(c[0], c[1])}
    if not units:
        return out
    merged, gone = [], set()
    for cand in out:
        i, j, name, label = cand
        unit = units.get(j + 1) if j < len(sdoc) and sdoc[j].text in POSSESSIVE_TOKENS \
            else units.get(j)  # a name may end the text
        if unit is not None and _owner(ents, cand) and span_text(sdoc[i:j]).rstrip("'’") != "":
            merged.append((i, unit[1], name, "ORG"))
            gone.add(unit)
        else:
            merged.append(cand)
    return [c for c in merged if c not in gone]


def of_bodies(ents, out: list) -> list:
    """"Harlan Moss Bloomberg School" + "of" + "Public Health", both skipped by the tagger and
    found as capitalised words: a body's name goes on across "of" to its field, one name (not
    "Ada Roe of Quill Sew Shop", a person, nor "Acme Institute of Avalon", a place)."""
    sdoc = ents.sdoc
    starts = {c[0]: c for c in out if c[3] == "WEAK"}
    joined, gone = [], set()
    for cand in out:
        i, j, name, label = cand
        field = starts.get(j + 1)
        if cand in gone or label != "WEAK" or field is None \
                or sdoc[j].lower_ != "of" or sdoc[j - 1].lower_ not in BODY_WORDS:
            joined.append(cand)
            continue
        words = sdoc[field[0]:field[1]]
        if field[2] in ents.places or any(t.ent_type_ in PLACE_OR_PERSON or t.text in ents.surnames
                                          for t in words) or _unsure_body(sdoc, i, j, field[1]):
            joined.append(cand)
            continue
        joined.append((i, field[1], span_text(sdoc[i:field[1]]), "WEAK"))
        gone.add(field)
    return [c for c in joined if c not in gone]


def _unsure_body(sdoc, i: int, j: int, end: int) -> bool:
    """Whether where the body's name starts or ends is unsure: a title opens it ("Dean of
    College" + "of" + "Engineering"), one body word after a possessor is a unit of an owner the
    tagger did not find ("the city's Office" + "of" + "Civic Engagement"), or "and" and a
    capitalised word go on after its field ("... of Parks and Recreation")."""
    if any(t.lower_ in ROLE_WORDS or t.lower_ in ACADEMIC_TITLES for t in sdoc[i:j]):
        return True
    if j - i == 1 and i > 0 and sdoc[i - 1].text in POSSESSIVE_TOKENS:
        return True
    return end + 1 < len(sdoc) and sdoc[end].lower_ in {"and", "&"} and sdoc[end + 1].text[:1].isupper()
