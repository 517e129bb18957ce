"""Bytes to text: BOMs, BOM-less UTF-16, UTF-8, and Latin-1/cp1252 without guessing per file.

UTF-8 is decoded with an error handler that reads each invalid byte as cp1252, which decodes
Latin-1 and Windows-1252 files correctly (their printable bytes are never valid UTF-8 in
running text) and repairs files that mix the two, all in one streaming pass.
"""
from __future__ import annotations

import codecs
import io
import unicodedata
from typing import BinaryIO

FALLBACK = "tieline-cp1252"
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252")
                   for b in bad), exc.end


codecs.register_error(FALLBACK, _cp1252_bytes)


def detect_encoding(head: bytes) -> str:
    """The codec for a stream starting with head: from a BOM, a NUL pattern, else UTF-8."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    sample = head[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0) / len(sample[0::2])
        odd_nuls = sample[1::2].count(0) / len(sample[1::2])
        # ASCII-range text in UTF-16 has a NUL in every other byte.
        if odd_nuls > 0.4 and even_nuls < 0.05:
            return "utf-16-le"
        if even_nuls > 0.4 and odd_nuls < 0.05:
            return "utf-16-be"
    return "utf-8"


def errors_for(encoding: str) -> str:
    return FALLBACK if encoding == "utf-8" else "replace"


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    encoding = encoding or detect_encoding(data)
    return data.decode(encoding, errors=errors_for(encoding))


def text_stream(raw: BinaryIO, encoding: str) -> io.TextIOWrapper:
    """A streaming text view of raw; newline="" keeps \\r\\n so csv can see quoted breaks."""
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors_for(encoding), newline="")


# Text in any script is almost all assigned, public characters; bytes read as UTF-16/32 are
# not (random code units land on unassigned and private-use points or controls; a lone
# surrogate is decoded as U+FFFD).
_NOT_TEXT = frozenset(("Cn", "Co"))
_TEXT_CONTROLS = "\t\n\f\r\x1b"  # tab, newlines, form feed, escape: allowed in text
_SAMPLE = 8192
_MOST_BAD = 0.05  # the share of bad characters (or bytes) above which a head is no text


def _garbled_wide(head: bytes, encoding: str) -> bool:
    text = head[:_SAMPLE].decode(encoding, errors="replace")[:-1]  # the cut last character
    bad = sum(1 for ch in text if ch == "\ufffd" or unicodedata.category(ch) in _NOT_TEXT
              or (ch < " " and ch not in _TEXT_CONTROLS))
    return bool(text) and bad / len(text) > _MOST_BAD


def looks_binary(head: bytes, encoding: str) -> bool:
    """NULs or many control bytes (or, in UTF-16/32, many non-characters) mean not text."""
    if encoding.startswith(("utf-16", "utf-32")):
        return _garbled_wide(head, encoding)
    sample = head[:_SAMPLE]
    if b"\x00" in sample:
        return True
    allowed = _TEXT_CONTROLS.encode()
    controls = sum(1 for b in sample if b < 32 and b not in allowed)
    return bool(sample) and controls / len(sample) > _MOST_BAD
