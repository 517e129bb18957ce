"""Calibrated confidence: precision per rule, smoothing towards the rule's family, and the one
evidence builder applying the packaged table."""
from collections import Counter

from tieline.evaluate import by_rule, calibrate, reliability, smoothed
from tieline.extract import evidence as evidence_module
from tieline.model import Document

GOLD = [{"id": "a", "entities": [{"name": "Kestrel Foods", "aliases": ["Kestrel"]}],
         "relations": [{"type": "acquire", "head": "Kestrel Foods", "tail": "Brambleway Dairy"}],
         "money": [{"entity": "Kestrel Foods", "kind": "deal_value", "amount": 5e8,
                    "currency": "USD"}]}]
PRED = [{"id": "a",
         "relations": [{"type": "acquire", "head": "Kestrel", "tail": "Brambleway Dairy",
                        "rule": "verb:acquire:3", "confidence": 0.9},
                       {"type": "partner", "head": "Kestrel", "tail": "Brambleway Dairy",
                        "rule": "noun:partner:0", "confidence": 0.4}],
         "money": [{"entity": "Kestrel Foods", "kind": "deal_value", "amount": 5e8,
                    "currency": "USD", "rule": "money:deal_value", "confidence": 0.8},
                   {"entity": "Brambleway Dairy", "kind": "revenue", "amount": 1e6,
                    "currency": "USD", "rule": "money:revenue:guess", "confidence": 0.3}]}]


def test_by_rule_counts_each_rules_predictions_and_matches():
    counts = by_rule([(GOLD, PRED)])
    assert counts["relations|verb:acquire:3"] == Counter(n=1, tp=1)
    assert counts["relations|noun:partner:0"] == Counter(n=1, tp=0)
    assert counts["money|money:deal_value"] == Counter(n=1, tp=1)
    assert counts["money|money:revenue:guess"] == Counter(n=1, tp=0)


def test_calibration_pools_families_and_smooths_small_counts():
    counts = {"relations|verb:acquire:3": Counter(n=8, tp=8),
              "relations|verb:acquire:4": Counter(n=2, tp=0),
              "relations|verb:sue:1": Counter(n=10, tp=5)}
    table = calibrate(counts)
    assert table["verb"]["n"] == 20 and table["verb"]["tp"] == 13
    assert table["verb"]["confidence"] == round(smoothed(13, 20), 3)
    family = table["verb:acquire"]["confidence"]
    assert table["verb:acquire:4"]["confidence"] < family < table["verb:acquire:3"]["confidence"]
    assert 0 < table["verb:acquire:4"]["confidence"] < 0.5  # 0 of 2 is low, not zero
    assert table["verb:acquire:3"]["confidence"] < 1.0  # 8 of 8 is high, not certain


def test_reliability_buckets_by_stated_confidence():
    buckets = reliability([(GOLD, PRED)], edges=(0.0, 0.5, 1.01))
    assert [b["n"] for b in buckets] == [2, 2]
    assert [b["precision"] for b in buckets] == [0.0, 1.0]


def test_evidence_builder_applies_the_nearest_calibrated_family(monkeypatch):
    monkeypatch.setattr(evidence_module, "_table",
                        lambda: {"verb": 0.7, "verb:acquire": 0.9, "money:revenue:guess": 0.3})
    doc = Document(id="d", source="s", text="Kestrel Foods acquired Brambleway Dairy.")
    assert evidence_module.evidence(doc, 0, 40, "verb:acquire:99", 0.5).confidence == 0.9
    assert evidence_module.evidence(doc, 0, 40, "verb:sue:1", 0.5).confidence == 0.7
    assert evidence_module.evidence(doc, 0, 40, "money:revenue:guess").confidence == 0.3
    assert evidence_module.evidence(doc, 0, 40, "unknown:rule", 0.42).confidence == 0.42


def test_packaged_table_covers_the_rule_families():
    evidence_module._table.cache_clear()
    table = evidence_module._table()
    for family in ("money", "verb", "noun", "role", "quote"):
        assert 0 < table[family] < 1


def test_eval_by_rule_and_calibrate_from_the_command_line(tmp_path):
    import json

    from typer.testing import CliRunner

    from tieline.cli import app

    gold, pred, out = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", tmp_path / "conf.json"
    gold.write_text(json.dumps({**GOLD[0], "text": "x"}) + "\n")
    pred.write_text(json.dumps(PRED[0]) + "\n")
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--by-rule",
                                      "--calibrate", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["by_rule"]["relations|verb:acquire:3"] == {"n": 1, "tp": 1}
    assert json.loads(out.read_text())["rules"]["verb:acquire:3"]["n"] == 1
    two = CliRunner().invoke(app, ["eval", str(gold), str(gold), "--pred", str(pred)])
    assert two.exit_code != 0 and "--pred" in two.output
