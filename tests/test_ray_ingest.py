"""Ingest on Ray: the same store as the local engine, an actor killed mid-run retried, and
near duplicates found across partitions. One local Ray runtime (2 CPUs) per test session."""
from __future__ import annotations

import gzip
import json
import sqlite3

import pytest

from tieline.ingest import ingest
from tieline.readers import ReaderOptions
from tieline.store import Store

pytestmark = pytest.mark.ray
ARTICLES = 200


@pytest.fixture(scope="session")
def ray_runtime():
    import ray

    from tieline.run.ray import start_runtime

    start_runtime(workers=2)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def bbc(tmp_path_factory):
    """200 BBC business and tech articles as one JSONL file (../shared; skip when absent)."""
    from conftest import SHARED

    corpus = SHARED / "corpus" / "bbc.jsonl.gz"
    if not corpus.is_file():
        pytest.skip("../shared is not present")
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        rows = [r for line in fh if (r := json.loads(line))["category"] in ("business", "tech")]
    picked = rows[:ARTICLES // 2] + [r for r in rows if r["category"] == "tech"][:ARTICLES // 2]
    path = tmp_path_factory.mktemp("bbc") / "bbc.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in picked), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_run(bbc, tmp_path_factory):
    """The local engine's counts and stored rows for the same articles."""
    path = tmp_path_factory.mktemp("local") / "local.db"
    with Store(path) as store:
        summary = ingest([str(bbc)], store)
    assert summary.ingested + summary.duplicates == ARTICLES and summary.ingested > 150
    return counts(summary), contents(path)


def counts(summary) -> tuple:
    return summary.ingested, summary.duplicates, summary.facts, summary.evidence


def contents(path) -> dict[str, list]:
    """Every stored row by table, with names for ids and no timestamps of the run."""
    conn = sqlite3.connect(path)
    queries = {
        "documents": "SELECT id, title, published, url, source, text, meta, status, language "
                     "FROM documents",
        "sources": 'SELECT document_id, source, url, "match" FROM document_sources',
        "entities": "SELECT e.name, e.type, e.type_votes, m.name FROM entities e "
                    "LEFT JOIN entities m ON m.id = e.maker_id",
        "aliases": 'SELECT a."key", a.alias, e.name FROM aliases a JOIN entities e '
                   "ON e.id = a.entity_id",
        "mentions": "SELECT e.name, document_id, count FROM mentions JOIN entities e "
                    "ON e.id = entity_id",
        "facts": 'SELECT f."key", kind, s.name, o.name, attributes, modality, time, first_seen, '
                 "last_seen FROM facts f LEFT JOIN entities s ON s.id = subject_id "
                 "LEFT JOIN entities o ON o.id = object_id",
        "evidence": 'SELECT f."key", document_id, start, "end", sentence, rule, confidence, '
                    "v.modality, v.time FROM evidence v JOIN facts f ON f.id = v.fact_id",
        "signatures": "SELECT document_id, words_key, minhash FROM document_signatures",
        "bands": "SELECT band, bucket, document_id FROM document_bands",
    }
    try:
        return {table: sorted(conn.execute(sql).fetchall(), key=repr)
                for table, sql in queries.items()}
    finally:
        conn.close()


def test_ray_ingest_stores_exactly_what_the_local_engine_stores(
        ray_runtime, bbc, local_run, tmp_path):
    with Store(tmp_path / "ray.db") as store:
        summary = ingest([str(bbc)], store, engine="ray", workers=2)
    assert summary.ok and counts(summary) == local_run[0]
    got = contents(tmp_path / "ray.db")
    assert len(got["facts"]) > 100 and len(got["evidence"]) >= len(got["facts"])
    for table, rows in local_run[1].items():
        assert got[table] == rows, table


def test_an_actor_killed_mid_run_is_retried_and_nothing_is_stored_twice(
        ray_runtime, bbc, tmp_path, monkeypatch):
    from tieline.run.ray import BLOCK_DOCS, FAULT_ENV

    few = tmp_path / "few.jsonl"  # three blocks: enough for an actor to die between others
    few.write_text("".join(bbc.read_text(encoding="utf-8").splitlines(True)[:BLOCK_DOCS * 3]))
    with Store(tmp_path / "local.db") as store:
        local = counts(ingest([str(few)], store))
    marker = tmp_path / "killed"
    monkeypatch.setenv(FAULT_ENV, f"{BLOCK_DOCS}:{marker}")
    with Store(tmp_path / "ray.db") as store:
        summary = ingest([str(few)], store, engine="ray", workers=2)
    assert marker.exists()  # an actor did exit mid-run, its batch lost
    assert summary.ok and counts(summary) == local
    assert contents(tmp_path / "ray.db") == contents(tmp_path / "local.db")


def wire_story(n: int) -> str:
    """A story of its own per n: every sentence names story n's invented firm and port."""
    return " ".join(f"Carrow{n}line moved {k} crates for Tessel{n}port on day {k}."
                    for k in range(20))


def test_near_duplicates_are_found_across_partitions(ray_runtime, tmp_path):
    from tieline.run.ray import BLOCK_DOCS

    folder = tmp_path / "news"
    folder.mkdir()
    count = BLOCK_DOCS * 3
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(wire_story(n), encoding="utf-8")
    edited = wire_story(1).replace("day 7.", "day seven.")  # another block than 001
    (folder / f"{count:03d}.txt").write_text(edited, encoding="utf-8")
    with Store(tmp_path / "ray.db") as store:
        summary = ingest([str(folder)], store, engine="ray", workers=2,
                         options=ReaderOptions())
        assert summary.ingested == count and summary.duplicates == 1
        near = [s for s in contents(tmp_path / "ray.db")["sources"] if s[3] == "near"]
        assert len(near) == 1 and near[0][1].endswith(f"{count:03d}.txt")
    with Store(tmp_path / "local.db") as store:
        ingest([str(folder)], store)
    assert contents(tmp_path / "local.db") == contents(tmp_path / "ray.db")


def test_the_command_line_runs_on_ray_and_refuses_an_address_without_it(ray_runtime, tmp_path):
    from typer.testing import CliRunner

    from tieline.cli import app

    runner = CliRunner()
    (tmp_path / "deal.txt").write_text("Copperline Mining acquired Redrock Metals.\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "deal.txt"), "--engine", "ray",
                                 "--json", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == 1
    refused = runner.invoke(app, ["ingest", str(tmp_path / "deal.txt"), "--address",
                                  "head:6379", "--db", str(tmp_path / "u.db")])
    assert refused.exit_code == 2 and "--engine ray" in refused.output
