"""Employers the tagger skipped before a post and a person's name ("ADB chief economist Ann
Vale", "Marriott CEO Bo Park"): the capitalised word before the post names the organization."""
from __future__ import annotations

from ..lexicon import large_places
from .tokens import span_text
from .words import (CALENDAR, DEMONYMS, HONORIFICS, PERSON_TITLES, ROLE_WORDS, STREET_WORDS,
                    TITLE_MODIFIERS, TITLED_POSTS, place_names)

SKIPPED_LABELS = frozenset({"", "NORP", "LOC"})  # a firm the tagger missed or took for a place
NOT_EMPLOYERS = CALENDAR | DEMONYMS | HONORIFICS | TITLE_MODIFIERS | ROLE_WORDS
LINKS = frozenset({"of", "for", "and", "&", "the", "de", "del", "du", "la", "le"})
OPENERS = frozenset({"ADP", "DET", "SCONJ", "CCONJ", "ADV"})  # "For Jupiter analyst A, ..."


def titled_employers(ents, out) -> list:
    """(start, end, name, "ORG") for an untagged proper noun written right before a post a
    firm gives (TITLED_POSTS, with other role words: "chief economist", "CEO") that is right
    before a person's full name. Not a known place, a person's surname, a word the text also
    writes in lower case, a word the tagger typed a person, place, product or date
    ("DeSantis spokesperson A", "Texas governor A"), nor the end of a longer name or title
    it cannot bound ("Passion of the Christ director A", "Real Sociedad president A")."""
    sdoc, found = ents.sdoc, []
    covered = {k for i, j, _, _ in out for k in range(i, j)}
    for i, j, _, label in out:
        if label != "PERSON" or j - i < 2:
            continue
        k = i - 1
        while k >= 0 and i - k <= 3 and post_word(sdoc[k]):
            k -= 1
        if k < 0 or not any(t.lower_ in TITLED_POSTS for t in sdoc[k + 1:i]) \
                or not _employer_word(ents, sdoc[k], covered):
            continue
        start = k  # "Bow Street CEO": the proper nouns before it too
        while start > 0 and k - start < 3 and _employer_word(ents, sdoc[start - 1], covered) \
                and sdoc[start - 1].head.i > start - 1:
            start -= 1
        name = span_text(sdoc[start:k + 1])
        if not longer_name(sdoc, start) and not _a_place(name):
            found.append((start, k + 1, name, "ORG"))
    return found


def _a_place(name: str) -> bool:
    """"Wall Street analyst A", "Brooklyn spokesman A": a street, a country or a large city the
    post is said of, no employer (a small town's name is often a firm's: "Orion CEO A")."""
    return name in large_places() or name in place_names() \
        or name.split()[-1].lower() in STREET_WORDS


def post_word(tok) -> bool:
    """A word of a post written before a name: "chief economist", "CEO" (not "Chief", a name's)."""
    return tok.lower_ in ROLE_WORDS and (tok.is_lower or tok.text.isupper()
                                         and tok.lower_ in PERSON_TITLES)


def _employer_word(ents, tok, covered) -> bool:
    return tok.pos_ == "PROPN" and tok.i not in covered and tok.ent_type_ in SKIPPED_LABELS \
        and tok.text[:1].isupper() and tok.is_alpha \
        and tok.lower_ not in NOT_EMPLOYERS and tok.text not in ents.places \
        and tok.text not in ents.surnames and not ents._common_words([tok]) \
        and not ents.headline[ents._tok_sent[tok.i]]


def longer_name(sdoc, start: int) -> bool:
    """A capitalised word before the name ("Real Sociedad"), or one before its linking words
    ("Commission for Racial Equality", "Passion of the Christ"): the name goes on leftwards."""
    k = start - 1
    while k >= 0 and sdoc[k].lower_ in LINKS and sdoc[k].is_lower:
        k -= 1
    if k < 0 or not sdoc[k].text[:1].isupper() or not sdoc[k].is_alpha:
        return False
    return k < start - 1 or not (sdoc[k].is_sent_start and sdoc[k].pos_ in OPENERS)
