"""Ingest throughput on BBC business and tech articles: the full pipeline vs plain spaCy.

    python bench/bench_extract.py [--limit N] [--workers W] [--corpus PATH]

Prints, in one run over the same texts:
- a plain spaCy `nlp.pipe` pass (one process, every component of the model), and
- the full tieline pipeline: read the JSONL, deduplicate, parse, extract, and store in a
  fresh SQLite file (`tieline.ingest.ingest`, with W spaCy processes),
each with articles/s and peak resident memory (the ingest's summed over its worker processes).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import tempfile
import threading
import time
from pathlib import Path

from tieline import nlp
from tieline.ingest import ingest
from tieline.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc.jsonl.gz"
CATEGORIES = {"business", "tech"}


def load_articles(path: Path, limit: int | None) -> list[dict]:
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("category") in CATEGORIES:
                articles.append(record)
                if limit and len(articles) >= limit:
                    break
    return articles


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def tree_rss_mb() -> float:
    """Resident memory of this process and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parents[pid], rss[pid] = int(fields[1]), int(fields[21])  # ppid, rss in pages
    family, grew = {os.getpid()}, True
    while grew:
        new = {pid for pid, ppid in parents.items() if ppid in family} - family
        family |= new
        grew = bool(new)
    return sum(rss.get(pid, 0) for pid in family) * resource.getpagesize() / 2**20


class PeakSampler(threading.Thread):
    """Samples the whole process tree's memory while the ingest runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak, self.done = 0.0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak = max(self.peak, tree_rss_mb())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles (0: all 833)")
    parser.add_argument("--workers", type=int, default=2, help="spaCy processes for ingest")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()

    articles = load_articles(args.corpus, args.limit or None)
    texts = [a["text"] for a in articles]
    pipeline = nlp.load()
    pipeline("Warm up the model.")
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e6:.2f} M characters; "
          f"model loaded, peak RSS {peak_rss_mb():.0f} MB")

    start = time.perf_counter()
    for _ in pipeline.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - start
    print(f"plain spaCy nlp.pipe : {len(texts) / spacy_s:6.1f} articles/s ({spacy_s:.1f} s), "
          f"peak RSS {peak_rss_mb():.0f} MB")

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        store = Store(Path(tmp) / "bench.db")
        sampler = PeakSampler()
        sampler.start()
        start = time.perf_counter()
        summary = ingest([str(source)], store, workers=args.workers)
        full_s = time.perf_counter() - start
        sampler.done.set()
        stats = store.stats()
    print(f"full tieline ingest  : {len(texts) / full_s:6.1f} articles/s ({full_s:.1f} s, "
          f"{args.workers} worker{'s' * (args.workers > 1)}), peak RSS of all processes "
          f"{sampler.peak:.0f} MB (this process also holds the plain pass's model)")
    print(f"ratio full / plain   : {spacy_s / full_s:.2f}x")
    print(f"stored: {summary.ingested} documents ({summary.duplicates} duplicates), "
          f"{stats['facts']} facts, {stats['evidence']} evidence rows")


if __name__ == "__main__":
    main()
