"""The shared "parse -> extract" loop over a stream of Documents (used by extract, eval, ingest)."""
from __future__ import annotations

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
    without it the exception propagates. `n_process` > 1 parses in that many processes
    (spaCy keeps the output in input order).
    """
    pairs = ((doc.text, doc) for doc in documents)
    for sdoc, doc in nlp.load().pipe(pairs, as_tuples=True, batch_size=batch_size,
                                     n_process=n_process):
        extraction = None
        try:
            extraction = extract(doc, sdoc)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, who decides
            if on_error is None:
                raise
            on_error(doc, exc)
        if progress is not None:
            progress(doc)
        if extraction is not None:
            yield extraction
