"""One options object for the whole tool.

The packaged `data/settings.yaml` holds every default; a user file overrides any of them, and
environment variables `TIELINE_<NAME>` override both. Commands build one Settings and hand it
down, so no stage reads its own module constants for things a user may want to change.
"""
from __future__ import annotations

import os
from functools import lru_cache
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import BadInput

DEFAULTS_FILE = "settings.yaml"
KIND_WORDS = {int: "a whole number", float: "a number", str: "text", bool: "true or false"}


@dataclass(frozen=True)
class Settings:
    extractor: str = "rules"
    batch_size: int = 64
    workers: int = 0
    dedup_threshold: float = 0.8
    max_document_mb: float = 20.0  # a float default: the type values are converted to
    min_confidence: float = 0.5
    facts_per_kind: int = 10  # newest facts per kind an entity profile or relationship shows
    graph_fanout: int = 8  # dependency facts followed per entity and side on each hop
    graph_fact_budget: int = 120  # a dependency read stops widening at this many facts
    held_back_cap: int = 1000  # a page counts held-back facts among this many newest per side
    neighbourhood_fanout: int = 100  # graph view and export: newest ties per entity and side
    neighbourhood_budget: int = 1000  # ... and they stop following entities at this many facts
    # rules extractor
    parse_batch_size: int = 32
    worker_parse_batch_size: int = 16
    parse_all_sentences: bool = True  # False: parse only sentences that can hold a fact
    # -- LLM extractor and verifier (extract/llm/; used only with extractor llm or rules+verify)
    llm_base_url: str = ""  # an OpenAI-compatible endpoint, e.g. http://localhost:11434/v1
    llm_model: str = ""
    llm_api_key: str = field(default="", repr=False)  # kept out of logs and tracebacks
    llm_timeout: float = 120.0  # seconds per request
    llm_concurrency: int = 4  # requests in flight at once
    llm_retries: int = 3  # further attempts after a 429, a 5xx or a timeout
    llm_chunk_chars: int = 6000  # longer documents are split on sentence boundaries
    llm_chunk_overlap: int = 400  # characters of whole sentences repeated between chunks
    llm_cache_dir: str = ""  # "" = $XDG_CACHE_HOME/tieline/llm; "off" disables the cache
    llm_prompt_version: str = "v1"

    @classmethod
    def load(cls, path: str | Path | None = None, env: dict[str, str] | None = None,
             **overrides: Any) -> "Settings":
        """Packaged defaults, then the user file (path, else $TIELINE_CONFIG), then the
        environment, then explicit overrides (None values are ignored)."""
        env = os.environ if env is None else env
        values = dict(_packaged())
        path = path or env.get("TIELINE_CONFIG")
        if path:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise BadInput(f"{path}: cannot read settings file ({exc.strerror})") from exc
            values.update(_read_yaml(text, str(path)))
        for f in fields(cls):
            name = f"TIELINE_{f.name.upper()}"
            if name in env:
                values[f.name] = env[name]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.from_dict(values)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "Settings":
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise BadInput(f"unknown setting {unknown[0]!r}",
                           hint="known: " + ", ".join(sorted(known)))
        typed = {}
        for name, value in values.items():
            kind = type(getattr(cls, name))
            try:
                typed[name] = value if isinstance(value, kind) else kind(value)
            except (TypeError, ValueError) as exc:
                raise BadInput(f"setting {name!r} must be {KIND_WORDS.get(kind, kind.__name__)}, "
                               f"not {value!r}") from exc
        return cls(**typed)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def but(self, **changes: Any) -> "Settings":
        """A copy with some values changed (None leaves a value as it is)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


@lru_cache(maxsize=1)
def _packaged() -> dict[str, Any]:
    """The packaged defaults, parsed once: answers load settings on every query."""
    return _read_yaml(resources.files("tieline.data").joinpath(DEFAULTS_FILE).read_text(),
                      "packaged settings")


def _read_yaml(text: str, where: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise BadInput(f"{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise BadInput(f"{where}: expected a mapping of setting names to values")
    return data
