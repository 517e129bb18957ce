"""A document with every evidence span in it, for the document view and /api/documents.

The Store interface has no verb for a document's text or for the evidence inside one
document, and the web layer must not change store/; so this module reads those two things
through the store's read connection with the schema's SQLAlchemy tables (no SQL strings).
It belongs in store/ as verbs (`document_text`, `evidence_in_document`) when the lead moves it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select

from ..errors import BadInput, NotFound
from ..model import Fact
from ..query import fact_rows
from ..store.sql.schema import documents, evidence

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


def _connect(store):
    if not hasattr(store, "connect"):
        raise BadInput("this store backend cannot show documents")
    return store.connect()


def document_view(store, doc_id: str) -> DocumentView:
    """The stored text with its evidence spans merged per sentence (NotFound when unknown)."""
    d, e = documents.c, evidence.c
    with _connect(store) as conn:
        row = conn.execute(select(d.id, d.title, d.published, d.url, d.source, d.text)
                           .where(d.id == doc_id)).first()
        if row is None:
            raise NotFound(f"no document {doc_id!r}")
        marks = conn.execute(select(e.start, e.end, e.fact_id).where(e.document_id == doc_id)
                             .order_by(e.start, e.end)).all()
    by_span: dict[tuple[int, int], list[int]] = {}
    for start, end, fact_id in marks:
        while end > start and row.text[end - 1:end].isspace():  # no trailing blank lines
            end -= 1
        ids = by_span.setdefault((start, end), [])
        if fact_id not in ids:
            ids.append(fact_id)
    spans = _disjoint([Span(s, e_, ids, [s]) for (s, e_), ids in sorted(by_span.items())])
    fact_ids = sorted({i for span in spans for i in span.fact_ids})[:MAX_FACTS]
    facts = fact_rows(store, ids=fact_ids) if fact_ids else []
    return DocumentView(row.id, row.title, row.published, row.url, row.source, row.text,
                        spans, facts)


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
    d, e = documents.c, evidence.c
    count = (select(func.count(func.distinct(e.fact_id))).where(e.document_id == d.id)
             .scalar_subquery())
    with _connect(store) as conn:
        rows = conn.execute(select(d.id, d.title, d.published, d.url, count)
                            .order_by(d.published.desc(), d.id).limit(limit)
                            .offset(offset)).all()
    return [DocumentSummary(*r) for r in rows]


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
