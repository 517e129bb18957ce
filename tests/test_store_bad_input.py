"""Bad --db paths and read-only databases: a clear message naming the input, never a traceback;
readers never write, so a database in a read-only directory can still be queried."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
from contextlib import contextmanager

import pytest
from test_query_world import build_world
from typer.testing import CliRunner

from tieline.cli import app
from tieline.store import Store, StoreError, migrations, open_store

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


@contextmanager
def read_only_directory(folder):
    """Make `folder` unwritable: chmod for a normal user; root ignores modes, so chattr +i."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a directory read-only here (root without chattr)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_db_pointing_at_a_directory_is_named(tmp_path):
    for verb in (["stats"], ["entity", "X"], ["ingest", str(tmp_path)]):
        result = run(*verb, "--db", str(tmp_path))
        assert result.exit_code == 1, result.output
        assert f"{tmp_path} is a directory, not a database file" in result.stderr
        assert "Traceback" not in result.output + result.stderr


def test_db_in_a_missing_directory_names_the_directory(tmp_path):
    missing = tmp_path / "nowhere" / "t.db"
    result = run("stats", "--db", str(missing))
    assert result.exit_code == 1
    assert f"the directory {missing.parent} does not exist" in result.stderr
    with pytest.raises(StoreError, match=f"cannot create {missing}: the directory"):
        Store(missing)
    assert not missing.parent.exists()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder\n")
    result = run("stats", "--db", str(a_file / "t.db"))
    assert result.exit_code == 1
    assert f"the directory {a_file} is a file, not a directory" in result.stderr


def test_a_database_in_a_read_only_directory_is_readable(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = build_world(folder / "world.db")  # a WAL database, closed cleanly
    before = db.read_bytes()
    with read_only_directory(folder):
        result = run("stats", "--db", str(db), "--json")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["documents"] == 7
        result = run("entity", "Helix", "--db", str(db))
        assert result.exit_code == 0, result.stderr
        assert "Helix Labs" in result.stdout
    assert db.read_bytes() == before


def test_a_reader_never_writes(tmp_path):
    db = build_world(tmp_path / "world.db")
    with open_store(db, read_only=True) as store:
        assert store.entity("Helix").name == "Helix Labs"
        with pytest.raises(StoreError, match="read-only"):
            store.save([])
        with store.engine.connect() as conn, pytest.raises(Exception, match="readonly"):
            conn.exec_driver_sql("DELETE FROM posts")


# How to take back each migration, to make a file as an older tieline left it.
def _outdated(path):
    """A database one migration behind: as an older tieline left it."""
    build_world(path)
    conn = sqlite3.connect(path)
    with conn:
        last = " ".join(migrations.MIGRATIONS[-1][2])  # undo what the latest step made
        for table in re.findall(r"CREATE TABLE (\w+)", last):
            conn.execute(f"DROP TABLE {table}")
        for index in re.findall(r"CREATE INDEX (\w+)", last):
            conn.execute(f"DROP INDEX {index}")
        conn.execute("DELETE FROM schema_migrations WHERE version = ?", (migrations.LATEST,))
    conn.close()  # the last connection checkpoints the WAL and removes it
    return path


def test_an_outdated_database_is_upgraded_by_a_reader_when_it_can_be(tmp_path):
    db = _outdated(tmp_path / "old.db")
    with open_store(db, read_only=True) as store:
        assert store.stats()["schema_version"] == migrations.LATEST


def test_an_outdated_database_that_cannot_be_upgraded_says_so(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = _outdated(folder / "old.db")
    with read_only_directory(folder):
        result = run("stats", "--db", str(db))
    assert result.exit_code == 1
    previous = migrations.MIGRATIONS[-2][0]  # step numbers may leave a gap
    assert f"{db} has schema version {previous}" in result.stderr
    assert "cannot be upgraded here" in result.stderr


@pytest.mark.parametrize("since, until, message", [
    ("2024-13", None, "--since '2024-13' has no month 13"),
    ("2024-00", None, "--since '2024-00' has no month 00"),
    ("2024-02-30", None, "--since '2024-02-30' is not a day of the calendar (2024-02 has 29"),
    ("2023-02-29", None, "--since '2023-02-29' is not a day of the calendar (2023-02 has 28"),
    (None, "24-01", "--until '24-01' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2025", "2024", "--since 2025 is after --until 2024"),
    ("2024-06-02", "2024-06-01", "--since 2024-06-02 is after --until 2024-06-01"),
])
def test_invalid_dates_are_refused(tmp_path, since, until, message):
    db = str(build_world(tmp_path / "world.db"))
    window = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    for verb in (["facts"], ["relationship", "Helix", "Microsoft"], ["digest", "--about", "Helix"]):
        result = run(*verb, *window, "--db", db)
        assert result.exit_code == 2, (verb, result.output)
        assert message in result.stderr


def test_valid_windows_still_work(tmp_path):
    db = str(build_world(tmp_path / "world.db"))
    for window in (["--since", "2024-02-29"], ["--since", "2024", "--until", "2024"],
                   ["--since", "2024-06", "--until", "2024"]):
        assert run("facts", *window, "--db", db).exit_code == 0, window


def test_errors_print_as_json_with_json(tmp_path):
    db = str(build_world(tmp_path / "world.db"))
    result = run("entity", "Helix Lab", "--db", db, "--json")
    assert result.exit_code == 1
    error = json.loads(result.stdout)
    assert error["error"] == "entity_not_found" and error["suggestions"] == ["Helix Labs"]
    result = run("facts", "--since", "2024-13", "--db", db, "--json")
    assert result.exit_code == 2 and json.loads(result.stdout)["error"] == "bad_input"
