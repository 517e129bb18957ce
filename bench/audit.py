"""Real-news audit: judge stored facts from a corpus nobody tuned on, fact by fact.

    python bench/audit.py sample [--corpus PATH] [--articles 250] [--seed 9] [-n 100]
                                 [--workers 2] [--out out/audit]
    python bench/audit.py score bench/audits/JUDGMENTS.json

`sample` ingests a seeded random choice of articles into a fresh store (OUT/audit.db) and
writes OUT/sample.jsonl: N stored facts drawn at random from the relations and money figures,
each with its sentence, and the 40 most-mentioned entities with a sentence naming each. It
also writes OUT/judgments.json, a template with every fact and entity and an empty verdict:
fill in "verdict" ("right" or "wrong"; entities "ok", "junk" or "mistyped") and "reason",
then copy it under bench/audits/. Both files under out/ hold article text and stay out of
git (out/ is ignored); the judgments hold ids, spans, names and verdicts, never article text.

`score` prints relation and money precision (all sampled facts, and those at or above the
`min_confidence` floor that answers show), per relation type, and the number of junk or
mistyped entities among the 40 most mentioned. How to judge: ../shared/eval/ANNOTATION.md
(a relation is right when the sentence states that tie between those two parties, with the
right direction; a money figure when amount, currency, kind and owner are all right).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tieline.model import RELATION_TYPES
from tieline.query import fact_rows, list_entities
from tieline.settings import Settings
from tieline.store import open_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "modern.jsonl.gz"
TOP_ENTITIES = 40


def _version() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def choose_articles(corpus: Path, n: int, seed: int) -> list[dict]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return random.Random(seed).sample(rows, min(n, len(rows)))


def sample(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    articles = out / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as fh:
        for row in choose_articles(Path(args.corpus), args.articles, args.seed):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    db = out / "audit.db"
    for stale in out.glob("audit.db*"):
        stale.unlink()
    subprocess.run([sys.executable, "-m", "tieline", "ingest", str(articles), "--db", str(db),
                    "--workers", str(args.workers)], check=True)
    with open_store(db, read_only=True) as store:
        facts = [f for f in fact_rows(store) if f.kind in RELATION_TYPES or f.kind == "money"]
        chosen = random.Random(args.seed).sample(facts, min(args.n, len(facts)))
        top = list_entities(store, limit=TOP_ENTITIES)
        named = {e.name: _sentence_naming(store, e.name) for e in top}
    rows, judgments = [], []
    for f in sorted(chosen, key=lambda f: f.id):
        ev = f.evidence[0]
        ident = {"fact_id": f.id, "document_id": ev.document_id, "span": [ev.start, ev.end],
                 "kind": f.kind, "subject": f.subject, "object": f.object,
                 "detail": f.label(), "modality": f.modality, "confidence": f.confidence,
                 "rule": ev.rule}
        rows.append({**ident, "title": ev.title, "sentence": ev.sentence})
        judgments.append({**ident, "verdict": "", "reason": ""})
    entities = [{"name": e.name, "type": e.type, "mentions": e.mentions, "facts": e.facts,
                 "verdict": "", "reason": ""} for e in top]
    with (out / "sample.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        for e in entities:
            fh.write(json.dumps({"entity": e["name"], "type": e["type"],
                                 "mentions": e["mentions"], "facts": e["facts"],
                                 "sentence": named[e["name"]]}, ensure_ascii=False) + "\n")
    meta = {"corpus": Path(args.corpus).name, "articles": args.articles, "seed": args.seed,
            "n": args.n, "code_version": _version(), "facts_in_store": len(facts),
            "judged_by": "", "date": ""}
    (out / "judgments.json").write_text(json.dumps(
        {"meta": meta, "facts": judgments, "entities": entities}, indent=1,
        ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} facts of {len(facts)} and {len(entities)} entities written to "
          f"{out / 'sample.jsonl'}; fill in {out / 'judgments.json'}")


def _sentence_naming(store, name: str) -> str | None:
    found = fact_rows(store, entity=name, limit=1)
    return found[0].evidence[0].sentence if found and found[0].evidence else None


def precision(items: list[dict]) -> str:
    right = sum(i["verdict"] == "right" for i in items)
    return f"{right}/{len(items)} = {right / len(items):.2f}" if items else "-"


def score(path: Path, floor: float | None = None) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    facts = [f for f in data["facts"] if f.get("verdict") in ("right", "wrong")]
    if len(facts) < len(data["facts"]):
        print(f"note: {len(data['facts']) - len(facts)} facts have no verdict yet")
    floor = Settings.load().min_confidence if floor is None else floor
    relations = [f for f in facts if f["kind"] != "money"]
    money = [f for f in facts if f["kind"] == "money"]
    shown = [f for f in facts if f.get("confidence", 1) >= floor]
    result = {
        "relations": precision(relations), "money": precision(money),
        f"relations at confidence >= {floor:g}": precision([f for f in shown
                                                             if f["kind"] != "money"]),
        f"money at confidence >= {floor:g}": precision([f for f in shown
                                                        if f["kind"] == "money"]),
        "by kind": {k: precision([f for f in facts if f["kind"] == k])
                    for k, _ in Counter(f["kind"] for f in facts).most_common()},
    }
    entities = [e for e in data.get("entities", []) if e.get("verdict")]
    if entities:
        bad = [e["name"] for e in entities if e["verdict"] in ("junk", "mistyped")]
        result[f"junk or mistyped among the {len(entities)} most mentioned"] = \
            f"{len(bad)}: {', '.join(bad)}"
    result["meta"] = data.get("meta", {})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    s = verbs.add_parser("sample", help="build a store from a corpus and sample facts to judge")
    s.add_argument("--corpus", default=str(CORPUS))
    s.add_argument("--articles", type=int, default=250)
    s.add_argument("--seed", type=int, default=9)
    s.add_argument("-n", type=int, default=100, help="facts to sample")
    s.add_argument("--workers", type=int, default=2)
    s.add_argument("--out", default=str(ROOT / "out" / "audit"))
    c = verbs.add_parser("score", help="precision from a judgments file")
    c.add_argument("judgments", type=Path)
    c.add_argument("--floor", type=float, default=None,
                   help="confidence floor for the 'shown' figures (default: min_confidence)")
    args = parser.parse_args()
    if args.verb == "sample":
        if not Path(args.corpus).is_file():
            parser.error(f"{args.corpus}: no such corpus file")
        sample(args)
    else:
        if not args.judgments.is_file():
            parser.error(f"{args.judgments}: no such judgments file")
        print(json.dumps(score(args.judgments, args.floor), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
