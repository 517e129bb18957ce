"""The extraction code stays in small pieces: no module over 500 lines, no function over 80,
and its word lists are data that load (patterns/*.json)."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tieline"
CHECKED = sorted([*(SRC / "extract").rglob("*.py"), SRC / "nlp.py", SRC / "pipeline.py"])


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(SRC)))
def test_modules_and_functions_stay_small(path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= 500, f"{path.name} has {text.count(chr(10))} lines"
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for node in ast.walk(ast.parse(text))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > 80]
    assert not long, f"{path.name}: {long}"


def test_every_pattern_file_is_a_json_object_the_loader_reads():
    from tieline.extract.wordlists import load

    files = sorted((SRC / "extract" / "patterns").glob("*.json"))
    assert len(files) >= 5
    for f in files:
        assert isinstance(json.loads(f.read_text(encoding="utf-8")), dict)
        assert load(f.stem) is load(f.stem)  # read once per process
