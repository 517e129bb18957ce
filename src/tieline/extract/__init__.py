"""Extraction: a stream of Documents in, one Extraction (entities and facts with evidence) each out.

Importing this package is cheap (no spaCy): an extractor's models load only when it is built.
Pick one by name with `get_extractor(settings)`; a new one plugs in with `register(name,
"module:factory")`, where the factory takes a Settings and returns an `Extractor`.
"""
from __future__ import annotations

from .base import REGISTRY, Extractor, describe_error, get_extractor, register

register("rules", "tieline.extract.rules:RulesExtractor")

__all__ = ["REGISTRY", "Extractor", "describe_error", "get_extractor", "register", "extract"]


def __getattr__(name: str):
    # `from tieline.extract import extract`: the rules for one parsed document, loaded on use
    if name == "extract":
        from .document import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
