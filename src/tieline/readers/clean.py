"""Unicode clean-up applied before a Document exists, so evidence offsets index the stored text.

Curly quotes and dashes are kept as written (they are part of quoted evidence); what goes is
what no reader sees: odd spaces become plain spaces, invisible characters are dropped, line
endings become \\n, and the text is NFC-composed.
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
_RUNS_OF_SPACES = re.compile(r" {2,}")
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, plain spaces, no invisible characters, \\n line ends, at most one blank line."""
    text = text.replace("\r\n", "\n").translate(_TABLE)
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
