"""Finding the model's quoted evidence in the document, so what is stored is the document's own
sentence and never text the model wrote.

A quote is found when it is a substring of the document after both are normalised the same way:
Unicode compatibility forms, case folded, curly quotes and dashes made plain, runs of
whitespace made one space. Nothing looser: a paraphrase is not found, and its fact is dropped.
"""
from __future__ import annotations

import unicodedata

from .sentences import sentence_at, sentence_spans

MIN_QUOTE = 12  # characters: shorter quotes ("Acme") would match anywhere, proving nothing
_PLAIN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                        "‚": "'", "`": "'", "–": "-", "—": "-", "‑": "-", "‐": "-", "…": "..."})


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_PLAIN).casefold()


class Grounder:
    """One document's text, normalised once, with a map back to its character offsets."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        chars: list[str] = []
        self.origin: list[int] = []  # normalised index -> index in text
        for i, ch in enumerate(text):
            if ch.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    self.origin.append(i)
                continue
            for out in _fold(ch):
                chars.append(out)
                self.origin.append(i)
        self.folded = "".join(chars)

    def locate(self, quote: str | None, near: tuple[int, int] | None = None
               ) -> tuple[int, int] | None:
        """The (start, end) of the quote in the text, preferring an occurrence inside `near`
        (the chunk the model read); None when it is not there or too short to mean anything."""
        needle = " ".join(_fold(quote or "").split()).strip(" \"'")
        if len(needle) < MIN_QUOTE:
            return None
        hits = []
        at = self.folded.find(needle)
        while at != -1 and len(hits) < 50:
            hits.append(at)
            at = self.folded.find(needle, at + 1)
        if not hits:
            return None
        if near is not None:
            inside = [h for h in hits if near[0] <= self.origin[h] < near[1]]
            hits = inside or hits
        start = self.origin[hits[0]]
        end = self.origin[hits[0] + len(needle) - 1] + 1
        return start, end

    def sentence(self, quote: str | None, near: tuple[int, int] | None = None
                 ) -> tuple[int, int] | None:
        """The span of the sentence(s) holding the quote, or None when it is not found."""
        found = self.locate(quote, near)
        return sentence_at(self.spans, *found) if found else None

    def mentions(self, name: str) -> int:
        """How often a name occurs in the text (normalised, whole words)."""
        needle = " ".join(_fold(name).split())
        if not needle:
            return 0
        count, at = 0, self.folded.find(needle)
        while at != -1:
            before = self.folded[at - 1] if at else " "
            after = self.folded[at + len(needle)] if at + len(needle) < len(self.folded) else " "
            count += not before.isalnum() and not after.isalnum()
            at = self.folded.find(needle, at + 1)
        return count
