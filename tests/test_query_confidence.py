"""Answers hold back facts below the confidence floor, say how many, and show them with --all."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tieline.cli import app
from tieline.model import Document, Entity, Evidence, Extraction, Relation
from tieline.query import Confident, depends, fact_rows, relationship
from tieline.store import Store, open_store

SURE = "Quarra Cloud supplies compute to Pellin Robotics."
UNSURE = "Pellin Robotics and Quarra Cloud were seen at the same trade fair."


def _build(path):
    doc = Document(text=f"{SURE}\n{UNSURE}", source="fair.txt", published="2025-03-01")
    ex = Extraction(document=doc)

    def ev(sentence, confidence):
        start = doc.text.index(sentence)
        return Evidence(doc.id, start, start + len(sentence), sentence, "test", confidence)

    ex.relations = [Relation("supply", "Quarra Cloud", "Pellin Robotics", "compute", None,
                             "asserted", None, ev(SURE, 0.9)),
                    Relation("partner", "Pellin Robotics", "Quarra Cloud", None, None,
                             "asserted", None, ev(UNSURE, 0.3))]
    ex.entities = [Entity("Quarra Cloud"), Entity("Pellin Robotics")]
    ex.mention_counts = {"Quarra Cloud": 2, "Pellin Robotics": 2}
    with Store(path) as store:
        store.save([ex])
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("conf") / "conf.db")


def test_a_confident_view_holds_back_and_counts_facts_below_the_floor(db):
    with open_store(db, read_only=True) as store:
        assert {f.kind for f in fact_rows(store)} == {"supply", "partner"}
        view = Confident(store, 0.5)
        assert [f.kind for f in fact_rows(view)] == ["supply"]
        assert view.held_back == 1
        r = relationship(Confident(store, 0.5), "Quarra Cloud", "Pellin Robotics")
        assert [f.kind for f in r.facts] == ["supply"] and r.held_back == 1
        shown = Confident(store, 0.5, hide=False)
        assert len(fact_rows(shown)) == 2 and shown.held_back == 0 and len(shown.low) == 1
        assert relationship(store, "Quarra Cloud", "Pellin Robotics").held_back == 0


def test_a_floor_above_every_fact_empties_the_dependency_graph(db):
    with open_store(db, read_only=True) as store:
        assert depends(Confident(store, 0.5), "Pellin Robotics").dependencies
        held = depends(Confident(store, 0.95), "Pellin Robotics")
        assert not held.dependencies and held.held_back == 1


def test_cli_holds_back_by_default_and_all_shows_them_marked(db):
    runner = CliRunner()
    out = runner.invoke(app, ["facts", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    assert [f["kind"] for f in json.loads(out.stdout)] == ["supply"]
    assert "1 fact below min_confidence 0.5 held back" in out.stderr
    everything = runner.invoke(app, ["relationship", "Quarra Cloud", "Pellin Robotics",
                                     "--db", str(db), "--all"])
    assert everything.exit_code == 0, everything.output
    words = " ".join(w for w in everything.stdout.split() if w not in "│┃")
    assert "(below" in words.split() and "min_confidence)" in words.split()
    assert "trade fair" in words
    plain = runner.invoke(app, ["relationship", "Quarra Cloud", "Pellin Robotics",
                                "--db", str(db)], env={"TIELINE_MIN_CONFIDENCE": "0"})
    assert "trade" in plain.stdout and "below" not in plain.stdout
