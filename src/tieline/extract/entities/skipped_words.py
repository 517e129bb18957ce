"""Which capitalised word the tagger skipped may be taken as a name."""
from __future__ import annotations

from .place_votes import listed_with_firm
from .tokens import CAMEL
from .words import ARG_DEPS, CALENDAR, HEADLINE_LINKS, NAME_ABBREVIATIONS


class SkippedWords:
    """Part of DocEntities. Needs sdoc, headline, _tok_sent."""

    def _bare_word_kind(self, tok) -> str | None:
        """Which rule of _missed_names may take a word the tagger skipped: "camel" ("xAI",
        "iPhone", "eDonkey": camel-case words are names), "headline" ("... to Join Apple") or
        "argument" (a capitalised subject or object, or a name listed with a firm's); None for any other word."""
        text = tok.text
        if CAMEL.match(text):
            return "camel"
        if tok.i > 0 and self.sdoc[tok.i - 1].lower_ in HEADLINE_LINKS and text[:1].isupper() \
                and tok.is_alpha and self.headline[self._tok_sent[tok.i]]:
            return "headline"
        # "Kestrel Foods and Orvane": a conjunct listed with a firm's name is an argument too
        if tok.pos_ == "PROPN" and (tok.dep_ in ARG_DEPS or tok.dep_ == "conj" and listed_with_firm(tok)) \
                and text[0].isupper() \
                and (text.isalnum() or text in NAME_ABBREVIATIONS) \
                and len(text) > 1 and tok.lower_ not in CALENDAR \
                and not self.headline[self._tok_sent[tok.i]]:
            return "argument"
        return None

