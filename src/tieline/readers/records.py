"""Exports of records: JSON Lines and CSV streamed row by row, JSON documents parsed whole.

Field names come from ReaderOptions, with common alternatives tried after them; the record's
own id goes to meta["record_id"] so predictions can be written back under the gold file's id.
"""
from __future__ import annotations

import csv
import json
import re
from typing import Any, Iterator

from ..model import Document
from .base import (AUTHOR_FIELDS, DATE_FIELDS, ID_FIELDS, SITE_FIELDS, TEXT_FIELDS, TITLE_FIELDS,
                   MB, RAISE_LIMIT, URL_FIELDS, Problem, ReaderOptions, Source)
from .build import make_document
from .decode import decode_bytes, text_stream
from .html import document_from_html
from .sniff import Sniffed
from .text import read_limited

_LOOKS_LIKE_HTML = re.compile(r"^\s*<(?:!doctype|html|head|body|div|article|p)[\s>]", re.I)
_MAX_META_CHARS = 300  # extra scalar fields up to this size are kept in meta["record"]


def _first(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    """The first of names (lower-cased, as record keys are) with a non-empty value."""
    for name in map(str.lower, names):
        value = record.get(name)
        if value not in (None, "", []):
            return name, value
    return None, None


def _as_text(value: Any) -> str | None:
    if isinstance(value, list):  # e.g. a list of authors or paragraphs
        value = ", ".join(map(str, value)) if all(len(str(v)) < 80 for v in value) \
            else "\n\n".join(map(str, value))
    return None if value is None else str(value)


def record_document(record: Any, locator: str, options: ReaderOptions
                    ) -> Document | Problem:
    if not isinstance(record, dict):
        return Problem(locator, "unsupported", f"record is a JSON {type(record).__name__}, "
                       "not an object")
    record = {str(key).strip().lower(): value for key, value in record.items()}
    text_names = options.candidates(options.text_field, TEXT_FIELDS)
    text_name, text = _first(record, text_names)
    if text_name is None or not str(text).strip():
        return Problem(locator, "no-text", "record has no text (looked for "
                       + ", ".join(repr(name) for name in text_names[:4]) + ", ...)")
    id_name, record_id = _first(record, options.candidates(options.id_field, ID_FIELDS))
    date_name, published = _first(record, options.candidates(options.date_field, DATE_FIELDS))
    url_name, url = _first(record, options.candidates(options.url_field, URL_FIELDS))
    if url is None and str(record.get("source", "")).startswith(("http://", "https://")):
        url_name, url = "source", record["source"]
    title_name, title = _first(record, options.candidates(options.title_field, TITLE_FIELDS))
    author_name, author = _first(record, options.candidates(options.author_field, AUTHOR_FIELDS))
    site_name, site = _first(record, options.candidates(options.site_field, SITE_FIELDS))
    used = {text_name, id_name, date_name, url_name, title_name, author_name, site_name}
    meta: dict[str, Any] = {}
    if record_id is not None:
        meta["record_id"] = str(record_id)
    extras = {key: value for key, value in record.items() if key not in used
              and isinstance(value, (str, int, float, bool)) and len(str(value)) <= _MAX_META_CHARS}
    if extras:
        meta["record"] = extras
    text = _as_text(text)
    url = str(url) if url is not None else None
    if _LOOKS_LIKE_HTML.match(text):
        return document_from_html(text, locator, url=url, meta=meta)
    return make_document(text, locator, title=_as_text(title), published=published,
                         published_from="metadata" if published is not None else None,
                         url=url, author=_as_text(author), site=_as_text(site), meta=meta)


def read_jsonl(src: Source, sniffed: Sniffed, options: ReaderOptions
               ) -> Iterator[Document | Problem]:
    limit = options.max_document_bytes
    with src.open() as raw:
        stream = text_stream(raw, sniffed.encoding)
        number = 0
        while line := stream.readline(limit):
            number += 1
            locator = f"{src.name}:{number}"
            if len(line) >= limit and not line.endswith("\n"):
                while (rest := stream.readline(limit)) and not rest.endswith("\n"):
                    pass  # skip the rest of the oversized line without holding it
                yield Problem(locator, "too-large", f"line {number}: record over "
                              f"{limit / MB:g} MB skipped; {RAISE_LIMIT}")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield Problem(locator, "malformed", f"line {number}: invalid JSON ({exc})", True)
                continue
            yield record_document(record, locator, options)


def read_json(src: Source, sniffed: Sniffed, options: ReaderOptions
              ) -> Iterator[Document | Problem]:
    """A JSON document: one record, a list of records, or an object holding such a list."""
    data = read_limited(src, options.max_feed_bytes)
    if data is None:
        yield Problem(src.name, "too-large", f"JSON document over {options.max_feed_bytes // 2**20}"
                      " MB; export it as JSON Lines to stream it")
        return
    try:
        value = json.loads(decode_bytes(data, sniffed.encoding))
    except ValueError as exc:
        yield Problem(src.name, "malformed", f"invalid JSON ({exc})", True)
        return
    if isinstance(value, dict) and not _first(
            value, options.candidates(options.text_field, TEXT_FIELDS))[0]:
        # An envelope such as {"status": "ok", "articles": [...]}: read the list inside.
        value = next((v for v in value.values() if isinstance(v, list)
                      and v and all(isinstance(item, dict) for item in v)), value)
    if isinstance(value, list):
        for number, record in enumerate(value, start=1):
            yield record_document(record, f"{src.name}#{number}", options)
    else:
        yield record_document(value, src.name, options)


def read_csv(src: Source, sniffed: Sniffed, options: ReaderOptions
             ) -> Iterator[Document | Problem]:
    # Article bodies are long; the csv module's default field limit is 128 KB.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_document_bytes))
    with src.open() as raw:
        stream = text_stream(raw, sniffed.encoding)
        reader = csv.reader(stream, delimiter=sniffed.detail or ",")
        try:
            header = [name.strip().lstrip("\ufeff").lower() for name in next(reader)]
        except StopIteration:
            yield Problem(src.name, "empty", "CSV file without a header row")
            return
        text_names = options.candidates(options.text_field, TEXT_FIELDS)
        if not set(map(str.lower, text_names)) & set(header):
            yield Problem(src.name, "no-text", "CSV has no text column (looked for "
                          + ", ".join(repr(name) for name in text_names[:4]) + ", ...; set "
                          "text_field)")
            return
        line = reader.line_num
        while True:
            first_line = line + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = reader.line_num
                kind = "too-large" if "field larger" in str(exc) else "malformed"
                yield Problem(f"{src.name}:{first_line}", kind, f"line {first_line}: {exc}", True)
                continue
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):  # fewer is fine: trailing empty cells are often left out
                yield Problem(f"{src.name}:{first_line}", "malformed", f"line {first_line}: "
                              f"{len(row)} fields where the header has {len(header)}", True)
                continue
            yield record_document(dict(zip(header, row)), f"{src.name}:{first_line}", options)
