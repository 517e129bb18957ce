"""The rule-based extractor: spaCy parses, then the rules in this package read the parse.

It is the default `Extractor` (registered as "rules"). Parsing and extraction run in this
process or, with `workers` > 1, in that many worker processes (see `tieline.pipeline`).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..model import Document, Extraction
from .base import OnError, Progress


class RulesExtractor:
    name = "rules"

    def __init__(self, settings, **_options):
        self.parse_batch = settings.parse_batch_size
        self.worker_parse_batch = settings.worker_parse_batch_size
        self.parse_all = settings.parse_all_sentences
        # 0 means "choose": the caller knows the input size, so without one this parses here
        self.workers = max(1, settings.workers)

    def extract(self, documents: Iterable[Document], *, progress: Progress | None = None,
                on_error: OnError | None = None) -> Iterator[Extraction]:
        from ..pipeline import extract_documents  # loads spaCy

        return extract_documents(documents, progress=progress, on_error=on_error,
                                 batch_size=self.parse_batch, n_process=self.workers,
                                 worker_batch=self.worker_parse_batch,
                                 parse_all=self.parse_all)
