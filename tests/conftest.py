"""Shared fixtures: the spaCy pipeline and the PostgreSQL server, each started once per
test session."""
from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from tieline.nlp import load

    return load()


@pytest.fixture
def shared():
    """The shared evaluation data beside the repository; tests skip only when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


# -- PostgreSQL: one throwaway server per test session, a fresh database per test ----------------

def _pg_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return versions[-1].parent if versions else None


def _as_server_user(args: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the `postgres` system user."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server on loopback in a temporary directory; its base URL. Skipped only
    when the binaries are absent and CI is not set; in CI their absence fails."""
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries (pg_ctl) are missing; .ci/run installs them")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    home = Path(tempfile.mkdtemp(prefix="tieline-pg-"))
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
    data = home / "data"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-A", "trust",
                                    "-U", "tieline", "--no-locale", "-E", "UTF8"]),
                   check=True, capture_output=True)
    settings = (f"-p {port} -h 127.0.0.1 -k {home} -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c max_connections=60")
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-l",
                                    str(home / "log"), "-o", settings, "-w", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://tieline@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m",
                                        "immediate", "stop"]), capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


_databases = itertools.count(1)


def new_database(server: str) -> str:
    """A new empty database on the session's server; its URL."""
    import psycopg

    name = f"t{next(_databases)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


@pytest.fixture
def pg_url(postgres_server):
    return new_database(postgres_server)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """Where a test's store lives, once per backend: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return new_database(request.getfixturevalue("postgres_server"))
