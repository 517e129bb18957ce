"""Extractions written in the gold-file format of shared/eval/ANNOTATION.md.

Facts go through the model's one encoding (`fact_of`): the gold names of a fact's ends are
per kind (head/tail, entity, holder/counterparty, speaker/about); its attributes are the
kind's typed attributes as they are.
"""
from __future__ import annotations

from typing import Any

from .model import Extraction, Fact, attributes_as_dict, fact_of

# (subject field, object field, with modality, with time, with evidence) per gold section
_SHAPES = {"relations": ("head", "tail", True, True, True),
           "money": ("entity", None, True, False, True),
           "clauses": ("holder", "counterparty", False, False, True),
           "quotes": ("speaker", "about", False, False, False)}


def _row(section: str, fact: Fact) -> dict[str, Any]:
    subject, object_, modality, time, evidence = _SHAPES[section]
    row: dict[str, Any] = {"type": fact.kind} if section == "relations" else {}
    row[subject] = fact.subject
    if object_:
        row[object_] = fact.object
    row |= attributes_as_dict(fact.attributes)
    if modality:
        row["modality"] = fact.modality
    if time:
        row["time"] = fact.time
    if evidence:
        row["evidence"] = fact.evidence[0].sentence if fact.evidence else None
    return row


def as_gold(ex: Extraction, doc_id: str | None = None) -> dict[str, Any]:
    doc = ex.document
    sections = {"relations": ex.relations, "money": ex.money, "clauses": ex.clauses,
                "quotes": ex.quotes}
    return {
        "id": doc_id or doc.id,
        "source": doc.source,
        "published": doc.published,
        "text": doc.text,
        "entities": [{"name": e.name, "type": e.type, "aliases": e.aliases} for e in ex.entities],
        **{section: [_row(section, fact_of(item)) for item in items]
           for section, items in sections.items()},
        "posts": [{"author": p.author, "handle": p.handle, "date": p.date} for p in doc.posts],
        "events": [{"date": e.date, "headline": e.headline} for e in doc.events],
    }
