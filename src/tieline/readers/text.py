"""Plain-text articles, with an optional header block of `Key: value` lines:

    Title: Oracle to host OpenAI workloads
    Published: 2024-06-11
    URL: https://example.org/...

    Body text ...

Without a header, a short title-like first line followed by a blank line is the title.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..model import Document
from .base import MB, RAISE_LIMIT, Problem, ReaderOptions, Source
from .build import make_document
from .decode import decode_bytes
from .sniff import Sniffed
from .structure import is_heading_like

_HEADER = re.compile(r"^(title|headline|published|date|url|link|source|author|byline|site)"
                     r"\s*:\s*(.+)$", re.I)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The `Key: value` lines (known keys only) that open the text, and the text after them."""
    header: dict[str, str] = {}
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _HEADER.match(line.strip())
        if not match:
            return header, "\n".join(lines[index:])
        header[match.group(1).lower()] = match.group(2).strip()
    return header, ""


def split_title(text: str) -> tuple[str | None, str]:
    """A first line that reads like a headline and stands alone is the title."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    if rest.startswith("\n") and is_heading_like(first) and rest.strip():
        return first.strip(), rest
    return None, text


def document_from_text(text: str, source: str) -> Document | Problem:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header, body = split_header(text)
    title = header.get("title") or header.get("headline")
    if not title:
        title, body = split_title(body)
    url = header.get("url") or header.get("link")
    site = header.get("site")
    if (value := header.get("source")) and not url and value.startswith(("http://", "https://")):
        url = value
    elif value:
        site = site or value
    published = header.get("published") or header.get("date")
    return make_document(body, source, title=title, published=published,
                         published_from="header" if published else None, url=url,
                         author=header.get("author") or header.get("byline"), site=site)


def read_text(src: Source, sniffed: Sniffed, options: ReaderOptions
              ) -> Iterator[Document | Problem]:
    data = read_limited(src, options.max_document_bytes)
    if data is None:
        yield too_large(src, options.max_document_bytes)
        return
    text = decode_bytes(data, sniffed.encoding)
    if not text.strip():
        yield Problem(src.name, "empty", "file holds only whitespace")
        return
    yield document_from_text(text, src.name)


def read_limited(src: Source, limit: int) -> bytes | None:
    """The whole input, or None when it is larger than limit (read no further than that)."""
    if src.size is not None and src.size > limit:
        return None
    with src.open() as stream:
        data = stream.read(limit + 1)
    return None if len(data) > limit else data


def too_large(src: Source, limit: int) -> Problem:
    return Problem(src.name, "too-large", f"too large to be one article (over {limit / MB:g} "
                   f"MB); {RAISE_LIMIT}")
