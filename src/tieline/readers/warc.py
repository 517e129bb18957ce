"""WARC and WARC.gz crawl archives through warcio: HTML responses become Documents, every
other record is skipped and counted in one Problem per archive."""
from __future__ import annotations

import io
from collections import Counter
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..model import Document
from .base import MB, RAISE_LIMIT, Problem, ReaderOptions, Source
from .html import decode_html, document_from_html
from .sniff import Sniffed

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _html_response(record: ArcWarcRecord) -> str | None:
    """None for a successful HTML response, else the kind of record it is, for counting."""
    if record.rec_type not in ("response", "resource"):
        return record.rec_type
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else
                    record.rec_headers.get_header("Content-Type")) or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in _HTML_TYPES:
        return f"{record.rec_type} {mime or 'untyped'}"
    status = headers.get_statuscode() if headers else "200"
    return None if status == "200" else f"{record.rec_type} status {status}"


def _document(record: ArcWarcRecord, payload: bytes, locator: str) -> Document | Problem:
    headers = record.http_headers or record.rec_headers
    url = record.rec_headers.get_header("WARC-Target-URI")
    meta = {"record_id": record.rec_headers.get_header("WARC-Record-ID"),
            "crawled": record.rec_headers.get_header("WARC-Date")}
    charset = _charset(headers.get_header("Content-Type") or "")
    return document_from_html(decode_html(payload, charset), locator, url=url, meta=meta)


def read_warc(src: Source, sniffed: Sniffed, options: ReaderOptions
              ) -> Iterator[Document | Problem]:
    skipped: Counter[str] = Counter()
    limit = options.max_document_bytes
    with src.open() as raw:
        records = ArchiveIterator(raw)
        try:
            for record in records:
                kind = _html_response(record)
                payload = record.content_stream().read(limit + 1) if kind is None else b""
                # The offset is known once the record has been read to its end.
                locator = f"{src.name}#{records.get_record_offset()}"
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield Problem(locator, "truncated", "WARC record cut off before its "
                                  "declared length", True)
                elif kind is not None:
                    skipped[kind] += 1
                elif len(payload) > limit:
                    yield Problem(locator, "too-large", f"HTML payload over {limit / MB:g} MB; "
                                  f"{RAISE_LIMIT}")
                else:
                    yield _document(record, payload, locator)
        except ArchiveLoadFailed as exc:
            yield Problem(src.name, "malformed", f"not a readable WARC record after "
                          f"{sum(skipped.values())} skipped records: {exc}", True)
        else:
            # warcio ends quietly on a cut-off gzip member: compare where it stopped with the
            # file's length.
            if raw.seekable() and (leftover := raw.seek(0, io.SEEK_END) - records.offset) > 0:
                yield Problem(f"{src.name}#{records.offset}", "truncated", f"{leftover} bytes "
                              "after the last complete record could not be read (cut off?)",
                              True)
    if skipped:
        detail = ", ".join(f"{kind}: {count}" for kind, count in skipped.most_common())
        yield Problem(src.name, "skipped", f"skipped {sum(skipped.values())} records that are not "
                      f"HTML pages ({detail})", count=sum(skipped.values()))
