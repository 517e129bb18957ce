"""Where a name stops before a title: the title's field written after a place's government or
a firm ("Avalon County Health Officer", "Kestrel Foods Communications Director") belongs to the
title, not the name, and a body word that is also a post ("the Avalon Water Board chief
executive") ends the name.
"""
from __future__ import annotations

import re

from ..wordlists import words
from .tokens import span_text
from .words import (BOARD_SEATS, BODY_WORDS, COMPANY_SUFFIXES, ORG_NAME_WORDS, PARTY_WORDS,
                    ROLE_WORDS, TITLED_POSTS, VENUE_WORDS)

ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
# "Avalon County": a place's government, whose officers' titles carry their field after it
PLACE_NOUNS = words("people", "place_nouns")
ORG_HEADS = words("people", "org_heads")
TITLE_FIELDS = words("entities", "title_fields")  # "Kestrel Foods Communications Director"
PUBLIC_FIELDS = words("entities", "public_fields")  # "Avalon Public Health Director"


class TitleFields:
    """Part of DocEntities (through Bounds). Needs sdoc, text and _count."""

    def _title_field(self, i: int, j: int) -> int:
        """How many last words of a name before a title are the title's field (0: none): one
        after a place's government ("Avalon County Health Officer"), or after an acronym the
        text writes alone where the longer name is never written without the title ("the ATP
        Westminster Leader"); not a body's or a building's own word ("Avalon County Hospital
        Chief Nurse", "Avalon City Hall Architect"). Two for a public office's field ("Avalon
        Public Health Director", "Avalon County Public Works Director"): what is left is the
        government that employs her, unless the text also writes the longer name without a
        title (a body named so: "Avalon Public Health said"), or the title is a post a firm
        gives: a department has no chief executive, founder or president, and "Public
        Relations" or "Public Affairs" also names an agency ("Brinmoor Public Relations CEO")."""
        sdoc = self.sdoc
        if j - i < 2 or j >= len(sdoc) or sdoc[j].lower_ not in ROLE_WORDS:
            return 0
        last, prefix = sdoc[j - 1], sdoc[i:j - 1]
        if not (last.is_title and last.is_alpha) \
                or last.lower_ in BODY_WORDS | ORG_HEADS | COMPANY_SUFFIXES | PARTY_WORDS | VENUE_WORDS:
            return 0
        whole = span_text(sdoc[i:j])
        if len(prefix) >= 2 and prefix[-1].text == "Public" and last.lower_ in PUBLIC_FIELDS \
                and prefix[-2].is_title and prefix[-2].is_alpha \
                and sdoc[j].lower_ not in TITLED_POSTS and self._only_titled(whole):
            return 2
        if prefix[-1].lower_ in PLACE_NOUNS and prefix[-1].is_title:
            return 1
        if last.lower_ in TITLE_FIELDS and prefix[-1].lower_ in ORG_NAME_WORDS | PARTY_WORDS \
                and self._only_titled(whole):
            return 1  # "Kestrel Foods Communications Director": the director's field
        return int(len(prefix) == 1 and bool(ACRONYM.fullmatch(prefix[0].text))
                   and self._only_titled(whole)
                   and self._count(prefix[0].text) > self._count(whole))

    def _only_titled(self, whole: str) -> bool:
        """Whether every time the text writes a name a title follows it (it is never alone)."""
        titled = re.findall(re.escape(whole) + r"\s+(\w+)", self.text)
        return all(w.lower() in ROLE_WORDS for w in titled) and len(titled) == self._count(whole)

    def _body_end(self, j: int) -> bool:
        """Whether a body word that is also a post ends the name at token j: "the Avalon Safety
        Board said", "Avalon Water Board chief executive Ann Vale" (a post no board seat is:
        the board's own); but "Acme Board Chair Ann Vale", "Acme Board member": Acme's post."""
        sdoc = self.sdoc
        if sdoc[j - 1].lower_ not in BODY_WORDS:
            return False
        if j < len(sdoc) and sdoc[j].lower_ in ROLE_WORDS:
            return sdoc[j].lower_ not in BOARD_SEATS
        return not (j < len(sdoc) and sdoc[j].is_title)
