"""Answers kept on disk, keyed by (model, prompt version, request text), so a re-run of the
same documents with the same model and prompt makes no request at all.

One small JSON file per answer under the cache directory, written to a temporary name and
renamed, so concurrent runs and a crash mid-write never leave a half-written entry. Only
answers that validated are stored.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tieline" / "llm"


def key(model: str, prompt: str, text: str) -> str:
    """The cache key: model and prompt id ("extract.v1") in clear, then the text's hash."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return hashlib.sha256(f"{model}\0{prompt}\0{digest}".encode("utf-8")).hexdigest()


class Cache:
    def __init__(self, directory: str | Path | None):
        """`directory` None (or the setting "off") keeps nothing."""
        self.directory = Path(directory) if directory else None

    @classmethod
    def from_setting(cls, value: str) -> "Cache":
        if value.strip().lower() == "off":
            return cls(None)
        return cls(Path(value).expanduser() if value.strip() else default_dir())

    def _path(self, k: str) -> Path:
        assert self.directory is not None
        return self.directory / k[:2] / f"{k}.json"

    def get(self, k: str) -> Any | None:
        if self.directory is None:
            return None
        try:
            return json.loads(self._path(k).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # absent, or unreadable: ask again
            return None

    def put(self, k: str, value: Any) -> None:
        if self.directory is None:
            return
        path = self._path(k)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                             suffix=".tmp", delete=False) as fh:
                json.dump(value, fh, ensure_ascii=False)
            os.replace(fh.name, path)
        except OSError:
            pass  # a cache that cannot be written costs requests next time, nothing else
