"""Ingest: bad inputs are named and counted, re-runs are idempotent, interruptions lose nothing."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading

import pytest

import tieline.ingest as ingest_module
from tieline.ingest import IngestLocked, ingest, ingest_lock
from tieline.store import Store

ARTICLES = {
    "a.txt": "Title: Harbor deal\nPublished: 2024-03-01\n\n"
             "Bluewave Shipping acquired Harbor Logistics for $2 billion.\n",
    "b.txt": "Title: Chips\nPublished: 2024-04-01\n\n"
             "Quantex Semiconductors supplies chips to Orbital Motors.\n",
    "c.txt": "Title: Cloud\nPublished: 2024-05-01\n\n"
             "Helio Labs uses Nimbus Cloud's servers to train its models.\n",
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_ingest_counts_and_names_bad_inputs(tmp_path, corpus, nlp):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    problems = []
    store = Store(tmp_path / "t.db")
    summary = ingest([str(corpus), str(tmp_path / "missing.txt")], store,
                     on_problem=problems.append)
    assert summary.ingested == 3
    assert sum(summary.skipped.values()) + sum(summary.failed.values()) == 3
    sources = " ".join(p.source for p in problems)
    assert "empty.txt" in sources and "image.png" in sources and "missing.txt" in sources
    assert all(p.message for p in problems)
    assert store.stats()["documents"] == 3


def test_ingesting_twice_changes_nothing(tmp_path, corpus, nlp):
    store = Store(tmp_path / "t.db")
    first = ingest([str(corpus)], store)
    after_first = store.stats()
    second = ingest([str(corpus)], store)
    assert first.ingested == 3 and second.ingested == 0 and second.already_stored == 3
    assert second.ok
    after_second = store.stats()
    assert {k: v for k, v in after_second.items() if k != "sources"} == \
        {k: v for k, v in after_first.items() if k != "sources"}


def test_a_copy_under_another_name_is_one_document_with_two_sources(tmp_path, corpus, nlp):
    (corpus / "copy-of-a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    store = Store(tmp_path / "t.db")
    summary = ingest([str(corpus)], store)
    assert summary.ingested == 3 and summary.duplicates == 1
    stats = store.stats()
    assert stats["documents"] == 3 and stats["sources"] == 4


def test_interrupted_ingest_keeps_committed_batches_and_a_rerun_finishes(
        tmp_path, corpus, nlp, monkeypatch):
    from tieline import pipeline as extract_package

    real_extract = extract_package.extract
    calls = {"n": 0}

    def interrupt_on_third(doc, sdoc):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_extract(doc, sdoc)

    monkeypatch.setattr(extract_package, "extract", interrupt_on_third)
    store = Store(tmp_path / "t.db")
    summary = ingest([str(corpus)], store, batch_size=1)
    assert summary.interrupted and summary.ingested == 2
    assert store.stats()["documents"] == 2
    monkeypatch.setattr(extract_package, "extract", real_extract)
    rerun = ingest([str(corpus)], store, batch_size=1)
    assert rerun.ingested == 1 and rerun.already_stored == 2
    assert store.stats()["documents"] == 3


def test_second_ingest_waits_for_the_lock_then_fails_clearly(tmp_path):
    db = tmp_path / "t.db"
    holding, release = threading.Event(), threading.Event()

    def hold():
        with ingest_lock(db, wait_s=1):
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(5)
    try:
        with pytest.raises(IngestLocked, match="another `tieline ingest`"):
            with ingest_lock(db, wait_s=0.5):
                pass
    finally:
        release.set()
        thread.join()
    with ingest_lock(db, wait_s=0.5):  # free again once the first run is done
        pass


def test_two_ingest_processes_at_once_leave_a_sound_database(tmp_path, corpus):
    db = tmp_path / "t.db"
    env = {**os.environ, "TIELINE_DB": str(db)}
    cmd = [sys.executable, "-m", "tieline", "ingest", str(corpus)]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    joined = " ".join(out for out, _ in outputs)
    assert "3 documents ingested" in joined and "3 already stored" in joined


def test_two_worker_processes_store_the_same_facts_as_one(tmp_path, corpus, nlp):
    one, two = Store(tmp_path / "one.db"), Store(tmp_path / "two.db")
    ingest([str(corpus)], one, workers=1)
    summary = ingest([str(corpus)], two, workers=2)
    assert summary.ingested == 3
    query = "SELECT kind, attributes FROM facts ORDER BY key"
    with one.connect() as a, two.connect() as b:
        assert a.exec_driver_sql(query).all() == b.exec_driver_sql(query).all()


def test_a_lightly_edited_copy_is_one_document_with_two_sources(tmp_path, corpus, nlp):
    original = ("Title: Port deal\nPublished: 2024-03-01\n\n"
                "Bluewave Shipping agreed to acquire Harbor Logistics, the regional freight "
                "operator, for $2 billion in cash, the companies said on Friday. The purchase "
                "gives Bluewave control of three container terminals on the east coast and "
                "about 4,000 trucks. Harbor's chief executive will stay on to run the unit, "
                "and the deal is expected to close in the third quarter after regulators "
                "review it.\n")
    edited = original.replace("on Friday", "late on Friday").replace("about 4,000", "some 4,000")
    (corpus / "wire.txt").write_text(original, encoding="utf-8")
    (corpus / "wire-outlet-b.txt").write_text(edited, encoding="utf-8")
    store = Store(tmp_path / "t.db")
    summary = ingest([str(corpus)], store)
    assert summary.ingested == 4 and summary.duplicates == 1
    with store.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT document_id, \"match\" FROM document_sources WHERE source LIKE '%wire%' "
            "ORDER BY \"match\"").all()
        signed = conn.exec_driver_sql("SELECT count(*) FROM document_signatures").scalar()
    assert [m for _, m in rows] == ["near", "original"] and rows[0][0] == rows[1][0]
    assert signed == store.stats()["documents"]
    # a later run recognises the copy against what is stored
    (corpus / "wire-outlet-c.txt").write_text(edited.replace("in cash", "in cash "), "utf-8")
    again = ingest([str(corpus)], store)
    assert again.ingested == 0


def test_worker_count_follows_the_size_of_the_inputs(tmp_path, monkeypatch, corpus):
    from tieline import ingest as ingest_module

    assert ingest_module.auto_workers([str(corpus)]) == 1  # a few small articles
    monkeypatch.setattr(ingest_module, "AUTO_WORKERS_MIN_BYTES", 100)
    monkeypatch.setattr(ingest_module.os, "cpu_count", lambda: 8)
    assert ingest_module.auto_workers([str(corpus)]) == 2
    assert ingest_module.auto_workers([str(tmp_path / "missing")]) == 1


def test_documents_in_other_languages_are_stored_flagged_and_not_extracted(tmp_path, nlp):
    folder = tmp_path / "news"
    folder.mkdir()
    german = [
        "Der Autohersteller Nordwerk hat am Montag die Übernahme des Zulieferers Rheinteil "
        "angekündigt. Die beiden Unternehmen wollen ihre Werke in Sachsen zusammenlegen.",
        "Die Fluggesellschaft Alpenflug bestellt zwanzig neue Maschinen und will damit ab dem "
        "kommenden Sommer mehr Ziele in Südeuropa anfliegen, sagte die Vorstandschefin.",
        "Nach einem schwachen Quartal streicht die Bank Hanseatica rund dreihundert Stellen in "
        "ihrer Zentrale und schließt mehrere Filialen im Norden des Landes.",
    ]
    for i, text in enumerate(german):
        (folder / f"de-{i}.txt").write_text(text, "utf-8")
    (folder / "en.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    store = Store(tmp_path / "t.db")
    summary = ingest([str(folder)], store, batch_size=2, options=None)
    assert summary.not_english == 3 and summary.ingested == 4
    with store.connect() as conn:
        rows = dict(conn.exec_driver_sql(
            "SELECT status, count(*) FROM documents GROUP BY status").all())
        german_evidence = conn.exec_driver_sql(
            "SELECT count(*) FROM evidence e JOIN documents d ON d.id = e.document_id "
            "WHERE d.status = 'not-english'").scalar()
    assert rows == {"extracted": 1, "not-english": 3}
    assert german_evidence == 0
