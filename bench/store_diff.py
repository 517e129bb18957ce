"""Compare what two SQLite stores hold, row by row, ignoring ids and timestamps.

    python bench/store_diff.py A.db B.db        # exit status 0 when they hold the same
    python bench/store_diff.py --ingest OUT.db [--limit 200] [--workers 2]

Entity, fact and evidence ids are replaced by what they stand for (an entity's name, a fact's
key), so two stores written in a different order but holding the same still compare equal.
`--ingest` writes the BBC slice bench_extract.py uses into a new store, for a before/after pair.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

TABLES = {  # table: the query giving its rows by content
    "documents": "SELECT id, title, published, published_from, url, author, site, language,"
                 " source, text, meta, status FROM documents",
    "document_sources": "SELECT document_id, source, url, match FROM document_sources",
    "entities": "SELECT e.name, e.type, e.type_votes, m.name FROM entities e"
                " LEFT JOIN entities m ON m.id = e.maker_id",
    "aliases": "SELECT a.key, a.alias, e.name FROM aliases a JOIN entities e"
               " ON e.id = a.entity_id",
    "mentions": "SELECT e.name, m.document_id, m.count FROM mentions m JOIN entities e"
                " ON e.id = m.entity_id",
    "facts": "SELECT f.key, f.kind, s.name, o.name, f.attributes, f.modality, f.time,"
             " f.first_seen, f.last_seen, f.valid_from, f.valid_to, f.status FROM facts f"
             " LEFT JOIN entities s ON s.id = f.subject_id"
             " LEFT JOIN entities o ON o.id = f.object_id",
    "evidence": "SELECT f.key, v.document_id, v.start, v.\"end\", v.sentence, v.rule,"
                " v.confidence, v.modality, v.time, v.cue, v.valid_from, v.valid_to"
                " FROM evidence v JOIN facts f ON f.id = v.fact_id",
    "posts": "SELECT document_id, author, handle, date, text FROM posts",
    "events": "SELECT document_id, date, headline FROM events",
    "document_signatures": "SELECT document_id, words_key, minhash FROM document_signatures",
    "document_bands": "SELECT band, bucket, document_id FROM document_bands",
}


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows by content, sorted."""
    with sqlite3.connect(db) as conn:
        return {table: sorted(conn.execute(sql).fetchall(), key=repr)
                for table, sql in TABLES.items()}


def differences(a: Path, b: Path) -> list[str]:
    """One line per table whose rows differ (empty when the stores hold the same)."""
    ca, cb = contents(a), contents(b)
    out = []
    for table in TABLES:
        only_a = set(ca[table]) - set(cb[table])
        only_b = set(cb[table]) - set(ca[table])
        if only_a or only_b or len(ca[table]) != len(cb[table]):
            out.append(f"{table}: {len(ca[table])} vs {len(cb[table])} rows, {len(only_a)} only "
                       f"in the first, {len(only_b)} only in the second; e.g. "
                       f"{sorted(only_a, key=repr)[:1]} / {sorted(only_b, key=repr)[:1]}")
    return out


def ingest_slice(db: Path, limit: int, workers: int) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_extract import CORPUS, load_articles

    from tieline.ingest import ingest
    from tieline.store import Store
    articles = load_articles(CORPUS, limit)
    # a fixed input path: document sources name it, and two stores are compared with them
    source = Path(tempfile.gettempdir()) / f"tieline-store-diff-{limit}.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    with Store(db) as store:
        print(ingest([str(source)], store, workers=workers).line())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="*", type=Path)
    parser.add_argument("--ingest", type=Path, help="write the BBC slice into this new store")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.ingest:
        ingest_slice(args.ingest, args.limit, args.workers)
        return
    if len(args.stores) != 2:
        parser.error("give two stores to compare, or --ingest OUT.db")
    diff = differences(*args.stores)
    for counts in (contents(p) for p in args.stores):
        print(", ".join(f"{t} {len(rows)}" for t, rows in counts.items()))
    print("\n".join(diff) or "identical")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
