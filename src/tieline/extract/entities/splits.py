"""Names the tagger ran together, cut apart: an airline and the maker of its aircraft, a firm
and a titled person, two firms joined by "for" or set apart by a slash. Each split adds the second name to the
candidates and returns where the first ends."""
from __future__ import annotations

from .tokens import span_text
from .words import (BODY_WORDS, CAUSE_HEADS, COMPANY_SUFFIXES, OPERATOR_TAILS, ORG_NAME_WORDS,
                    PERSON_TITLES, SHARED_TAILS)


# words that end a firm's name, not a body's or a cause's: "Velto Foods", not "Institute for"
FIRM_WORDS = (ORG_NAME_WORDS | COMPANY_SUFFIXES) - BODY_WORDS - CAUSE_HEADS
PUBLIC_BODIES = frozenset({"ministry", "department", "office", "bureau", "directorate"})
# last words that make the part after a ministry's "and" a firm ("... and Kestrel Holdings")
FIRM_ENDS = COMPANY_SUFFIXES | SHARED_TAILS | {"holdings", "group"}


class Splits:
    """Part of DocEntities. Needs sdoc, _splits."""

    def _split_run(self, i: int, j: int, out: list) -> int:
        """The end of the first name in an organization run [i, j), the others added to out."""
        j = self._and_split(i, self._slash_split(i, j, out), out)
        return self._title_split(i, self._for_split(i, self._operator_split(i, j, out), out), out)

    def _slash_split(self, i: int, j: int, out: list) -> int:
        """"NIAID / NIH" tagged one organization: two names set apart by a spaced slash, each
        a name of its own ("AC/DC", written without spaces, stays whole)."""
        sdoc = self.sdoc
        for k in range(i + 1, j - 1):
            if sdoc[k].text == "/" and sdoc[k - 1].whitespace_ and sdoc[k].whitespace_ \
                    and sdoc[k + 1].text[:1].isupper():
                out.append((k + 1, j, span_text(sdoc[k + 1:j]), "ORG"))
                self._splits.add(k + 1)
                return k
        return j

    def _and_split(self, i: int, j: int, out: list) -> int:
        """"the Ministry of Mines and Kestrel Holdings" tagged one organization: a ministry's
        or department's field ends at an "and" that a firm follows, named with a company
        suffix or a firm's last word (the firm added to out, the body's end returned)."""
        sdoc = self.sdoc
        k = i + (sdoc[i].lower_ == "the")
        last = sdoc[j] if j < len(sdoc) and sdoc[j].lower_ in COMPANY_SUFFIXES else sdoc[j - 1]
        if not (j - k >= 5 and sdoc[k].lower_ in PUBLIC_BODIES and sdoc[k + 1].lower_ == "of"
                and last.lower_ in FIRM_ENDS):
            return j
        for a in range(k + 3, j - 1):
            if sdoc[a].lower_ == "and" and sdoc[a + 1].is_title:
                out.append((a + 1, j, span_text(sdoc[a + 1:j]), "ORG"))
                self._splits.add(a + 1)
                return a
        return j

    def _operator_split(self, i: int, j: int, out: list) -> int:
        """"Skyhop Airlines Aerovance 737": an airline and the maker of its aircraft run
        together before a model number; the maker's part is a name of its own (added to out),
        the end returned is the airline's ("Kestrel Airlines Cargo" stays one name)."""
        sdoc = self.sdoc
        for k in range(i + 1, j - 1):
            nxt = sdoc[k + 1]
            model = any(c.isdigit() for t in sdoc[k + 2:j + 1] for c in t.text)  # "A320", "737"
            if sdoc[k].lower_ in OPERATOR_TAILS and nxt.text[:1].isupper() and nxt.is_alpha \
                    and nxt.lower_ not in ORG_NAME_WORDS | COMPANY_SUFFIXES | BODY_WORDS and model:
                out.append((k + 1, j, span_text(sdoc[k + 1:j]), "ORG"))
                self._splits.add(k + 1)
                return k + 1
        return j

    def _for_split(self, i: int, j: int, out: list) -> int:
        """"Velto Foods for Brisk Capital" tagged one organization: two firms, each named with
        an industry word, joined by "for" (someone left one for the other). The second is
        added to out and the end returned is the first's. A body or cause named with "for"
        ("Institute for Clean Air", "Alliance for Fair Tolls", "Bank for Settlements") stays one."""
        sdoc = self.sdoc
        for k in range(i + 2, j - 2):
            if sdoc[k].lower_ == "for" and sdoc[k - 1].lower_ in FIRM_WORDS \
                    and sdoc[j - 1].lower_ in FIRM_WORDS and sdoc[k + 1].is_title:
                out.append((k + 1, j, span_text(sdoc[k + 1:j]), "ORG"))
                self._splits.add(k + 1)
                return k
        return j

    def _title_split(self, i: int, j: int, out: list) -> int:
        """"Marrow Labs CFO Ines Varga" tagged one organization: a firm, a title and a person's
        two or three capitalised names run together; the person is added to out and the end
        returned is the firm's, before the title."""
        sdoc = self.sdoc
        for k in range(i + 1, j - 2):
            rest = sdoc[k + 1:j]
            if sdoc[k].lower_ in PERSON_TITLES and len(rest) <= 3 and all(
                    t.pos_ == "PROPN" and t.is_title and t.is_alpha
                    and t.lower_ not in ORG_NAME_WORDS | COMPANY_SUFFIXES | BODY_WORDS
                    for t in rest):
                out.append((k + 1, j, span_text(rest), "PERSON"))
                self._splits.add(k + 1)
                return k
        return j
