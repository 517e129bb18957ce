"""The person end of an employ fact must be the person's name as the article gives it.

These shapes are no such name, and their facts are left out (a missing fact is better than one
stored under a cut or garbled name, which the store would keep as a second, false person):
- a name the article writes longer: where the text first writes the stored name, a capitalised
  word that is no title stands right before it ("Emily Toth Halvorsen" stored as "Toth Halvorsen",
  "Dolly Quillby" stored as "Quillby"); the tagger cut a given name, and the name stored is partial;
- a name with a quotation mark or a bracket left without its pair: a nickname's quote
  ('Nick" Vale' of 'Anick "Nick" Vale') or a speaker tag ("Ann Lee(GT") glued on;
- a name that begins with a lower-case function word: the tail of a title ("of Development
  Economics" of "Professor of Development Economics");
- a name with a caption word in it ("Buy Photo Ann Vale"), or led by a dotted abbreviation of
  three letters or more before a whole name ("P.P.E. Ann Vale": the abbreviation ends the
  sentence before; "J.R.R. Vale" is a name);
- a name the text first writes with a generation suffix ("Robert F. Vale, Jr."): without it,
  the name is another person's, the father's;
- a name of one word where the article also writes a longer name holding that word ("Ivo
  Quill ... Mr Quill of Globex"): the tagger missed the whole name there. A one word name the
  article never writes longer ("Dr. Quill of Globex" alone) is the name as the article gives it,
  and keeps its fact;
- a thing's name typed PERSON ("Ann Vale Show", people.json not_person_words), whatever rule
  found the fact.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.lang.en.stop_words import STOP_WORDS

from ..names import HONORIFICS, whole_word
from .employers import not_a_person
from .entities.words import CALENDAR, PERSON_TITLES, TITLE_MODIFIERS
from .lexicon import ROLE_WORDS
from .view import view
from .wordlists import words

# a word before a name that never is one of its given names (patterns/person_names.json)
NOT_GIVEN = (words("person_names", "name_titles") | words("person_names", "callings")
             | words("people", "professions") | words("people", "player_positions")
             | words("people", "other_person_nouns") | HONORIFICS | PERSON_TITLES | ROLE_WORDS
             | TITLE_MODIFIERS | {w.lower() for w in CALENDAR} | STOP_WORDS)
# a capitalised word of letters (maybe hyphened), one space, then the name: no dotted
# abbreviation, no all-capitals acronym, no possessive ("Globex's Ann Vale" is whole)
WORD_BEFORE = re.compile(r"(?<![\w.’'&/-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
# marks that come in pairs: one left alone is a nickname's quote or a speaker tag run into the
# name; a pair is the name's own nickname ('Francis "Frank" Vale')
PAIRED_MARKS = (('"', '"'), ("“", "”"), ("(", ")"), ("[", "]"))
CAPTION_WORDS = words("person_names", "caption_words")
LEADING_ABBREVIATION = re.compile(r"(?:[A-Z]\.){3,} [A-Z][\w’'-]+ [A-Z]")
# "Jr.", "Sr.", "III" after the name; not "Sr. Vice President", a title's abbreviation
SUFFIX_AFTER = re.compile(r",? (?:Jr|Sr|I{2,3})\b(?!\.? [A-Z])")
# the entity types of a word that is no given name: "Ohio Ann Vale", "Monday Ann Vale"
NOT_NAME_TYPES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "EVENT"})


def with_whole_person_names(relations, sdoc, text: str):
    """The relations less employ facts whose person end is a cut or garbled name."""
    starts = [t.idx for t in view(sdoc).tokens]
    return [r for r in relations
            if r.type != "employ" or not not_whole_name(r.tail, text, sdoc, starts)]


def not_whole_name(name: str, text: str, sdoc=None, starts=None) -> bool:
    """True when `name` is a cut, glued or title-tail person name in `text` (see above)."""
    if any(name.count(a) != name.count(b) if a != b else name.count(a) % 2
           for a, b in PAIRED_MARKS):
        return True
    if not_a_person(name):  # "Ann Vale Show", a thing
        return True
    if " " not in name.strip():
        return written_longer(name, text, sdoc, starts) or in_longer_person(name, sdoc)
    first = name.split(" ", 1)[0]
    if first.islower() and first in STOP_WORDS:
        return True
    if any(w.lower() in CAPTION_WORDS for w in name.split()) or LEADING_ABBREVIATION.match(name):
        return True
    return written_longer(name, text, sdoc, starts)


def written_longer(name: str, text: str, sdoc=None, starts=None) -> bool:
    """The text first writes the name right after a capitalised word that can be a given name
    ("Emily Toth Halvorsen" when "Toth Halvorsen" is stored), or with a generation suffix after it."""
    found = next((m for m in whole_word(name).finditer(text)
                  if not title_case_line(text, m.start())), None)
    if not found:
        return False
    if SUFFIX_AFTER.match(text, found.end()):
        return True
    before = WORD_BEFORE.search(text, max(0, found.start() - 40), found.start())
    # "Director-General Ann Vale": a title in any part of a hyphened word
    if not before or any(w in NOT_GIVEN for w in before.group(1).lower().split("-")):
        return False
    if sdoc is not None and starts:
        tok = sdoc[max(0, bisect_right(starts, before.start(1)) - 1)]
        # a given name is a proper noun: "Recently Ann Vale joined" starts with an adverb
        if tok.ent_type_ in NOT_NAME_TYPES or tok.pos_ != "PROPN":
            return False
    return True


def in_longer_person(word: str, sdoc) -> bool:
    """The tagger reads a longer PERSON name holding `word` somewhere in the document."""
    return sdoc is not None and any(
        e.label_ == "PERSON" and len(e) > 1 and word in e.text.split() for e in sdoc.ents)


def title_case_line(text: str, at: int) -> bool:
    """The line around `at` capitalises its words: a headline's "Jazz Saxophonist Ann Vale Dies"
    capitalises a profession before a name, so the name is read where the text first writes it
    in a sentence (a line of three words or fewer, a bare name, or one that ends a sentence with
    a stop is no headline)."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]
    if line.rstrip().endswith((".", "!", "?", ".”", '."')):
        return False
    written = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 1]
    return len(written) > 3 and sum(w[0].isupper() for w in written) >= 0.8 * len(written)
