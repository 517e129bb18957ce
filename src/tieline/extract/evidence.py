"""The one way every extractor builds Evidence: a span of the document and the text it covers.

The span is trimmed of surrounding whitespace, so for every fact
`document.text[ev.start:ev.end] == ev.sentence` holds, whatever kind of fact it supports.
"""
from __future__ import annotations

from ..model import Document, Evidence
from .validity import cue_of


def evidence(document: Document, start: int, end: int, rule: str, confidence: float = 0.5,
             modality: str = "asserted", time: str | None = None) -> Evidence:
    """Evidence for document.text[start:end] (a sentence, or the sentences a quote spans)."""
    text = document.text[start:end]
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    sentence = stripped.rstrip()
    cue = cue_of(sentence, document.published)
    return Evidence(document.id, start, start + len(sentence), sentence, rule, confidence,
                    modality, time, change=cue.change, valid_from=cue.valid_from,
                    valid_to=cue.valid_to)
