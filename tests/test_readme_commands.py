"""Every `tieline …` line in the README's bash blocks runs, as written, on the demo store (the
examples/news articles ingested), with exit status 0 and no traceback."""
from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from conftest import REPO
from tieline.cli import app

runner = CliRunner()
README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[list[str]]:
    """The `tieline` lines of the README's ```bash blocks, comments dropped."""
    found = []
    for block in re.findall(r"```bash\n(.*?)```", README, re.DOTALL):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["tieline"]:
                found.append(words[1:])
    return found


COMMANDS = readme_commands()


def test_the_readme_has_commands_for_every_verb():
    verbs = {words[0] for words in COMMANDS}
    assert {"ingest", "stats", "entity", "relationship", "facts", "depends", "whatif",
            "digest", "export"} <= verbs


@pytest.fixture(scope="module")
def demo(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "tieline.db"
    result = runner.invoke(app, ["ingest", str(REPO / "examples" / "news"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w)[:60] for w in COMMANDS])
def test_readme_command_runs_on_the_demo_store(words, demo, monkeypatch):
    monkeypatch.chdir(REPO)  # inputs like examples/news are relative to the repository
    words = [str(demo / w) if w.endswith((".html", ".graphml", ".csv", ".jsonld")) else w
             for w in words]  # outputs go to the test folder, not the checkout
    result = runner.invoke(app, words, env={"TIELINE_DB": str(demo / "tieline.db"),
                                            "COLUMNS": "100"})
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert result.exit_code == 0, result.output + result.stderr


def test_readme_python_example_runs_on_the_demo_store(demo, monkeypatch):
    monkeypatch.chdir(demo)  # the example opens ./tieline.db
    [example] = [block for block in re.findall(r"```python\n(.*?)```", README, re.DOTALL)
                 if "open_store" in block]  # the store interface example
    namespace: dict = {}
    exec(compile(example, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert namespace["facts"] and namespace["facts"][0].evidence
    namespace["store"].close()
