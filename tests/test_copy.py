"""`tieline copy`: a store moves SQLite -> PostgreSQL -> SQLite with every row as it was."""
from __future__ import annotations

import json

import pytest
from test_query_world import articles
from test_store import make_extraction
from typer.testing import CliRunner

from tieline.cli import app
from tieline.model import Event, Post
from tieline.store import open_store
from tieline.store.copy import TABLES
from tieline.store.sql.dialect import JSONText

runner = CliRunner()


def contents(db: str) -> dict[str, list[tuple]]:
    """Every row of every table, JSON columns parsed (PostgreSQL keeps its own key order)."""
    out = {}
    with open_store(db, read_only=True) as store, store.connect() as conn:
        for table in TABLES:
            rows = conn.execute(table.select().order_by(*table.primary_key.columns)).all()
            json_at = [i for i, c in enumerate(table.columns) if isinstance(c.type, JSONText)]
            out[table.name] = [tuple(json.loads(v) if i in json_at and v else
                                     bytes(v) if isinstance(v, memoryview) else v
                                     for i, v in enumerate(row)) for row in rows]
    return out


def build_store(path: str) -> str:
    extra = make_extraction("Contoso hosts Northwind in its cloud. More text.", "2024-01-05",
                            "Contoso hosts Northwind in its cloud.")
    extra.document.posts = [Post("Ann Lee", "@annlee", "2024-06-01", "Big if true.")]
    extra.document.events = [Event("2024-05-30", "Contoso expands its cloud")]
    with open_store(path, create=True) as store:
        store.save([*articles(), extra], signatures=[(extra.document.id, "k", b"\x00\x01mh")])
    return path


@pytest.mark.postgres
def test_a_store_round_trips_through_postgresql_unchanged(tmp_path, pg_url):
    source = build_store(str(tmp_path / "a.db"))
    back = str(tmp_path / "b.db")
    for src, dest in ((source, pg_url), (pg_url, back)):
        result = runner.invoke(app, ["copy", src, dest, "--json"])
        assert result.exit_code == 0, result.output
    original = contents(source)
    assert original["facts"] and original["posts"] and original["document_signatures"]
    assert any(row[-1] for row in original["entities"])  # a maker is copied too
    assert contents(pg_url) == original
    assert contents(back) == original
    with open_store(pg_url) as store:  # new rows in PostgreSQL take ids after the copied ones
        store.save([make_extraction("Contoso supplies Northwind. Text.", "2024-07-01",
                                    "Contoso supplies Northwind.")])
        assert store.stats()["evidence"] == len(original["evidence"]) + 2


def test_copy_refuses_a_destination_that_holds_a_store(tmp_path):
    source = build_store(str(tmp_path / "a.db"))
    other = build_store(str(tmp_path / "b.db"))
    result = runner.invoke(app, ["copy", source, other])
    assert result.exit_code == 1
    assert "already holds a store" in result.output
    result = runner.invoke(app, ["copy", source, source])
    assert result.exit_code == 2 and "same store" in result.output
