"""A synthetic store of N facts (default 1,000,000) for measuring queries at scale.

Entities get generated names (every fifth a product, made by the organization of a develop
fact); who appears in a fact is drawn from a power law (a few hubs
in many facts, most entities in one or two), like the ties news reports. Every fact has one
evidence row in one of the generated documents (no article text). Rows are written in bulk:
COPY in PostgreSQL, executemany on one transaction in SQLite.

    python bench/make_synthetic_store.py synthetic.db
    python bench/make_synthetic_store.py postgresql://user@host/db --facts 1000000
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time

from sqlalchemy import text

from tieline.model import SUPPLY_OBJECTS
from tieline.names import fold
from tieline.names import key as name_key
from tieline.store import PostgresStore, open_store

KINDS = {"supply": 20, "use": 15, "invest": 8, "develop": 8, "partner": 15, "compete": 10,
         "employ": 10, "acquire": 4, "sue": 3, "money": 7}
SYLLABLES = ["ka", "lo", "mi", "ran", "tor", "vex", "qui", "sol", "den", "bri", "zu", "nor",
             "pel", "tas", "gri", "on", "mar", "lux", "fen", "dra"]
SUFFIXES = ["Labs", "Systems", "Holdings", "Networks", "Robotics", "Foods", "Capital", "Energy",
            "Logistics", "Health", "Motors", "Cloud", "Media", "Bank", "Chips"]
ROWS = 20_000  # per bulk batch
PRODUCT_EVERY = 5  # every fifth entity is a product; develop facts point at products


def names(n: int, rng: random.Random) -> list[str]:
    out, seen = [], set()
    while len(out) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        name = f"{word} {rng.choice(SUFFIXES)}"
        if name_key(name) not in seen and fold(name) not in seen:
            seen |= {name_key(name), fold(name)}
            out.append(name)
    return out


def power_law_picker(n: int, exponent: float, rng: random.Random):
    """Entity ids 1..n drawn with weight 1/rank**exponent (rank = id, shuffled)."""
    ranks = list(range(1, n + 1))
    rng.shuffle(ranks)
    weights = list(itertools.accumulate(1 / r ** exponent for r in ranks))
    ids = list(range(1, n + 1))
    return lambda k: rng.choices(ids, cum_weights=weights, k=k)


def attributes(kind: str, rng: random.Random) -> str:
    if kind == "money":
        return json.dumps({"kind": "funding", "amount": float(rng.randint(1, 900)) * 1e6,
                           "currency": "USD", "time": None})
    if kind in ("supply", "use", "employ"):
        return json.dumps({"object": rng.choice(SUPPLY_OBJECTS), "via": None})
    return json.dumps({"object": None, "via": None})


def rows(args, rng):
    """Yields (table, columns, list of row tuples) in foreign-key order."""
    n_entities, n_docs = args.entities, args.documents
    entity_names = names(n_entities, rng)
    day = lambda i: f"20{15 + i % 10:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"  # noqa: E731
    yield "documents", ("id", "title", "published", "source", "text", "status", "ingested_at"), [
        (f"doc{i:07d}", f"Report {i}", day(i), f"synthetic/{i}.txt", "", "extracted",
         "2025-01-01T00:00:00") for i in range(1, n_docs + 1)]
    kind_of = lambda i: "PRODUCT" if i % PRODUCT_EVERY == 0 else "ORG"  # noqa: E731
    yield "entities", ("id", "name", "type", "type_votes"), [
        (i, name, kind_of(i), f'{{"{kind_of(i)}": 1}}') for i, name in enumerate(entity_names, 1)]
    yield "aliases", ("key", "alias", "entity_id"), [
        (name_key(name), name, i) for i, name in enumerate(entity_names, 1)]
    yield "mentions", ("entity_id", "document_id", "count"), [
        (i, f"doc{rng.randint(1, n_docs):07d}", 1) for i in range(1, n_entities + 1)]
    pick = power_law_picker(n_entities, args.exponent, rng)
    kinds = rng.choices(list(KINDS), weights=list(KINDS.values()), k=args.facts)
    ends = pick(2 * args.facts)
    facts, evidence = [], []
    for i, kind in enumerate(kinds, 1):
        s, o = ends[2 * i - 2], ends[2 * i - 1]
        if kind == "develop":  # an organization makes a product: ownership stays a forest
            s, o = s - s % PRODUCT_EVERY + 1, rng.randrange(PRODUCT_EVERY, n_entities + 1,
                                                            PRODUCT_EVERY)
        if s == o:
            o = s % n_entities + 1
        d = rng.randint(1, n_docs)
        facts.append((i, json.dumps([kind, s, o, i]), kind, s, None if kind == "money" else o,
                      attributes(kind, rng), "asserted", day(d), day(d)))
        evidence.append((i, i, f"doc{d:07d}", 0, 10, f"{kind} {s} {o}.", "synthetic", 0.8,
                         "asserted"))
    yield "facts", ("id", "key", "kind", "subject_id", "object_id", "attributes", "modality",
                    "first_seen", "last_seen"), facts
    yield "evidence", ("id", "fact_id", "document_id", "start", "end", "sentence", "rule",
                       "confidence", "modality"), evidence


def write(store, table: str, columns: tuple, data: list) -> None:
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        quoted = ", ".join(f'"{c}"' for c in columns)
        if isinstance(store, PostgresStore):
            with cur.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                for row in data:
                    copy.write_row(row)
            raw.commit()
        else:  # the store's connections run in autocommit: one explicit transaction
            marks = ", ".join("?" for _ in columns)
            cur.execute("BEGIN")
            for start in range(0, len(data), ROWS):
                cur.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
                                data[start:start + ROWS])
            cur.execute("COMMIT")
    finally:
        raw.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", help="a new SQLite file or an empty PostgreSQL database URL")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--entities", type=int, default=None, help="default: facts / 10")
    parser.add_argument("--documents", type=int, default=None, help="default: facts / 20")
    parser.add_argument("--exponent", type=float, default=1.0, help="power-law exponent")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    args.entities = args.entities or max(args.facts // 10, 10)
    args.documents = args.documents or max(args.facts // 20, 1)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with open_store(args.store, create=True) as store:
        if store.stats()["facts"]:
            sys.exit(f"{store.name} already holds facts; give a new store")
        for table, columns, data in rows(args, rng):
            write(store, table, columns, data)
            print(f"{table}: {len(data)} rows ({time.perf_counter() - started:.0f}s)",
                  file=sys.stderr)
        if isinstance(store, PostgresStore):
            store.reset_identities()
            # VACUUM sets the visibility map, so counts and pages read indexes alone
            with store.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
        else:
            with store.engine.begin() as conn:
                conn.execute(text("ANALYZE"))
    print(f"built {args.facts} facts in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
