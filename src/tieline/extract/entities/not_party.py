"""Names that are never a party to a fact, whatever the tagger calls them: demonyms, diseases,
laws, holidays, ships, addresses, references."""
from __future__ import annotations

import re

from .demonyms import derived_demonyms
from .words import (BODY_WORDS, COMPASS_WORDS, CURRENCY_CODES, DEMONYMS, HOLIDAY_WORDS, LAW_TAILS,
                    NAME_OR_BODY_WORDS, NOT_PARTY_NAMES, NOT_PARTY_WORDS, PRONOUN_NAMES, SECTOR_NICKNAMES,
                    SHIP_PREFIXES, STREET_WORDS)

# A bill's number ("H.R. 6666", "S. 3548"), a web address, a post box or a trial's registry
# number: a reference, never a party, whatever the tagger calls it
REFERENCE = re.compile(r"(?:H\.\s?R\.|H\.\s?Res\.|S\.\s?Res\.|S\.)\s?\d{1,5}\b"
                       r"|(?:https?://|www\.)\S|P\.\s?O\.\s?Box\b|NCT\d{8}\b", re.I)
# "2 Two", "Busaira 2 Two": a table's figure run into the count word that opens the next
# cell, never a name
NUMBER_PAIR = re.compile(r"(?:^|\s)\d[\d,.]*\s+(?:one|two|three|four|five|six|seven|eight|nine|"
                         r"ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|hundreds?|"
                         r"thousands?|dozens?)(?:\s|$)", re.I)


def not_party_type(name: str) -> str | None:
    """The type of a name that is never a party to a fact: NORP for demonyms and political
    groups ("Americans", "Republican", "New Zealander"), OTHER for diseases and currency
    codes ("CHF")."""
    low = name.lower()
    if REFERENCE.match(name) or NUMBER_PAIR.search(name):
        return "OTHER"
    if low in DEMONYMS or low in derived_demonyms():
        return "NORP"
    words = low.split()
    if low in NOT_PARTY_NAMES or low in CURRENCY_CODES or low in PRONOUN_NAMES:
        return "OTHER"
    if words and {words[0], words[-1]} & NOT_PARTY_WORDS \
            and not set(words) & NAME_OR_BODY_WORDS:
        return "OTHER"
    if len(words) > 1 and words[-1] in LAW_TAILS and not set(words) & BODY_WORDS:
        return "OTHER"  # "Paycheck Protection Program", "Heroes Act": a law or a scheme
    if len(words) == 2 and words[0] == "big" and words[1] in SECTOR_NICKNAMES:
        return "OTHER"  # "Big Pharma": an industry, no one party
    if len(words) > 1 and words[-1] == "day" and (re.search(r"['’]s? ", low) or words[0] in HOLIDAY_WORDS):
        return "OTHER"  # "Founders' Day", "Mother's Day", "Election Day": a holiday
    if words and words[0] in SHIP_PREFIXES:
        return "OTHER"  # "USS Ada Vale": a ship named after someone, no party
    if len(words) > 1 and words[-1] in STREET_WORDS and (
            words[0] in COMPASS_WORDS or words[-1].rstrip(".") in {"rd", "ave", "blvd", "st"}):
        return "OTHER"  # "N. Larch Rd", "W. Elm Street": an address
    return None
