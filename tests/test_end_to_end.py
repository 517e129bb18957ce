"""End to end over the project's own example articles: ingest, then ask about a relationship;
once per backend (SQLite, PostgreSQL), and every query verb answers the same on both."""
from __future__ import annotations

import difflib
import json

import pytest
from typer.testing import CliRunner

from tieline.cli import app
from conftest import REPO, new_database

runner = CliRunner()
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def ingest_examples(db: str) -> str:
    result = runner.invoke(app, ["ingest", str(REPO / "examples" / "news"), "--db", db])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory, nlp):
    return ingest_examples(str(tmp_path_factory.mktemp("e2e") / "tieline.db"))


@pytest.fixture(scope="module")
def postgres_db(postgres_server, nlp):
    return ingest_examples(new_database(postgres_server))


@pytest.fixture(scope="module", params=BACKENDS)
def example_db(request):
    return request.getfixturevalue(f"{request.param}_db")


def relationship(db, a, b):
    result = runner.invoke(app, ["relationship", a, b, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    facts = data["facts"] if "facts" in data else [f for group in data["groups"].values()
                                                    for f in group]
    return facts


def test_openai_microsoft_relationship_has_sourced_core_facts(example_db):
    facts = relationship(example_db, "OpenAI", "Microsoft")
    kinds = {f["kind"] for f in facts}
    assert {"partner", "invest", "supply"} <= kinds
    supply = [f for f in facts if f["kind"] == "supply"]
    assert any(f["subject"] == "Microsoft" and f["object"] == "OpenAI"
               and f["attributes"].get("object") in ("compute", "cloud") for f in supply)
    invest = [f for f in facts if f["kind"] == "invest"]
    assert any(f["subject"] == "Microsoft" and f["object"] == "OpenAI" for f in invest)
    for fact in facts:
        assert fact["evidence"], fact
        for ev in fact["evidence"]:
            assert "examples/news/" in ev["source"] and ev["source"].endswith(".txt")
            assert ev["sentence"]


def test_the_same_fact_from_several_articles_keeps_every_evidence_row(example_db):
    facts = relationship(example_db, "Microsoft", "OpenAI")
    invest = [f for f in facts if f["kind"] == "invest" and f["subject"] == "Microsoft"]
    assert invest and max(len(f["evidence"]) for f in invest) >= 2
    fact = max(invest, key=lambda f: len(f["evidence"]))
    assert fact["first_seen"] < fact["last_seen"]


def test_reingesting_the_examples_is_idempotent(example_db):
    before = json.loads(runner.invoke(app, ["stats", "--db", str(example_db), "--json"]).stdout)
    result = runner.invoke(app, ["ingest", str(REPO / "examples" / "news"),
                                 "--db", str(example_db), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["ingested"] == 0
    after = json.loads(runner.invoke(app, ["stats", "--db", str(example_db), "--json"]).stdout)
    assert after == before


VERBS = [
    ["stats"], ["entities"], ["entities", "--type", "ORG", "--limit", "5"],
    ["facts"], ["facts", "--entity", "OpenAI", "--kind", "invest"], ["entity", "Microsoft"],
    ["relationship", "OpenAI", "Microsoft"], ["relationship", "OpenAI", "Microsoft",
                                              "--since", "2023-06-01"],
    ["depends", "OpenAI"], ["dependents", "Microsoft"], ["whatif", "--supplier-fails", "Microsoft"],
    ["digest", "--about", "OpenAI"], ["export", "--format", "jsonld", "--entity", "OpenAI"],
    ["export", "--format", "csv"], ["entity", "Nosuch Widgetco"],
]


@pytest.mark.postgres
def test_every_query_verb_answers_the_same_on_both_backends(sqlite_db, postgres_db):
    for verb in VERBS:
        answers = []
        for db in (sqlite_db, postgres_db):
            result = runner.invoke(app, [*verb, "--db", db, "--json"])
            answers.append((result.exit_code, result.stdout.replace(db, "DB")))
        assert answers[0] == answers[1], (verb, "".join(difflib.unified_diff(
            answers[0][1].splitlines(True), answers[1][1].splitlines(True), n=1)))
        assert answers[0][1].strip(), verb
