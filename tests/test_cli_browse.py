"""The browse verbs through the command line (typer's CliRunner), tables and --json."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from test_query_world import S, build_world
from typer.testing import CliRunner

from tieline.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(build_world(tmp_path_factory.mktemp("world") / "world.db"))


def run(*args: str, code: int = 0):
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == code, result.output + result.stderr
    return result


def run_json(*args: str):
    return json.loads(run(*args, "--json").stdout)


def test_missing_database_is_a_clear_error(tmp_path):
    missing = tmp_path / "none.db"
    for verb in (["stats"], ["entities"], ["entity", "X"], ["depends", "X"]):
        result = run(*verb, "--db", str(missing), code=1)
        assert f"no database at {missing}; run `tieline ingest` first" in result.stderr
    assert not missing.exists()


def test_db_defaults_to_the_environment_variable(db):
    result = runner.invoke(app, ["stats", "--json"], env={"TIELINE_DB": db})
    assert result.exit_code == 0 and json.loads(result.stdout)["documents"] == 7


def test_unknown_entity_suggests_close_matches(db):
    result = run("entity", "Helix Lab", "--db", db, code=1)
    assert "no entity 'Helix Lab'; did you mean 'Helix Labs'?" in result.stderr
    result = run("relationship", "Microsoft", "Voltra Motor", "--db", db, code=1)
    assert "did you mean 'Voltra Motors'" in result.stderr


def test_entities_and_stats(db):
    rows = run_json("entities", "--type", "PRODUCT", "--db", db)
    assert {r["name"] for r in rows} == {"Azure", "Copilot 365", "Phi-3.5", "Voltra S"}
    table = run("entities", "--limit", "3", "--db", db).stdout
    assert "Helix Labs" in table and "Mentions" in table and "Cobalt Ridge" not in table
    run("entities", "--type", "ROBOT", "--db", db, code=2)
    assert run_json("stats", "--db", db)["facts"] == 21
    assert "facts by kind" in run("stats", "--db", db).stdout


def test_facts_listing(db):
    clauses = run_json("facts", "--kind", "clause", "--db", db)
    assert [c["attributes"]["action"] for c in clauses] == ["end_access", "exclusivity"]
    result = run("facts", "--kind", "lawsuit", "--db", db, code=2)
    assert "unknown kind 'lawsuit'" in result.stderr
    table = run("facts", "--entity", "Voltra", "--kind", "sue", "--db", db).stdout
    assert "Voltra Motors → Northwind Cells" in table and "2023-suit.txt" in table


def test_relationship_table_and_json(db):
    data = run_json("relationship", "Microsoft", "Helix", "--db", db)
    assert data["a"] == "Microsoft" and data["b"] == "Helix Labs"
    fact = data["facts"][0]
    assert {"kind", "subject", "object", "modality", "first_seen", "last_seen",
            "evidence"} <= set(fact)
    assert {"sentence", "source", "published"} <= set(fact["evidence"][0])
    table = run("relationship", "Microsoft", "Helix", "--since", "2024", "--db", db).stdout
    assert "Changes over time" in table and "modality_shift" in table
    assert "weakening (context)" in table
    assert "2019-07-22" not in table.split("Changes over time")[1]
    result = run("relationship", "Microsoft", "Helix", "--since", "June", "--db", db, code=2)
    assert "is not a date" in result.stderr
    quiet = run("relationship", "Oracle", "Voltra", "--db", db).stdout
    assert "No stored facts between Oracle and Voltra Motors" in quiet


def test_entity_profile(db):
    data = run_json("entity", "Microsoft", "--db", db)
    assert {p["name"] for p in data["products"]} == {"Azure", "Copilot 365", "Phi-3.5"}
    table = run("entity", "Microsoft", "--db", db).stdout
    for heading in ("Depends on", "Depended on by", "Partners", "Money", "Clauses"):
        assert heading in table
    # article text is printed as written, not read as rich markup
    assert "<script>alert(1)</script>" in table


def test_depends_and_dependents(db):
    data = run_json("depends", "Copilot 365", "--on", "compute", "--db", db)
    assert [d["path_text"] for d in data["dependencies"]] == [
        "Copilot 365 → Helix Labs models → Azure compute",
        "Copilot 365 → Helix Labs models → Oracle compute"]
    table = run("depends", "Helix Labs", "--db", db).stdout
    assert "Concentration" in table and "67%" in table and S["cloud"] in table
    run("depends", "Helix Labs", "--on", "snacks", "--db", db, code=2)
    data = run_json("dependents", "Helix Labs", "--db", db)
    assert [d["entity"] for d in data["dependents"]] == ["Copilot 365", "Microsoft"]
    assert "(own product)" in run("dependents", "Helix Labs", "--db", db).stdout
    assert "Nothing known depends on Voltra S" in run("dependents", "Voltra S", "--db", db).stdout


def test_whatif_forms(db):
    table = run("whatif", "Helix Labs ends Microsoft's access", "--db", db).stdout
    assert "Copilot 365" in table and "own product Phi-3.5" in table
    data = run_json("whatif", "--supplier-fails", "Microsoft", "--db", db)
    assert {(d["entity"], d["loses"]) for d in data["direct"]} == {
        ("Helix Labs", "compute"), ("Helix Labs", "funding")}
    [clause] = run_json("facts", "--kind", "clause", "--entity", "Microsoft", "--db", db)
    table = run("whatif", "--clause", str(clause["id"]), "--db", db).stdout
    assert "may end Microsoft's access (if AGI; decided by Helix Labs)" in table
    assert S["clause"] in table
    by_parties = run("whatif", "--clause-of", "Helix,Microsoft", "--db", db).stdout
    assert by_parties == table  # the same clause, named by its holder and counterparty
    result = run("whatif", "--clause-of", "Microsoft,Helix", "--db", db, code=2)
    assert "no clause held by 'Microsoft' over 'Helix'" in result.stderr
    run("whatif", "--clause-of", "Helix", "--db", db, code=2)
    result = run("whatif", "Helix Labs is sad", "--db", db, code=2)
    assert "try phrasings like" in result.stderr
    run("whatif", "--db", db, code=2)  # no scenario at all


def test_digest_to_stdout_and_files(db, tmp_path):
    md = run("digest", "--about", "Helix Labs,Microsoft", "--db", db).stdout
    assert md.startswith("# Briefing: Helix Labs and Microsoft") and "## Sources" in md
    out = tmp_path / "brief.html"
    run("digest", "--about", "Microsoft, Helix Labs", "--format", "html", "-o", str(out),
        "--db", db)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    data = run_json("digest", "--about", "Voltra", "--since", "2023", "--db", db)
    assert data["about"] == ["Voltra Motors"] and data["sources"]
    run("digest", "--about", "Voltra", "--format", "pdf", "--db", db, code=2)


def test_export_files(db, tmp_path):
    out = tmp_path / "g.graphml"
    run("export", "--format", "graphml", "--entity", "Voltra", "--depth", "2", "-o", str(out),
        "--db", db)
    g = nx.read_graphml(out)
    assert "Lumen Lithium" in {d["name"] for _, d in g.nodes(data=True)}
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", db).stdout)))
    assert len(rows) == 24
    summary = run_json("export", "--format", "jsonld", "-o", str(tmp_path / "g.jsonld"),
                       "--db", db)
    assert summary["bytes"] == (tmp_path / "g.jsonld").stat().st_size
    run("export", "--format", "dot", "--db", db, code=2)


def test_tables_are_compact_by_default_and_json_is_complete(db):
    dependents = run_json("entity", "Microsoft", "--db", db)["dependents"]
    assert len(dependents) == 3
    short = run("entity", "Microsoft", "--limit", "1", "--db", db).stdout
    assert "2 more; use --limit N or --all" in short
    full = run("entity", "Microsoft", "--all", "--db", db).stdout
    assert "more; use --limit" not in full
    assert all(d["other"] in full for d in dependents)
    data = run_json("relationship", "Microsoft", "Helix Labs", "--db", db)
    assert len(data["changes"]) == 8 and len(data["periods"]) == 6
    default = run("relationship", "Microsoft", "Helix Labs", "--db", db).stdout
    assert default.count("more; use --limit") == 2  # only the periods and changes run over 5
    assert "3 more; use --limit N or --all" in default
    assert "1 more; use --limit N or --all" in default
    one = run("relationship", "Microsoft", "Helix Labs", "--limit", "1", "--db", db).stdout
    assert "7 more; use --limit N or --all" in one
