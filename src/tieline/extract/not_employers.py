"""Names a person's verb takes that are no employer: a place or event worked at, a thing
started."""
from __future__ import annotations

from .family_lines import name_words
from .lexicon import ORG_DESCRIPTORS
from .role_clauses import is_role
from .wordlists import words

THING_NOUNS = words("people", "thing_nouns")  # "launched X, a program": no employer
ACADEMIC_BODIES = words("people", "academic_bodies")  # "go to Orvane University": to study
STUDENT_NOUNS = words("people", "student_nouns")  # "left Orvane as a student": no job left
CLASS_YEARS = words("people", "class_years")  # "after her sophomore year": a student's year
CLASS_TERMS = words("people", "class_terms")  # year, season, semester
VENUE_TAILS = words("people", "venue_tails")  # airport, arena, plant: places worked at
CUSTODY_NOUNS = words("people", "custody_nouns")  # "serving a sentence", "served time"
CUSTODY_WORDS = words("people", "custody_words")  # jail, prison: a place of custody


def a_venue(org) -> bool:
    """"worked at Avalon International Airport", "at the Globex Assembly Plant", "at the Vale
    Grand Prix": a place or an event someone works at, whose employer the name does not say
    (a title before the name still may: "Avalon Airport chief executive Ann Lee")."""
    name = name_words(org)
    root = getattr(org, "root", None)
    if root is not None and any(c.dep_ == "appos" and c.lemma_.lower() in ORG_DESCRIPTORS
                                for c in root.children):
        return False  # "at Kestrel Arena, the events company": a firm so named
    return bool(name) and name[-1] in VENUE_TAILS


def named_thing(org) -> bool:
    """"launched Nutrition Aid, a program that ...", "created a Kindlr" (a page on that site):
    a program, an app, an event or a page was started, not an organization to work for. Only
    adjectives may stand between the a/an and the name: "founded an Ohio-based Kestrel Labs"
    founded a firm."""
    root = getattr(org, "root", None)
    if root is None:
        return False
    span = getattr(org, "span", (0, 0))
    first = span[0] if span[1] > span[0] else root.i
    described = {t.i for c in root.children if c.dep_ == "amod" for t in c.subtree}
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in THING_NOUNS
               or c.dep_ == "det" and c.lower_ in {"a", "an"}
               and not (c.i < first - 1 and set(range(c.i + 1, first)) <= described)
               for c in root.children)


def to_study(verb) -> bool:
    """"to go to Orvane University", "to study at Orvane": a pupil's way to a school, not a
    job there (but "to go to Orvane University as its finance director" is one)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    return lemma == "study" or lemma == "go" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            p.dep_ == "pobj" and p.lower_ in ACADEMIC_BODIES for p in c.children)
        for c in verb.children)


def left_school(verb, org) -> bool:
    """"left Quillfield Grammar School to go to Orvane University", "left Quillfield University
    after her sophomore year": a school left by a pupil on the way to more study or after a
    class year; no job ended there (but "left Kestrel Foods to study at Orvane" ended one).
    "left Orvane as a student", "for Kestrel College as a Halvorsen scholar": whatever the name."""
    if left_as_student(verb):
        return True
    return bool(set(name_words(org)) & ACADEMIC_BODIES) and any(
        c.dep_ in {"xcomp", "advcl"} and to_study(c) or c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in CLASS_TERMS and any(
                y.lower_ in CLASS_YEARS for y in p.children) for p in c.children)
        for c in verb.children)


def left_as_student(verb) -> bool:
    """"left Orvane as a student", "as a sophomore", "as a Halvorsen scholar" (a named scholarship:
    a proper noun before "scholar"; "as a senior scholar" is a post)."""
    return any(r.lemma_.lower() in STUDENT_NOUNS or r.lemma_.lower() == "scholar" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in r.children)
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
        for r in p.children if r.dep_ == "pobj")


def workplace(verb, org) -> bool:
    """A body named after "worked at", "spent years at" can employ: not a place or event whose
    employer its name does not say ("at Kestrel Airport"), nor a prison served in."""
    return not a_venue(org) and not in_custody(verb, org)


def in_custody(verb, org) -> bool:
    """"serving a five-year sentence at Orvane Prison Camp", "served time at Kestrel", "spent
    two years at the Quillfield County Jail": a prisoner's time, no job at the place (but
    "served ten years at Kestrel State Prison as a guard" holds a post, and "worked at the
    Quillfield County Jail" or "served at Orvane Prison for a decade" are staff's words)."""
    lemma = verb.lemma_.lower()
    if lemma not in {"serve", "spend"} or any(c.dep_ == "prep" and c.lower_ == "as"
                                              for c in verb.children) or _post_holder(verb):
        return False
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    served = lemma == "serve" and any(  # "a sentence", "time", "a prison term"
        c.lemma_.lower() in CUSTODY_NOUNS or any(d.lower_ in CUSTODY_WORDS for d in c.children)
        for c in dobjs)
    place = bool(set(name_words(org)) & CUSTODY_WORDS)
    return served or place and bool(dobjs)


def _post_holder(verb) -> bool:
    """The one who spent or served the time is written with a post: "Ann Lee, a nurse, spent
    a decade at X Jail", "a guard who served 20 years at X Prison" (staff, not an inmate)."""
    holders = [verb.head] if verb.dep_ == "relcl" else []
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        holders += [a for a in subj.children if a.dep_ == "appos"]
    return any(h.pos_ == "NOUN" and is_role(h) for h in holders)
