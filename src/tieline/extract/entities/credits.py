"""Names a writer signs or a picture credit gives: "— Ada Vale" alone on its line, "(Photo by
Ada Vale)". Split from voting.py, which is at its size limit."""
from __future__ import annotations

from .words import COMPANY_SUFFIXES, CREDIT_AGENCY_WORDS, CREDIT_LEADS, ORG_NAME_WORDS

DASHES = frozenset({"—", "–", "-", "--"})


class Credits:
    """Part of Voting. Needs sdoc."""

    def _signature(self, i: int, j: int) -> bool:
        """"— Ada Vale" alone on its line: a writer signing her answer, a person however
        tagged (a firm's name has a firm word: "— Vale Partners")."""
        sdoc = self.sdoc
        line_start = i == 1 or i > 1 and "\n" in sdoc[i - 2].text_with_ws
        line_end = j == len(sdoc) or "\n" in sdoc[j - 1].whitespace_ + sdoc[j].text[:1]
        return 2 <= j - i <= 3 and sdoc[i - 1].text in DASHES and line_start and line_end \
            and all(t.is_title and t.is_alpha for t in sdoc[i:j]) \
            and not {t.lower_ for t in sdoc[i:j]} & (ORG_NAME_WORDS | COMPANY_SUFFIXES)

    def _credit_lead(self, i: int, j: int) -> bool:
        """"(Photo by Ada Vale)": the start of a credit lead taken for a name."""
        return any(j - i < n and tuple(t.lower_ for t in self.sdoc[i:i + n]) in CREDIT_LEADS
                   for n in (2, 3))

    def _credit(self, i: int, j: int) -> bool:
        """"Photo: Ada Vale/Avalon Wire", "Photograph by Ada Vale for ...": the two or three
        words after a credit lead name the photographer (not "Photo: Avalon Images")."""
        sdoc = self.sdoc
        words = [t.lower_ for t in sdoc[i:j]]
        return 2 <= j - i <= 3 and all(t.is_title and t.is_alpha for t in sdoc[i:j]) \
            and any(tuple(t.lower_ for t in sdoc[max(0, i - n):i]) in CREDIT_LEADS
                    for n in (2, 3)) \
            and not set(words) & (ORG_NAME_WORDS | COMPANY_SUFFIXES | CREDIT_AGENCY_WORDS)
