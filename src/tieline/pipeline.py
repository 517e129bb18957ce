"""The shared "parse -> extract" loop over a stream of Documents (used by extract, eval, ingest).

With one process, documents go through `nlp.pipe` in batches here. With several, each worker
process loads the model once and does both parsing and extraction for a batch, so the
extractors run in parallel too; only plain Extraction dataclasses travel back.
"""
from __future__ import annotations

import multiprocessing
from itertools import islice
from typing import Callable, Iterable, Iterator

from . import nlp
from .extract import extract
from .model import Document, Extraction

BATCH_SIZE = 32


def extract_documents(
    documents: Iterable[Document],
    progress: Callable[[Document], None] | None = None,
    on_error: Callable[[Document, Exception], None] | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Parse documents with spaCy in batches and yield one Extraction each, in input order.

    `progress` is called after each document. When `on_error` is given, a document whose
    extraction raises is reported to it and skipped, so one bad text does not stop the run;
    without it the exception propagates. `n_process` > 1 spreads the work over that many
    worker processes.
    """
    if n_process > 1:
        results = _in_workers(documents, batch_size, n_process)
    else:
        pairs = ((doc.text, doc) for doc in documents)
        results = ((doc, _extract_one(doc, sdoc))
                   for sdoc, doc in nlp.load().pipe(pairs, as_tuples=True, batch_size=batch_size))
    for doc, outcome in results:
        if isinstance(outcome, Exception):
            if on_error is None:
                raise outcome
            on_error(doc, outcome)
        if progress is not None:
            progress(doc)
        if isinstance(outcome, Extraction):
            yield outcome


def _extract_one(doc: Document, sdoc) -> Extraction | Exception:
    try:
        return extract(doc, sdoc)
    except Exception as exc:  # noqa: BLE001 - handed to the caller, who decides
        return exc


def _work(batch: list[Document]) -> list[tuple[Document, Extraction | Exception]]:
    pipeline = nlp.load()
    return [(doc, _extract_one(doc, sdoc))
            for doc, sdoc in zip(batch, pipeline.pipe([d.text for d in batch]))]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def _in_workers(documents, batch_size: int, n_process: int):
    # spawn, not fork: the parent may run threads (the progress display) that fork would copy
    # mid-lock; each worker imports tieline and loads the model once.
    context = multiprocessing.get_context("spawn")
    small = max(1, batch_size // n_process)  # smaller batches keep every worker busy
    with context.Pool(n_process, initializer=nlp.load) as pool:
        for results in pool.imap(_work, _batches(documents, small)):
            yield from results
