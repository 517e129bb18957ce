"""Rules about facts that hold whatever store keeps them.

A backend calls these when it writes, so SQLite and any later backend agree on when two
reports are one fact (`Fact.key`, from `Fact.identity` in the model), which type an entity
named in many documents gets, and which report decides a fact's current modality.
"""
from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter
from dataclasses import dataclass

from .errors import BadInput
from .model import Fact


def fact_key(fact: Fact) -> str:
    """The text a store keeps unique per fact: kind, folded ends, identifying attributes."""
    return fact.key


# On a tie between types, the stronger claim wins, whatever order the documents came in.
TYPE_ORDER = {"ORG": 4, "PERSON": 3, "PRODUCT": 2, "EVENT": 1, "GPE": 0}


def voted_type(votes: dict[str, int], default: str = "ORG") -> str:
    """The most voted type; ties go by TYPE_ORDER, then by name, never by arrival order."""
    return max(votes, key=lambda t: (votes[t], TYPE_ORDER.get(t, -1), t)) if votes else default


def vote_type(votes: dict[str, int], etype: str) -> tuple[dict[str, int], str]:
    """Add one document's vote for an entity's type; returns the votes and the winner."""
    counted = Counter(votes)
    counted[etype] += 1
    return dict(counted), voted_type(counted)


@dataclass(frozen=True)
class Seen:
    """When a fact was first and last reported, and its current modality."""
    first: str | None
    last: str | None
    modality: str


def merge_report(stored: Seen, published: str, modality: str) -> Seen:
    """A stored fact reported again by a document published on `published`: the window
    widens, and the newest report (a tie goes to the later one) decides the modality."""
    first = min(stored.first or published, published)
    last = max(stored.last or published, published)
    newest = published >= (stored.last or published)
    return Seen(first, last, modality if newest else stored.modality)


# -- date windows -------------------------------------------------------------------------------
# Bounds are YYYY, YYYY-MM or YYYY-MM-DD and compare on their own precision, so `--until 2024`
# keeps every day of 2024.

_BOUND = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(value: str | None, what: str = "date") -> str | None:
    """A valid YYYY, YYYY-MM or YYYY-MM-DD bound, or BadInput naming what is wrong with it."""
    if value is None:
        return None
    match = _BOUND.match(value.strip())
    if not match:
        raise BadInput(f"{what} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        raise BadInput(f"{what} {value!r} has no month {month:02d}; months run 01 to 12")
    if day is not None:
        try:
            datetime.date(year, month, day)
        except ValueError:
            raise BadInput(f"{what} {value!r} is not a day of the calendar "
                           f"({year}-{month:02d} has {calendar.monthrange(year, month)[1]} "
                           "days)") from None
    return value.strip()


def check_window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Both bounds checked, and refused when the window is empty (since after until)."""
    since, until = check_date(since, "--since"), check_date(until, "--until")
    if since and until:
        common = min(len(since), len(until))
        if since[:common] > until[:common]:
            raise BadInput(f"--since {since} is after --until {until}; nothing can fall "
                           "between them")
    return since, until


def in_window(day: str | None, since: str | None, until: str | None) -> bool:
    """Whether a YYYY[-MM[-DD]] day falls in [since, until]; bounds compare on their precision."""
    if not since and not until:
        return True
    if not day:
        return False
    return ((not since or day[:len(since)] >= since)
            and (not until or day[:len(until)] <= until))
