"""Plain-text articles, with an optional header block of `Key: value` lines.

    Title: Oracle to host OpenAI workloads
    Published: 2024-06-11
    URL: https://example.org/...

    Body text ...
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..model import Document

HEADER = re.compile(r"^(title|published|date|url|source|author)\s*:\s*(.+)$", re.I)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), else None; richer detection lives with the readers."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def parse_text(text: str, source: str) -> Document:
    header: dict[str, str] = {}
    lines = text.splitlines()
    body_start = 0
    for i, line in enumerate(lines):
        match = HEADER.match(line.strip())
        if match and i == len(header):
            header[match.group(1).lower()] = match.group(2).strip()
            continue
        if header and not line.strip():
            body_start = i + 1
        else:
            body_start = i if not header else body_start
        break
    body = "\n".join(lines[body_start:]).strip() if header else text.strip()
    published = header.get("published") or header.get("date")
    return Document(
        text=body,
        source=source,
        title=header.get("title"),
        published=published if published and ISO_DATE.match(published) else None,
        published_from="header" if published else None,
        url=header.get("url"),
        author=header.get("author"),
    )


def read_text_file(path: Path) -> Iterator:
    from . import Problem

    data = path.read_bytes()
    if looks_binary(data):
        yield Problem(str(path), "binary", "binary file, not text")
        return
    text = decode(data)
    if text is None:
        yield Problem(str(path), "encoding", "not valid UTF-8 text")
        return
    if not text.strip():
        yield Problem(str(path), "empty", "file holds only whitespace")
        return
    yield parse_text(text, str(path))
