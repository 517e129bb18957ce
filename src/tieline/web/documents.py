"""A document with every evidence span in it, for the document view and /api/documents.

Read through the store's verbs (document_text, evidence_marks, document_list); the spans of
one sentence are merged so the text can be cut into marked pieces.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import NotFound
from ..model import Fact
from ..query import fact_rows

MAX_FACTS = 500  # facts listed with one document; an article never comes close


@dataclass
class Span:
    """One evidence sentence in the text and the facts it supports."""
    start: int
    end: int
    fact_ids: list[int]
    anchors: list[int] = field(default_factory=list)  # evidence starts merged into this span


@dataclass
class DocumentView:
    id: str
    title: str | None
    published: str | None
    url: str | None
    source: str
    text: str
    spans: list[Span] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DocumentSummary:
    id: str
    title: str | None
    published: str | None
    url: str | None
    facts: int


def document_view(store, doc_id: str) -> DocumentView:
    """The stored text with its evidence spans merged per sentence (NotFound when unknown)."""
    found = store.document_text(doc_id)
    if found is None:
        raise NotFound(f"no document {doc_id!r}")
    record, text = found
    marks = store.evidence_marks(doc_id)
    by_span: dict[tuple[int, int], list[int]] = {}
    for start, end, fact_id in marks:
        while end > start and text[end - 1:end].isspace():  # no trailing blank lines
            end -= 1
        ids = by_span.setdefault((start, end), [])
        if fact_id not in ids:
            ids.append(fact_id)
    spans = _disjoint([Span(s, e_, ids, [s]) for (s, e_), ids in sorted(by_span.items())])
    fact_ids = sorted({i for span in spans for i in span.fact_ids})[:MAX_FACTS]
    facts = fact_rows(store, ids=fact_ids) if fact_ids else []
    return DocumentView(record.id, record.title, record.published, record.url, record.source,
                        text, spans, facts)


def _disjoint(spans: list[Span]) -> list[Span]:
    """Overlapping spans merged into one, so the text can be cut into marked pieces."""
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            last = out[-1]
            last.end = max(last.end, span.end)
            last.fact_ids += [i for i in span.fact_ids if i not in last.fact_ids]
            last.anchors += [a for a in span.anchors if a not in last.anchors]
        else:
            out.append(Span(span.start, span.end, list(span.fact_ids), list(span.anchors)))
    return out


def list_documents(store, *, limit: int, offset: int = 0) -> list[DocumentSummary]:
    """Documents, newest first, with how many facts their evidence supports."""
    return [DocumentSummary(*r) for r in store.document_list(limit=limit, offset=offset)]


def pieces(view: DocumentView) -> list[tuple[str, Span | None]]:
    """The text cut into (piece, span or None) in order, for the template to mark up."""
    out, at = [], 0
    for span in view.spans:
        start, end = max(span.start, at), min(span.end, len(view.text))
        if start >= end:
            continue
        if start > at:
            out.append((view.text[at:start], None))
        out.append((view.text[start:end], span))
        at = end
    if at < len(view.text):
        out.append((view.text[at:], None))
    return out
