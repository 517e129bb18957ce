"""The one way every extractor builds Evidence: a span of the document and the text it covers.

The span is trimmed of surrounding whitespace, so for every fact
`document.text[ev.start:ev.end] == ev.sentence` holds, whatever kind of fact it supports.

Confidence is calibrated, not chosen by the rule: patterns/confidence.json holds each rule's
precision measured on the gold sets (`tieline eval --calibrate`), smoothed towards its
family's ("verb:acquire:15" < "verb:acquire" < "verb"), so a rule seen twice is not certain
and a rule added or renumbered since the last calibration gets its family's figure. A rule
the table does not know at any level keeps the confidence its extractor passed. The rules
extractor then refines this figure fact by fact (scorer.py).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..model import Document, Evidence
from .validity import cue_of

CALIBRATION = Path(__file__).parent / "patterns" / "confidence.json"


def load_calibration(path: Path) -> dict:
    """The calibration file: {"rules": {rule: {"tp", "n", "confidence"}}, "model": {...}}."""
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    return rule_table(load_calibration(CALIBRATION))


def rule_table(data: dict) -> dict[str, float]:
    return {rule: row["confidence"] for rule, row in data.get("rules", {}).items()}


def calibrated(rule: str, default: float = 0.5, table: dict[str, float] | None = None) -> float:
    """The calibrated confidence of `rule`, else of its nearest family, else `default`."""
    table = _table() if table is None else table
    parts = rule.split(":")
    for cut in range(len(parts), 0, -1):
        found = table.get(":".join(parts[:cut]))
        if found is not None:
            return found
    return default


def evidence(document: Document, start: int, end: int, rule: str, confidence: float = 0.5,
             modality: str = "asserted", time: str | None = None) -> Evidence:
    """Evidence for document.text[start:end] (a sentence, or the sentences a quote spans);
    `confidence` is used only for a rule the calibration table does not know."""
    text = document.text[start:end]
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    sentence = stripped.rstrip()
    cue = cue_of(sentence, document.published)
    return Evidence(document.id, start, start + len(sentence), sentence, rule,
                    calibrated(rule, confidence), modality, time, change=cue.change,
                    valid_from=cue.valid_from, valid_to=cue.valid_to)
