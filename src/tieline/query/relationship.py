"""How the tie between two entities changed: facts by type, the changes over time, and the
periods each tie held (started, weakened, ended, disputed), as known on any date."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ..facts import Boundary, check_window, in_window, rivals, validity
from ..model import Attributes, Evidence, Fact
from ..store.base import EntityRecord, FactFilter, Store
from .confidence import held_back, held_back_capped
from .entities import find_entity
from .facts import COUNT_CAP, check_as_of, fact_rows, more_per_kind, per_kind
from .graph import weakening

KIND_ORDER = ("partner", "supply", "use", "invest", "develop", "acquire", "compete", "sue",
              "employ", "talent_move", "clause", "money", "quote")


@dataclass
class Change:
    """A report that changed a fact: it appeared, weakened, or its modality shifted."""
    date: str | None
    change: str  # appeared | weakening | modality_shift
    fact_id: int
    kind: str
    subject: str | None
    object: str | None
    attributes: Attributes
    from_modality: str | None
    modality: str
    evidence: Evidence
    context: bool = False  # a third-party fact's sentence that names the other side

    @property
    def sentence(self) -> str:
        return self.evidence.sentence


@dataclass
class Period:
    """A stretch of one tie's validity between two boundaries: from the report that opened it
    (started, weakened, ended or disputed) to the next one, or open when none followed."""
    kind: str
    fact_id: int
    subject: str | None
    object: str | None
    attributes: Attributes
    status: str  # active | weakened | ended | disputed
    start: str | None  # when it began in the world, as precise as known
    end: str | None  # when the next boundary came; None while it lasts
    evidence: Evidence  # the report that opened the period
    closed_by: Evidence | None = None  # the report that opened the next one
    others: list[Evidence] = field(default_factory=list)  # disputed: the other side's reports


PERIOD_STATUS = {"started": "active", "weakened": "weakened", "ended": "ended",
                 "disputed": "disputed"}
SIGNAL_SCAN = 50  # newest facts of each side searched for weakening that names the other
NO_PERIODS = frozenset({"money", "quote", "talent_move"})  # reports of events, not states


def periods_of(fact: Fact, as_of: str | None = None) -> list[Period]:
    """The periods of a fact's validity from all its reports (published up to `as_of`)."""
    bounds = list(validity(fact.kind, fact.evidence, as_of).boundaries)
    out = []
    for i, b in enumerate(bounds):
        after = bounds[i + 1] if i + 1 < len(bounds) else None
        out.append(Period(fact.kind, fact.id, fact.subject, fact.object, fact.attributes,
                          PERIOD_STATUS[b.change], b.date, after.date if after else None,
                          b.evidence, after.evidence if after else None,
                          _other_side(fact, b) if b.change == "disputed" else []))
    return out


def _overlaps(p: Period, since: str | None, until: str | None) -> bool:
    """Whether a period reaches into a date window (bounds on their own precision)."""
    return ((not since or p.end is None or p.end >= since[:len(p.end)])
            and (not until or p.start is None or p.start[:len(until)] <= until))


def _other_side(fact: Fact, b: Boundary) -> list[Evidence]:
    """The reports a disputed boundary contradicts (tieline.facts.rivals)."""
    earlier = [ev for ev in fact.evidence if ev.published and ev is not b.evidence
               and ev.published <= (b.reported or "")]
    return rivals(fact.kind, earlier, b.evidence)


@dataclass
class FactGroup:
    kind: str
    fact_ids: list[int]
    more: int = 0  # facts of this kind not read (the newest facts_per_kind are); at least, at the cap


@dataclass
class Relationship:
    a: str
    b: str
    since: str | None
    until: str | None
    facts: list[Fact]
    status: dict[int, str]  # fact id -> active | weakening
    groups: list[FactGroup] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    as_of: str | None = None
    held_back: int = 0  # facts below the confidence floor left out (query/confidence.py)
    notes: list[str] = field(default_factory=list)  # what a bounded read left out
    held_back_capped: bool = False  # held_back stopped at a cap: at least that many

    def as_dict(self) -> dict:
        return asdict(self)


def relationship(store: Store, a: str, b: str, *, since: str | None = None,
                 until: str | None = None, as_of: str | None = None) -> Relationship:
    """Every fact between A and B (newest first), grouped by type in first-seen order, with the
    changes (ties that appeared, ties reported as ended or weakening, shifts in modality) and
    each tie's validity periods. `as_of` answers from the reports published by that date."""
    since, until = check_window(since, until)
    as_of = check_as_of(as_of)
    first, second = find_entity(store, a), find_entity(store, b)
    shown = per_kind()
    between = store.facts(FactFilter(between=(first.id, second.id), since=since, until=until,
                                     as_of=as_of, per_kind=shown))
    more = more_per_kind(store, between, shown, between=(first.id, second.id), since=since)
    groups: dict[str, list[int]] = {}
    for fact in sorted(between, key=lambda f: (f.first_seen or "", f.id)):
        groups.setdefault(fact.kind, []).append(fact.id)
    # read without a window or a date, the facts hold all their evidence already
    history = full_history(store, between, as_of) if since or until or as_of else between
    changes = [c for fact in history for c in changes_of(fact)
               if in_window(c.date, since, until)]
    signals, notes = _signals(store, first, second, since, until, as_of)
    changes += signals
    changes.sort(key=lambda c: (c.date or "", c.fact_id))
    periods = [p for fact in history if fact.kind not in NO_PERIODS
               for p in periods_of(fact, as_of) if _overlaps(p, since, until)]
    periods.sort(key=lambda p: (_kind_rank(p.kind), p.fact_id))  # stable: in time order
    notes += [f"{kind}: the newest {shown} facts shown, {n:,}"
              f"{'+' if n + shown >= COUNT_CAP else ''} more" for kind, n in more.items()]
    return Relationship(first.name, second.name, since, until, between,
                        {f.id: _status(f) for f in between},
                        [FactGroup(kind, groups[kind], more.get(kind, 0))
                         for kind in sorted(groups, key=_kind_rank)],
                        changes, periods, as_of, held_back(store), notes,
                        held_back_capped(store))


def full_history(store: Store, selected: list[Fact], as_of: str | None = None) -> list[Fact]:
    """The facts again with all their evidence (up to `as_of`): a change is judged against
    earlier reports even when a date window hides them."""
    return fact_rows(store, ids=[f.id for f in selected], as_of=as_of) if selected else []


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _status(fact: Fact) -> str:
    latest = fact.evidence[0] if fact.evidence else None
    if fact.modality == "negated" or (latest and weakening(latest.sentence)):
        return "weakening"
    return "active"


def _oldest_first(fact: Fact) -> list[Evidence]:
    return sorted(fact.evidence, key=lambda ev: ev.published or fact.first_seen or "")


def changes_of(fact: Fact, *, cues: bool = True) -> list[Change]:
    """A fact's evidence, oldest first, reduced to the reports that changed something.

    With `cues`, a sentence that reports loosening ("less dependent") marks the fact as
    weakening; leave it off for a fact whose sentence may be about another tie.
    """
    out, previous = [], None
    for ev in _oldest_first(fact):
        weak = ev.modality == "negated" or (cues and weakening(ev.sentence))
        if previous is None:
            change = "weakening" if weak else "appeared"
        elif _stance(ev.modality) != _stance(previous.modality):
            change = "weakening" if ev.modality == "negated" else "modality_shift"
        elif weak:
            change = "weakening"
        else:
            previous = ev
            continue  # the same tie reported again: counted in the fact's evidence
        out.append(_change(fact, ev, change, previous.modality if previous else None))
        previous = ev
    return out


def _stance(modality: str) -> str:
    """Asserted and reported both state the tie (one names a source): no change between them."""
    return "stated" if modality in ("asserted", "reported") else modality


def _change(fact: Fact, ev: Evidence, change: str, before: str | None,
            context: bool = False) -> Change:
    return Change(ev.published or fact.first_seen, change, fact.id, fact.kind, fact.subject,
                  fact.object, fact.attributes, before, ev.modality, ev, context)


def _signals(store: Store, first: EntityRecord, second: EntityRecord, since,
             until, as_of: str | None = None) -> tuple[list[Change], list[str]]:
    """Weakening reported in sentences stored for a third-party fact of one side that name the
    other ("partnering with Oracle makes it less dependent on Microsoft"), in the newest
    SIGNAL_SCAN facts of each side; and a note for each side that had more."""
    out, seen, notes = [], set(), []
    for side, other in ((first, second), (second, first)):
        names = [n for n in store.aliases(other.id) + [other.name] if len(n) > 2]
        mention = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b",
                             re.IGNORECASE)
        scanned = store.facts(FactFilter(entity_id=side.id, since=since, until=until,
                                         as_of=as_of, limit=SIGNAL_SCAN + 1))
        if len(scanned) > SIGNAL_SCAN:
            scanned = scanned[:SIGNAL_SCAN]
            notes.append(f"signals: only the newest {SIGNAL_SCAN} facts of {side.name} were "
                         f"searched for sentences naming {other.name}")
        for fact in scanned:
            if other.name in (fact.subject, fact.object):
                continue
            for ev in fact.evidence:
                key = (ev.document_id, ev.start)
                if key not in seen and weakening(ev.sentence) and mention.search(ev.sentence) \
                        and in_window(ev.published or fact.first_seen, since, until):
                    seen.add(key)
                    out.append(_change(fact, ev, "weakening", None, context=True))
    return out, notes
