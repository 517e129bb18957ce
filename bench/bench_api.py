"""HTTP latency of `tieline serve` per endpoint (figures for the README, not a test).

Fills a store with the business and tech articles of ../shared/corpus/bbc.jsonl.gz plus
examples/news (two ingest workers), serves it with uvicorn on a loopback port, and times real
HTTP requests (httpx, one at a time, keep-alive) to each API endpoint over many different
entities; prints p50/p95 per endpoint.

    python bench/bench_api.py                  # every business+tech article (833)
    python bench/bench_api.py --limit 300      # a quicker run
    python bench/bench_api.py --db bench.db    # reuse (or keep) a store
    python bench/bench_api.py --store synthetic.db   # an existing store as it is (a path or
                                               # a postgresql:// URL), e.g. the 1M-fact one

With --store the entities, pairs and scenarios are drawn from random facts with a seed, as
bench_query.py --store draws them.
"""
from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parent))
from bench_query import (CORPUS, REPO, corpus_subset, percentile,  # noqa: E402
                         sampled_workload, workload)

from tieline.ingest import ingest  # noqa: E402
from tieline.store import Store, open_store  # noqa: E402
from tieline.store.sql.schema import documents  # noqa: E402
from tieline.web import create_app  # noqa: E402


def fill(db: Path, limit: int | None, folder: Path) -> None:
    with Store(db) as store:
        with store.connect() as conn:
            if conn.execute(select(func.count()).select_from(documents)).scalar():
                return
        paths = [str(corpus_subset(limit, folder)), str(REPO / "examples" / "news")]
        print(f"ingest: {ingest(paths, store, batch_size=64, workers=2).line()}",
              file=sys.stderr)


def requests(db, per_kind: int, seed: int | None = None) -> dict[str, list[str]]:
    """URLs per endpoint, from what the store holds (busiest entities and pairs first; with
    a seed, drawn from random facts)."""
    if seed is None:  # a read-only store reads through the connection connect() holds
        with Store(db) as store, store.connect() as conn:
            calls = workload(store, conn, per_kind)
    with open_store(db, read_only=True) as store, store.connect() as conn:
        if seed is not None:
            calls = sampled_workload(conn, per_kind, seed)
        doc_ids = [i for (i,) in conn.execute(select(documents.c.id).limit(per_kind))]
    q = lambda s: quote(s, safe="")  # noqa: E731
    names = calls["entity"]
    return {
        "entity": [f"/api/entities/{q(n)}" for n in names],
        "relationship": [f"/api/relationship?a={q(a)}&b={q(b)}" for a, b in calls["relationship"]],
        "facts": [f"/api/facts?entity={q(n)}&limit=50" for n in names],
        "depends": [f"/api/depends/{q(n)}" for n in calls["depends"]],
        "dependents": [f"/api/dependents/{q(n)}" for n in names],
        "whatif": [f"/api/whatif?scenario={q(s)}" for s in calls["whatif"]],
        "graph": [f"/api/graph/{q(n)}" for n in names],
        "document": [f"/api/documents/{i}" for i in doc_ids],
        "search": [f"/api/entities?q={q(n[:3])}&limit=10" for n in names],
        "entity page": [f"/entity/{q(n)}" for n in names],
    }


def serve(db) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="business+tech articles to use")
    parser.add_argument("--db", type=Path, help="store to fill (or reuse when it exists)")
    parser.add_argument("--queries", type=int, default=40, help="requests per endpoint")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per request")
    parser.add_argument("--store", help="serve an existing store as it is (path or URL)")
    parser.add_argument("--seed", type=int, default=11,
                        help="with --store: the seed that draws the requests' arguments")
    args = parser.parse_args()
    if not args.store and not CORPUS.exists():
        sys.exit(f"{CORPUS} is missing")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.store or args.db or Path(tmp) / "bench.db"
        if not args.store:
            fill(db, args.limit, Path(tmp))
        urls = requests(db, args.queries, args.seed if args.store else None)
        server, base = serve(db)
        print(f"{'endpoint':<14}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}  statuses (load "
              f"average {os.getloadavg()[0]:.1f})")
        with httpx.Client(base_url=base, timeout=args.timeout) as client:
            for name, items in urls.items():
                if not items:
                    print(f"{name:<14}{0:>9}  (nothing in the store to ask)")
                    continue
                for url in items[:3]:  # warm the page cache and the entity list
                    try:
                        client.get(url)
                    except httpx.TimeoutException:
                        pass
                times, statuses = [], {}
                for url in items:
                    started = time.perf_counter()
                    try:
                        status = client.get(url).status_code
                    except httpx.TimeoutException:  # counted, at the timeout, and said
                        status = "timed out"
                    times.append((time.perf_counter() - started) * 1000)
                    statuses[status] = statuses.get(status, 0) + 1
                print(f"{name:<14}{len(times):>9}{percentile(times, 50):>9.1f}"
                      f"{percentile(times, 95):>9.1f}  "
                      + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
        server.should_exit = True


if __name__ == "__main__":
    main()
