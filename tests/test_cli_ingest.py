"""`tieline ingest` through the command line: summary, JSON output, exit status."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from tieline.cli import app

runner = CliRunner()


def test_ingest_prints_a_summary_and_exits_zero(tmp_path, nlp):
    news = tmp_path / "news"
    news.mkdir()
    (news / "deal.txt").write_text("Title: Deal\nPublished: 2024-02-02\n\n"
                                   "Copperline Mining acquired Redrock Metals in an all-share deal.\n")
    (news / "blank.txt").write_text("   \n")
    result = runner.invoke(app, ["ingest", str(news), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    assert "1 document ingested" in result.output and "1 skipped" in result.output


def test_ingest_json_and_nothing_ingested_is_an_error(tmp_path):
    (tmp_path / "blank.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(tmp_path / "blank.txt"), "--json",
                                 "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ingested"] == 0 and data["skipped"] == {"empty": 1}


def test_ingest_refuses_a_database_that_is_not_one(tmp_path):
    bad = tmp_path / "t.db"
    bad.write_text("not sqlite at all")
    (tmp_path / "a.txt").write_text("Some text about nothing in particular.")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(bad)])
    assert result.exit_code == 1
    assert "not a SQLite database" in result.output
    assert bad.read_text() == "not sqlite at all"


def test_bad_arguments_get_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", "--batch-size", "0", str(tmp_path)])
    assert result.exit_code == 2


def test_an_alias_file_merges_names_across_articles(tmp_path, nlp):
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text("Title: A\nPublished: 2024-01-01\n\n"
                                  "Northwind Aviation acquired Skyhaul Cargo for $300 million.\n")
    (news / "two.txt").write_text("Title: B\nPublished: 2024-02-01\n\n"
                                  "NWA Group agreed to buy Polar Freight, a rival of Skyhaul Cargo.\n")
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("merge:\n  Northwind Aviation: [NWA Group, NWA]\n")
    db = str(tmp_path / "t.db")
    result = runner.invoke(app, ["ingest", str(news), "--db", db, "--aliases", str(aliases)])
    assert result.exit_code == 0, result.output
    profile = json.loads(runner.invoke(app, ["entity", "NWA Group", "--db", db, "--json"]).stdout)
    assert profile["name"] == "Northwind Aviation"
    names = [e["name"] for e in json.loads(
        runner.invoke(app, ["entities", "--db", db, "--json"]).stdout)]
    assert "NWA Group" not in names


def test_a_broken_alias_file_is_named(tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("merge: [unclosed\n")
    (tmp_path / "a.txt").write_text("Some article text.")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db",
                                 str(tmp_path / "t.db"), "--aliases", str(aliases)])
    assert result.exit_code == 1 and "aliases.yaml" in result.output
