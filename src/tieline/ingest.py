"""Ingest: read inputs, drop duplicates, extract, make names canonical, store in batches.

The steps of one run, in order (`ingest` below):
1. Seed: the near-duplicate detector queries the store's band index (documents stored before
   it existed are signed and banded once), and the resolver learns the stored entities' names
   and aliases (Store.resolver_seed), so a second run, or a run resumed after a kill, resolves
   names as one clean run would.
2. Read: every path is expanded and read as a stream of Documents; a bad input becomes a
   Problem that is counted in the summary and named by `on_problem` (readers/).
3. Filter: a document already stored, read twice in this run, or a near duplicate of one is not
   extracted again; its source is recorded against the stored copy. Documents in another
   language are stored, flagged, and not extracted.
4. Extract: the chosen Extractor (the rules by default, in this process or in `workers`
   processes) turns the English documents into Extractions, in input order. With the Ray
   engine (run/ray.py) steps 2-4 run in a Ray actor pool (reading, signing, extracting), and
   this process takes the results in input order for steps 3, 5 and 6, so the store ends the
   same as with the local engine whatever the partitioning.
5. Resolve: the resolver learns each extraction's names; when its batch is stored, it
   rewrites them canonical by all it has learnt then.
6. Store: every `batch_size` extractions are written in one transaction (after handing any
   stored name key the resolver now reads differently to its new owner), so an interrupted run
   keeps each committed batch and a re-run skips those documents (identity is the hash of the
   normalized text) and finishes.
7. Settle: once the input is read (or the run interrupted), stored entities are renamed and
   merged onto the resolver's final canonical names (Store.settle): what the store
   holds does not depend on the order the documents came in (but for facts stored under a name
   whose resolution changed later in the run: the store keeps no raw names to re-resolve).
"""
from __future__ import annotations

import fcntl
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

from datasketch import LeanMinHash

from .extract import Extractor, describe_error, get_extractor
from .model import Document, Extraction
from .readers import Problem, ReaderOptions, expand, read_inputs
from .readers.dedup import Deduplicator, band_buckets, serialize
from .resolve import Resolver
from .settings import Settings
from .store import Store, StoreError


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 fact', '2 facts', '1 piece of evidence', '3 pieces of evidence'."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


@dataclass
class Summary:
    ingested: int = 0
    already_stored: int = 0
    duplicates: int = 0
    not_english: int = 0
    skipped: Counter = field(default_factory=Counter)  # by Problem.kind
    failed: Counter = field(default_factory=Counter)
    facts: int = 0  # distinct facts extracted in this run
    evidence: int = 0  # the sentences stating them
    settled: int = 0  # stored entities renamed or merged onto their final names
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        """Success unless an input failed or nothing at all could be used."""
        return not self.failed and (self.ingested + self.already_stored + self.duplicates) > 0

    def line(self) -> str:
        parts = [f"{plural(self.ingested, 'document')} ingested"]
        if self.already_stored:
            parts.append(f"{self.already_stored} already stored")
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate")
        if self.not_english:
            parts.append(f"{self.not_english} not English (stored, not extracted)")
        for label, counts in (("skipped", self.skipped), ("failed", self.failed)):
            detail = ", ".join(f"{kind}: {n}" for kind, n in sorted(counts.items()))
            parts.append(f"{sum(counts.values())} {label}" + (f" ({detail})" if detail else ""))
        return (", ".join(parts) + f"; {plural(self.facts, 'fact')} "
                f"({plural(self.evidence, 'piece', 'pieces')} of evidence) extracted "
                f"in {self.seconds:.1f}s")

    def as_dict(self) -> dict:
        return {"ingested": self.ingested, "already_stored": self.already_stored,
                "duplicates": self.duplicates, "not_english": self.not_english,
                "skipped": dict(self.skipped), "failed": dict(self.failed), "facts": self.facts,
                "evidence": self.evidence, "entities_settled": self.settled,
                "seconds": round(self.seconds, 2), "interrupted": self.interrupted}


AUTO_WORKERS_MIN_BYTES = 2_000_000  # below this, starting worker processes costs more than it saves


def auto_workers(paths: list[str], most: int = 2, own: frozenset[str] = frozenset()) -> int:
    """One worker process per core (up to `most`) when the inputs are large enough to pay for
    loading the model in each, else parse in this process. `own` files (the store) do not
    count."""
    size = sum(p.stat().st_size for p in expand(paths, own) if isinstance(p, Path))
    return min(os.cpu_count() or 1, most) if size > AUTO_WORKERS_MIN_BYTES else 1


class IngestLocked(StoreError):
    pass


def lock_file(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def store_files(db: Path) -> frozenset[str]:
    """Real paths of a SQLite store's files (the database, its journals, the ingest lock), so
    a store kept inside an ingested folder is never read back as an article. SQLite puts the
    journals beside the file a symbolic link points to; the lock sits beside the name given."""
    real = os.path.realpath(db)
    return frozenset([real + suffix for suffix in ("", "-wal", "-shm", "-journal")]
                     + [os.path.realpath(lock_file(db))])


@contextmanager
def ingest_lock(db: Path, wait_s: float, on_wait: Callable[[], None] | None = None):
    """One ingest per database at a time: the second waits up to wait_s, then fails clearly."""
    with open(lock_file(db), "w") as fh:
        deadline = time.monotonic() + wait_s
        told = False
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IngestLocked(
                        f"{db} is being written by another `tieline ingest` "
                        f"(waited {wait_s:.0f}s); try again when it has finished") from None
                if not told and on_wait:
                    on_wait()
                    told = True
                time.sleep(0.2)
        try:  # the file stays empty: held open, it is the lock, and holds no text to ingest
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class _Run:
    """State of one ingest run: what is pending for the next batch, and the summary."""

    def __init__(self, store: Store, dedup: Deduplicator, batch_size: int, on_problem,
                 on_progress, resolver: Resolver | None = None):
        self.store = store
        self.resolver = resolver
        self.dedup = dedup
        self.batch_size = batch_size
        self.summary = Summary()
        self.on_problem = on_problem or (lambda p: None)
        self.on_progress = on_progress or (lambda n: None)
        self.seen: set[str] = set()  # ids read in this run
        self.saved: set[str] = set()  # ids stored in this run
        self.pending: list[Extraction] = []
        self.facts: set[int] = set()  # hashes of the identities of the facts extracted
        self.sources: list[tuple[str, str, str | None, str]] = []  # duplicates' sources

    def new_documents(self, items) -> Iterator[Document]:
        """English documents not stored yet; everything else is counted or queued here."""
        for item in items:
            if (doc := self.admit(item)) is not None:
                yield doc

    def admit(self, item: Document | Problem, signed=None) -> Document | None:
        """The document when it is new and English, else None (counted, or queued for the
        next batch). `signed` is its (words key, MinHash) when a worker computed it."""
        if isinstance(item, Problem):
            (self.summary.failed if item.failed else self.summary.skipped)[item.kind] += \
                item.count
            self.on_problem(item)
        elif item.id in self.seen or self.store.has_document(item.id):
            if item.id in self.seen:
                self.summary.duplicates += 1
            else:
                self.summary.already_stored += 1
            self.sources.append((item.id, item.source, item.url, "exact"))
        elif (verdict := (self.dedup.check_signed(item.id, *signed) if signed
                          else self.dedup.check(item))).is_duplicate:
            # the same story under other markup or lightly edited: one more source
            self.summary.duplicates += 1
            self.sources.append((verdict.of, item.source, item.url, verdict.status))
        else:
            self.seen.add(item.id)
            if item.language in (None, "en"):
                return item
            self.summary.not_english += 1  # stored and flagged, never parsed
            self.pending.append(Extraction(document=item))
            if len(self.pending) >= self.batch_size:
                self.flush()  # a corpus of them must not pile up in memory
        return None

    def add(self, extraction: Extraction) -> None:
        """Learn an extraction's names and queue it; flush makes its names canonical."""
        if self.resolver is not None:
            self.resolver.observe(extraction)
        self.pending.append(extraction)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def failed(self, doc: Document, exc: Exception) -> None:
        self.summary.failed["extract"] += 1
        self.on_problem(Problem(doc.source, "extract", f"extraction error: {describe_error(exc)}",
                                True))

    def flush(self) -> None:
        if self.resolver is not None:
            # resolved against everything the batch taught, not what came before each story:
            # "Quillan" grouped under "Ann Quillan" in one story and standing alone in the next of
            # the batch is then no alias of hers, and the batch's alias rows no longer hand
            # the carmaker's facts to her
            self.pending = [self.resolver.apply(ex) for ex in self.pending]
        saved_now = {ex.document.id for ex in self.pending}
        ready = [s for s in self.sources if s[0] in saved_now or s[0] in self.saved
                 or s[0] not in self.seen]  # not seen in this run: stored by an earlier one
        signatures = [(i, *sig) for i in saved_now if (sig := self.dedup.signature(i))]
        bands = [(i, *bucket) for i in saved_now for bucket in self.dedup.bands(i)]
        if self.resolver is not None:
            self.store.release_stale_keys(names_in(self.pending), self.resolver.canonical)
        self.store.save(self.pending, ready, signatures, bands)
        self.dedup.forget(saved_now)  # the store's band index has them now
        self.saved |= saved_now
        self.sources = [s for s in self.sources if s not in ready]
        for ex in self.pending:
            found = ex.facts()
            self.facts.update(hash(fact.identity) for fact in found)
            self.summary.evidence += len(found)
        self.summary.facts = len(self.facts)
        self.summary.ingested += len(self.pending)
        self.on_progress(len(self.pending))
        self.pending.clear()


def names_in(extractions: list[Extraction]) -> set[str]:
    """Every name a batch will be stored under: entities, makers, mentions and fact ends."""
    names: set[str] = set()
    for ex in extractions:
        names.update(n for e in ex.entities for n in (e.name, e.maker))
        names.update(ex.mention_counts)
        names.update(n for r in ex.relations for n in (r.head, r.tail))
        names.update(m.entity for m in ex.money)
        names.update(n for c in ex.clauses for n in (c.holder, c.counterparty))
        names.update(n for q in ex.quotes for n in (q.speaker, q.about))
    names.discard(None)
    return names


def start(store: Store, options: ReaderOptions, resolver: Resolver, batch_size: int,
          on_problem=None, on_progress=None) -> _Run:
    """Step 1 (seed), shared by every engine: the store's band index completed for documents
    stored before it existed, and the resolver seeded with the stored names."""
    dedup = Deduplicator.from_options(options, store=store)
    index_stored_documents(store, dedup)
    resolver.seed(store.resolver_seed())
    return _Run(store, dedup, batch_size, on_problem, on_progress, resolver)


def index_stored_documents(store: Store, dedup: Deduplicator, chunk: int = 1000) -> int:
    """Sign and band stored documents that have no signature (stores from before signatures
    were kept) or no bands (from before the band index): once, so later runs only query."""
    count = 0
    unsigned = store.unsigned_document_texts()  # a WAL reader: the writes below do not upset it
    while rows := [(i, *dedup.sign(text)) for i, text in islice(unsigned, chunk)]:
        store.save([], signatures=[(i, key, serialize(sig)) for i, key, sig in rows],
                   bands=[(i, *b) for i, _, sig in rows for b in band_buckets(sig)])
        count += len(rows)
    while rows := store.unbanded_signatures(chunk):
        store.save([], bands=[(i, *b) for i, blob in rows
                              for b in band_buckets(LeanMinHash.deserialize(blob))])
        count += len(rows)
    return count


def finish(run: _Run, started: float) -> Summary:
    """Step 7 (settle), shared by every engine."""
    run.summary.settled = run.store.settle(run.resolver.canonical)
    run.summary.seconds = time.monotonic() - started
    return run.summary


def ingest(paths: list[str], store: Store, *, options: ReaderOptions | None = None,
           resolver: Resolver | None = None, batch_size: int = 64, workers: int = 1,
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int], None] | None = None,
           extractor: Extractor | None = None, engine: str = "local",
           address: str | None = None, settings: Settings | None = None) -> Summary:
    """Ingest every document under paths into store; returns the run's summary.

    `extractor` turns documents into facts (default: the rules, with `workers` processes).
    The resolver (by default one with no alias file) is seeded with the names the store holds
    and makes names canonical across them and the documents of the run (steps above).
    `engine` "ray" reads and extracts on a Ray cluster (`address`; default: a local runtime
    with `workers` CPUs) with extractors built from `settings`, and resolves and stores here
    the same way (run/ray.py).
    """
    resolver = resolver or Resolver()
    settings = settings or Settings(workers=workers)
    options = options or ReaderOptions()
    if getattr(store, "path", None):  # a SQLite file: never read its own files back
        options = replace(options, own_files=options.own_files | store_files(store.path))
    started = time.monotonic()
    run = start(store, options, resolver, batch_size, on_problem, on_progress)
    try:
        if engine == "ray":
            from .run.ray import extract_on_ray
            extract_on_ray(paths, run, options, settings, workers=workers, address=address)
        else:
            extractor = extractor or get_extractor(settings)
            documents = run.new_documents(read_inputs(paths, options))
            for extraction in extractor.extract(documents, on_error=run.failed):
                run.add(extraction)
        run.flush()
    except KeyboardInterrupt:
        run.summary.interrupted = True
    return finish(run, started)
