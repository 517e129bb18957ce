"""`tieline extract` and `tieline eval` through the command line."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from tieline.cli import app

runner = CliRunner()

TEXT = ('Kestrel Systems agreed to buy Brightwater Labs for €2bn. '
        '"This gives us the sensors we need," said Maria Lindqvist, chief executive of '
        'Kestrel Systems.')
GOLD = {
    "id": "kestrel-1", "source": "test", "published": "2024-03-01", "text": TEXT,
    "entities": [{"name": "Kestrel Systems", "type": "ORG", "aliases": []},
                 {"name": "Brightwater Labs", "type": "ORG", "aliases": []},
                 {"name": "Maria Lindqvist", "type": "PERSON", "aliases": []}],
    "relations": [{"type": "acquire", "head": "Kestrel Systems", "tail": "Brightwater Labs",
                   "object": None, "via": None, "modality": "asserted", "time": None,
                   "evidence": TEXT.split(". ")[0]}],
    "money": [{"entity": "Kestrel Systems", "kind": "deal_value", "amount": 2e9,
               "currency": "EUR", "modality": "asserted", "time": None, "evidence": None}],
    "clauses": [],
    "quotes": [{"speaker": "Maria Lindqvist", "text": "This gives us the sensors we need",
                "about": "Kestrel Systems", "event": None}],
    "posts": [], "events": [],
}
SECTIONS = ("relations", "money", "clauses", "quotes", "posts", "events")


def write_gold(tmp_path, *rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_extracts_from_the_gold_texts_and_prints_json(tmp_path, nlp):
    gold = write_gold(tmp_path, GOLD)
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and data["missing_documents"] == []
    for section in SECTIONS:
        assert {"precision", "recall", "f1"} <= set(data[section])
    assert "by_type" in data["relations"]
    assert data["money"]["recall"] == 1.0 and data["quotes"]["recall"] == 1.0


def test_extract_as_gold_then_eval_with_pred_gives_the_same_scores(tmp_path, nlp):
    gold = write_gold(tmp_path, GOLD)
    pred = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["extract", str(gold), "--as-gold", "-o", str(pred)])
    assert result.exit_code == 0, result.output
    assert "1 document extracted" in result.output
    rows = [json.loads(line) for line in pred.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["kestrel-1"]
    assert set(SECTIONS) <= set(rows[0])
    with_pred = json.loads(runner.invoke(app, ["eval", str(gold), "--pred", str(pred),
                                               "--json"]).stdout)
    direct = json.loads(runner.invoke(app, ["eval", str(gold), "--json"]).stdout)
    assert with_pred == direct


def test_eval_table_and_errors_name_the_missed_facts(tmp_path, nlp):
    row = dict(GOLD, clauses=[{"holder": "Kestrel Systems", "counterparty": "Brightwater Labs",
                               "action": "exclusivity", "evidence": "an invented clause"}])
    gold = write_gold(tmp_path, row)
    result = runner.invoke(app, ["eval", str(gold), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "relations (micro)" in result.stdout and "money" in result.stdout
    assert "missed" in result.stdout and "exclusivity(Kestrel Systems -> Brightwater Labs)" \
        in result.stdout
    assert "an invented clause" in result.stdout


def test_eval_reports_a_missing_or_malformed_gold_file_with_its_line(tmp_path):
    missing = runner.invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1 and "nope.jsonl: no such file" in missing.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(GOLD) + "\n{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad), "--pred", str(bad)])
    assert result.exit_code == 1 and "bad.jsonl:2: not valid JSON" in result.output
    no_id = tmp_path / "noid.jsonl"
    no_id.write_text(json.dumps({"text": "x"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(no_id)])
    assert result.exit_code == 1 and "noid.jsonl:1:" in result.output


def test_extract_prints_a_fact_table_or_json(tmp_path, nlp):
    article = tmp_path / "deal.txt"
    article.write_text("Title: Deal\nPublished: 2024-03-01\n\n" + TEXT + "\n", encoding="utf-8")
    table = runner.invoke(app, ["extract", str(article)], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    assert "deal_value" in table.stdout and "Maria Lindqvist" in table.stdout
    assert "1 document extracted" in table.stdout
    rows = json.loads(runner.invoke(app, ["extract", str(article), "--json"]).stdout)
    assert rows[0]["money"][0]["amount"] == 2e9


def test_extract_names_unreadable_inputs_and_fails(tmp_path, nlp):
    article = tmp_path / "deal.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), str(tmp_path / "gone.txt"),
                                 "--as-gold"])
    assert result.exit_code == 1
    assert "gone.txt" in result.stderr and "1 input problem" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_eval_on_the_seed_article(shared, nlp):
    result = runner.invoke(app, ["eval", str(shared / "eval" / "seed.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 1
    assert set(SECTIONS) <= set(data) and "by_type" in data["relations"]
    for section in ("money", "clauses", "quotes", "posts", "events"):
        assert data[section]["recall"] == 1.0, section


def _scored_files(tmp_path):
    """A gold article with one partner fact, and predictions: the right fact at confidence 0.9
    and a wrong one at 0.3."""
    gold = dict(GOLD, relations=[dict(GOLD["relations"][0], type="partner")], money=[],
                quotes=[])
    right = dict(gold["relations"][0], rule="verb:partner:1", confidence=0.9)
    wrong = dict(right, tail="Maria Lindqvist", rule="noun:partner:0", confidence=0.3)
    pred = {"id": GOLD["id"], "relations": [right, wrong], "money": [], "clauses": [],
            "quotes": [], "posts": [], "events": []}
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    return write_gold(tmp_path, gold), pred_path


def test_eval_scores_what_answers_show_and_every_fact_with_all(tmp_path):
    gold, pred = _scored_files(tmp_path)
    shown = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["floor"] == 0.5  # the min_confidence setting
    assert data["relations"]["precision"] == 1.0 and data["relations"]["pred"] == 1
    assert data["all_facts"]["relations"]["precision"] == 0.5
    every = json.loads(runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--all",
                                           "--json"]).stdout)
    assert every["floor"] == 0 and every["relations"]["pred"] == 2
    strict = json.loads(runner.invoke(app, ["eval", str(gold), "--pred", str(pred),
                                            "--floor", "0.95", "--json"]).stdout)
    assert strict["relations"]["pred"] == 0 and strict["relations"]["recall"] == 0.0
    table = runner.invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert "confidence >= 0.5" in table.stdout
    assert "every fact (--all; 1 held back below 0.5)" in table.stdout
    assert "relations P 0.500" in table.stdout


def test_eval_floor_follows_the_setting_and_refuses_a_bad_floor(tmp_path, monkeypatch):
    gold, pred = _scored_files(tmp_path)
    monkeypatch.setenv("TIELINE_MIN_CONFIDENCE", "0.2")
    data = json.loads(runner.invoke(app, ["eval", str(gold), "--pred", str(pred),
                                          "--json"]).stdout)
    assert data["floor"] == 0.2 and data["relations"]["pred"] == 2
    bad = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--floor", "1.5"])
    assert bad.exit_code == 2
    assert "--floor 1.5" in bad.output and "Traceback" not in bad.output


def test_by_rule_counts_every_fact_whatever_the_floor(tmp_path):
    gold, pred = _scored_files(tmp_path)
    data = json.loads(runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--by-rule",
                                          "--json"]).stdout)
    assert data["by_rule"]["relations|noun:partner:0"] == {"n": 1, "tp": 0}
    assert data["by_rule"]["relations|verb:partner:1"] == {"n": 1, "tp": 1}


def test_extract_rows_carry_rule_confidence_and_scorer_features(tmp_path, nlp):
    gold = write_gold(tmp_path, GOLD)
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["extract", str(gold), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    [rel] = [r for r in row["relations"] if r["type"] == "acquire"]
    assert rel["rule"] and 0 < rel["confidence"] < 1
    assert rel["features"]["type=acquire"] == 1.0


def test_calibrate_writes_the_rule_table_and_a_model_trained_on_the_gold_files(tmp_path, nlp):
    gold = write_gold(tmp_path, GOLD)
    out = tmp_path / "conf.json"
    result = runner.invoke(app, ["eval", str(gold), "--calibrate", str(out), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["gold"] == ["gold.jsonl"]
    assert any(rule.startswith("verb") or rule.startswith("noun") for rule in data["rules"])
    assert isinstance(data["model"]["bias"], float)
    assert isinstance(data["model"]["weights"], dict)
    again = tmp_path / "again.json"
    runner.invoke(app, ["eval", str(gold), "--calibrate", str(again), "--json"])
    assert again.read_text() == out.read_text()  # one deterministic command
