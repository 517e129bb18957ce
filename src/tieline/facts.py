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
from dataclasses import dataclass, replace

from .errors import BadInput
from .model import Evidence, Fact


def fact_key(fact: Fact) -> str:
    """The text a store keeps unique per fact: kind, folded ends, identifying attributes."""
    return fact.key


# On a tie between types, the stronger claim wins, whatever order the documents came in.
TYPE_ORDER = {"ORG": 4, "PERSON": 3, "PRODUCT": 2, "EVENT": 1, "GPE": 0}


def voted_type(votes: dict[str, int], default: str = "ORG") -> str:
    """The most voted type to show; ties go by TYPE_ORDER, then by name, never by arrival
    order. A vote "ORG>PRODUCT" (see `vote_key`) counts for the type shown, PRODUCT."""
    shown = _side(votes, -1)
    return max(shown, key=lambda t: (shown[t], TYPE_ORDER.get(t, -1), t)) if shown else default


def extraction_votes(votes: dict[str, int]) -> dict[str, int]:
    """The votes as extraction typed the names ("ORG>PRODUCT" counts for ORG): what the
    resolver learns from a store, so a second run groups names as one run would."""
    return _side(votes, 0)


def _side(votes: dict[str, int], side: int) -> dict[str, int]:
    counted: Counter = Counter()
    for key, n in votes.items():
        counted[key.split(">")[side]] += n
    return dict(counted)


def vote_key(etype: str, shown: str | None = None) -> str:
    """One document's vote: the type extraction gave the name, and after ">" the type the
    document's evidence shows when that differs (entities/shown.py: a name the text only
    uses as a service is typed ORG for the rules but shown as a PRODUCT)."""
    return f"{etype}>{shown}" if shown and shown != etype else etype


def vote_type(votes: dict[str, int], etype: str) -> tuple[dict[str, int], str]:
    """Add one document's vote (a `vote_key`) for an entity's type; returns the votes and
    the type to show."""
    counted = Counter(votes)
    counted[etype] += 1
    return dict(counted), voted_type(counted)


@dataclass(frozen=True)
class Seen:
    """When a fact was first and last reported, and its current modality."""
    first: str | None
    last: str | None
    modality: str


def merge_report(stored: Seen, published: str | None, modality: str) -> Seen:
    """A stored fact reported again by a document published on `published`: the window
    widens, and the newest report (a tie goes to the later one) decides the modality. An
    undated report widens nothing and decides the modality only of a fact never dated."""
    if published is None:
        return Seen(stored.first, stored.last, stored.modality if stored.last else modality)
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


# -- validity over time -------------------------------------------------------------------------
# Supersession is a rule over a fact's evidence, never a deletion: reports are read oldest first;
# a report that the tie ended closes it, a later plain report reopens it, a weakening report
# marks it weakened without ending it, and reports of both stances from different outlets
# published within DISPUTE_DAYS of each other leave it disputed, both sides kept.

DISPUTE_DAYS = 30
STATUSES = ("active", "weakened", "ended", "disputed")
# Kinds whose extractor reads the tenure of each role itself (a past role comes out negated):
# a cue anywhere in the sentence ("a former astronaut", "who formerly led the agency", "scale
# back") usually describes another role or person, so it neither ends nor weakens the tie.
ROLE_KINDS = frozenset({"employ"})


@dataclass(frozen=True)
class Boundary:
    """One change of a fact's validity, with the report that made it."""
    change: str  # started | weakened | ended | disputed
    date: str | None  # when it happened in the world, as precise as known
    reported: str | None  # publication date of the report
    evidence: Evidence


@dataclass(frozen=True)
class Validity:
    status: str | None  # active | weakened | ended | disputed; None: nothing stated as fact
    valid_from: str | None
    valid_to: str | None
    boundaries: tuple[Boundary, ...] = ()


def stance(kind: str, ev: Evidence) -> str | None:
    """What one report says of the tie: stated, weakened or ended; None for hedged or forecast
    reports, which say nothing about whether it holds."""
    if ev.modality in ("hedged", "forecast"):
        return None
    if ev.change in ("weakened", "ended") and kind not in ROLE_KINDS:
        return ev.change
    return "ended" if ev.modality == "negated" else "stated"


def validity(kind: str, evidence: list[Evidence], as_of: str | None = None) -> Validity:
    """A fact's validity from its reports published up to `as_of` (all when None). Undated
    reports cannot be placed in time: they count only when no report is dated."""
    dated = sorted((ev for ev in evidence if ev.published and in_window(ev.published, None, as_of)),
                   key=lambda ev: (ev.published, ev.document_id, ev.start))
    if not dated:
        undated = [] if as_of else [s for ev in evidence if (s := stance(kind, ev))]
        return Validity(_STATE.get(undated[0]) if undated else None, None, None)
    state, start, end, bounds = None, None, None, []
    for i, ev in enumerate(dated):
        said = stance(kind, ev)
        if said is None:
            continue
        if state is not None and rivals(kind, dated[:i], ev):
            if state != "disputed":
                bounds.append(Boundary("disputed", ev.published, ev.published, ev))
                state = "disputed"
            continue
        if said == "ended":
            if state != "ended":
                start = start if state else ev.valid_from
                end = ev.valid_to or ev.published
                bounds.append(Boundary("ended", end, ev.published, ev))
                state = "ended"
            continue
        if state in (None, "ended", "disputed"):
            start, end, state = ev.valid_from or ev.published, None, "active"
            opened = len(bounds)
            if said == "stated":  # a first report that it weakened opens as weakened
                bounds.append(Boundary("started", start, ev.published, ev))
        elif ev.valid_from and ev.valid_from < start:
            start = ev.valid_from  # a later report says since when it has held: it set the bound
            bounds[opened] = replace(bounds[opened], date=start, reported=ev.published,
                                     evidence=ev)
        if said == "weakened" and state != "weakened":
            when = ev.published if bounds[opened:] else start
            bounds.append(Boundary("weakened", when, ev.published, ev))
            state = "weakened"
    return Validity(state, start, end, tuple(bounds))


_STATE = {"stated": "active", "weakened": "weakened", "ended": "ended"}


def rivals(kind: str, earlier: list[Evidence], ev: Evidence) -> list[Evidence]:
    """Earlier reports of the other stance from other outlets, close enough in time to `ev`
    that neither supersedes the other: the other side of a dispute."""
    ended = stance(kind, ev) == "ended"
    return [old for old in earlier
            if stance(kind, old) is not None and (stance(kind, old) == "ended") != ended
            and old.published and _outlet(old) != _outlet(ev)
            and _days_apart(old.published, ev.published) <= DISPUTE_DAYS]


def _outlet(ev: Evidence) -> str:
    """Who published a report: the URL's host, else the source file without record locator."""
    if ev.url:
        return re.sub(r"^\w+://(?:www\.)?", "", ev.url).split("/")[0].lower()
    return re.split(r"[#]", ev.source or ev.document_id)[0]


def _days_apart(a: str, b: str) -> int:
    def day(value: str) -> datetime.date:
        parts = [int(p) for p in value[:10].split("-")] + [1, 1]
        return datetime.date(*parts[:3])
    try:
        return abs((day(b) - day(a)).days)
    except ValueError:
        return DISPUTE_DAYS + 1
