"""Training and measuring the per-fact confidence model (tieline.extract.scorer).

Predicted rows (as `extract --as-gold` writes them) carry each fact's rule id and, for
relations and money, the scorer's `features`. Training pairs them with whether the fact
matched gold: the rules' precision table is measured first (evaluate.calibrate), then a
logistic regression over the features plus the logit of the fact's rule precision is fitted
by Newton's method with an L2 penalty, which is deterministic: the same rows give the same
weights. `apply` recomputes confidences with a trained calibration, so a held-out set is
scored by a model that never saw it (`leave_one_out`).
"""
from __future__ import annotations

import copy
from collections import Counter
from typing import Any, Callable, Iterable

import numpy as np

from .evaluate import RULED, at_floor, by_rule, calibrate, judged_predictions, score
from .extract.evidence import calibrated, rule_table
from .extract.scorer import MODELLED, predict, with_prior

Pairs = list[tuple[list[dict], list[dict]]]
MIN_COUNT = 3  # a feature seen on fewer training facts gets no weight
L2 = 10.0  # penalty on the weights (not the bias), in units of one fact's log-likelihood


def _examples(pairs: Pairs, table: dict[str, float]) -> Iterable[tuple[dict[str, float], bool]]:
    for section, item, hit in judged_predictions(pairs, MODELLED):
        if item.get("features") is None:
            continue
        prior = calibrated(item.get("rule") or "?", float(item.get("confidence", 0.5)), table)
        yield with_prior(prior, item["features"]), hit


def fit(examples: list[tuple[dict[str, float], bool]], l2: float = L2,
        iterations: int = 50) -> dict[str, Any]:
    """Logistic regression weights {"bias", "weights": {feature: weight}} by Newton's method."""
    seen = Counter(name for f, _ in examples for name, v in f.items() if v)
    names = sorted(n for n, c in seen.items() if c >= MIN_COUNT or n.startswith("prior:"))
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(examples), len(names) + 1))
    x[:, -1] = 1.0  # bias
    for row, (f, _) in enumerate(examples):
        for name, value in f.items():
            if name in col:
                x[row, col[name]] = value
    y = np.array([float(hit) for _, hit in examples])
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.01  # barely: a set where every fact is right must not diverge
    w = np.zeros(len(names) + 1)
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return {"bias": round(float(w[-1]), 5),
            "weights": {n: round(float(w[i]), 5) for n, i in col.items() if abs(w[i]) > 1e-5}}


def train(pairs: Pairs, extra: Callable[[dict[str, float]], list] | None = None
          ) -> dict[str, Any]:
    """The calibration of rows `pairs`: the rules' precision table and the fact model.
    `extra`, given the rules' table, returns more (features, right) examples for the model
    (judged real-news facts: tieline.evaluate_audits)."""
    rules = calibrate(by_rule(pairs))
    table = rule_table({"rules": rules})
    examples = list(_examples(pairs, table)) + (extra(table) if extra else [])
    return {"rules": rules, "model": fit(examples) if examples else None}


def apply(pairs: Pairs, calibration: dict[str, Any]) -> Pairs:
    """Copies of the predicted rows with confidences recomputed by `calibration`."""
    table, model = rule_table(calibration), calibration.get("model")
    out = []
    for gold, pred in pairs:
        pred = copy.deepcopy(pred)
        for row in pred:
            for section in RULED:
                for item in row.get(section) or []:
                    prior = calibrated(item.get("rule") or "?",
                                       float(item.get("confidence", 0.5)), table)
                    features = item.get("features")
                    item["confidence"] = round(predict(model, prior, features), 3) \
                        if model and features is not None and section in MODELLED else prior
        out.append((gold, pred))
    return out


def leave_one_out(named: dict[str, tuple[list[dict], list[dict]]],
                  held: Iterable[str] | None = None) -> dict[str, Pairs]:
    """For each held-out set name, its (gold, pred) rows rescored by a calibration trained on
    every other set in `named`."""
    result = {}
    for name in held or named:
        others = [pair for other, pair in named.items() if other != name]
        result[name] = apply([named[name]], train(others))
    return result


def floor_table(pairs: Pairs, floors: Iterable[float],
                sections: tuple[str, ...] = ("relations", "money")) -> list[dict[str, Any]]:
    """P/R/F1 of each section at each floor (0: every fact)."""
    gold = [r for g, _ in pairs for r in g]
    pred = [r for _, p in pairs for r in p]
    out = []
    for floor in floors:
        result = score(gold, at_floor(pred, floor))
        out.append({"floor": floor, **{s: {k: result[s][k] for k in
                                           ("precision", "recall", "f1", "tp", "pred", "gold")}
                                       for s in sections}})
    return out
