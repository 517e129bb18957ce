"""Real-news audit judgments as training examples for the confidence model.

The gold sets are few and were tuned on, so a model trained on them alone learns what a wrong
fact looks like in articles the rules were written for. The audits (bench/audit.py, judgments
under bench/audits/) label facts from random real news: each judged relation names its
document, kind, parties and verdict, never the article text. This module reads the judged
documents back from their corpus, extracts them with the current rules, and pairs each
extracted relation that a judgment names (same document, kind and parties) with its verdict:
(features, right) examples the logistic model trains on beside the gold ones. A judged fact
the current rules no longer extract gives no example.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import BadInput
from .evaluate import normalize_name
from .extract.evidence import calibrated
from .extract.scorer import with_prior
from .model import SYMMETRIC_TYPES

Example = tuple[dict[str, float], bool]


@dataclass
class Judged:
    """Verdicts by (document id, relation key), and what was read."""
    verdicts: dict[str, dict[tuple, bool]] = field(default_factory=lambda: defaultdict(dict))
    files: int = 0
    relations: int = 0


def relation_key(kind: str, head: str | None, tail: str | None) -> tuple:
    ends = (normalize_name(head), normalize_name(tail))
    return (kind, *sorted(ends)) if kind in SYMMETRIC_TYPES else (kind, *ends)


def read_judgments(paths: Iterable[Path]) -> Judged:
    """The relation verdicts of judgment files (money and unjudged facts left out)."""
    judged = Judged()
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            facts = data["facts"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BadInput(f"{path}: not a judgments file ({exc})") from None
        judged.files += 1
        for f in facts:
            if f.get("kind") == "money" or f.get("verdict") not in ("right", "wrong"):
                continue
            key = relation_key(f["kind"], f.get("subject"), f.get("object"))
            # the same fact judged twice (two audits of one article): a "wrong" wins
            seen = judged.verdicts[f["document_id"]].get(key, True)
            judged.verdicts[f["document_id"]][key] = seen and f["verdict"] == "right"
            judged.relations += 1
    return judged


@dataclass
class AuditExamples:
    examples: list[Example]
    unmatched: int  # judged relations the current rules no longer extract
    failed: int  # judged documents whose extraction failed


def audit_examples(judged: Judged, corpus: Path, extractor, table: dict[str, float]
                   ) -> AuditExamples:
    """(features, right) for every extracted relation a judgment names."""
    from .readers import Problem, read_inputs

    if not corpus.is_file():
        raise BadInput(f"{corpus}: no such corpus file (the audits' articles are read from it)")
    wanted = judged.verdicts
    docs = (d for d in read_inputs([str(corpus)]) if not isinstance(d, Problem) and d.id in wanted)
    examples, matched, failed = [], set(), []
    for ex in extractor.extract(docs, on_error=lambda doc, exc: failed.append(doc.id)):
        verdicts = wanted[ex.document.id]
        for rel in ex.relations:
            key = relation_key(rel.type, rel.head, rel.tail)
            ev = rel.evidence
            features = getattr(ev, "features", None) if ev is not None else None
            if key not in verdicts or features is None or (ex.document.id, key) in matched:
                continue
            matched.add((ex.document.id, key))
            prior = calibrated(ev.rule, 0.5, table)
            examples.append((with_prior(prior, features), verdicts[key]))
    total = sum(len(v) for v in wanted.values())
    return AuditExamples(examples, total - len(matched), len(failed))
