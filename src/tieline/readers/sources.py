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

from .base import MB, Problem, Source

# mode given: GzipFile reads the mode of its file object, and a GzipFile's own mode is an int.
_COMPRESSED = {"gzip": (lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"), ".gz"),
               "bzip2": (bz2.BZ2File, ".bz2"), "xz": (lzma.LZMAFile, ".xz")}
# Errors a decompressor raises on damaged or cut-off data (BadGzipFile is an OSError).
DECOMPRESSION_ERRORS = (EOFError, zipfile.BadZipFile, gzip.BadGzipFile, lzma.LZMAError,
                        zlib.error)
# Real text packs 3 to 20 times; one gzip layer cannot pass about 1,030 times, nested layers can
# go far beyond. What a wrapper unpacks stops at this many times its size on disk (and never
# below the `floor` given), so a compression bomb ends at the limit instead of filling the disk
# or the clock.
MAX_EXPANSION = 200


class ExpansionLimit(Exception):
    """A wrapper unpacked to more than its limit: most likely a compression bomb."""

    def __init__(self, limit: int):
        super().__init__(f"unpacks to more than {limit // MB} MB")
        self.limit = limit


class _Capped:
    """A read-only view of a stream that raises ExpansionLimit past `limit` bytes."""

    def __init__(self, stream: BinaryIO, limit: int):
        self._stream, self._limit, self._read = stream, limit, 0

    def _count(self, data):
        self._read += len(data)
        if self._read > self._limit:
            raise ExpansionLimit(self._limit)
        return data

    def read(self, size: int = -1) -> bytes:
        return self._count(self._stream.read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._count(self._stream.read1(size))

    def readline(self, size: int = -1) -> bytes:
        return self._count(self._stream.readline(size))

    def readinto(self, buffer) -> int:
        n = self._stream.readinto(buffer)
        self._count(memoryview(buffer)[:n])
        return n

    def readable(self) -> bool:
        return True

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def unpack_limit(src: Source, floor: int) -> int:
    """The most bytes a wrapper inside src may unpack to."""
    return max(floor, MAX_EXPANSION * (src.packed or 0))


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("__MACOSX")


def expand(paths: list[str], own: frozenset[str] = frozenset()) -> Iterator[Path | Problem]:
    """Files named by paths, directories walked recursively (hidden entries skipped, symlinked
    directories not followed), globs expanded, each level sorted. Files whose real path is in
    `own` (the store this run writes) are skipped with a Problem."""
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Problem(raw, "missing", "no file matches this pattern", True)
        for match in matches:
            path = Path(match)
            if path.is_dir():
                yield from _walk(path, own)
            elif path.is_file():
                yield _not_own(path, own)
            elif path.is_symlink():
                yield Problem(str(path), "unreadable", "broken symbolic link", True)
            else:
                yield Problem(str(path), "missing", "no such file or directory", True)


def _not_own(path: Path, own: frozenset[str]) -> Path | Problem:
    # the cheap name test first: resolving every walked path costs a system call per folder
    if not own or (path.name not in {os.path.basename(f) for f in own}
                   and not path.is_symlink()):
        return path
    if os.path.realpath(path) in own:
        return Problem(str(path), "own-store", "the database this run writes to (or its "
                       "journal or lock file); not read")
    return path


def _walk(root: Path, own: frozenset[str]) -> Iterator[Path | Problem]:
    found = False
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if _hidden(name):
                continue
            found = True
            path = Path(folder, name)
            if path.is_file():
                yield _not_own(path, own)
            elif path.is_symlink():
                yield Problem(str(path), "unreadable", "broken symbolic link", True)
            else:
                yield Problem(str(path), "unsupported", "not a regular file (device, pipe or "
                              "socket)")
    if not found:
        yield Problem(str(root), "empty", "directory holds no files")


def file_source(path: Path) -> Source:
    size = path.stat().st_size
    return Source(name=str(path), open=lambda: open(path, "rb"), hint=path.name, size=size,
                  packed=size)


def decompressed(src: Source, kind: str, floor: int) -> Source:
    """The content of a .gz/.bz2/.xz Source, streamed and capped (unpack_limit); its records
    keep the outer name."""
    opener, suffix = _COMPRESSED[kind]
    limit = unpack_limit(src, floor)

    @contextmanager
    def open_inner() -> Iterator[BinaryIO]:
        with src.open() as raw, opener(raw) as inner:
            yield _Capped(inner, limit)

    hint = src.hint[:-len(suffix)] if src.hint.lower().endswith(suffix) else src.hint
    return Source(name=src.name, open=open_inner, hint=hint, depth=src.depth + 1,
                  packed=src.packed)


def outside_archive(name: str) -> bool:
    """A member path that would land outside the archive's folder: "../x", "/etc/x", "C:x"."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def zip_members(archive: zipfile.ZipFile, src: Source, floor: int) -> Iterator[Source | Problem]:
    """A Source per file in the archive, named "archive.zip!inner/path"; a member whose path
    points outside the archive is a Problem, never read."""
    for info in archive.infolist():
        name = f"{src.name}!{info.filename}"
        if outside_archive(info.filename):
            yield Problem(name, "unsafe-path", "member path points outside the archive "
                          "('../' or absolute); not read")
            continue
        if info.is_dir() or any(_hidden(part) for part in info.filename.split("/")):
            continue
        yield Source(name=name, open=_member_opener(archive, info, unpack_limit(src, floor)),
                     hint=info.filename.rsplit("/", 1)[-1], size=info.file_size,
                     depth=src.depth + 1, packed=src.packed)


def _member_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int
                   ) -> Callable[[], BinaryIO]:
    @contextmanager
    def open_member() -> Iterator[BinaryIO]:
        with archive.open(info) as member:
            yield _Capped(member, limit)

    return open_member
