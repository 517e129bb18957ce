"""One-word short forms of a firm's name: "Caption" where the text first says "Caption Health"."""
from __future__ import annotations

import re

from ..lexicon import ORG_PARTS
from ..wordlists import words
from .words import (ACADEMIC_TITLES, BODY_WORDS, COMMON_POSSESSORS, FIELD_BODY_HEADS,
                    GENERIC_NAMES, NAME_LINKS, ORG_NAME_WORDS, PUBLICATION_WORDS, ROLE_WORDS,
                    UNIT_HEADS)

# Name tails that a body, a paper or a club ends with: "Ford Foundation", "Senate Committee",
# "Fox News" name a unit or an offshoot of the one-word name, never the same party.
SHORT_FORM_TAILS = ORG_NAME_WORDS - BODY_WORDS - PUBLICATION_WORDS - words("entities", "non_firm_tails")


def _parent_cue(name: str, text: str) -> bool:
    """Whether the text speaks of the name as the owner of a unit: "Acme's health unit", "a
    division of Acme", "Acme-owned", "owned by Acme", "parent Acme" (not "Acme's parent")."""
    n, parts = re.escape(name), "|".join(sorted(ORG_PARTS))
    return re.search(rf"\b{n}['’]s (?:\w+ ){{0,2}}(?:{parts})\b|\b(?:{parts}) of (?:the )?{n}\b"
                     rf"|\b{n}-owned\b|\bowned by {n}\b|\bparent(?: company)?,? {n}\b",
                     text, re.I) is not None


def short_form_targets(names, kinds, first_body, text: str, places) -> dict[str, str]:
    """{short: full} for a one-word organization name that stands for the one longer
    organization name of the text that it opens, when the rest of that name is industry words
    ("Tessel" for "Tessel Robotics"), the full name comes first and nothing shows the short
    one to be a parent firm of its own ("Google" beside "Google Health, a unit of Google")."""
    by_first, found = _by_first_word(names), {}
    for name in names:
        longer = by_first.get(name, [])
        if len(longer) != 1 or kinds[name] != "ORG" or kinds[longer[0]] != "ORG" \
                or not _short_form_shape(name, text, places):
            continue
        full = longer[0]
        if all(w.lower() in SHORT_FORM_TAILS for w in full.split()[1:]) \
                and first_body.get(full, len(text)) < first_body.get(name, -1) \
                and not _parent_cue(name, text):
            found[name] = full
    return found


def possessor_tail_targets(names, kinds) -> dict[str, str]:
    """{short: full} for a name opened by a common possessor ("the Sheriff's Office") that
    ends the one longer organization name of the text ("Dunmore County Sheriff's Office"):
    the same office named again without its county or city."""
    found = {}
    for name in names:
        words = name.split()
        stem = re.sub(r"['’]s?$", "", words[0]).lower()
        if len(words) < 2 or kinds[name] != "ORG" or stem == words[0].lower() \
                or stem not in COMMON_POSSESSORS:
            continue
        longer = _longer_ending_with(names, kinds, words)
        if len(longer) == 1:
            found[name] = longer[0]
    return found


def _longer_ending_with(names, kinds, words: list[str]) -> list[str]:
    """The organization names of the text longer than `words` that end with them."""
    return [n for n in names if kinds[n] == "ORG" and len(n.split()) > len(words)
            and n.split()[-len(words):] == words]


def tail_targets(names, kinds, places, text: str = "") -> dict[str, str]:
    """{short: full} for a name that ends the one longer name of its body in the text."""
    return {**possessor_tail_targets(names, kinds), **field_body_targets(names, kinds, places, text)}


def field_body_targets(names, kinds, places, text: str = "") -> dict[str, str]:
    """{short: full} for a department-like body or an academic unit named by its field alone
    after "of" or "for" ("Department of Health", "Commission for Fair Trade", "School of Public
    Health") that ends the one longer organization name of the text ("Avalon Department of
    Health"): the same body named again without its owner (a field alone names no one body;
    where two longer names end with it, which is unsure). Not a university or an institute
    ("University of Avalon" is no part of "Medical University of Avalon"), nor a place after
    "of" ("Department of Avalon"), nor a body the text writes after a possessive ("Ruritania's
    Department of Energy" has an owner of its own), nor a longer name whose extra words end in
    a comma ("Harlan School of Law, Office of ..." lists two bodies) or hold a title. A country
    or a nationality before it is its owner too: "the Ruritanian Ministry of Health" and "the
    Ministry of Health" in one text are one body, named by the longer name."""
    found = {}
    for name in names:
        words = name.split()
        if len(words) < 3 or kinds[name] != "ORG" or words[0].lower() not in FIELD_BODY_HEADS \
                or words[1] not in {"of", "for"} or _place(" ".join(words[2:]), kinds, places) \
                or words[0].lower() not in UNIT_HEADS and _possessed(name, text):
            continue
        longer = _longer_ending_with(names, kinds, words)
        owner = longer[0].split()[:-len(words)] if len(longer) == 1 else []
        if owner and owner[-1].lower() not in NAME_LINKS and not owner[-1].endswith(",") \
                and not any(w.lower() in ROLE_WORDS or w.lower() in ACADEMIC_TITLES for w in owner):
            found[name] = longer[0]  # a title run into it ("Dean Ann Roe School of X") is no owner
    return found


def _possessed(name: str, text: str) -> bool:
    """Whether the text writes the body after a named possessor ("Ruritania's Department of
    Energy"): that body has an owner of its own, maybe not the longer name's (but "the state's
    Department of Health" is the state's one named in full; an academic unit after its
    university's possessive is the owned unit, whose owner the owned-unit rule finds)."""
    return re.search(rf"\b[A-Z][\w.&-]*['’]s? {re.escape(name)}\b", text) is not None


def _place(name: str, kinds, places) -> bool:
    """A country, or a name the text's votes call a place."""
    return name in places or kinds.get(name) == "GPE"


def given_name_targets(names, kinds, text: str, places) -> dict[str, str]:
    """{word: person} for a one-word name typed an organization that opens one person's name
    of the text and no other name ("Meg" where the text names "Meg Vale"): her first name,
    unless that person's name is made of common words too (a feature "Acme Live" or a place
    "Avalon Head" tagged a person)."""
    by_first = _by_first_word(names)
    return {name: longer[0] for name in names if kinds[name] == "ORG" and name.istitle()
            and len(longer := by_first.get(name, [])) == 1 and kinds[longer[0]] == "PERSON"
            and len(longer[0].split()) <= 3 and all(w.istitle() for w in longer[0].split())
            and _short_form_shape(name, text, places) and not any(
                _written_lower(w, text) for w in longer[0].split()[1:])}


def _written_lower(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _by_first_word(names) -> dict[str, list[str]]:
    """The names of more than one word, by their first word."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        first, _, rest = name.partition(" ")
        if rest:
            by_first.setdefault(first, []).append(name)
    return by_first


def _short_form_shape(name: str, text: str, places) -> bool:
    """A capitalised word with lower-case letters, no place, no industry or generic word and
    no word the text writes in lower case too ("Tessel"; not "IBM", "Avalon", "Energy", "Guns"
    beside "guns")."""
    low = name.lower()
    return name[0].isupper() and any(c.islower() for c in name) and name.isalpha() \
        and name not in places and low not in ORG_NAME_WORDS and low not in GENERIC_NAMES \
        and not _written_lower(name, text)
