"""Ingest: read inputs, drop duplicates, parse and extract in batches, store each batch.

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
from typing import Callable

from .model import Document, Extraction
from .readers import Problem, ReaderOptions, read_inputs
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
        skipped = sum(self.skipped.values())
        detail = ", ".join(f"{kind}: {n}" for kind, n in sorted(self.skipped.items()))
        parts.append(f"{skipped} skipped" + (f" ({detail})" if detail else ""))
        failed = sum(self.failed.values())
        detail = ", ".join(f"{kind}: {n}" for kind, n in sorted(self.failed.items()))
        parts.append(f"{failed} failed" + (f" ({detail})" if detail else ""))
        return ", ".join(parts) + f"; {self.facts} facts extracted in {self.seconds:.1f}s"

    def as_dict(self) -> dict:
        return {"ingested": self.ingested, "already_stored": self.already_stored,
                "duplicates": self.duplicates, "not_english": self.not_english,
                "skipped": dict(self.skipped), "failed": dict(self.failed), "facts": self.facts,
                "seconds": round(self.seconds, 2), "interrupted": self.interrupted}


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


def ingest(paths: list[str], store: Store, *, options: ReaderOptions | None = None,
           batch_size: int = 64, workers: int = 1,
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int], None] | None = None) -> Summary:
    """Ingest every document under paths into store; returns the run's summary."""
    from .extract import extract
    from .nlp import parse

    summary = Summary()
    started = time.monotonic()
    seen: set[str] = set()
    batch: list[Document] = []
    sources: list[tuple[str, str, str | None, str]] = []  # duplicates seen while batching

    def flush() -> None:
        english = [d for d in batch if d.language in (None, "en")]
        extractions: list[Extraction] = [Extraction(document=d) for d in batch
                                         if d.language not in (None, "en")]
        sdocs = parse([d.text for d in english], n_process=workers)
        for doc, sdoc in zip(english, sdocs):
            extractions.append(extract(doc, sdoc))
        store.save(extractions, sources)
        sources.clear()
        for ex in extractions:
            summary.facts += len(ex.relations) + len(ex.money) + len(ex.clauses) + len(ex.quotes)
        summary.ingested += len(batch)
        summary.not_english += len(batch) - len(english)
        if on_progress:
            on_progress(len(batch))
        batch.clear()

    try:
        for item in read_inputs(paths, options):
            if isinstance(item, Problem):
                (summary.failed if item.failed else summary.skipped)[item.kind] += 1
                if on_problem:
                    on_problem(item)
                continue
            if item.id in seen or store.has_document(item.id):
                if item.id in seen:
                    summary.duplicates += 1
                else:
                    summary.already_stored += 1
                sources.append((item.id, item.source, item.url, "exact"))
                continue
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= batch_size:
                flush()
        if batch or sources:
            flush()
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.monotonic() - started
    return summary

