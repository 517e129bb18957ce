"""Which reader an input needs, decided from its first bytes; the file name only breaks ties."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass

from .base import DATE_FIELDS, TEXT_FIELDS, ReaderOptions
from .decode import decode_bytes, detect_encoding, looks_binary

HEAD_BYTES = 64 * 1024

_MAGIC = (  # (prefix, format or a description of an unsupported binary)
    (b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"),
    (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"),
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"), (b"SQLite format 3\x00", "a SQLite database"),
)
_FIRST_TAG = re.compile(r"<([a-zA-Z][\w:.-]*)")
_SKIPPABLE_PROLOG = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!(?!doctype\s+html)[^>]*>)+",
                               re.I | re.S)
_HTML_TAGS = frozenset("html head body article div p meta title table section main span h1 h2 "
                       "h3 ul ol li a br link script style header nav form".split())
_FEED_ROOTS = frozenset(("rss", "feed", "rdf:rdf"))
_HTML_INSIDE = re.compile(r"<(?:html|body)[\s>]", re.I)
# "{" or "[" followed by what JSON allows there, so "[BREAKING] Alder ..." stays text.
_JSON_START = re.compile(r'^(?:\{\s*["}]|\[\s*(?:[-"{\[\]\d]|true|false|null))')
_CSV_EXTENSIONS = (".csv", ".tsv", ".tab")
_DELIMITERS = (",", "\t", ";", "|")
_JSON_LINES_EXTENSIONS = (".jsonl", ".ndjson", ".jsonlines")


@dataclass
class Sniffed:
    format: str  # empty gzip bzip2 xz zip warc feed html json jsonl csv text binary xml
    encoding: str = "utf-8"
    detail: str = ""  # what a binary looks like; the CSV dialect's delimiter


def sniff(head: bytes, hint: str, options: ReaderOptions) -> Sniffed:
    if not head:
        return Sniffed("empty")
    for prefix, kind in _MAGIC:
        if head.startswith(prefix):
            return Sniffed(kind) if " " not in kind else Sniffed("binary", detail=kind)
    encoding = detect_encoding(head)
    if looks_binary(head, encoding):
        return Sniffed("binary", detail="binary data")
    # The last few bytes of the head may be a cut multi-byte character: the error handler
    # turns them into stray characters, which sniffing never looks at.
    text = decode_bytes(head, encoding).lstrip("\ufeff \t\r\n")
    lower_hint = hint.lower()
    if text.startswith("WARC/"):
        return Sniffed("warc", encoding)
    if text.startswith("<"):
        return Sniffed(_markup_format(text), encoding)
    if _JSON_START.match(text):
        return Sniffed(_json_format(text, lower_hint), encoding)
    if delimiter := _csv_delimiter(text, lower_hint, options):
        return Sniffed("csv", encoding, detail=delimiter)
    if _HTML_INSIDE.search(text[:2048]):
        return Sniffed("html", encoding)
    return Sniffed("text", encoding)


def _markup_format(text: str) -> str:
    body = _SKIPPABLE_PROLOG.sub("", text[:8192], count=1)
    if body.lower().startswith("<!doctype html"):
        return "html"
    match = _FIRST_TAG.match(body) or _FIRST_TAG.search(body)
    root = match.group(1).lower() if match else ""
    if root in _FEED_ROOTS:
        return "feed"
    if root in _HTML_TAGS or _HTML_INSIDE.search(text[:8192]):
        return "html"
    return "xml"


def _json_format(text: str, hint: str) -> str:
    """jsonl when the first lines are JSON objects (or the file says so), else a JSON document."""
    if text.startswith("["):
        return "json"
    lines = text.split("\n")
    complete = lines[:-1] if len(lines) > 1 else []
    for line in complete[:5]:
        try:
            if isinstance(json.loads(line), dict):
                return "jsonl"
        except ValueError:
            continue
    if not complete:  # the first record is longer than the head: stream it as JSON Lines
        return "json" if hint.endswith(".json") else "jsonl"
    return "jsonl" if hint.endswith(_JSON_LINES_EXTENSIONS) else "json"


def _csv_delimiter(text: str, hint: str, options: ReaderOptions) -> str | None:
    """The delimiter when this is a CSV/TSV export: by extension, or by a header row that
    names a text column next to at least one other known column."""
    header_line = text.split("\n", 1)[0].strip("\r")
    # The header row alone decides: article text further down holds every delimiter there is.
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    delimiter = max(counts, key=counts.get)
    if not counts[delimiter]:
        delimiter = "\t" if hint.endswith((".tsv", ".tab")) else ","
    if hint.endswith(_CSV_EXTENSIONS):
        return delimiter
    if not header_line or not counts[delimiter]:
        return None
    header = {name.strip().lower() for name in next(csv.reader([header_line],
                                                               delimiter=delimiter))}
    text_names = options.candidates(options.text_field, TEXT_FIELDS)
    other_names = options.candidates(options.title_field, ("title", "id", "url")) \
        + options.candidates(options.date_field, DATE_FIELDS)
    if header & {n.lower() for n in text_names} and header & {n.lower() for n in other_names}:
        return delimiter
    return None
