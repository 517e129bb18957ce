"""Ingest throughput by engine: local with 1 and 2 processes, Ray with 1 and 2 actors.

    python bench/bench_engines.py [--limit N] [--db DIR] [--corpus PATH] [--runs local1,ray2]

Each configuration ingests the same BBC business and tech articles into a fresh store, in a
child process of its own (so each starts cold and its memory is its own), and prints
articles/s, the seconds of the ingest call, and peak resident memory summed over the child and
every process under it (spaCy workers, the Ray runtime and its actors), sampled every 0.2 s.
The Ray runtime is started before the clock (`ray start` is a one-off on a cluster); loading
the model in each actor is inside it, as loading it in each worker process is for local 2.
Then the scaling ratios 2 vs 1 for each engine.

--db is where the stores go: a directory (a fresh SQLite file per run, the default a temporary
one); `open_store` below is the one place another backend is added.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc.jsonl.gz"
RUNS = {"local1": ("local", 1), "local2": ("local", 2), "ray1": ("ray", 1), "ray2": ("ray", 2)}


def write_articles(corpus: Path, limit: int, out: Path) -> int:
    count = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh, open(out, "w") as dst:
        for line in fh:
            if json.loads(line).get("category") in ("business", "tech") and count < limit:
                dst.write(line)
                count += 1
    return count


def open_store(db: str, name: str):
    from tieline.store import Store

    return Store(Path(db) / f"{name}.db")


def one(name: str, articles: str, db: str) -> None:
    """The child: one configuration's ingest; prints its summary as JSON."""
    from tieline.ingest import ingest

    engine, workers = RUNS[name]
    if engine == "ray":
        from tieline.run.ray import start_runtime
        start_runtime(workers=workers)
    with open_store(db, name) as store:
        started = time.monotonic()
        summary = ingest([articles], store, engine=engine, workers=workers)
        seconds = time.monotonic() - started
    print(json.dumps({"ingested": summary.ingested, "seconds": seconds}))


def peak_rss(process: subprocess.Popen) -> tuple[float, str]:
    """Wait for the child, sampling the summed RSS of its process tree; returns (MB, stdout)."""
    root, peak = psutil.Process(process.pid), 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    return peak / 2**20, process.stdout.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--db", default=None, help="directory for the stores (default: temp)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--runs", default=",".join(RUNS))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--articles", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return one(args.one, args.articles, args.db)
    work = Path(tempfile.mkdtemp(prefix="bench-engines-"))
    db = args.db or str(work)
    articles = work / "articles.jsonl"
    count = write_articles(args.corpus, args.limit, articles)
    print(f"{count} articles, stores under {db}")
    print(f"{'run':8} {'articles/s':>10} {'seconds':>8} {'peak MB':>8}")
    rates = {}
    for name in args.runs.split(","):
        child = subprocess.Popen(
            [sys.executable, __file__, "--one", name, "--articles", str(articles), "--db", db],
            stdout=subprocess.PIPE, text=True)
        mb, out = peak_rss(child)
        result = json.loads(out.strip().splitlines()[-1])
        rates[name] = result["ingested"] / result["seconds"]
        print(f"{name:8} {rates[name]:10.2f} {result['seconds']:8.1f} {mb:8.0f}", flush=True)
    for engine in ("local", "ray"):
        if f"{engine}1" in rates and f"{engine}2" in rates:
            print(f"{engine}: 2 vs 1 = {rates[engine + '2'] / rates[engine + '1']:.2f}x")


if __name__ == "__main__":
    main()
