"""Ingest: read inputs, drop duplicates, parse and extract as a stream, store in batches.

Each batch is committed in one transaction, so an interrupted run keeps what it stored and a
re-run skips those documents (identity is the hash of the normalized text) and finishes.
"""
from __future__ import annotations

import fcntl
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .extract import Extractor, describe_error, get_extractor
from .model import Document, Extraction
from .readers import Problem, ReaderOptions, expand, read_inputs
from .readers.dedup import Deduplicator
from .resolve import Resolver
from .settings import Settings
from .store import Store, StoreError


@dataclass
class Summary:
    ingested: int = 0
    already_stored: int = 0
    duplicates: int = 0
    not_english: int = 0
    skipped: Counter = field(default_factory=Counter)  # by Problem.kind
    failed: Counter = field(default_factory=Counter)
    facts: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        """Success unless an input failed or nothing at all could be used."""
        return not self.failed and (self.ingested + self.already_stored + self.duplicates) > 0

    def line(self) -> str:
        parts = [f"{self.ingested} ingested"]
        if self.already_stored:
            parts.append(f"{self.already_stored} already stored")
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate")
        if self.not_english:
            parts.append(f"{self.not_english} not English (stored, not extracted)")
        for label, counts in (("skipped", self.skipped), ("failed", self.failed)):
            detail = ", ".join(f"{kind}: {n}" for kind, n in sorted(counts.items()))
            parts.append(f"{sum(counts.values())} {label}" + (f" ({detail})" if detail else ""))
        return ", ".join(parts) + f"; {self.facts} facts extracted in {self.seconds:.1f}s"

    def as_dict(self) -> dict:
        return {"ingested": self.ingested, "already_stored": self.already_stored,
                "duplicates": self.duplicates, "not_english": self.not_english,
                "skipped": dict(self.skipped), "failed": dict(self.failed), "facts": self.facts,
                "seconds": round(self.seconds, 2), "interrupted": self.interrupted}


AUTO_WORKERS_MIN_BYTES = 2_000_000  # below this, starting worker processes costs more than it saves


def auto_workers(paths: list[str], most: int = 2) -> int:
    """One worker process per core (up to `most`) when the inputs are large enough to pay for
    loading the model in each, else parse in this process."""
    size = sum(p.stat().st_size for p in expand(paths) if isinstance(p, Path))
    return min(os.cpu_count() or 1, most) if size > AUTO_WORKERS_MIN_BYTES else 1


class IngestLocked(StoreError):
    pass


@contextmanager
def ingest_lock(db: Path, wait_s: float, on_wait: Callable[[], None] | None = None):
    """One ingest per database at a time: the second waits up to wait_s, then fails clearly."""
    lock_path = db.with_name(db.name + ".lock")
    with open(lock_path, "w") as fh:
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
        try:
            fh.write(str(os.getpid()))
            fh.flush()
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class _Run:
    """State of one ingest run: what is pending for the next batch, and the summary."""

    def __init__(self, store: Store, dedup: Deduplicator, batch_size: int, on_problem,
                 on_progress):
        self.store = store
        self.dedup = dedup
        self.batch_size = batch_size
        self.summary = Summary()
        self.on_problem = on_problem or (lambda p: None)
        self.on_progress = on_progress or (lambda n: None)
        self.seen: set[str] = set()  # ids read in this run
        self.saved: set[str] = set()  # ids stored in this run
        self.pending: list[Extraction] = []
        self.sources: list[tuple[str, str, str | None, str]] = []  # duplicates' sources

    def new_documents(self, items) -> Iterator[Document]:
        """English documents not stored yet; everything else is counted or queued here."""
        for item in items:
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
            elif (verdict := self.dedup.check(item)).is_duplicate:
                # the same story under other markup or lightly edited: one more source
                self.summary.duplicates += 1
                self.sources.append((verdict.of, item.source, item.url, verdict.status))
            else:
                self.seen.add(item.id)
                if item.language in (None, "en"):
                    yield item
                else:  # stored and flagged, never parsed
                    self.summary.not_english += 1
                    self.pending.append(Extraction(document=item))
                    if len(self.pending) >= self.batch_size:
                        self.flush()  # a corpus of them must not pile up in memory

    def failed(self, doc: Document, exc: Exception) -> None:
        self.summary.failed["extract"] += 1
        self.on_problem(Problem(doc.source, "extract", f"extraction error: {describe_error(exc)}",
                                True))

    def flush(self) -> None:
        saved_now = {ex.document.id for ex in self.pending}
        ready = [s for s in self.sources if s[0] in saved_now or s[0] in self.saved
                 or s[0] not in self.seen]  # not seen in this run: stored by an earlier one
        signatures = [(i, *sig) for i in saved_now if (sig := self.dedup.signature(i))]
        self.store.save(self.pending, ready, signatures)
        self.saved |= saved_now
        self.sources = [s for s in self.sources if s not in ready]
        for ex in self.pending:
            self.summary.facts += len(ex.relations) + len(ex.money) + len(ex.clauses) + len(ex.quotes)
        self.summary.ingested += len(self.pending)
        self.on_progress(len(self.pending))
        self.pending.clear()


def ingest(paths: list[str], store: Store, *, options: ReaderOptions | None = None,
           resolver: Resolver | None = None, batch_size: int = 64, workers: int = 1,
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int], None] | None = None,
           extractor: Extractor | None = None) -> Summary:
    """Ingest every document under paths into store; returns the run's summary.

    `extractor` turns documents into facts (default: the rules, with `workers` processes).

    The resolver (by default one with no alias file) makes names canonical across the
    documents of the run; the store then merges them with names it already holds.
    """
    resolver = resolver or Resolver()
    extractor = extractor or get_extractor(Settings(workers=workers))
    options = options or ReaderOptions()
    started = time.monotonic()
    dedup = Deduplicator.from_options(options)
    dedup.seed_signatures(store.document_signatures())
    dedup.seed(store.unsigned_document_texts())
    run = _Run(store, dedup, batch_size, on_problem, on_progress)
    documents = run.new_documents(read_inputs(paths, options))
    try:
        for extraction in extractor.extract(documents, on_error=run.failed):
            resolver.observe(extraction)
            run.pending.append(resolver.apply(extraction))
            if len(run.pending) >= run.batch_size:
                run.flush()
        run.flush()
    except KeyboardInterrupt:
        run.summary.interrupted = True
    run.summary.seconds = time.monotonic() - started
    return run.summary
