"""Does training the per-fact confidence on real-news audit judgments help? Leave one audit out.

    python bench/judged_scorer.py [--corpus ../shared/corpus/modern.jsonl.gz]

Extracts the four tuning gold sets and dev-news, and the articles of every judged audit under
bench/audits/ (grouped by the articles they sampled: the two audits of seed 9 share them).
For each audit group it prints how well three models rank the group's judged relations (AUC,
right above wrong) and how many they show at the 0.5 floor: the packaged model, a model
re-trained on the gold sets alone, and one trained on the gold sets plus the other groups'
judgments. Then the gold-only and gold-plus-all-audits models' relation P / R / F1 at floors
0.5, 0.6 and 0.7 on each gold set (dev-news is never trained on; the other three are).
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

from tieline.cli.evaluate import Run, build_extractor, read_gold
from tieline.evaluate import by_rule, calibrate
from tieline.evaluate_audits import audit_examples, read_judgments
from tieline.evaluate_scorer import _examples, apply, fit, floor_table, train
from tieline.extract.evidence import CALIBRATION, load_calibration, rule_table

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
AUDITS = ROOT / "bench" / "audits"
GROUPS = {"seed 9": ["2026-12-03-modern250.json", "2026-12-03-modern250-merged.json"],
          "seed 2026": ["2026-12-03-modern250-seed2026.json"],
          "seed 31": ["2026-12-03-modern250-seed31.json"],
          "seed 4242": ["2026-12-03-modern250-seed4242.json"],
          "seed 8080": ["2026-12-04-modern250-seed8080.json"]}
TUNING = ("seed", "dev", "dev-bbc", "dev-modern")


def confidence(model: dict, features: dict[str, float]) -> float:
    z = model["bias"] + sum(model["weights"].get(k, 0.0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def auc(scored: list[tuple[float, bool]]) -> float:
    pos = [s for s, y in scored if y]
    neg = [s for s, y in scored if not y]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / max(1, len(pos) * len(neg))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" /
                        "modern.jsonl.gz")
    args = parser.parse_args()
    extractor = build_extractor(None)
    named = {n: (read_gold(EVAL / f"{n}.jsonl"),
                 list(Run([str(EVAL / f"{n}.jsonl")], False, extractor).rows()))
             for n in (*TUNING, "dev-news")}
    tuning = [named[n] for n in TUNING]
    gold_only = train(tuning)
    table = rule_table({"rules": calibrate(by_rule(tuning))})
    gold_examples = list(_examples(tuning, table))
    audits = {}
    for group, files in GROUPS.items():
        judged = read_judgments([AUDITS / f for f in files])
        found = audit_examples(judged, args.corpus, extractor, table)
        audits[group] = found.examples
        print(f"{group}: {judged.relations} judged relations, {len(found.examples)} still "
              f"extracted ({sum(y for _, y in found.examples)} right)")
    packaged = load_calibration(CALIBRATION)["model"]
    print("\nheld-out group | packaged AUC, shown | gold-only | gold + other audits")
    for group, examples in audits.items():
        others = [e for g, ex in audits.items() if g != group for e in ex]
        cells = []
        for model in (packaged, gold_only["model"], fit(gold_examples + others)):
            scored = [(confidence(model, f), y) for f, y in examples]
            shown = [y for p, y in scored if p >= 0.5]
            cells.append(f"{auc(scored):.2f}, {sum(shown)}/{len(shown)}")
        print(f"{group} | " + " | ".join(cells))
    audited = {"rules": gold_only["rules"],
               "model": fit(gold_examples + [e for ex in audits.values() for e in ex])}
    print("\nset | floor | gold-only P / R / F1 | gold + all audits P / R / F1")
    for name, pair in named.items():
        for floor in (0.5, 0.6, 0.7):
            a = floor_table(apply([pair], gold_only), [floor])[0]["relations"]
            b = floor_table(apply([pair], audited), [floor])[0]["relations"]
            print(f"{name} | {floor} | " + " | ".join(
                f"{r['precision']:.3f} / {r['recall']:.3f} / {r['f1']:.3f}" for r in (a, b)))


if __name__ == "__main__":
    main()
