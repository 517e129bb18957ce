"""Extraction throughput on BBC business and tech articles: full pipeline vs plain spaCy.

    python bench/bench_extract.py [--limit N] [--batch-size B] [--corpus PATH]

Both passes use the same loaded pipeline (tieline.nlp.load()), so the difference is what the
extractors cost on top of parsing. Peak RSS is the process's high-water mark after each pass.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

from tieline import nlp
from tieline.model import Document
from tieline.pipeline import extract_documents

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="articles (0: all 833)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()

    articles = load_articles(args.corpus, args.limit or None)
    texts = [a["text"] for a in articles]
    chars = sum(map(len, texts))
    pipeline = nlp.load()
    pipeline("Warm up the model.")
    print(f"{len(texts)} articles, {chars / 1e6:.2f} M characters; model loaded, "
          f"peak RSS {peak_rss_mb():.0f} MB")

    start = time.perf_counter()
    for _ in pipeline.pipe(texts, batch_size=args.batch_size):
        pass
    spacy_s = time.perf_counter() - start
    print(f"spaCy nlp.pipe only : {len(texts) / spacy_s:7.1f} articles/s "
          f"({spacy_s:.1f} s), peak RSS {peak_rss_mb():.0f} MB")

    docs = [Document(text=a["text"], source=a["id"], title=a.get("title")) for a in articles]
    facts = {"relations": 0, "money": 0, "clauses": 0, "quotes": 0}
    start = time.perf_counter()
    for ex in extract_documents(docs, batch_size=args.batch_size):
        for kind in facts:
            facts[kind] += len(getattr(ex, kind))
    full_s = time.perf_counter() - start
    print(f"full pipeline       : {len(texts) / full_s:7.1f} articles/s "
          f"({full_s:.1f} s), peak RSS {peak_rss_mb():.0f} MB")
    print(f"extraction overhead : {100 * (full_s - spacy_s) / spacy_s:.0f}% over parsing; facts: "
          + ", ".join(f"{n} {k}" for k, n in facts.items()))


if __name__ == "__main__":
    main()
