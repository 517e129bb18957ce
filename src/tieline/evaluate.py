"""Scoring predicted gold-format rows against annotated ones (shared/eval/ANNOTATION.md, "Scoring").

Pure functions over the JSON rows. Documents are matched by `id`; counts are summed over
documents (micro averages). Names are compared after mapping both sides onto the gold
document's canonical names through its entity list (names and aliases, case-insensitive,
possessive 's and company suffixes ignored), so "Microsoft Corp." predicted for "Microsoft"
gold is a match. Matching is multiset matching: a gold item is used by at most one prediction.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Iterator

from .model import RELATION_TYPES, SYMMETRIC_TYPES, RelationAttributes
from .names import key

SECTIONS = ("relations", "money", "clauses", "quotes", "posts", "events")
# Compared on matched relations: the model's relation attributes, then the modality.
RELATION_CHECKS = (*(f.name for f in fields(RelationAttributes)), "modality")
MONEY_TOLERANCE = 0.01  # relative difference allowed between predicted and gold amounts


def normalize_name(name: str | None) -> str:
    """The comparison key of a name: tieline.names.key, then a leading "the" and a trailing
    "holdings" dropped as well. Evaluation is more lenient than the store on purpose: gold
    writes a name as its article does, while the store keeps "The Times" (a paper) and
    "X Holdings" (a parent of X) apart from "Times" and "X"."""
    if not name:
        return ""
    text = re.sub(r"^the (?=\S)", "", key(name))
    return re.sub(r"(?<=\S)( holdings)+$", "", text)


class NameResolver:
    """Maps any name onto the gold document's canonical name (normalized), else onto itself."""

    def __init__(self, entities: list[dict[str, Any]] | None):
        self.table: dict[str, str] = {}
        for ent in entities or []:
            canonical = normalize_name(ent.get("name"))
            if not canonical:
                continue
            for alias in [ent.get("name"), *(ent.get("aliases") or [])]:
                self.table.setdefault(normalize_name(alias), canonical)

    def __call__(self, name: str | None) -> str:
        key = normalize_name(name)
        return self.table.get(key, key)


def _fold(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().lower() if text is not None else ""


# Each section: the key two items must share to match, given the document's resolver.
KEYS: dict[str, Callable[[dict, NameResolver], tuple]] = {
    "relations": lambda r, n: (
        (r.get("type"), *sorted((n(r.get("head")), n(r.get("tail")))))
        if r.get("type") in SYMMETRIC_TYPES
        else (r.get("type"), n(r.get("head")), n(r.get("tail")))),
    "money": lambda m, n: (n(m.get("entity")), m.get("kind")),
    "clauses": lambda c, n: (n(c.get("holder")), n(c.get("counterparty")), c.get("action")),
    "quotes": lambda q, n: (n(q.get("speaker")),),
    "posts": lambda p, n: (_fold(p.get("handle")).lstrip("@"),),
    "events": lambda e, n: (e.get("date"),),
}


def _amount_close(pred: dict, gold: dict) -> bool:
    try:
        p, g = float(pred.get("amount")), float(gold.get("amount"))
    except (TypeError, ValueError):
        return False
    return abs(p - g) <= MONEY_TOLERANCE * abs(g) if g else p == g


@dataclass
class Matching:
    """The outcome of matching one section of one document."""
    pairs: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, pred)
    missed: list[dict] = field(default_factory=list)  # false negatives (gold)
    spurious: list[dict] = field(default_factory=list)  # false positives (pred)


def match_section(section: str, gold: list[dict], pred: list[dict],
                  names: NameResolver) -> Matching:
    key = KEYS[section]
    result = Matching()
    open_gold = list(gold)
    for item in pred:
        k = key(item, names)
        candidates = [g for g in open_gold if key(g, names) == k
                      and (section != "money" or _amount_close(item, g))]
        if not candidates:
            result.spurious.append(item)
            continue
        if section == "money":  # the closest amount, so one near miss cannot steal a better pair
            candidates.sort(key=lambda g: abs(float(g["amount"]) - float(item["amount"])))
        best = candidates[0]
        open_gold.remove(best)
        result.pairs.append((best, item))
    result.missed = open_gold
    return result


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall, F1 and the counts; a ratio with nothing to divide by is None."""
    precision = tp / n_pred if n_pred else None
    recall = tp / n_gold if n_gold else None
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else None
    return {"precision": precision, "recall": recall, "f1": f1,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def _index(rows: list[dict], what: str) -> dict[str, dict]:
    by_id: dict[str, dict] = {}
    for i, row in enumerate(rows, 1):
        doc_id = row.get("id")
        if doc_id is None:
            raise ValueError(f"{what} row {i} has no 'id'")
        by_id.setdefault(str(doc_id), row)
    return by_id


def _documents(gold_rows: list[dict], pred_rows: list[dict]):
    """Yield (doc_id, gold_row, pred_row or None, resolver) for every gold document."""
    preds = _index(pred_rows, "predicted")
    for doc_id, gold in _index(gold_rows, "gold").items():
        yield doc_id, gold, preds.get(doc_id), NameResolver(gold.get("entities"))


def score(gold_rows: list[dict], pred_rows: list[dict]) -> dict[str, Any]:
    """Scores of pred_rows against gold_rows; predicted documents absent from gold are ignored
    (listed under `extra_documents`), gold documents absent from pred count as all missed."""
    totals = {s: Counter() for s in SECTIONS}
    by_type: dict[str, Counter] = {}
    attrs = Counter()  # matched relations whose object / via / modality agree
    missing: list[str] = []
    n_docs = 0
    for doc_id, gold, pred, names in _documents(gold_rows, pred_rows):
        n_docs += 1
        if pred is None:
            missing.append(doc_id)
            pred = {}
        for section in SECTIONS:
            g_items, p_items = gold.get(section) or [], pred.get(section) or []
            m = match_section(section, g_items, p_items, names)
            totals[section].update(tp=len(m.pairs), pred=len(p_items), gold=len(g_items))
            if section != "relations":
                continue
            for item, kind in [(r, "gold") for r in g_items] + [(r, "pred") for r in p_items]:
                by_type.setdefault(item.get("type"), Counter())[kind] += 1
            for g, p in m.pairs:
                by_type[g.get("type")]["tp"] += 1
                attrs["object"] += _fold(g.get("object")) == _fold(p.get("object"))
                attrs["via"] += names(g.get("via")) == names(p.get("via"))
                attrs["modality"] += g.get("modality") == p.get("modality")
    result: dict[str, Any] = {s: prf(c["tp"], c["pred"], c["gold"]) for s, c in totals.items()}
    order = {t: i for i, t in enumerate(RELATION_TYPES)}
    result["relations"]["by_type"] = {
        t: prf(c["tp"], c["pred"], c["gold"])
        for t, c in sorted(by_type.items(), key=lambda kv: (order.get(kv[0], 99), str(kv[0])))}
    matched = totals["relations"]["tp"]
    result["relations"]["attributes"] = {
        a: (attrs[a] / matched if matched else None) for a in RELATION_CHECKS}
    result["documents"] = n_docs
    result["missing_documents"] = missing
    gold_ids = set(_index(gold_rows, "gold"))
    result["extra_documents"] = [i for i in _index(pred_rows, "predicted") if i not in gold_ids]
    return result


def _describe(section: str, item: dict) -> str:
    if section == "relations":
        return f"{item.get('type')}({item.get('head')}, {item.get('tail')})"
    if section == "money":
        return (f"{item.get('entity')} {item.get('kind')} {item.get('amount'):,.0f} "
                f"{item.get('currency')}" if isinstance(item.get("amount"), (int, float))
                else f"{item.get('entity')} {item.get('kind')} {item.get('amount')}")
    if section == "clauses":
        return f"{item.get('action')}({item.get('holder')} -> {item.get('counterparty')})"
    if section == "quotes":
        return f"{item.get('speaker')}: {item.get('text')}"
    if section == "posts":
        return f"{item.get('author')} {item.get('handle')}"
    return f"{item.get('date')}: {item.get('headline')}"


def _evidence(section: str, item: dict) -> str | None:
    if section == "quotes":
        return item.get("text")
    if section == "events":
        return item.get("headline")
    return item.get("evidence")


def errors(gold_rows: list[dict], pred_rows: list[dict],
           sections: tuple[str, ...] = SECTIONS) -> list[dict[str, Any]]:
    """False negatives ("missed") and false positives ("spurious"), each with its document,
    section, a one-line description and the evidence sentence when there is one."""
    found: list[dict[str, Any]] = []
    for doc_id, gold, pred, names in _documents(gold_rows, pred_rows):
        for section in sections:
            m = match_section(section, gold.get(section) or [],
                              (pred or {}).get(section) or [], names)
            for error, items in (("missed", m.missed), ("spurious", m.spurious)):
                for item in items:
                    found.append({"document": doc_id, "section": section, "error": error,
                                  "fact": _describe(section, item),
                                  "evidence": _evidence(section, item), "item": item})
    return found


# -- precision per rule (calibration) -------------------------------------------------------------
RULED = ("relations", "money", "clauses", "quotes")  # sections whose facts carry a rule id


def judged_predictions(pairs: list[tuple[list[dict], list[dict]]],
                       sections: tuple[str, ...] = RULED) -> Iterator[tuple[str, dict, bool]]:
    """(section, predicted item, whether it matched a gold item) for every prediction, over
    (gold_rows, pred_rows) pairs (one pair per gold file)."""
    for gold_rows, pred_rows in pairs:
        for _doc, gold, pred, names in _documents(gold_rows, pred_rows):
            for section in sections:
                p_items = (pred or {}).get(section) or []
                m = match_section(section, gold.get(section) or [], p_items, names)
                matched = {id(p) for _g, p in m.pairs}
                for item in p_items:
                    yield section, item, id(item) in matched


def by_rule(pairs: list[tuple[list[dict], list[dict]]],
            sections: tuple[str, ...] = RULED) -> dict[str, Counter]:
    """Per rule id ("section|rule"): how many predictions it made ("n") and how many matched a
    gold item ("tp"). Predictions carry the rule under "rule" (as `extract --as-gold` writes
    them)."""
    counts: dict[str, Counter] = {}
    for section, item, hit in judged_predictions(pairs, sections):
        c = counts.setdefault(f"{section}|{item.get('rule') or '?'}", Counter())
        c["n"] += 1
        c["tp"] += hit
    return dict(sorted(counts.items()))


def at_floor(pred_rows: list[dict], floor: float) -> list[dict]:
    """The predicted rows as answers show them: facts below `floor` left out."""
    if not floor:
        return pred_rows
    out = []
    for row in pred_rows:
        row = dict(row)
        for section in RULED:
            row[section] = [i for i in row.get(section) or []
                            if float(i.get("confidence", 1.0)) >= floor]
        out.append(row)
    return out


def smoothed(tp: int, n: int) -> float:
    """Laplace-smoothed precision, (tp+1)/(n+2): a rule seen twice is not certain."""
    return (tp + 1) / (n + 2)


def reliability(pred_rows_by_file: list[tuple[list[dict], list[dict]]],
                edges: tuple[float, ...] = (0.0, 0.3, 0.5, 0.7, 0.85, 1.01),
                sections: tuple[str, ...] = RULED) -> list[dict[str, Any]]:
    """Calibration check: predictions bucketed by their stated confidence, with the mean
    confidence and the observed precision in each bucket."""
    buckets = [Counter() for _ in edges[:-1]]
    for _section, item, hit in judged_predictions(pred_rows_by_file, sections):
        conf = float(item.get("confidence", 0.5))
        i = next(k for k in range(len(buckets)) if conf < edges[k + 1])
        buckets[i].update(n=1, tp=int(hit))
        buckets[i]["conf"] += conf
    return [{"low": lo, "high": min(hi, 1.0), "n": b["n"],
             "confidence": b["conf"] / b["n"] if b["n"] else None,
             "precision": b["tp"] / b["n"] if b["n"] else None}
            for lo, hi, b in zip(edges, edges[1:], buckets)]


PRIOR_WEIGHT = 2  # pseudo-counts of the family's precision a rule's own counts are pooled with


def calibrate(counts: dict[str, Counter]) -> dict[str, dict[str, Any]]:
    """Calibrated confidence per rule and per rule family from by_rule counts: counts are
    summed up each ":"-separated prefix ("verb:acquire:15" -> "verb:acquire" -> "verb"), and
    each level's precision is smoothed towards its parent's, (tp + w*parent) / (n + w), with
    0.5 above the top level, so the top level is (tp+1)/(n+2)."""
    levels: dict[str, Counter] = {}
    for label, c in counts.items():
        rule = label.split("|", 1)[-1]
        parts = rule.split(":")
        for cut in range(1, len(parts) + 1):
            levels.setdefault(":".join(parts[:cut]), Counter()).update(c)
    out: dict[str, dict[str, Any]] = {}
    for rule in sorted(levels, key=lambda r: (r.count(":"), r)):
        parent = out.get(rule.rsplit(":", 1)[0]) if ":" in rule else None
        prior = parent["confidence"] if parent else 0.5
        c = levels[rule]
        conf = (c["tp"] + PRIOR_WEIGHT * prior) / (c["n"] + PRIOR_WEIGHT)
        out[rule] = {"tp": c["tp"], "n": c["n"], "confidence": round(conf, 3)}
    return dict(sorted(out.items()))
