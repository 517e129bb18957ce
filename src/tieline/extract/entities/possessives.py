"""Whether a final "'s" is part of a name ("Vale's", "Trader Jim's") or a possessive."""
from __future__ import annotations

import re

CLAUSE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?", "”"})  # "at Vale's."
A_BEFORE = re.compile(r"(?:^|\W)[Aa]n? $")  # "a" opens no possessor's phrase: "a Vale's analyst"


def _article_before(sdoc, start: int) -> bool:
    """Whether the word before the name at char start is an article ("Series A Vale's" has a
    letter there, no article)."""
    span = sdoc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and sdoc[span.start - 1].tag_ == "DT"


def possessive_name(sdoc, text: str, name: str) -> bool:
    """Whether "'s" belongs to a name: the text never writes the name without it, and at least
    once the "'s" owns nothing ("Vale's said", "at Vale's.", "Vale's and Orme's", "a Vale's
    analyst")."""
    forms = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"\b(['’]s\b)?", text))
    if not all(m.group(1) for m in forms):
        return False
    for m in forms:
        if A_BEFORE.search(text[max(0, m.start() - 4):m.start()]) and _article_before(sdoc, m.start()):
            return True
        span = sdoc.char_span(m.start(1), m.end(1))
        nxt = span.end < len(sdoc) and sdoc[span.end] if span is not None else None
        if nxt is False or nxt is not None and (
                nxt.tag_ in {"VBD", "VBZ", "VBP", "MD"} or nxt.pos_ in {"AUX", "ADP", "SCONJ"}
                or nxt.text in CLAUSE_ENDS or nxt.pos_ == "CCONJ" and not any(
                    t.lower_ in {"'s", "’s"} for t in sdoc[nxt.i:nxt.i + 5])):
            return True
    return False
