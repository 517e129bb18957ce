"""A sourced briefing about one entity or a pair: extractive, every sentence cited [n].

Only stored evidence is quoted; the structure around it (headings, fact labels, figures) comes
from stored facts. Rendering to Markdown or one self-contained HTML file is in render.py.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..facts import check_window, in_window
from ..model import Evidence, Fact, Post
from ..store.base import Store
from .confidence import held_back
from .entities import find_entity
from .facts import check_as_of, fact_rows
from .relationship import Change, changes_of, full_history, periods_of, relationship

CHANGE_WEIGHT = {"weakening": 3.0, "modality_shift": 2.0, "appeared": 1.0}
KIND_WEIGHT = {"supply": 2.0, "use": 2.0, "clause": 2.0, "invest": 1.5, "acquire": 1.5,
               "sue": 1.5, "money": 1.5, "partner": 1.0, "compete": 1.0, "develop": 1.0}
DEPENDENCY_CONTEXT = {"supply", "use", "develop", "invest", "money", "clause", "quote"}
TAKEAWAYS = 5


@dataclass
class Source:
    n: int
    document_id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None


@dataclass
class Takeaway:
    sentence: str
    change: str
    kind: str
    fact_id: int
    cite: int


@dataclass
class TimelineItem:
    date: str | None
    change: str  # appeared | weakening | modality_shift | headline, or a period: ended |
    # disputed | restarted (a tie reported again after it ended)
    kind: str  # a fact kind, or event for a related headline
    label: str
    modality: str | None
    sentence: str
    cite: int | None


@dataclass
class CitedFact:
    fact: Fact
    date: str | None
    sentence: str
    cite: int


@dataclass
class CitedPost:
    document_id: str
    post: Post
    cite: int | None


@dataclass
class Digest:
    about: list[str]
    since: str | None
    until: str | None
    facts: int
    takeaways: list[Takeaway] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    money: list[CitedFact] = field(default_factory=list)
    clauses: list[CitedFact] = field(default_factory=list)
    quotes: list[CitedFact] = field(default_factory=list)
    posts: list[CitedPost] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    held_back: int = 0  # facts below the confidence floor left out (query/confidence.py)

    def as_dict(self) -> dict:
        return asdict(self)


class Citations:
    """Numbers sources in the order they are first cited."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._numbers: dict[str, int] = {}

    def cite(self, ev: Evidence) -> int:
        if ev.document_id not in self._numbers:
            self.sources.append(Source(len(self.sources) + 1, ev.document_id, ev.title,
                                       ev.source, ev.url, ev.published))
            self._numbers[ev.document_id] = len(self.sources)
        return self._numbers[ev.document_id]

    def known(self, document_id: str) -> int | None:
        return self._numbers.get(document_id)


def digest(store: Store, about: list[str], *, since: str | None = None,
           until: str | None = None, as_of: str | None = None) -> Digest:
    since, until = check_window(since, until)
    as_of = check_as_of(as_of)
    names = [find_entity(store, name).name for name in about]
    facts = _facts(store, names, since, until, as_of)
    history = full_history(store, facts, as_of)
    changes = [c for f in history
               for c in changes_of(f, cues={f.subject, f.object} <= set(names))
               if in_window(c.date, since, until)]
    changes += [c for f in history for c in _period_changes(f, as_of)
                if in_window(c.date, since, until)]
    if len(names) == 2:
        changes += [c for c in relationship(store, *names, since=since, until=until,
                                            as_of=as_of).changes if c.context]
    cites = Citations()
    out = Digest(names, since, until, len(facts), takeaways=_takeaways(facts, changes, cites))
    told = set()
    for c in sorted(changes, key=lambda c: (c.date or "", c.fact_id)):
        if (c.kind, c.change, c.sentence) in told:
            continue  # several facts read from one sentence: the sentence is told once
        told.add((c.kind, c.change, c.sentence))
        out.timeline.append(TimelineItem(c.date, c.change, c.kind, fact_label(c), c.modality,
                                         c.sentence, cites.cite(c.evidence)))
    for kind, cited in (("money", out.money), ("clause", out.clauses), ("quote", out.quotes)):
        chosen = [f for f in facts if f.kind == kind]
        if kind == "money":
            chosen.sort(key=lambda f: f.first_seen or "")
        cited += [CitedFact(f, f.evidence[0].published or f.first_seen, f.evidence[0].sentence,
                            cites.cite(f.evidence[0])) for f in chosen]
    _add_documents(store, out, cites)
    out.sources = cites.sources
    out.held_back = held_back(store)
    return out


def _add_documents(store: Store, out: Digest, cites: Citations) -> None:
    """Social posts and related headlines carried by the cited documents."""
    since, until = out.since, out.until
    records = store.documents([s.document_id for s in cites.sources])
    posts = [(p.date or "", CitedPost(d.id, p, cites.known(d.id))) for d in records
             for p in d.posts if not p.date or in_window(p.date, since, until)]
    out.posts = [p for _, p in sorted(posts, key=lambda item: item[0])]
    events = [TimelineItem(e.date, "headline", "event", e.headline, None, e.headline,
                           cites.known(d.id)) for d in records for e in d.events
              if in_window(e.date, since, until)]
    out.timeline = sorted(out.timeline + sorted(events, key=lambda e: e.date or ""),
                          key=lambda t: t.date or "")


def _period_changes(fact: Fact, as_of: str | None) -> list[Change]:
    """The boundaries of a fact's validity periods that its changes do not already tell: a tie
    ended, became disputed, or was reported again after it ended."""
    out, ended = [], False
    for period in periods_of(fact, as_of):
        change = {"ended": "ended", "disputed": "disputed"}.get(period.status)
        if period.status == "active" and ended:
            change = "restarted"
        ended = period.status == "ended"
        if change:
            ev = period.evidence
            out.append(Change(period.start or ev.published, change, fact.id, fact.kind,
                              fact.subject, fact.object, fact.attributes, None, ev.modality, ev))
    return out


def _facts(store: Store, names: list[str], since, until, as_of=None) -> list[Fact]:
    """One entity: all its facts. A pair or more: facts among them, plus each one's
    dependencies, money, clauses and quotes with others (the context of their tie)."""
    found: dict[int, Fact] = {}
    for name in names:
        for fact in fact_rows(store, entity=name, since=since, until=until, as_of=as_of):
            ends = {fact.subject, fact.object} - {None}
            if len(names) == 1 or ends <= set(names) or fact.kind in DEPENDENCY_CONTEXT:
                found[fact.id] = fact
    return sorted(found.values(), key=lambda f: (f.first_seen or "", f.id))


def _takeaways(facts: list[Fact], changes: list[Change], cites: Citations) -> list[Takeaway]:
    evidence_count = {f.id: len(f.evidence) for f in facts}
    ranked = sorted(changes, key=lambda c: (
        -(CHANGE_WEIGHT.get(c.change, 0.5) + KIND_WEIGHT.get(c.kind, 0.5)
          + 0.2 * min(evidence_count.get(c.fact_id, 1), 5)),
        -(int((c.date or "0")[:4]) if (c.date or "")[:4].isdigit() else 0),
        c.fact_id))
    out, seen = [], set()
    for change in ranked:
        if change.sentence in seen:
            continue
        seen.add(change.sentence)
        out.append(Takeaway(change.sentence, change.change, change.kind, change.fact_id,
                            cites.cite(change.evidence)))
        if len(out) == TAKEAWAYS:
            break
    return out


def fact_label(fact: Fact | Change) -> str:
    """'supply: Microsoft → OpenAI (compute, via Azure)': kind, ends and the attributes in the
    model's words (a quote's words are its sentence, shown beside the label)."""
    detail = fact.attributes.label() if fact.kind != "quote" else ""
    ends = " → ".join(x for x in (fact.subject, fact.object) if x)
    return f"{fact.kind}: {ends}" + (f" ({detail})" if detail else "")
