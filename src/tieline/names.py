"""The one name key, and the string-level cleaning of names, shared by every stage.

Extraction groups mentions by it, the resolver and the store look names up by it, queries find
entities by it and evaluation compares names by it. Pure string functions: importing this module
never loads spaCy.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Company-form suffixes dropped from names ("Microsoft Corp." -> "Microsoft").
COMPANY_SUFFIXES = frozenset({
    "corp", "corp.", "corporation", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited",
    "plc", "llc", "l.l.c.", "co", "co.", "cos.", "gmbh", "ag", "s.a.", "sa", "n.v.", "nv", "s.p.a.",
})
# Forms of address, no office: "Globex chairman Sir Ann Lee", "boss Mr Lee".
FORMS_OF_ADDRESS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord",
                              "dame", "lady", "prof", "prof."})
HONORIFICS = FORMS_OF_ADDRESS | {"president", "senator", "professor", "judge", "gov", "gov.",
                                 "governor", "sen.", "rep.",
                                 # clergy and academy titles are no part of the name either
                                 "rabbi", "reverend", "rev.", "academician"}
# Publications keep their article: "The New York Times", "The Information".
PUBLICATION_WORDS = frozenset({
    "times", "post", "journal", "telegraph", "guardian", "independent", "economist",
    "information", "today", "sun", "observer", "mirror", "herald", "tribune", "verge",
    "atlantic", "institution", "street",
})


# Pure and called for the same few names again and again (grouping, resolution, storing:
# about 30,000 calls per 300 articles for a few thousand names): cached.
@lru_cache(maxsize=65536)
def clean_name(text: str, keep_possessive: bool = False) -> str:
    """A name as shown: quotes, possessive, honorifics, leading article, suffixes removed.

    keep_possessive keeps a final "'s" that extraction found to be part of the name (a shop
    named "Vale's" that "said" things); the key folds it away all the same."""
    name = re.sub(r"\s+", " ", re.sub(r"[\[\]]", "", text)).strip(" \t\n\"“”'‘’,.;:()")
    if not (keep_possessive and re.search(r"\w['’]s$", name)):
        name = re.sub(r"\s*['’]s?$", "", name)
    words = name.split(" ")
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(",") in COMPANY_SUFFIXES:
        words = words[:-1]
    # after the suffixes: "The New York Times Inc." keeps its article as "The New York Times"
    if len(words) > 1 and words[0].lower() in {"the", "a", "an"} \
            and words[-1].lower().strip(",") not in PUBLICATION_WORDS:
        words = words[1:]
        while len(words) > 1 and words[0].lower() in HONORIFICS:  # "the Dr ..."
            words = words[1:]
    return dotted(kept_article(" ".join(words).strip(" ,")))


# "U.N", "C.D.C" as cleaning leaves them (their last dot stripped); "U.S." as written
DOTTED = re.compile(r"(?:[A-Z]\.){1,5}[A-Z]")


def dotted(name: str) -> str:
    """An acronym written with dots keeps its last one: the stripping above made "U.N." and
    "C.D.C." into "U.N" and "C.D.C", which read as cut names."""
    return name + "." if DOTTED.fullmatch(name) else name


# marks that join two names into one phrase ("an Orvane/Kestrel poll", "Kestrel & Vale")
JOIN_MARKS = "/-&"
# marks that join or list names: on a name's edge they are what is left of a cut ("Orvane/"
# of "an Orvane/Kestrel poll", "Kestrel &" of "Kestrel & Vale"), never the name's own
EDGE_MARKS = JOIN_MARKS + ",;:–—"
BRACKETS = {"(": ")", "[": "]", "{": "}"}
PAIRED_QUOTES = (("\"", "\""), ("“", "”"))


def trimmed(name: str) -> str:
    """A name with no cut on its edge, as the store shows it: joining marks (/ - & , ; :) off
    both ends, an opening bracket with no close cuts the name there ("Ann Lee(GT" of a
    speaker tag "Ann Lee(GT):" is "Ann Lee"), a closing one with no opening keeps what follows
    it, a bracket with no name on the side it would keep is dropped ("Orvane)", "(Orvane"),
    and a lone double quote ("Ann\" Lee") is dropped. Marks inside a name stay ("A/B
    Testing", "Kestrel & Vale", "Orvane-Kestrel"); a name of marks only is returned as it was.
    The resolver trims names clean_name has read, which drops square brackets: "[" only
    matters to a caller that trims a name as written."""
    out = name
    for opening, closing in BRACKETS.items():
        if out.count(opening) > out.count(closing):
            at = out.rfind(opening)  # "Ann Lee(GT": the name before it; "(Orvane": after it
            out = out[:at] if _worded(out[:at]) else out[at + 1:]
        elif out.count(closing) > out.count(opening):
            at = out.find(closing)  # "QF) Ann Lee": the name after it; "Orvane)": before it
            out = out[at + 1:] if _worded(out[at + 1:]) else out[:at]
    for opening, closing in PAIRED_QUOTES:
        if opening == closing and out.count(opening) % 2 or opening != closing and \
                out.count(opening) != out.count(closing):
            out = out.replace(opening, "").replace(closing, "")
    out = re.sub(r"\s+", " ", out).strip(EDGE_MARKS + " ")
    return out if _worded(out) else name


def _worded(text: str) -> bool:
    """Whether any letter or digit is left (a cut that leaves none keeps the other side)."""
    return any(c.isalnum() for c in text)


def grown_initials(name: str) -> str:
    """The acronym a body kept when its name grew by "and" and one word: "CDC" of "Centers
    for Disease Control and Prevention" (three letters at least, so no "DH" of a "Department
    of Health and Welfare"); else ''."""
    m = re.fullmatch(r"(.+) and [A-Z][a-z]+", name)
    caps = "".join(initial(w) for w in m.group(1).split() if w[:1].isupper()) if m else ""
    return caps if len(caps) >= 3 else ""


def kept_article(name: str) -> str:
    """A kept article is the title's own: "the Harbour Times" as written mid-sentence is "The
    Harbour Times"."""
    return "The " + name[4:] if name.startswith("the ") and len(name) > 4 else name


_PLUS = re.compile(r"(?<=\w)\+(?!\w)")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, possessive 's and punctuation folded; words kept apart by one space.
    A plus sign ending a word is read out: "Disney+" is the service "Disney Plus", not the
    firm Disney ("OPEC+" is not OPEC)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = _PLUS.sub(" plus", text)
    text = re.sub(r"['’]s\b", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def initials(name: str) -> str:
    """'Royal Bank of Scotland' -> 'RBS': the capitals of a multi-word name, else ''."""
    words = [w for w in re.split(r"[\s\-]+", clean_name(name)) if w[:1].isupper()]
    return "".join(map(initial, words)) if len(words) > 1 else ""


def initial(word: str) -> str:
    """A word's letter in an acronym; a dotted abbreviation keeps all its letters: "U.S. Navy"
    is "USN", never the "UN" that a document calls the United Nations."""
    return word.replace(".", "") if DOTTED.fullmatch(word.removesuffix(".")) else word[:1]


def key(name: str) -> str:
    """THE name key: two names with one key are one name ("Microsoft Corp." = "microsoft").

    clean_name (possessive, honorifics, leading article, company suffixes), then fold (case,
    accents, punctuation). Every stage compares names by it: extraction groups mentions, the
    resolver and the store look names up, queries find entities and evaluation matches names.
    A canonical name is already clean, so its key equals its fold: the store's alias rows
    (one per spelling, keyed by fold) are found by this key without a migration.
    """
    return fold(clean_name(name))


def compact(name: str) -> str:
    """The key with word breaks ignored, to spot spacing variants ("JPMorgan", "JP Morgan").

    Only grouping (in a document, and across documents in the resolver) merges on it; lookups
    use key, which keeps words apart.
    """
    return key(name).replace(" ", "")


@lru_cache(maxsize=4096)
def whole_word(name: str) -> re.Pattern:
    """The name written as whole words: "Vale" matches in "Vale said", not in "Vale-based" or
    "Avalex"."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
