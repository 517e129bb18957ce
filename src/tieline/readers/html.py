"""HTML pages through trafilatura: main text, title, author, date (htmldate), site, URL."""
from __future__ import annotations

import codecs
import re
from typing import Iterator

import trafilatura

from ..model import Document
from .base import Problem, ReaderOptions, Source
from .build import make_document
from .decode import decode_bytes, detect_encoding
from .sniff import Sniffed
from .text import read_limited, too_large

# Only the charset is read by hand: trafilatura wants text, and a page's declared encoding
# beats any guess (UTF-8 with the cp1252 fallback covers pages that declare nothing).
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)""", re.I)
_MIN_TEXT_CHARS = 25


def decode_html(data: bytes, charset: str | None = None) -> str:
    encoding = detect_encoding(data[:4096])
    if encoding == "utf-8" and not data.startswith(codecs.BOM_UTF8):
        declared = charset or _declared_charset(data[:4096])
        if declared:
            try:
                if codecs.lookup(declared).name not in ("utf-8", "ascii"):
                    return data.decode(declared, errors="replace")
            except LookupError:
                pass
    return decode_bytes(data, encoding)


def _declared_charset(head: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def document_from_html(html: str, source: str, *, url: str | None = None,
                       meta: dict | None = None) -> Document | Problem:
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                             include_comments=False)
    except (ValueError, TypeError, AttributeError) as exc:  # lxml chokes on some markup
        return Problem(source, "malformed", f"HTML could not be parsed: {exc}")
    text = result.text if result else ""
    if not text or len(text.strip()) < _MIN_TEXT_CHARS:
        return Problem(source, "no-text", "HTML page without main article text")
    if result.title and text.startswith(result.title + "\n"):
        text = text[len(result.title) + 1:]  # trafilatura may repeat the headline as line 1
    return make_document(text, source, title=result.title, published=result.date,
                         published_from="htmldate", url=result.url or url,
                         author=result.author, site=result.sitename or result.hostname,
                         meta=meta)


def read_html(src: Source, sniffed: Sniffed, options: ReaderOptions
              ) -> Iterator[Document | Problem]:
    data = read_limited(src, options.max_document_bytes)
    if data is None:
        yield too_large(src, options.max_document_bytes)
        return
    yield document_from_html(decode_html(data), src.name)
