"""The store interface every backend implements, and the records it reads back.

The query layer talks to a store only through these verbs, so a second backend (PostgreSQL)
can stand behind the same calls. Reads return model types (Fact with its Evidence, Document
parts) or the small records below; writes take Extractions. Domain rules a backend applies on
write (fact identity, type voting, which report decides the modality) are in tieline.facts.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Iterator, Protocol, runtime_checkable

from ..model import Event, Evidence, Extraction, Fact, Post


@dataclass(frozen=True)
class EntityRecord:
    """An entity as stored: its id, canonical name, voted type and maker (for products)."""
    id: int
    name: str
    type: str
    maker_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EntityCount:
    name: str
    type: str
    mentions: int
    facts: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DocumentRecord:
    """A stored document's bibliographic fields with its social posts and dated headlines."""
    id: str
    title: str | None
    source: str
    url: str | None
    published: str | None
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class FactFilter:
    """Which facts to read, newest first. Entities are given by id (look them up first); a
    date window or a minimum confidence keeps the evidence inside it and drops the facts left
    without any; `since` also skips facts last seen before it. `as_of` answers as on that day:
    only reports published by then count, for the evidence, the dates seen and the validity
    (judged again from them); undated reports are left out. `status` keeps facts of one
    validity status (active, weakened, ended, disputed). `floor` keeps the facts whose best
    evidence reaches it, their evidence left whole (`below_floor`: the others), in SQL, so a
    page is cut after it; `per_kind` keeps the newest facts of each kind. A page or a
    `per_kind` read of an entity's or a pair's facts is read in index order (sql/bounded.py):
    its cost does not grow with a hub's degree. `window` (with `floor`) takes a page from the
    newest N facts of each side only (a hub whose newest facts are mostly below the floor)."""
    kinds: tuple[str, ...] | None = None
    entity_id: int | None = None
    between: tuple[int, int] | None = None
    ids: list[int] | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    min_confidence: float | None = None
    limit: int | None = None
    offset: int = 0
    evidence: bool = True  # False: facts without their evidence (cheaper)
    as_of: str | None = None
    status: str | None = None
    floor: float | None = None  # keep facts whose best evidence reaches it (evidence kept whole)
    below_floor: bool = False  # with floor: the facts under it instead
    per_kind: int | None = None  # at most this many (newest) facts of each kind
    window: int | None = None  # with floor: a page from the newest N facts of each side only


@dataclass
class Around:
    """The facts within some hops of an entity (`fact_ids_around`), and what a bounded read
    left out: the entities whose ties were cut to their newest `per_node` per side, and how
    many entities were reached but not followed once the read held `budget` facts."""
    ids: list[int]
    per_node: int | None = None
    limited: list[int] = field(default_factory=list)  # entity ids with more ties than read
    unexpanded: int = 0

    @property
    def cut(self) -> bool:
        return bool(self.limited or self.unexpanded)


@dataclass(frozen=True)
class WatchRecord:
    """A saved watch: the entity followed, which facts count, and where its changes go."""
    name: str
    entity: str
    kinds: tuple[str, ...] | None = None
    min_confidence: float | None = None
    webhook: str | None = None
    secret: str | None = None
    atom: str | None = None
    id: int | None = None
    created_at: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["secret"] = "***" if self.secret else None  # never printed
        return out


@dataclass(frozen=True)
class StoredChange:
    """A change recorded for a watch: its JSON body and its webhook delivery state."""
    change_id: str
    date: str | None
    body: str
    detected_at: str
    delivered_at: str | None
    attempts: int
    last_error: str | None


@dataclass
class FeedState:
    """What the last poll of a feed URL left: validators for a conditional GET, and backoff."""
    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_after: str | None = None
    last_error: str | None = None
    checked_at: str | None = None


@runtime_checkable
class Store(Protocol):
    """What the rest of tieline asks of a store."""

    # -- writing (ingest) --------------------------------------------------------------------
    def save(self, batch: Iterable[Extraction],
             sources: Iterable[tuple[str, str, str | None, str]] = (),
             signatures: Iterable[tuple[str, str, bytes]] = (),
             bands: Iterable[tuple[str, int, str]] = ()) -> None: ...
    def release_stale_keys(self, names: set[str], canonical: Callable[[str], str]) -> None: ...
    def settle(self, canonical: Callable[[str], str]) -> int: ...
    def has_document(self, doc_id: str) -> bool: ...
    def document_signatures(self) -> Iterator[tuple[str, str, bytes]]: ...
    def unsigned_document_texts(self) -> Iterator[tuple[str, str]]: ...

    # -- the near-duplicate band index (readers/dedup.py; rows written by save) ---------------
    def document_by_words_key(self, key: str) -> str | None: ...
    def near_candidates(self, buckets: list[tuple[int, str]]) -> set[str]: ...
    def signatures_of(self, ids: Iterable[str]) -> dict[str, bytes]: ...
    def unbanded_signatures(self, limit: int) -> list[tuple[str, bytes]]: ...

    # -- entities ----------------------------------------------------------------------------
    def resolver_seed(self) -> list[tuple[str, list[str], dict[str, int], int]]: ...
    def entity(self, name: str) -> EntityRecord | None: ...
    def entities_by_key(self, names: Iterable[str]) -> dict[str, EntityRecord]: ...
    def entities_by_id(self, ids: Iterable[int]) -> dict[int, EntityRecord]: ...
    def suggest(self, name: str, n: int = 3) -> list[str]: ...
    def aliases(self, entity_id: int) -> list[str]: ...
    def entity_aliases(self, entity_ids: Iterable[int]) -> dict[int, list[str]]: ...
    def entities(self, *, type_: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[EntityCount]: ...
    def makers(self, entity_ids: Iterable[int] | None = None) -> list[tuple[str, str, str]]: ...

    # -- facts, evidence, documents ----------------------------------------------------------
    def facts(self, where: FactFilter) -> list[Fact]: ...
    def count_facts(self, where: FactFilter) -> int: ...
    def kind_counts(self, where: FactFilter, cap: int) -> dict[str, int]: ...
    def evidence(self, fact_ids: Iterable[int]) -> dict[int, list[Evidence]]: ...
    def facts_below_floor(self, where: FactFilter, floor: float,
                          window: int) -> tuple[list[int], list[tuple[int, int]]]: ...
    def fact_ids_around(self, entity_id: int, depth: int, *, per_node: int | None = None,
                        budget: int | None = None) -> Around: ...
    def documents(self, ids: Iterable[str]) -> list[DocumentRecord]: ...
    def document_text(self, doc_id: str) -> tuple[DocumentRecord, str] | None: ...
    def evidence_marks(self, doc_id: str) -> list[tuple[int, int, int]]: ...
    def document_list(self, *, limit: int, offset: int = 0) -> list[tuple]: ...
    def dependency_facts(self, kinds: Iterable[str], as_of: str | None = None, *,
                         subject_ids: Iterable[int] | None = None,
                         object_ids: Iterable[int] | None = None,
                         per_node: int | None = None,
                         object_kinds: Iterable[str] | None = None) -> list[Fact]: ...
    def dependency_hop(self, kinds: Iterable[str], object_kinds: Iterable[str],
                       node_ids: Iterable[int], per_node: int, as_of: str | None = None
                       ) -> tuple[list[Fact], list[tuple[str, str, str]]]: ...

    # -- watches (watch/) ----------------------------------------------------------------
    def add_watch(self, watch: WatchRecord) -> WatchRecord: ...
    def watch(self, name: str) -> WatchRecord | None: ...
    def watches(self) -> list[WatchRecord]: ...
    def remove_watch(self, name: str) -> bool: ...
    def record_changes(self, watch_id: int,
                       changes: list[tuple[str, str | None, str]]) -> list[str]: ...
    def watch_changes(self, watch_id: int, *, undelivered: bool = False,
                      limit: int | None = None) -> list[StoredChange]: ...
    def mark_delivery(self, watch_id: int, change_id: str, error: str | None) -> None: ...
    def feed_state(self, url: str) -> FeedState | None: ...
    def save_feed_state(self, state: FeedState) -> None: ...

    def stats(self) -> dict[str, Any]: ...
    def close(self) -> None: ...
