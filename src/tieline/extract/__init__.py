"""Extraction: one parsed Document in, one Extraction (entities and facts with evidence) out."""
from __future__ import annotations

from ..model import Document, Extraction
from .entities import DocEntities
from .relations import extract_relations


def extract(document: Document, sdoc) -> Extraction:
    ents = DocEntities(sdoc)
    relations = extract_relations(sdoc, ents, document)
    return Extraction(
        document=document,
        entities=list(ents.entities.values()),
        relations=_dedupe(relations),
        mention_counts=ents.counts(),
    )


def _dedupe(relations):
    """One relation per (type, head, tail) per document, as the annotation guide counts them."""
    seen, kept = set(), []
    for rel in relations:
        key = (rel.type, *sorted((rel.head, rel.tail))) if rel.type in ("partner", "compete") \
            else (rel.type, rel.head, rel.tail)
        if key not in seen:
            seen.add(key)
            kept.append(rel)
    return kept
