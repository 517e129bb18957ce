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


# -- the per-fact model (extract/scorer.py, evaluate_scorer.py) ------------------------------------
def _rel(head, tail, hit_feature: float, rule="verb:partner:1", confidence=0.8):
    return {"type": "partner", "head": head, "tail": tail, "rule": rule,
            "confidence": confidence,
            "features": {"section=relations": 1.0, "head_kind=absent": hit_feature}}


def _set(n_right: int, n_wrong: int, rule="verb:partner:1"):
    """One document: n_right gold partner facts found with their ends named, n_wrong spurious
    ones whose head the sentence does not name."""
    gold = [{"id": "d", "relations": [{"type": "partner", "head": f"Alder {i}", "tail": "Brisk"}
                                      for i in range(n_right)]}]
    pred = [{"id": "d", "relations": [_rel(f"Alder {i}", "Brisk", 0.0, rule)
                                      for i in range(n_right)]
             + [_rel(f"Corven {i}", "Brisk", 1.0, rule) for i in range(n_wrong)]}]
    return gold, pred


def test_fit_learns_a_feature_that_separates_right_from_wrong_and_is_deterministic():
    from tieline.evaluate_scorer import fit

    examples = [({"prior:relations": 1.0, "bad": 1.0, "rare": 1.0}, False)] * 2 \
        + [({"prior:relations": 1.0, "bad": 1.0}, False)] * 40 \
        + [({"prior:relations": 1.0, "bad": 0.0}, True)] * 60
    model = fit(examples)
    assert model["weights"]["bad"] < -0.5
    assert "rare" not in model["weights"]  # seen on fewer than MIN_COUNT facts
    assert fit(examples) == model


def test_model_confidence_moves_with_the_rule_prior_and_the_features():
    from tieline.extract.scorer import predict

    model = {"bias": 0.0, "weights": {"prior:relations": 1.0, "head_kind=absent": -2.0}}
    named = {"section=relations": 1.0}
    absent = {"section=relations": 1.0, "head_kind=absent": 1.0}
    assert predict(model, 0.9, named) > predict(model, 0.6, named)
    assert abs(predict(model, 0.8, named) - 0.8) < 1e-6  # weight 1 on the prior: the prior
    assert predict(model, 0.8, absent) < 0.5 < predict(model, 0.8, named)
    money = {"section=money": 1.0}  # a money fact's prior is a feature of its own
    assert abs(predict(model, 0.9, money) - 0.5) < 1e-6


def test_train_apply_and_floor_hold_back_what_the_model_doubts():
    from tieline.evaluate import at_floor, score
    from tieline.evaluate_scorer import apply, train

    gold, pred = _set(60, 40)
    calibration = train([(gold, pred)])
    assert calibration["rules"]["verb:partner:1"]["n"] == 100
    [(_, rescored)] = apply([(gold, pred)], calibration)
    shown = at_floor(rescored, 0.5)
    assert score(gold, pred)["relations"]["precision"] == 0.6
    assert score(gold, shown)["relations"]["precision"] == 1.0
    assert score(gold, shown)["relations"]["recall"] == 1.0
    assert pred[0]["relations"][0]["confidence"] == 0.8  # apply works on copies


def test_at_floor_leaves_sections_without_confidence_alone():
    from tieline.evaluate import at_floor

    row = {"id": "d", "relations": [{"confidence": 0.2}, {"confidence": 0.7}],
           "money": [{"confidence": 0.5}], "posts": [{"handle": "@kestrel"}]}
    [kept] = at_floor([row], 0.5)
    assert kept["relations"] == [{"confidence": 0.7}]
    assert kept["money"] == [{"confidence": 0.5}]  # at the floor is shown, as in answers
    assert kept["posts"] == row["posts"] and len(row["relations"]) == 2
    assert at_floor([row], 0.0) == [row]


def test_leave_one_out_scores_each_set_with_a_model_that_never_saw_it():
    from tieline.evaluate_scorer import leave_one_out

    # the same rule is always right in set a and always wrong in set b
    a = _set(30, 0, rule="noun:sue:2")
    b_gold, b_pred = _set(0, 30, rule="noun:sue:2")
    for item in b_pred[0]["relations"]:
        item["features"]["head_kind=absent"] = 0.0
    held = leave_one_out({"a": a, "b": (b_gold, b_pred)})
    conf_a = [r["confidence"] for r in held["a"][0][1][0]["relations"]]
    conf_b = [r["confidence"] for r in held["b"][0][1][0]["relations"]]
    assert max(conf_a) < 0.5 < min(conf_b)  # each judged by the other set's record


def test_scorer_features_describe_each_fact_in_its_sentence(nlp):
    from tieline.pipeline import extract_documents

    text = ("Halvorsen Marine signed a partnership with Trellis Analytics on Tuesday. "
            "Kestrel Foods acquired Brambleway Dairy Inc. last year, the companies said.")
    doc = Document(id="d", source="s", text=text, title=None)
    [ex] = list(extract_documents([doc]))
    assert ex.relations, "the invented sentences should give relations"
    for rel in ex.relations:
        f = rel.evidence.features
        assert f["section=relations"] == 1.0 and f[f"type={rel.type}"] == 1.0
        assert f["head_kind=name"] == 1.0 and f["tail_kind=name"] == 1.0
        assert f["same_clause"] in (0.0, 1.0) and f["distance"] > 0
        assert 0 < rel.evidence.confidence < 1
        assert "features" not in rel.evidence.as_dict()  # never stored nor sent as JSON
    suffixed = [r for r in ex.relations if "Brambleway" in r.tail]
    assert not suffixed or suffixed[0].evidence.features["tail_suffix"] == 1.0


def test_packaged_model_is_trained_on_the_tuning_sets_only():
    from tieline.extract.evidence import CALIBRATION, load_calibration

    data = load_calibration(CALIBRATION)
    assert "dev-news.jsonl" not in data["gold"]  # the confirm set
    assert {"seed.jsonl", "dev.jsonl", "dev-bbc.jsonl", "dev-modern.jsonl"} <= set(data["gold"])
    weights = data["model"]["weights"]
    assert weights["prior:relations"] > 0  # the rule's record still counts
