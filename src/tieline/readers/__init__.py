"""Readers: paths in, a stream of Documents (or Problems naming a bad input) out."""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..model import Document
from .text import read_text_file


@dataclass
class Problem:
    """An input that could not be read. `failed` distinguishes errors from plain skips."""
    source: str
    kind: str  # missing, empty, binary, encoding, malformed, truncated, unsupported, no-text
    message: str
    failed: bool = False

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class ReaderOptions:
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "published"
    url_field: str = "url"
    id_field: str = "id"


def expand(paths: list[str]) -> Iterator[Path | Problem]:
    """Files named by paths, directories walked recursively, globs expanded, sorted."""
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Problem(raw, "missing", "no such file or directory")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file()
                               and not any(part.startswith(".") for part in p.relative_to(path).parts))
                if not files:
                    yield Problem(str(path), "empty", "directory holds no files")
                yield from files
            elif path.is_file():
                yield path
            else:
                yield Problem(str(path), "missing", "no such file or directory")


def read_inputs(paths: list[str], options: ReaderOptions | None = None
                ) -> Iterator[Document | Problem]:
    options = options or ReaderOptions()
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            yield from read_file(item, options)
        except OSError as exc:
            yield Problem(str(item), "unreadable", f"cannot read: {exc.strerror or exc}", True)


def read_file(path: Path, options: ReaderOptions) -> Iterator[Document | Problem]:
    if os.path.getsize(path) == 0:
        yield Problem(str(path), "empty", "empty file (0 bytes)")
        return
    yield from read_text_file(path)
