"""Quality gate: extraction scores on the shared gold files may not fall below the pinned ones.

The baseline (tests/eval_baseline.json) records, per gold file, its SHA-256 and the scores
measured when it was pinned. Raise the figures there when extraction improves; a drop below
them (beyond a small tolerance for floating point) fails the suite.
"""
from __future__ import annotations

import hashlib
import json

import pytest
from typer.testing import CliRunner

from tieline.cli import app
from conftest import REPO

BASELINE = json.loads((REPO / "tests" / "eval_baseline.json").read_text())
TOLERANCE = 0.005


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_scores_do_not_drop_below_the_baseline(name, shared, nlp):
    gold = shared / "eval" / name
    pinned = BASELINE[name]
    assert hashlib.sha256(gold.read_bytes()).hexdigest() == pinned["sha256"], (
        f"{name} changed since the baseline was pinned: re-measure and re-pin")
    result = CliRunner().invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    drops = []
    for section, metrics in pinned["scores"].items():
        for metric, floor in metrics.items():
            value = scores[section][metric]
            if value is None or value < floor - TOLERANCE:
                drops.append(f"{section} {metric}: {value} < {floor}")
    assert not drops, f"{name}: " + "; ".join(drops)
