"""Query latency and database size on a real store (figures for the closing note, not a test).

Fills a store with the business and tech articles of ../shared/corpus/bbc.jsonl.gz plus
examples/news through the real ingest pipeline, then times the query layer's relationship,
entity, depends and whatif calls over many different entities and prints p50/p95 per kind and
the database size per 1,000 articles.

    python bench/bench_query.py                  # every business+tech article (833)
    python bench/bench_query.py --limit 300      # a quicker run
    python bench/bench_query.py --db bench.db    # reuse (or keep) a store
    python bench/bench_query.py --store synthetic.db   # an existing store as it is, e.g. one
    python bench/bench_query.py --store postgresql://me@localhost/synthetic  # built by
                                                 # bench/make_synthetic_store.py (1M facts)

With --store the arguments are drawn at random from stored facts (so an entity is asked about
as often as it appears in facts: hubs included, as a real query load would) and `facts` (an
entity's 50 newest facts) is timed too.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

from tieline import query
from tieline.ingest import ingest
from tieline.query.graph import DependencyGraph
from tieline.store import Store, open_store
from tieline.store.sql.schema import documents, entities, evidence, facts

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "bbc.jsonl.gz"
CATEGORIES = ("business", "tech")


def corpus_subset(limit: int | None, folder: Path) -> Path:
    """The business and tech records as a JSONL file the ingest readers take as they are."""
    out = folder / "bbc-business-tech.jsonl"
    kept = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            if json.loads(line)["category"] in CATEGORIES:
                dst.write(line)
                kept += 1
                if limit and kept >= limit:
                    break
    return out


def fill(store: Store, limit: int | None, folder: Path) -> None:
    paths = [str(corpus_subset(limit, folder)), str(REPO / "examples" / "news")]
    summary = ingest(paths, store, batch_size=64)
    print(f"ingest: {summary.line()}", file=sys.stderr)


def workload(store: Store, conn, per_kind: int) -> dict[str, list]:
    """Arguments for each query kind, taken from what the store holds (busiest first)."""
    busiest = [name for (name,) in conn.execute(
        select(entities.c.name).join(facts, facts.c.subject_id == entities.c.id)
        .group_by(entities.c.id).order_by(func.count().desc()).limit(per_kind))]
    pairs = [(a, b) for a, b in conn.execute(text(
        "SELECT s.name, o.name FROM facts f JOIN entities s ON s.id = f.subject_id "
        "JOIN entities o ON o.id = f.object_id JOIN evidence e ON e.fact_id = f.id "
        "GROUP BY f.subject_id, f.object_id ORDER BY count(*) DESC LIMIT :n"), {"n": per_kind})]
    graph = DependencyGraph.load(store)
    consumers = sorted({e.consumer for e in graph.edges if not e.ownership})[:per_kind]
    cuts = sorted({(e.provider, e.consumer) for e in graph.edges if not e.ownership})
    scenarios = [f"{p} fails" for p, _ in cuts[:per_kind // 2]]
    scenarios += [f"{p} stops supplying {c}" for p, c in cuts[:per_kind - len(scenarios)]]
    return {"relationship": pairs, "entity": busiest, "depends": consumers or busiest,
            "whatif": scenarios}


def sampled_workload(conn, per_kind: int, seed: int = 11) -> dict[str, list]:
    """Arguments drawn from random facts: entities weighted by how many facts they are in.
    Fact ids are drawn with `seed`, so two runs (and two backends holding the same store)
    time the same calls."""
    rng = random.Random(seed)
    low, high = conn.execute(text("SELECT min(id), max(id) FROM facts")).one()

    def sample(sql: str) -> list:
        found: list = []
        for _ in range(20):  # a few draws: only facts of the dependency kinds are kept
            ids = rng.sample(range(low, high + 1), min(4 * per_kind, high - low + 1))
            rows = dict((r[0], tuple(r[1:]) if len(r) > 2 else r[1]) for r in conn.execute(text(
                f"SELECT f.id, {sql} FROM facts f JOIN entities s ON s.id = f.subject_id "
                "JOIN entities o ON o.id = f.object_id WHERE f.kind IN "
                f"('supply', 'use', 'invest', 'partner') AND f.id IN ({', '.join(map(str, ids))})")))
            found += [rows[i] for i in ids if i in rows]
            if len(found) >= per_kind:
                break
        return found[:per_kind]
    names = sample("s.name")
    return {"relationship": sample("s.name, o.name"), "entity": names, "facts": names,
            "depends": sample("CASE WHEN f.kind = 'use' THEN s.name ELSE o.name END"),
            "whatif": [f"{n} fails" for n in sample(
                "CASE WHEN f.kind = 'use' THEN o.name ELSE s.name END")]}


def report(store, calls: dict[str, list]) -> None:
    print(f"{'query':<13}{'calls':>6}{'p50 ms':>9}{'p95 ms':>9}{'load':>7}")
    for kind, items in calls.items():
        if not items:
            print(f"{kind:<13}{0:>6}  (nothing in the store to ask)")
            continue
        time_calls(store, kind, items[:3])  # warm the page cache
        times = [t * 1000 for t in time_calls(store, kind, items)]
        # the 1-minute load average: figures from a shared machine say how busy it was
        print(f"{kind:<13}{len(times):>6}{percentile(times, 50):>9.1f}"
              f"{percentile(times, 95):>9.1f}{os.getloadavg()[0]:>7.1f}")


def time_calls(store: Store, kind: str, args: list) -> list[float]:
    call = {"relationship": lambda c, a: query.relationship(c, *a),
            "facts": lambda c, a: query.fact_rows(c, entity=a, limit=50),
            "entity": query.entity_summary, "depends": query.depends,
            "whatif": lambda c, a: query.whatif(c, a)}[kind]
    times = []
    for arg in args:
        started = time.perf_counter()
        try:  # each verb checks a connection out of the pool, as a CLI or web request would
            call(store, arg)
        except (query.NotFound, query.BadInput):
            pass  # a scenario the grammar cannot read still costs its lookup
        times.append(time.perf_counter() - started)
    return times


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 \
        else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="business+tech articles to use")
    parser.add_argument("--db", type=Path, help="store to fill (or reuse when it exists)")
    parser.add_argument("--store", help="time an existing store as it is (path or URL)")
    parser.add_argument("--queries", type=int, default=60, help="calls per query kind")
    parser.add_argument("--kinds", help="comma-separated query kinds to time (default: all)")
    parser.add_argument("--seed", type=int, default=11,
                        help="with --store: the seed that draws the calls' arguments")
    args = parser.parse_args()
    if args.store:
        with open_store(args.store, read_only=True) as store:
            stats = store.stats()
            print(f"store: {store.name}, {stats['entities']} entities, {stats['facts']} facts")
            with store.connect() as conn:
                calls = sampled_workload(conn, args.queries, args.seed)
            wanted = args.kinds.split(",") if args.kinds else list(calls)
            report(store, {k: v for k, v in calls.items() if k in wanted})
        return
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is missing")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        with Store(db) as store:
            with store.connect() as conn:
                empty = not conn.execute(select(func.count()).select_from(documents)).scalar()
            if empty:
                fill(store, args.limit, Path(tmp))
            with store.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            with store.connect() as conn:
                n_docs = conn.execute(select(func.count()).select_from(documents)).scalar()
                n_facts = conn.execute(select(func.count()).select_from(facts)).scalar()
                n_evidence = conn.execute(select(func.count()).select_from(evidence)).scalar()
                calls = workload(store, conn, args.queries)
            print(f"store: {n_docs} documents, {n_facts} facts, {n_evidence} evidence rows")
            print(f"database size: {db.stat().st_size / 1e6:.2f} MB, "
                  f"{db.stat().st_size / 1e6 / n_docs * 1000:.1f} MB per 1,000 articles")
            report(store, calls)


if __name__ == "__main__":
    main()
