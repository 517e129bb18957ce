"""Word lists and rule thresholds kept as data (patterns/*.json), read once per process.

The rules import named constants from the modules that use them (lexicon, entities.words,
money.words); this module only reads the files, so a list is changed in one JSON file.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The JSON object in patterns/<name>.json."""
    text = resources.files(__package__).joinpath(f"patterns/{name}.json").read_text("utf-8")
    return json.loads(text)


def words(name: str, key: str) -> frozenset[str]:
    """A word list of patterns/<name>.json as a set."""
    return frozenset(load(name)[key])
