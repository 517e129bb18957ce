"""The store: migrations, idempotent upserts, one fact with many evidence rows."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect

from tieline.model import Document, Entity, Event, Evidence, Extraction, Money, Post, Relation
from tieline.store import Store, StoreError, open_store
from tieline.store import migrations
from tieline.store.sql.schema import metadata


def make_extraction(text: str, published: str, sentence: str) -> Extraction:
    doc = Document(text=text, source=f"{published}.txt", published=published, language="en")
    start = text.index(sentence)
    ev = Evidence(doc.id, start, start + len(sentence), sentence, "test:rule", 0.9)
    return Extraction(
        document=doc,
        entities=[Entity("Northwind", "ORG", ["Northwind Corp."]), Entity("Contoso", "ORG")],
        relations=[Relation("supply", "Contoso", "Northwind", object="cloud", evidence=ev)],
        money=[Money("Northwind", "funding", 2e9, "USD", evidence=ev)],
        mention_counts={"Northwind": 2, "Contoso": 1},
    )


def test_migrating_an_empty_file_gives_the_declared_schema(tmp_path):
    path = tmp_path / "new.db"
    store = Store(path)
    with store.connect() as conn:
        assert migrations.current_version(conn) == migrations.LATEST
    inspector = inspect(store.engine)
    for table in metadata.sorted_tables:
        declared = {c.name for c in table.columns}
        assert {c["name"] for c in inspector.get_columns(table.name)} == declared, table.name
    store.close()
    # opening again applies nothing twice
    assert migrations.upgrade(Store(path).engine) == []


def test_same_relation_from_two_documents_is_one_fact_with_two_evidence_rows(store_url):
    store = open_store(store_url, create=True)
    first = make_extraction("Contoso hosts Northwind in its cloud. More text.", "2024-01-05",
                            "Contoso hosts Northwind in its cloud.")
    second = make_extraction("Northwind still runs on Contoso's cloud, filings show.", "2024-06-01",
                             "Northwind still runs on Contoso's cloud, filings show.")
    second.document.posts = [Post("Ann Lee", "@annlee", "2024-06-01", "Big if true.")]
    second.document.events = [Event("2024-05-30", "Contoso expands its cloud")]
    store.save([first])
    store.save([second])
    store.save([second])  # saving again changes nothing
    with store.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT f.id, f.first_seen, f.last_seen, count(e.id) FROM facts f "
            "JOIN evidence e ON e.fact_id = f.id WHERE f.kind = 'supply' GROUP BY f.id").all()
    assert rows == [(rows[0][0], "2024-01-05", "2024-06-01", 2)]
    stats = store.stats()
    assert stats["documents"] == 2 and stats["entities"] == 2
    assert stats["posts"] == 1 and stats["events"] == 1


def test_aliases_resolve_to_one_entity_across_documents(store_url):
    store = open_store(store_url, create=True)
    ex = make_extraction("Contoso hosts Northwind.", "2024-01-05", "Contoso hosts Northwind.")
    store.save([ex])
    other = make_extraction("Contoso serves Northwind Corp.", "2024-02-05", "Contoso serves Northwind Corp.")
    other.entities = [Entity("Northwind Corp.", "ORG"), Entity("Contoso", "ORG")]
    other.relations[0].tail = "Northwind Corp."
    store.save([other])
    with store.connect() as conn:
        names = [n for (n,) in conn.exec_driver_sql("SELECT name FROM entities ORDER BY name")]
    assert names == ["Contoso", "Northwind"]


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)
    assert path.read_bytes() == before


def test_a_corrupt_database_gets_a_clear_error(tmp_path):
    path = tmp_path / "broken.db"
    Store(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, wreck the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="broken.db"):
        Store(path)


def test_reading_a_missing_database_names_it(tmp_path):
    with pytest.raises(StoreError, match="no database at .*absent.db"):
        Store(tmp_path / "absent.db", create=False)


def test_a_writer_waits_for_another_writers_transaction(tmp_path, monkeypatch):
    from tieline.store import sqlite as store_db

    path = tmp_path / "t.db"
    Store(path).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_S", 1)
    store = Store(path)
    ex = make_extraction("Contoso hosts Northwind.", "2024-01-05", "Contoso hosts Northwind.")
    with pytest.raises(StoreError, match="locked by another process"):
        store.save([ex])
    blocker.execute("ROLLBACK")
    store.save([ex])  # once the lock is gone the same batch goes through
    assert store.stats()["facts"] == 2


def test_opening_a_new_file_from_several_processes_at_once_migrates_it_once(tmp_path):
    import threading

    path = tmp_path / "race.db"
    barrier, errors = threading.Barrier(4), []

    def open_store():
        barrier.wait()
        try:
            Store(path).close()
        except Exception as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite3.connect(path) as conn:
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [number for number, _, _ in migrations.MIGRATIONS]
