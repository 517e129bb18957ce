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


SUPPLY = "Quantex Semiconductors supplies chips to Orbital Motors."


def test_the_summary_counts_facts_once_however_often_they_are_stated(tmp_path, nlp):
    (tmp_path / "one.txt").write_text(SUPPLY + "\n")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "a.txt").write_text(SUPPLY + "\n")
    (tmp_path / "more" / "b.txt").write_text(
        "Orbital Motors plans a new electric van for city couriers next spring. "
        f"Quantex Semiconductors supplies chips to Orbital Motors, its filing shows.\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "one.txt"), "--db",
                                 str(tmp_path / "1.db")])
    assert "1 document ingested" in result.output
    assert "; 1 fact (1 piece of evidence) extracted" in result.output
    result = runner.invoke(app, ["ingest", str(tmp_path / "more"), "--json",
                                 "--db", str(tmp_path / "2.db")])
    data = json.loads(result.stdout)
    assert (data["ingested"], data["facts"], data["evidence"]) == (2, 1, 2)


def test_zip_members_outside_the_archive_are_counted_and_named(tmp_path, nlp):
    import zipfile

    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../escape.txt", "Copperline Mining acquired Redrock Metals.\n")
        archive.writestr("deal.txt", "Copperline Mining acquired Redrock Metals.\n")
    result = runner.invoke(app, ["ingest", str(path), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    assert f"{path}!../escape.txt" in result.output.replace("\n", "")
    assert "1 skipped (unsafe-path: 1)" in result.output


def test_a_store_kept_inside_the_ingested_folder_is_not_read_back(tmp_path, nlp, monkeypatch):
    # The lock file once held the writer's process id, a new text on every run: read as an
    # article, it added one document per run.
    news = tmp_path / "news"
    news.mkdir()
    (news / "deal.txt").write_text("Copperline Mining acquired Redrock Metals.\n")
    db = str(news / "store.db")
    first = runner.invoke(app, ["ingest", str(news), "--db", db, "--json"])
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    assert data["ingested"] == 1 and data["skipped"].get("own-store", 0) >= 1
    assert "store.db.lock" in first.output.replace("\n", "")
    assert (news / "store.db.lock").read_text() == ""
    again = runner.invoke(app, ["ingest", str(news), "--db", db, "--json"])
    data = json.loads(again.stdout)
    assert (data["ingested"], data["already_stored"]) == (0, 1)
    assert set(data["skipped"]) == {"own-store"}
    assert "not read" in again.output
    # the same store through a linked folder and a relative path, beside another store's lock
    (tmp_path / "link").symlink_to(news)
    (news / "other.db.lock").write_text("")
    monkeypatch.chdir(tmp_path)
    third = runner.invoke(app, ["ingest", "link", "--db", "link/store.db", "--json"])
    data = json.loads(third.stdout)
    assert (data["ingested"], data["already_stored"]) == (0, 1), third.output
    assert data["skipped"].get("own-store", 0) >= 2 and data["skipped"].get("empty") == 1


def test_the_document_size_limit_is_the_max_document_mb_setting(tmp_path, monkeypatch):
    (tmp_path / "long.txt").write_text("Copperline Mining opened a mine. " * 40_000)  # 1.3 MB
    db = str(tmp_path / "t.db")
    refused = runner.invoke(app, ["ingest", str(tmp_path / "long.txt"), "--db", db,
                                  "--max-document-mb", "1", "--json"])
    assert json.loads(refused.stdout)["skipped"] == {"too-large": 1}
    assert "--max-document-mb" in refused.output.replace("\n", "")
    monkeypatch.setenv("TIELINE_MAX_DOCUMENT_MB", "0.5")
    again = runner.invoke(app, ["ingest", str(tmp_path / "long.txt"), "--db", db, "--json"])
    assert json.loads(again.stdout)["skipped"] == {"too-large": 1}


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
    assert result.exit_code == 2 and "aliases.yaml" in result.output
