"""Extractions written in the gold-file format of shared/eval/ANNOTATION.md."""
from __future__ import annotations

from typing import Any

from .model import Extraction


def _evidence(item) -> str | None:
    return item.evidence.sentence if item.evidence else None


def as_gold(ex: Extraction, doc_id: str | None = None) -> dict[str, Any]:
    doc = ex.document
    return {
        "id": doc_id or doc.id,
        "source": doc.source,
        "published": doc.published,
        "text": doc.text,
        "entities": [{"name": e.name, "type": e.type, "aliases": e.aliases} for e in ex.entities],
        "relations": [{"type": r.type, "head": r.head, "tail": r.tail, "object": r.object,
                       "via": r.via, "modality": r.modality, "time": r.time,
                       "evidence": _evidence(r)} for r in ex.relations],
        "money": [{"entity": m.entity, "kind": m.kind, "amount": m.amount,
                   "currency": m.currency, "modality": m.modality, "time": m.time,
                   "evidence": _evidence(m)} for m in ex.money],
        "clauses": [{"holder": c.holder, "counterparty": c.counterparty, "action": c.action,
                     "object": c.object, "trigger": c.trigger, "decider": c.decider,
                     "evidence": _evidence(c)} for c in ex.clauses],
        "quotes": [{"speaker": q.speaker, "text": q.text, "about": q.about, "event": q.event}
                   for q in ex.quotes],
        "posts": [{"author": p.author, "handle": p.handle, "date": p.date} for p in doc.posts],
        "events": [{"date": e.date, "headline": e.headline} for e in doc.events],
    }
