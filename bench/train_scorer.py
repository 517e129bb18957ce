"""Leave-one-set-out figures of the confidence model, and the floor trade-off table.

Each tuning set is scored by a calibration (rule precision + per-fact model) trained on the
other tuning sets only; the confirm set by one trained on all of them, as shipped. For each,
relation and money P/R/F1 at several confidence floors (0: every fact). Predictions are
extracted once per gold file and kept in --cache (delete it after changing the rules).

    python bench/train_scorer.py                      # ../shared/eval, floors 0 .. 0.8
    python bench/train_scorer.py --floors 0 0.5 0.6 --markdown

Ship the model trained on every tuning set with
    tieline eval ../shared/eval/{seed,dev,dev-bbc,dev-modern}.jsonl \\
        --calibrate src/tieline/extract/patterns/confidence.json
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from tieline.evaluate_scorer import apply, floor_table, leave_one_out, train

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
TUNING = ("seed", "dev", "dev-bbc", "dev-modern")
CONFIRM = ("dev-news",)


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def predictions(gold: Path, cache: Path) -> list[dict]:
    """Extracted rows of a gold file, from the cache when they are there."""
    cached = cache / f"{gold.stem}.pred.jsonl"
    if not cached.is_file():
        from tieline.cli.evaluate import Run

        cache.mkdir(parents=True, exist_ok=True)
        found = list(Run([str(gold)], show_progress=False).rows())
        cached.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found),
                          encoding="utf-8")
    return rows(cached)


def figures(args) -> dict[str, list[dict]]:
    named = {n: (rows(args.eval / f"{n}.jsonl"), predictions(args.eval / f"{n}.jsonl", args.cache))
             for n in args.tuning}
    scored = leave_one_out(named)
    shipped = train(list(named.values()))
    for n in args.confirm:
        gold = args.eval / f"{n}.jsonl"
        scored[n] = apply([(rows(gold), predictions(gold, args.cache))], shipped)
    return {n: floor_table(pairs, args.floors) for n, pairs in scored.items()}


def _cell(s: dict) -> str:
    p, r, f = (s[k] if s[k] is not None else 0.0 for k in ("precision", "recall", "f1"))
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="directory of the gold files")
    parser.add_argument("--tuning", nargs="+", default=list(TUNING))
    parser.add_argument("--confirm", nargs="*", default=list(CONFIRM))
    parser.add_argument("--floors", nargs="+", type=float,
                        default=[0, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8])
    parser.add_argument("--cache", type=Path, default=Path("out/scorer"))
    parser.add_argument("--markdown", action="store_true", help="README table rows")
    args = parser.parse_args()
    for name, table in figures(args).items():
        if args.markdown:
            for row in table:
                print(f"| {name} | {row['floor']:g} | {_cell(row['relations'])} | "
                      f"{_cell(row['money'])} |")
            continue
        print(name)
        for row in table:
            rel, mon = row["relations"], row["money"]
            print(f"  floor {row['floor']:<5g} relations P/R/F1 {_cell(rel)} ({rel['pred']} facts)"
                  f"   money {_cell(mon)} ({mon['pred']} facts)")


if __name__ == "__main__":
    main()
