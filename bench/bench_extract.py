"""Ingest throughput on BBC business and tech articles: the full pipeline vs plain spaCy.

    python bench/bench_extract.py [--limit N] [--workers W] [--corpus PATH]

Prints, in one run over the same texts:
- a plain spaCy `nlp.pipe` pass (one process, every component of the model), and
- the full tieline pipeline: read the JSONL, deduplicate, parse, extract, and store in a
  fresh SQLite file (`tieline.ingest.ingest`, with W spaCy processes),
each with articles/s, and the peak RSS of this process and of its worker processes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import tempfile
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


def peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


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
        start = time.perf_counter()
        summary = ingest([str(source)], store, workers=args.workers)
        full_s = time.perf_counter() - start
        stats = store.stats()
    print(f"full tieline ingest  : {len(texts) / full_s:6.1f} articles/s ({full_s:.1f} s, "
          f"{args.workers} worker{'s' * (args.workers > 1)}), peak RSS {peak_rss_mb():.0f} MB, "
          f"workers {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB each at most")
    print(f"ratio full / plain   : {spacy_s / full_s:.2f}x")
    print(f"stored: {summary.ingested} documents ({summary.duplicates} duplicates), "
          f"{stats['facts']} facts, {stats['evidence']} evidence rows")


if __name__ == "__main__":
    main()
