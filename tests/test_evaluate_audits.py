"""Real-news audit judgments as training examples for the confidence model
(tieline.evaluate_audits) and `tieline eval --calibrate --judged`."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tieline.cli import app
from tieline.errors import BadInput
from tieline.evaluate_audits import audit_examples, read_judgments, relation_key
from tieline.readers import Problem, read_inputs

from test_cli_evaluate import GOLD, write_gold

runner = CliRunner()

# Invented articles: an acquisition and a stake, plus a sentence with no tie.
ARTICLES = [
    {"id": "a1", "title": "Orvik buys Tessa", "published": "2024-02-01",
     "text": "Orvik Logistics agreed to buy Tessa Freight for $300 million on Monday. "
             "The deal still needs the approval of regulators."},
    {"id": "a2", "title": "Halvard stake", "published": "2024-03-05",
     "text": "Halvard Group owns 40 percent of Brindle Analytics, the data firm said."},
]


def corpus_with_ids(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    ids = [d.id for d in read_inputs([str(path)]) if not isinstance(d, Problem)]
    return path, ids


def judgments(tmp_path, facts, name="judged.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"meta": {"corpus": "corpus.jsonl"}, "facts": facts}))
    return path


def fact(doc, kind, subject, obj, verdict):
    return {"fact_id": 1, "document_id": doc, "span": [0, 10], "kind": kind,
            "subject": subject, "object": obj, "verdict": verdict, "reason": ""}


def test_verdicts_keep_relations_only_and_a_wrong_verdict_wins(tmp_path):
    path = judgments(tmp_path, [
        fact("d1", "partner", "Tessa Freight", "Orvik Logistics", "right"),
        fact("d1", "money", "Orvik Logistics", "deal_value 3e8 USD", "wrong"),
        fact("d1", "invest", "Halvard Group", "Brindle", ""),  # not judged yet
        fact("d2", "invest", "Halvard Group", "Brindle Analytics", "right"),
    ])
    again = judgments(tmp_path, [
        fact("d2", "invest", "Halvard Group", "Brindle Analytics", "wrong")], "again.json")
    judged = read_judgments([path, again])
    assert judged.files == 2 and judged.relations == 3
    # a symmetric kind is keyed with its ends in order, so either order finds it
    assert judged.verdicts["d1"] == {relation_key("partner", "Orvik Logistics", "Tessa Freight"): True}
    assert judged.verdicts["d2"] == {relation_key("invest", "Halvard Group", "Brindle Analytics"): False}


def test_a_file_that_is_not_a_judgments_file_is_named(tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2")
    with pytest.raises(BadInput, match="notes.json: not a judgments file"):
        read_judgments([bad])


def test_judged_relations_the_rules_extract_become_labelled_examples(tmp_path):
    from tieline.cli.evaluate import build_extractor

    corpus, (a1, a2) = corpus_with_ids(tmp_path)
    judged = read_judgments([judgments(tmp_path, [
        fact(a1, "acquire", "Orvik Logistics", "Tessa Freight", "right"),
        fact(a2, "invest", "Halvard Group", "Brindle Analytics", "wrong"),
        fact(a2, "compete", "Halvard Group", "Brindle Analytics", "wrong"),  # never extracted
    ])])
    found = audit_examples(judged, corpus, build_extractor(None), {})
    assert sorted(y for _, y in found.examples) == [False, True]
    assert found.unmatched == 1 and found.failed == 0
    for features, _ in found.examples:
        assert features["section=relations"] == 1.0 and "prior:relations" in features


def test_a_missing_corpus_is_named(tmp_path):
    from tieline.cli.evaluate import build_extractor

    judged = read_judgments([judgments(tmp_path, [fact("x", "invest", "A", "B", "right")])])
    with pytest.raises(BadInput, match="nowhere.jsonl: no such corpus file"):
        audit_examples(judged, tmp_path / "nowhere.jsonl", build_extractor(None), {})


def test_calibrate_with_judged_audits_trains_on_them_and_names_them(tmp_path, nlp):
    gold = write_gold(tmp_path, GOLD)
    corpus, (a1, a2) = corpus_with_ids(tmp_path)
    path = judgments(tmp_path, [
        fact(a1, "acquire", "Orvik Logistics", "Tessa Freight", "right"),
        fact(a2, "invest", "Halvard Group", "Brindle Analytics", "wrong")])
    plain, audited = tmp_path / "plain.json", tmp_path / "audited.json"
    assert runner.invoke(app, ["eval", str(gold), "--calibrate", str(plain), "--json"]
                         ).exit_code == 0
    result = runner.invoke(app, ["eval", str(gold), "--calibrate", str(audited), "--json",
                                 "--judged", str(path), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "2 judged real-news relations train the model" in result.output
    data = json.loads(audited.read_text())
    assert data["judged"] == ["judged.json"]
    assert data["model"] != json.loads(plain.read_text())["model"]  # the verdicts moved it


def test_judged_without_calibrate_is_refused(tmp_path):
    gold = write_gold(tmp_path, GOLD)
    result = runner.invoke(app, ["eval", str(gold), "--judged", str(tmp_path / "j.json")])
    assert result.exit_code != 0
    assert "--judged trains the confidence: give --calibrate OUT.json too" in result.output
