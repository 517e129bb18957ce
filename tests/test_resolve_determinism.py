"""What an ingest stores does not depend on the order documents arrive in, on the number of
worker processes, or on whether the run was done in one go or resumed."""
from __future__ import annotations

import gzip
import json
import sqlite3
from itertools import islice

import pytest

from conftest import REPO
from tieline.ingest import ingest
from tieline.model import SYMMETRIC_TYPES
from tieline.names import fold
from tieline.store import Store

BBC_ARTICLES = 12  # a few real articles beside the examples, when ../shared is present


def contents(db) -> tuple[dict, list]:
    """Entities (name -> type and alias keys) and facts (kind, ends, attributes, evidence)."""
    conn = sqlite3.connect(db)
    names = dict(conn.execute("SELECT id, name FROM entities"))
    entities = {name: (etype, sorted({fold(a) for (a,) in conn.execute(
                    "SELECT alias FROM aliases WHERE entity_id = ?", (i,))}))
                for i, name, etype in conn.execute("SELECT id, name, type FROM entities")}
    facts = []
    for kind, subject, object_, attributes, n in conn.execute(
            "SELECT kind, subject_id, object_id, attributes, "
            "(SELECT count(*) FROM evidence WHERE fact_id = facts.id) FROM facts"):
        ends = [names.get(subject), names.get(object_)]
        if kind in SYMMETRIC_TYPES:  # one fact either way round; the first report's order
            ends.sort(key=str)
        facts.append((kind, *ends, attributes, n))
    conn.close()
    return entities, sorted(facts, key=str)


def run(db, paths, workers=1):
    with Store(db) as store:
        summary = ingest([str(p) for p in paths], store, workers=workers, batch_size=4)
    assert not summary.failed, summary.line()
    return summary


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The example articles, plus a few BBC ones (one file each) when ../shared is there."""
    paths = sorted((REPO / "examples" / "news").glob("*.txt"))
    bbc = REPO.parent / "shared" / "corpus" / "bbc.jsonl.gz"
    if bbc.is_file():
        folder = tmp_path_factory.mktemp("bbc")
        with gzip.open(bbc, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(islice(fh, BBC_ARTICLES)):
                path = folder / f"bbc-{n:02}.jsonl"
                path.write_text(json.dumps(json.loads(line)) + "\n", encoding="utf-8")
                paths.append(path)
    return paths


@pytest.fixture(scope="module")
def clean(tmp_path_factory, corpus):
    db = tmp_path_factory.mktemp("clean") / "t.db"
    run(db, corpus)
    return contents(db)


def test_reversed_order_stores_the_same_entities_and_facts(tmp_path, corpus, clean, nlp):
    run(tmp_path / "t.db", corpus[::-1])
    assert contents(tmp_path / "t.db") == clean


def test_two_workers_store_the_same_entities_and_facts(tmp_path, corpus, clean):
    run(tmp_path / "t.db", corpus, workers=2)
    assert contents(tmp_path / "t.db") == clean


def test_a_resumed_ingest_ends_as_a_clean_run(tmp_path, corpus, clean, nlp):
    """The first part, then the rest (the rest first, too): acronyms and spellings merge across
    the two runs as they do in one."""
    half = len(corpus) // 2
    for first, second in ((corpus[:half], corpus[half:]), (corpus[half:], corpus[:half])):
        db = tmp_path / f"{len(first)}.db"
        run(db, first)
        run(db, second)
        assert contents(db) == clean
