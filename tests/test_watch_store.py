"""Watches in the store: add, list, remove, their checks, recorded changes and feed state."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from tieline.cli import app
from tieline.store import Store, migrations, open_store
from tieline.store.base import FeedState

runner = CliRunner()


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_watches_are_added_listed_and_removed(tmp_path):
    db = tmp_path / "t.db"
    added = cli("watch", "add", "rivals", "--entity", "Quillon Systems", "--kinds",
                "supply,partner", "--min-confidence", "0.6", "--webhook",
                "http://127.0.0.1:9/hook", "--secret", "s3cret", "--atom",
                tmp_path / "rivals.atom", "--db", db, "--json")
    assert added.exit_code == 0, added.output
    saved = json.loads(added.stdout)
    assert saved["entity"] == "Quillon Systems" and saved["kinds"] == ["supply", "partner"]
    assert saved["secret"] == "***"  # never printed
    assert cli("watch", "add", "all", "--entity", "Ostrava Robotics", "--db", db).exit_code == 0
    listed = cli("watch", "list", "--db", db)
    assert "rivals: Quillon Systems (kinds supply,partner; confidence ≥ 0.6; webhook " \
        "http://127.0.0.1:9/hook (signed); atom" in listed.stdout
    assert "all: Ostrava Robotics (all kinds but quotes)" in listed.stdout
    with Store(db) as store:
        assert store.watch("rivals").secret == "s3cret"
    assert cli("watch", "remove", "rivals", "--db", db).exit_code == 0
    assert [w["name"] for w in json.loads(cli("watch", "list", "--db", db, "--json").stdout)] \
        == ["all"]
    gone = cli("watch", "remove", "rivals", "--db", db)
    assert gone.exit_code == 1 and "no watch named 'rivals'" in gone.stderr


@pytest.mark.parametrize("args, message", [
    (["--kinds", "supply,frenemy"], "--kinds 'supply,frenemy': unknown kind frenemy"),
    (["--min-confidence", "1.5"], "--min-confidence 1.5: give a number from 0 to 1"),
    (["--webhook", "ftp://x"], "--webhook 'ftp://x': give an http:// or https:// URL"),
    (["--secret", "s"], "--secret signs webhook POSTs: give --webhook too"),
    (["--atom", "/no/such/dir/x.atom"], "the directory /no/such/dir does not exist"),
])
def test_bad_watch_options_are_refused_clearly(tmp_path, args, message):
    result = cli("watch", "add", "w", "--entity", "Quillon Systems", *args,
                 "--db", tmp_path / "t.db")
    assert result.exit_code == 2 and message in result.stderr, result.output


def test_a_watch_name_is_used_once(tmp_path):
    db = tmp_path / "t.db"
    assert cli("watch", "add", "w", "--entity", "A Corp", "--db", db).exit_code == 0
    again = cli("watch", "add", "w", "--entity", "B Corp", "--db", db)
    assert again.exit_code == 2 and "a watch named 'w' exists" in again.stderr
    bad = cli("watch", "add", "two words", "--entity", "B Corp", "--db", db)
    assert bad.exit_code == 2 and "watch name 'two words'" in bad.stderr


def test_a_change_is_recorded_once_and_its_delivery_kept(store_url):  # both backends
    with open_store(store_url, create=True) as store:
        from tieline.store.base import WatchRecord
        watch = store.add_watch(WatchRecord("w", "A Corp", webhook="http://127.0.0.1:9/"))
        assert store.record_changes(watch.id, [("c1", "2025-01-02", "{}"),
                                               ("c2", None, "{}")]) == ["c1", "c2"]
        assert store.record_changes(watch.id, [("c2", None, "{}"), ("c3", None, "{}")]) \
            == ["c3"]
        store.mark_delivery(watch.id, "c1", None)
        store.mark_delivery(watch.id, "c2", "HTTP 500")
        pending = store.watch_changes(watch.id, undelivered=True)
        assert [(c.change_id, c.attempts, c.last_error) for c in pending] == \
            [("c2", 1, "HTTP 500"), ("c3", 0, None)]
        assert [c.change_id for c in store.watch_changes(watch.id)] == ["c3", "c2", "c1"]
    with open_store(store_url, create=True) as store:  # kept across a restart
        assert store.record_changes(watch.id, [("c1", None, "{}")]) == []


def test_feed_state_is_kept(store_url):  # both backends
    with open_store(store_url, create=True) as store:
        assert store.feed_state("http://x/feed") is None
        store.save_feed_state(FeedState("http://x/feed", etag='"v1"', last_modified="Mon"))
        store.save_feed_state(FeedState("http://x/feed", etag='"v2"', failures=2,
                                        retry_after="2030-01-01T00:00:00+00:00"))
    with open_store(store_url, create=True) as store:
        state = store.feed_state("http://x/feed")
        assert (state.etag, state.last_modified, state.failures) == ('"v2"', None, 2)


def test_a_step_numbered_below_the_newest_is_still_applied(tmp_path):
    """Step numbers may leave a gap (4 is reserved for another branch): a file migrated past
    a step that lands later still gets it, here step 3 as if it had just landed."""
    path = tmp_path / "t.db"
    with Store(path) as store, store.engine.begin() as conn:
        conn.execute(text("DROP TABLE document_signatures"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 3"))
    with Store(path) as store, store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM document_signatures")).scalar() == 0
        versions = [v for (v,) in conn.execute(text("SELECT version FROM schema_migrations"))]
    assert sorted(versions) == [number for number, _, _ in migrations.MIGRATIONS]


def test_running_without_a_watch_says_how_to_add_one(tmp_path):
    result = cli("watch", "run", tmp_path, "--once", "--db", tmp_path / "t.db")
    assert result.exit_code == 2
    assert "no watches saved; add one first: tieline watch add NAME --entity X" in result.stderr


def test_the_loop_runs_then_waits_the_interval_until_interrupted():
    from tieline.watch import RunReport, run_forever

    runs, waits, told = [], [], []

    def sleep(seconds):
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_forever(900, lambda: runs.append(1) or RunReport(), told.append, sleep=sleep)
    assert (len(runs), waits) == (2, [900, 900])
    assert told[0] == "0 sources polled (0 failed), 0 new documents, 0 new changes, " \
        "0 webhook deliveries"
