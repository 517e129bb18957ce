"""The layering the store interface promises: no SQL outside store/, small modules."""
from __future__ import annotations

import ast

from conftest import REPO

SRC = REPO / "src" / "tieline"
# The restructured layers; extract/ and readers/ are checked by their own owners.
LAYERS = ["query", "store", "cli", "model.py", "facts.py", "errors.py", "gold.py",
          "evaluate.py"]


def modules(*parts: str):
    for part in parts:
        path = SRC / part
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def imports(path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
    return found


def test_query_cli_web_and_watch_hold_no_sql():
    for path in modules("query", "cli", "web", "watch"):
        bad = {name for name in imports(path)
               if name.startswith("sqlalchemy") or name.split(".")[-1] in
               ("schema", "reads", "writes", "sqlite", "migrations")}
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


def test_modules_and_functions_stay_small():
    for path in modules(*LAYERS):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 500, path
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno - node.lineno + 1 <= 80, f"{path}:{node.name}"
