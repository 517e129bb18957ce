"""Ingest throughput on BBC business and tech articles: the full pipeline vs plain spaCy,
with the same number of processes on both sides.

    python bench/bench_extract.py [--limit N] [--workers W] [--repeat R] [--corpus PATH]

Over the same texts, in one run, alternating the two sides R times (plain, full, plain, full…,
so both see the same load on a shared machine) and reporting the median of each:
- plain spaCy: the same model package with its default pipeline (`spacy.load`, every
  component), `nlp.pipe(texts, n_process=W)`;
- the full tieline ingest: read the JSONL, deduplicate, parse, extract, resolve and store in a
  fresh SQLite file (`tieline.ingest.ingest(workers=W)`), worker start-up included; with
  `--selective` it tags and parses only the sentences that can hold a fact (experimental).
Both sides use W processes; the ratio is full / plain articles per second.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
from multiprocessing import forkserver
import resource
import statistics
import tempfile
import threading
import time
from pathlib import Path

import spacy

from tieline import nlp
from tieline.ingest import ingest
from tieline.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc.jsonl.gz"
CATEGORIES = {"business", "tech"}
PLAIN_BATCH = 32  # documents per nlp.pipe batch (each process gets whole batches)


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


TICK = os.sysconf("SC_CLK_TCK")


def process_tree() -> dict[int, tuple[int, int]]:
    """{pid: (resident pages, CPU ticks)} of this process and all its descendants (Linux)."""
    parents: dict[int, int] = {}
    usage: dict[int, tuple[int, int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        usage[pid] = (int(fields[21]), int(fields[11]) + int(fields[12]))  # rss, utime+stime
    family, grew = {os.getpid()}, True
    while grew:
        new = {pid for pid, ppid in parents.items() if ppid in family} - family
        family |= new
        grew = bool(new)
    return {pid: usage[pid] for pid in family if pid in usage}


class Sampler(threading.Thread):
    """Samples the whole process tree while a side runs: peak memory, and CPU seconds used by
    every process of the tree (worker processes included; each process's last reading is kept,
    so a worker's final fifth of a second may be missed; the sampling itself is not counted).
    On a shared machine CPU seconds are steadier than wall time."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak, self.done, self.overhead = 0.0, threading.Event(), 0.0
        self.start_ticks: dict[int, int] = {}
        self.ticks: dict[int, int] = {}

    def sample(self) -> None:
        started = time.thread_time()
        tree = process_tree()
        self.peak = max(self.peak, sum(r for r, _ in tree.values())
                        * resource.getpagesize() / 2**20)
        for pid, (_, ticks) in tree.items():
            self.ticks[pid] = max(self.ticks.get(pid, 0), ticks)
        # reading /proc costs ~10 ms a sample: not the measured side's work (it grows with
        # wall time, so under load it would weigh on the slower side)
        self.overhead += time.thread_time() - started

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.sample()

    def __enter__(self):
        self.start_ticks = {pid: t for pid, (_, t) in process_tree().items()}
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        self.join()
        self.sample()

    @property
    def cpu_s(self) -> float:
        return (sum(t - self.start_ticks.get(pid, 0) for pid, t in self.ticks.items()) / TICK
                - self.overhead)

    @property
    def own_cpu_s(self) -> float:
        """CPU seconds of this process alone (for the ingest: reading, deduplicating,
        resolving and storing; the rest is the workers and their fork server)."""
        pid = os.getpid()
        return (self.ticks.get(pid, 0) - self.start_ticks.get(pid, 0)) / TICK - self.overhead


def plain_pass(pipeline, texts: list[str], workers: int) -> tuple[float, Sampler]:
    """Seconds and the sampler (memory, CPU) of one plain `nlp.pipe` pass with W processes."""
    with Sampler() as sampler:
        start = time.perf_counter()
        for _ in pipeline.pipe(texts, batch_size=PLAIN_BATCH, n_process=workers):
            pass
        seconds = time.perf_counter() - start
    return seconds, sampler


def full_ingest(articles: list[dict], workers: int) -> tuple[float, Sampler, str]:
    """Seconds, the sampler and a stored-contents line of one full ingest into a new store."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        store = Store(Path(tmp) / "bench.db")
        with Sampler() as sampler:
            start = time.perf_counter()
            summary = ingest([str(source)], store, workers=workers)
            seconds = time.perf_counter() - start
            # the workers' fork server (which loaded the model) outlives an ingest; stop it so
            # that every run pays its start-up, as a fresh `tieline ingest` does
            stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
            if stop is not None:
                stop()
        stats = store.stats()
    stored = (f"{summary.ingested} documents ({summary.duplicates} duplicates), "
              f"{stats['facts']} facts, {stats['evidence']} evidence rows")
    return seconds, sampler, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles (0: all 833)")
    parser.add_argument("--workers", type=int, default=2,
                        help="processes, the same on both sides")
    parser.add_argument("--repeat", type=int, default=2,
                        help="alternating runs of each side; the median is reported")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--selective", action="store_true",
                        help="the ingest parses only sentences that can hold a fact (experimental)")
    args = parser.parse_args()
    if args.selective:
        os.environ["TIELINE_PARSE_ALL_SENTENCES"] = "false"

    articles = load_articles(args.corpus, args.limit or None)
    texts = [a["text"] for a in articles]
    pipeline = spacy.load(nlp.MODEL)  # the model's own default pipeline, nothing of ours
    pipeline("Warm up the model.")
    n, w = len(texts), args.workers
    print(f"{n} articles, {sum(map(len, texts)) / 1e6:.2f} M characters; {w} process"
          f"{'es' * (w > 1)} on each side, {args.repeat} alternating runs each; "
          f"plain model loaded, peak RSS {peak_rss_mb():.0f} MB")

    plain, full = [], []
    for i in range(args.repeat):
        seconds, sampler = plain_pass(pipeline, texts, w)
        plain.append((seconds, sampler.cpu_s))
        print(f"  run {i + 1} plain spaCy : {n / seconds:6.1f} articles/s ({seconds:.1f} s, "
              f"{sampler.cpu_s:.1f} CPU s), peak RSS of all processes {sampler.peak:.0f} MB",
              flush=True)
        seconds, sampler, stored = full_ingest(articles, w)
        full.append((seconds, sampler.cpu_s))
        print(f"  run {i + 1} full ingest : {n / seconds:6.1f} articles/s ({seconds:.1f} s, "
              f"{sampler.cpu_s:.1f} CPU s, of which this process {sampler.own_cpu_s:.1f}), "
              f"peak RSS of all processes {sampler.peak:.0f} MB "
              f"(this process also holds the plain side's model)", flush=True)
    plain_s, full_s = (statistics.median(s for s, _ in runs) for runs in (plain, full))
    plain_cpu, full_cpu = (statistics.median(c for _, c in runs) for runs in (plain, full))
    print(f"plain spaCy nlp.pipe, {w} processes : {n / plain_s:6.1f} articles/s, "
          f"{plain_cpu:.1f} CPU s (medians)")
    print(f"full tieline ingest, {w} workers    : {n / full_s:6.1f} articles/s, "
          f"{full_cpu:.1f} CPU s (medians)")
    print(f"ratio full / plain at {w} processes each: {plain_s / full_s:.2f}x by wall time, "
          f"{plain_cpu / full_cpu:.2f}x by CPU seconds")
    print(f"stored: {stored}")

if __name__ == "__main__":
    main()
