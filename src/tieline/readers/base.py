"""What every reader shares: the Problem it reports, the options it takes, the Source it reads."""
from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import BinaryIO, Callable

MB = 1024 * 1024
# How a user raises the one-article limit (the max_document_mb setting), for messages.
RAISE_LIMIT = ("raise the max_document_mb setting to read it (tieline ingest --max-document-mb N, "
               "TIELINE_MAX_DOCUMENT_MB=N, or max_document_mb: N in a settings file)")

# Field names tried, in order, after the configured one, so common exports read without flags.
TEXT_FIELDS = ("text", "body", "content", "article", "body_text", "full_text", "maintext")
TITLE_FIELDS = ("title", "headline", "name")
DATE_FIELDS = ("published", "date", "publish_date", "published_at", "pubdate",
               "date_published", "datetime", "created_at", "timestamp")
URL_FIELDS = ("url", "link", "source_url", "href", "canonical_url")
ID_FIELDS = ("id", "_id", "doc_id", "record_id", "guid", "uuid")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
SITE_FIELDS = ("site", "publisher", "site_name", "outlet", "source_name", "domain")


@dataclass
class Problem:
    """An input that could not be read. `failed` tells broken input from a plain skip.

    kind is one short word for the run summary: missing, unreadable, empty, binary, encoding,
    malformed, truncated, no-text, unsupported, too-large, unsafe-path, own-store, skipped,
    error. `count` is how many inputs it stands for (one WARC Problem can count the records it
    skipped).
    """
    source: str
    kind: str
    message: str
    failed: bool = False
    count: int = 1

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class ReaderOptions:
    """How inputs are read. Field names are tried first; the *_FIELDS defaults after them."""
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "published"
    url_field: str = "url"
    id_field: str = "id"
    author_field: str = "author"
    site_field: str = "site"
    # A single article (text file, HTML page, one JSONL line, one WARC payload) above this size
    # is refused rather than loaded: real articles are far smaller, and memory stays bounded.
    max_document_bytes: int = 20 * MB
    # Feeds and JSON arrays are parsed whole, so they get their own, larger ceiling.
    max_feed_bytes: int = 100 * MB
    # How deep .gz/.zip wrappers may nest (a zip of gzipped files is depth 2).
    max_nesting: int = 3
    dedup_threshold: float = 0.8
    dedup_num_perm: int = 128
    # Real paths of the store this run writes (a SQLite file, its journal and lock): a store
    # kept inside the folder being ingested must not be read back as input.
    own_files: frozenset[str] = frozenset()

    def candidates(self, configured: str, defaults: tuple[str, ...]) -> tuple[str, ...]:
        return (configured,) + tuple(name for name in defaults if name != configured)


@dataclass
class Source:
    """One readable input: a file, or a member of a .gz/.zip wrapper.

    `name` is what Problems and Document.source show ("crawl.zip!day1/feed.xml"); `hint` is the
    innermost file name, used only to break ties in format detection; `open` may be called more
    than once (once to sniff the head, once to read).
    """
    name: str
    open: Callable[[], AbstractContextManager[BinaryIO]]
    hint: str
    size: int | None = None
    depth: int = 0
    packed: int | None = None  # size on disk of the file it comes from, for unpack limits
