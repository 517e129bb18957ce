"""Evidence: one builder for every fact kind, and its span always matches its sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from tieline.extract.evidence import evidence
from tieline.model import Document

REPO = Path(__file__).resolve().parents[1]


def test_evidence_is_trimmed_to_the_text_its_offsets_cover():
    doc = Document(id="d", text="Intro.\n  Acme Widgets bought Globex.  \nMore.", source="s")
    ev = evidence(doc, 6, 39, "rule:x", 0.7, "reported", "2024")
    assert ev.sentence == "Acme Widgets bought Globex."
    assert doc.text[ev.start:ev.end] == ev.sentence
    assert (ev.rule, ev.confidence, ev.modality, ev.time) == ("rule:x", 0.7, "reported", "2024")


def _facts(extraction):
    for kind in ("relations", "money", "clauses", "quotes"):
        for fact in getattr(extraction, kind):
            yield kind, fact.evidence


def _check_every_fact(paths):
    from tieline.extract import get_extractor
    from tieline.readers import Problem, read_inputs
    from tieline.settings import Settings

    documents = (d for d in read_inputs([str(p) for p in paths]) if not isinstance(d, Problem))
    kinds, bad = set(), []
    for ex in get_extractor(Settings()).extract(documents):
        for kind, ev in _facts(ex):
            kinds.add(kind)
            if ex.document.text[ev.start:ev.end] != ev.sentence or ev.document_id != ex.document.id:
                bad.append((ex.document.source, kind, ev.start, ev.end, ev.sentence[:60]))
    assert not bad, bad[:5]
    return kinds


def test_every_evidence_span_matches_its_sentence_in_the_example_news(nlp):
    kinds = _check_every_fact(sorted((REPO / "examples" / "news").iterdir()))
    assert kinds == {"relations", "money", "clauses", "quotes"}


def test_every_evidence_span_matches_its_sentence_in_the_gold_texts(nlp, shared):
    paths = sorted((shared / "eval").glob("*.jsonl"))
    if not paths:
        pytest.skip("no gold files in ../shared/eval")
    kinds = _check_every_fact(paths)
    assert kinds == {"relations", "money", "clauses", "quotes"}
