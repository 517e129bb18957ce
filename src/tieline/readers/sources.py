"""Where inputs come from: paths (files, directories, globs) and the .gz/.bz2/.xz/.zip
wrappers around them, each turned into Sources that are opened lazily and streamed."""
from __future__ import annotations

import bz2
import glob
import gzip
import lzma
import os
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from .base import Problem, Source

_COMPRESSED = {"gzip": (lambda raw: gzip.GzipFile(fileobj=raw), ".gz"),
               "bzip2": (bz2.BZ2File, ".bz2"), "xz": (lzma.LZMAFile, ".xz")}
# Errors a decompressor raises on damaged or cut-off data (BadGzipFile is an OSError).
DECOMPRESSION_ERRORS = (EOFError, zipfile.BadZipFile, gzip.BadGzipFile, lzma.LZMAError,
                        zlib.error)


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("__MACOSX")


def expand(paths: list[str]) -> Iterator[Path | Problem]:
    """Files named by paths, directories walked recursively (hidden entries skipped, symlinked
    directories not followed), globs expanded, each level sorted."""
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Problem(raw, "missing", "no file matches this pattern", True)
        for match in matches:
            path = Path(match)
            if path.is_dir():
                yield from _walk(path)
            elif path.is_file():
                yield path
            elif path.is_symlink():
                yield Problem(str(path), "unreadable", "broken symbolic link", True)
            else:
                yield Problem(str(path), "missing", "no such file or directory", True)


def _walk(root: Path) -> Iterator[Path | Problem]:
    found = False
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if _hidden(name):
                continue
            found = True
            path = Path(folder, name)
            if path.is_file():
                yield path
            elif path.is_symlink():
                yield Problem(str(path), "unreadable", "broken symbolic link", True)
            else:
                yield Problem(str(path), "unsupported", "not a regular file (device, pipe or "
                              "socket)")
    if not found:
        yield Problem(str(root), "empty", "directory holds no files")


def file_source(path: Path) -> Source:
    return Source(name=str(path), open=lambda: open(path, "rb"), hint=path.name,
                  size=path.stat().st_size)


def decompressed(src: Source, kind: str) -> Source:
    """The content of a .gz/.bz2/.xz Source, streamed; its records keep the outer name."""
    opener, suffix = _COMPRESSED[kind]

    @contextmanager
    def open_inner() -> Iterator[BinaryIO]:
        with src.open() as raw, opener(raw) as inner:
            yield inner

    hint = src.hint[:-len(suffix)] if src.hint.lower().endswith(suffix) else src.hint
    return Source(name=src.name, open=open_inner, hint=hint, depth=src.depth + 1)


def zip_members(archive: zipfile.ZipFile, src: Source) -> Iterator[Source]:
    """A Source per file in the archive, named "archive.zip!inner/path"."""
    for info in archive.infolist():
        if info.is_dir() or any(_hidden(part) for part in info.filename.split("/")):
            continue
        yield Source(name=f"{src.name}!{info.filename}", open=_member_opener(archive, info),
                     hint=info.filename.rsplit("/", 1)[-1], size=info.file_size,
                     depth=src.depth + 1)


def _member_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo
                   ) -> Callable[[], BinaryIO]:
    return lambda: archive.open(info)
