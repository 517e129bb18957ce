"""Readers: paths in, a stream of Documents (or Problems naming a bad input) out.

Each input's format is sniffed from its first bytes (see sniff.py), wrappers (.gz, .bz2, .xz,
.zip) are opened as streams and sniffed again inside, and every record goes through
build.make_document, so all formats are cleaned and structured the same way. Nothing raises out
of read_inputs: a bad file or record becomes a Problem and the stream goes on.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable, Iterator

from ..model import Document
from .base import Problem, ReaderOptions, Source
from .dedup import Deduplicator, Verdict
from .feeds import read_feed
from .html import read_html
from .records import read_csv, read_json, read_jsonl
from .sniff import HEAD_BYTES, Sniffed, sniff
from .sources import (DECOMPRESSION_ERRORS, ExpansionLimit, decompressed, expand, file_source,
                      zip_members)
from .structure import Structure, parse_structure
from .text import read_text
from .warc import read_warc

__all__ = ["Deduplicator", "Problem", "ReaderOptions", "Structure", "Verdict", "expand",
           "parse_structure", "read_file", "read_inputs", "read_source"]

Reader = Callable[[Source, Sniffed, ReaderOptions], Iterator[Document | Problem]]
_READERS: dict[str, Reader] = {
    "text": read_text, "html": read_html, "feed": read_feed, "jsonl": read_jsonl,
    "json": read_json, "csv": read_csv, "warc": read_warc,
}


def read_inputs(paths: list[str], options: ReaderOptions | None = None
                ) -> Iterator[Document | Problem]:
    options = options or ReaderOptions()
    for item in expand(paths, options.own_files):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_file(item, options)


def read_file(path: Path, options: ReaderOptions | None = None
              ) -> Iterator[Document | Problem]:
    try:
        src = file_source(path)
    except OSError as exc:
        yield Problem(str(path), "unreadable", f"cannot read: {exc.strerror or exc}", True)
        return
    yield from read_source(src, options or ReaderOptions())


def read_source(src: Source, options: ReaderOptions) -> Iterator[Document | Problem]:
    """Sniff src and hand it to its reader; turn whatever goes wrong into a Problem."""
    last = None
    try:
        head = _read_head(src)
        sniffed = sniff(head, src.hint, options)
        for item in _dispatch(src, sniffed, options):
            last = item.source
            yield item
    except ExpansionLimit as exc:
        yield Problem(src.name, "too-large", f"{exc}: a compression bomb, or far more than "
                      "articles pack to; not read further", True)
    except DECOMPRESSION_ERRORS as exc:
        after = f" after {last}" if last else ""
        yield Problem(src.name, "truncated", f"compressed data is cut off or corrupt{after} "
                      f"({exc or type(exc).__name__})", True)
    except UnicodeError as exc:
        yield Problem(last or src.name, "encoding", f"cannot decode text: {exc}", True)
    except OSError as exc:
        yield Problem(src.name, "unreadable", f"cannot read: {exc.strerror or exc}", True)
    except Exception as exc:  # a library failing on odd input must not end the run
        yield Problem(last or src.name, "error", f"unexpected {type(exc).__name__}: {exc}", True)


def _read_head(src: Source) -> bytes:
    """The first HEAD_BYTES, or as many as a cut-off compressed stream gives before failing."""
    chunks, size = [], 0
    with src.open() as stream:
        try:
            while size < HEAD_BYTES and (chunk := stream.read1(HEAD_BYTES - size)
                                         if hasattr(stream, "read1")
                                         else stream.read(HEAD_BYTES - size)):
                chunks.append(chunk)
                size += len(chunk)
        except DECOMPRESSION_ERRORS:
            if not chunks:
                raise
    return b"".join(chunks)


def _dispatch(src: Source, sniffed: Sniffed, options: ReaderOptions
              ) -> Iterator[Document | Problem]:
    if sniffed.format in ("gzip", "bzip2", "xz", "zip") and src.depth >= options.max_nesting:
        yield Problem(src.name, "unsupported", f"compressed or archived more than "
                      f"{options.max_nesting} times over (a .gz in a .gz ...); unpack it first",
                      True)
    elif sniffed.format in ("gzip", "bzip2", "xz"):
        yield from _read_compressed(src, sniffed.format, options)
    elif sniffed.format == "zip":
        yield from _read_zip(src, options)
    elif sniffed.format == "empty":
        what = "empty file (0 bytes)" if src.depth == 0 or src.size == 0 else "empty content"
        yield Problem(src.name, "empty", what)
    elif sniffed.format == "binary":
        yield Problem(src.name, "binary", f"{sniffed.detail}, not text")
    elif sniffed.format == "xml":
        yield Problem(src.name, "unsupported", "XML that is neither a feed nor HTML")
    else:
        yield from _READERS[sniffed.format](src, sniffed, options)


def _read_compressed(src: Source, kind: str, options: ReaderOptions
                     ) -> Iterator[Document | Problem]:
    inner = decompressed(src, kind, options.max_feed_bytes)
    if kind == "gzip" and _read_head(inner).startswith(b"WARC/"):
        # warcio reads .warc.gz itself, so record offsets are those of the file on disk.
        yield from read_warc(src, Sniffed("warc"), options)
    else:
        yield from read_source(inner, options)


def _read_zip(src: Source, options: ReaderOptions) -> Iterator[Document | Problem]:
    with src.open() as raw, zipfile.ZipFile(raw) as archive:
        if "[Content_Types].xml" in archive.namelist():
            yield Problem(src.name, "unsupported", "an Office document (docx/xlsx/pptx), not "
                          "an archive of articles")
            return
        members = list(zip_members(archive, src, options.max_feed_bytes))
        if not members:
            yield Problem(src.name, "empty", "zip archive holds no files")
        for member in members:
            if isinstance(member, Problem):
                yield member
            else:
                yield from read_source(member, options)
