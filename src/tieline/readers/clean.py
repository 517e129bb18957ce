"""Unicode clean-up applied before a Document exists, so evidence offsets index the stored text.

Curly quotes and dashes are kept as written (they are part of quoted evidence); what goes is
what no reader sees: odd spaces become plain spaces, invisible characters are dropped, line
endings become \\n, and the text is NFC-composed. UTF-8 that was decoded once as Latin-1 or
cp1252 upstream ("Halvenâ\\x80\\x99s", "cafÃ©") is read back as UTF-8 first: left alone, its
stray letters glue onto names ("Halvenâs" as an employer).
"""
from __future__ import annotations

import re
import unicodedata

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
          "\u202f\u205f\u3000\t"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
_LINE_BREAKS = "\r\u2028\u2029\x85\x0b\x0c"
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f,
                                       *range(0x80, 0xa0)) if chr(c) not in _LINE_BREAKS)

_TABLE = str.maketrans({**dict.fromkeys(_SPACES, " "), **dict.fromkeys(_INVISIBLE),
                        **dict.fromkeys(_CONTROLS), **dict.fromkeys(_LINE_BREAKS, "\n")})
# one UTF-8 sequence read as cp1252/Latin-1: a lead byte and its continuation bytes, each
# shown as the character that byte is in Latin-1 (C1 controls) or cp1252 (curly quotes, euro).
# Only the leads of what English news holds (Latin-1 letters and signs, punctuation such as
# curly quotes and dashes, emoji): "Â", "Ã", "â", "ð" before such bytes are never meant so,
# while "É”" at the end of a quoted capitalised word may be.
_CONT = "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc" \
        "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
_MOJIBAKE = re.compile(f"[\u00c2\u00c3]{_CONT}|\u00e2{_CONT}{{2}}|\u00f0{_CONT}{{3}}")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _utf8_again(m: re.Match) -> str:
    chars = m.group()
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in chars)
        return raw.decode("utf-8")
    except UnicodeError:  # not one UTF-8 character after all: kept as written
        return chars


# a no-break space read as cp1252 whose second byte a scraper already made a plain space:
# "BloombergÂ that" ("Â" never ends an English word)
_LONE_A_CIRCUMFLEX = re.compile(r"(?<=\S)\u00c2(?= )")


def repair_mojibake(text: str) -> str:
    """"Halvenâ\\x80\\x99s" -> "Halven’s", "cafÃ©" -> "café", "sayingÂ that" -> "saying that";
    other text unchanged."""
    if "\u00c2" in text or "\u00c3" in text or "\u00e2" in text or "\u00f0" in text:
        text = _LONE_A_CIRCUMFLEX.sub("", _MOJIBAKE.sub(_utf8_again, text))
    return text


def normalize_text(text: str) -> str:
    """Mojibake read back, NFC, plain spaces, no invisible characters, \\n line ends, at most
    one blank line."""
    text = repair_mojibake(text).replace("\r\n", "\n").translate(_TABLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # Substring tests are far cheaper than the regex passes they let most texts skip.
    if "  " in text or " \n" in text or "\n " in text or "\n\n\n" in text:
        text = _RUNS_OF_SPACES.sub(" ", text)
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def normalize_line(text: str | None) -> str | None:
    """A one-line field (title, author): normalized, whitespace folded, None when empty."""
    if text is None:
        return None
    folded = " ".join(normalize_text(str(text)).split())
    return folded or None
