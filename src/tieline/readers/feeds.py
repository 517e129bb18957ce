"""RSS and Atom feeds through feedparser: one Document per entry, full content when carried."""
from __future__ import annotations

import io
import time
from typing import Any, Iterator
from xml.sax import SAXException

import feedparser
import trafilatura

from ..model import Document
from .base import Problem, ReaderOptions, Source
from .build import make_document
from .sniff import Sniffed
from .text import read_limited

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def entry_text(entry: Any) -> str:
    """The entry's longest content block (else its summary), as plain text."""
    blocks = [(c.get("value", ""), c.get("type", "text/html")) for c in entry.get("content", [])]
    if entry.get("summary"):
        blocks.append((entry.summary, entry.get("summary_detail", {}).get("type", "text/html")))
    if not blocks:
        return ""
    value, kind = max(blocks, key=lambda block: len(block[0]))
    if kind not in _HTML_TYPES or "<" not in value:
        return value
    page = f"<html><body><article>{value}</article></body></html>"
    return trafilatura.extract(page, favor_recall=True, include_comments=False) \
        or trafilatura.html2txt(page) or ""


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(src: Source, sniffed: Sniffed, options: ReaderOptions
              ) -> Iterator[Document | Problem]:
    data = read_limited(src, options.max_feed_bytes)
    if data is None:
        yield Problem(src.name, "too-large", f"feed over {options.max_feed_bytes // 2**20} MB; "
                      "raise max_feed_bytes to read it")
        return
    # A stream, never a string: feedparser fetches strings that look like URLs.
    feed = feedparser.parse(io.BytesIO(data))
    if feed.bozo and not feed.entries:
        yield Problem(src.name, "malformed", f"broken feed XML: {feed.bozo_exception}", True)
        return
    # Other bozo reasons (an encoding override, a wrong content type) are harmless.
    if feed.bozo and isinstance(feed.get("bozo_exception"), SAXException):
        yield Problem(src.name, "malformed", f"broken feed XML ({feed.bozo_exception}); "
                      f"{len(feed.entries)} entries recovered by the lenient parser")
    site = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        locator = f"{src.name}#{number}"
        text = entry_text(entry)
        if not text.strip():
            yield Problem(locator, "no-text", "feed entry without content or summary")
            continue
        published = _entry_date(entry)
        yield make_document(
            text, locator, title=entry.get("title"), published=published,
            published_from="feed" if published else None, url=entry.get("link"),
            author=entry.get("author"), site=site,
            meta={"record_id": entry["id"]} if entry.get("id") else None)
