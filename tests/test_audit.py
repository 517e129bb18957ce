"""bench/audit.py: a seeded choice of articles, and precision from a judgments file."""
from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "audit.py"
spec = importlib.util.spec_from_file_location("audit", SCRIPT)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def test_the_article_choice_is_seeded(tmp_path):
    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(30):
            fh.write(json.dumps({"id": f"a{i}", "text": f"Article {i}."}) + "\n")
    first = [r["id"] for r in audit.choose_articles(corpus, 5, seed=9)]
    assert first == [r["id"] for r in audit.choose_articles(corpus, 5, seed=9)]
    assert len(set(first)) == 5
    assert first != [r["id"] for r in audit.choose_articles(corpus, 5, seed=10)]


def test_score_counts_relations_money_and_entities_apart(tmp_path):
    def fact(i, kind, verdict, confidence=0.9):
        return {"fact_id": i, "document_id": "d", "span": [0, 5], "kind": kind,
                "subject": "Kestrel Foods", "object": "Brambleway Dairy",
                "confidence": confidence, "verdict": verdict, "reason": "invented"}

    data = {"meta": {}, "facts": [fact(1, "acquire", "right"), fact(2, "partner", "wrong"),
                                  fact(3, "partner", "right", 0.3), fact(4, "money", "wrong"),
                                  fact(5, "money", "")],
            "entities": [{"name": "Kestrel Foods", "verdict": "ok"},
                         {"name": "Dairy", "verdict": "junk"}]}
    path = tmp_path / "judged.json"
    path.write_text(json.dumps(data))
    result = audit.score(path, floor=0.5)
    assert result["relations"] == "2/3 = 0.67"
    assert result["relations at confidence >= 0.5"] == "1/2 = 0.50"
    assert result["money"] == "0/1 = 0.00"  # the fact with no verdict is not counted
    assert result["junk or mistyped among the 2 most mentioned"] == "1: Dairy"
