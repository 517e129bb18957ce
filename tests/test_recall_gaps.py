"""bench/recall_gaps.py: each missed gold relation lands in the class that stopped it."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "recall_gaps.py"
spec = importlib.util.spec_from_file_location("recall_gaps", SCRIPT)
recall_gaps = importlib.util.module_from_spec(spec)
spec.loader.exec_module(recall_gaps)


def rel(kind, head, tail, evidence, confidence=0.9):
    return {"type": kind, "head": head, "tail": tail, "evidence": evidence,
            "confidence": confidence}


GOLD = [{"id": "d1", "entities": [
    {"name": "Kestrel Foods", "type": "ORG", "aliases": ["Kestrel"]},
    {"name": "Brambleway Dairy", "type": "ORG", "aliases": []},
    {"name": "Astrid Kell", "type": "PERSON", "aliases": []},
    {"name": "Trellis Analytics", "type": "ORG", "aliases": []},
    {"name": "Ode Marine", "type": "ORG", "aliases": []}],
    "relations": [
        rel("acquire", "Kestrel Foods", "Brambleway Dairy", "Kestrel bought Brambleway Dairy."),
        rel("employ", "Kestrel Foods", "Astrid Kell", "Astrid Kell runs Kestrel Foods."),
        rel("partner", "Kestrel Foods", "Trellis Analytics", "The grocer teamed up with Trellis Analytics."),
        rel("supply", "Ode Marine", "Kestrel Foods", "Ode Marine ships to Kestrel.")]}]


def test_misses_are_sorted_by_what_stopped_them_and_spurious_by_their_ends():
    pred = [{"id": "d1", "entities": [
        {"name": "Kestrel Foods", "type": "ORG", "aliases": ["Kestrel"]},
        {"name": "Brambleway Dairy", "type": "ORG", "aliases": []},
        {"name": "Astrid Kell", "type": "ORG", "aliases": []},  # mistyped person
        {"name": "Trellis Analytics", "type": "ORG", "aliases": []}],  # Ode Marine never found
        "relations": [rel("use", "Kestrel Foods", "Trellis Analytics", "x"),
                      rel("partner", "Kestrel Foods", "Tuesday", "x"),
                      rel("acquire", "Kestrel Foods", "Brambleway Dairy", "x", confidence=0.2)]}]
    missed, spurious = recall_gaps.gaps(GOLD, pred, floor=0.5)
    # the acquire below the floor is not shown, so its miss is a pattern gap (both named)
    assert missed == {"pattern": 1, "type": 1, "mention": 1, "name": 1}
    assert spurious == {"both parties": 1, "non-party end": 1}
    missed_all, spurious_all = recall_gaps.gaps(GOLD, pred, floor=0.0)
    assert missed_all == {"type": 1, "mention": 1, "name": 1}
    assert spurious_all == spurious


def test_listed_misses_are_collected_for_after_the_table():
    pred = [{"id": "d1", "entities": GOLD[0]["entities"], "relations": []}]
    listed = []
    missed, _ = recall_gaps.gaps(GOLD, pred, 0.5, "mention", listed)
    assert len(listed) == missed["mention"] == 1
    assert "partner" in listed[0] and "The grocer teamed up" in listed[0]


def test_listing_refused_on_a_link_to_a_confirmation_set(tmp_path, monkeypatch):
    import pytest

    (tmp_path / "dev-news-b.jsonl").write_text("")
    (tmp_path / "tuning.jsonl").symlink_to(tmp_path / "dev-news-b.jsonl")
    monkeypatch.setattr("sys.argv", ["recall_gaps", str(tmp_path / "tuning.jsonl"),
                                     "--list", "mention"])
    with pytest.raises(SystemExit):
        recall_gaps.main()
