"""Which capitalised word the tagger skipped may be taken as a name, and which may not
because its name runs on past a preposition ("the Hearts on the Ice campaign")."""
from __future__ import annotations

from .tokens import CAMEL
from .words import ARG_DEPS, CALENDAR, HEADLINE_LINKS, NAME_ABBREVIATIONS

# prepositions a name may run on with ("Hearts on the Ice", "Bridges over Water")
RUN_ON_PREPOSITIONS = frozenset({"on", "in", "of", "over", "under", "for", "to", "at", "from"})


class SkippedWords:
    """Part of DocEntities. Needs sdoc, headline, _tok_sent."""

    def _bare_word_kind(self, tok) -> str | None:
        """Which rule of _missed_names may take a word the tagger skipped: "camel" ("xAI",
        "iPhone", "eDonkey": camel-case words are names), "headline" ("... to Join Apple") or
        "argument" (a capitalised subject or object); None for any other word."""
        text = tok.text
        if CAMEL.match(text):
            return "camel"
        if tok.i > 0 and self.sdoc[tok.i - 1].lower_ in HEADLINE_LINKS and text[:1].isupper() \
                and tok.is_alpha and self.headline[self._tok_sent[tok.i]]:
            return "headline"
        if tok.pos_ == "PROPN" and tok.dep_ in ARG_DEPS and text[0].isupper() \
                and (text.isalnum() or text in NAME_ABBREVIATIONS) \
                and len(text) > 1 and tok.lower_ not in CALENDAR \
                and not self.headline[self._tok_sent[tok.i]] and not _runs_on(tok):
            return "argument"
        return None


def _runs_on(tok) -> bool:
    """"co-founder of the Hearts on the Ice campaign": a skipped capitalised word followed
    straight away by a preposition hung on it and a capitalised word no place (with or
    without "the") is the first word of a longer name the tagger did not find; taken alone
    it would be a fragment ("Hearts"), and where the name ends is unsure, so it is not
    taken ("Orvane in Brindle", a firm and its town, still is)."""
    doc, k = tok.doc, tok.i + 1
    if k >= len(doc) or doc[k].lower_ not in RUN_ON_PREPOSITIONS or doc[k].head.i != tok.i:
        return False
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    return k < len(doc) and doc[k].is_title and doc[k].is_alpha \
        and doc[tok.i + 1] in doc[k].ancestors \
        and doc[k].ent_type_ not in {"GPE", "LOC", "PERSON", "ORG", "DATE"}
