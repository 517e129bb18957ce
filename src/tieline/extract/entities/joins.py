"""Names the tagger cut in two made whole: adjacent parts of one noun phrase, an industry
word after a name, "X of Y", and a body's field named with "and"."""
from __future__ import annotations

import re

from ..lexicon import place_names, us_states
from .splits import FIRM_ENDS, PUBLIC_BODIES
from .tokens import MEMBER_BODIES, span_text
from .words import (BODY_WORDS, CAUSE_HEADS, COMPANY_SUFFIXES, DIVISION_WORDS, FIRM_ONLY,
                    ORG_NAME_TAILS, ORG_NAME_WORDS, PORTFOLIO_ROLES, POSSESSIVE_TOKENS, ROLE_WORDS,
                    SERVICE_FIELDS, SHARED_TAILS)

CAUSE_LINKS = frozenset({"to", "of", "and"})  # "... for Alternatives to Tolls"
PRACTICE_NOUNS = FIRM_ONLY | {"agency", "studio", "practice", "partnership"}
# heads of a name a joint possessor opens ("Fenwick and Women's Hospital") or a campus follows
# ("Children's Hospital Los Angeles")
JOINT_HEADS = BODY_WORDS | {"hospital", "hospitals", "clinic", "union"}
CAMPUS_HEADS = frozenset({"hospital", "hospitals", "clinic", "university", "college"})
FIELD_BODIES = BODY_WORDS | DIVISION_WORDS | MEMBER_BODIES  # "Institute of ...", "Federation of ..."


def hyphened(sdoc, k: int) -> bool:
    """Whether token k is joined by a hyphen to the word before it ("Wilson-Griffin")."""
    return k > 0 and (sdoc[k].text in {"-", "‑"} and not sdoc[k - 1].whitespace_
                      or k > 1 and sdoc[k - 1].text in {"-", "‑"}
                      and not sdoc[k - 1].whitespace_ and not sdoc[k - 2].whitespace_)


def plural(tok) -> bool:
    """"Ranchers", "Builders": a plural noun (the tagger calls a capitalised one NNP too)."""
    return tok.tag_ in {"NNS", "NNPS"} or tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


class Joins:
    """Part of DocEntities. Needs sdoc, text, places, headline, _splits."""

    def _merge_adjacent(self, out):
        """"Lockheed" + "Martin" tagged as two names but parsed as one noun phrase."""
        sdoc, merged = self.sdoc, []
        for cand in sorted(out):
            if merged and merged[-1][1] == cand[0] and cand[0] not in self._splits \
                    and "ORG" in (merged[-1][3], cand[3]) and self._one_phrase(merged[-1], cand) \
                    and cand[3] != "PRODUCT":  # but "Airbus" + "A320" is a maker and its model
                i = merged[-1][0]
                merged[-1] = (i, cand[1], span_text(sdoc[i:cand[1]]), "ORG")
            else:
                merged.append(cand)
        return merged

    def _whole_names(self, out):
        """Names cut short by the tagger made whole: an industry word after a name ("Lumo"
        + "Payments" is one firm, never "Payments" alone) and "X of Y" ("Blue Shield of
        California", "Bank of Avalon"; not "Acme of Germany", a firm and its country)."""
        sdoc, whole = self.sdoc, []
        taken = {k for i, j, _, _ in out for k in range(i, j)}
        places = {c[0]: c for c in out if c[3] == "GPE"}
        # "University of Nevada, Pryor": a campus's one word the tagger took for a person's
        # name; one it calls an organization is a firm of its own ("..., Orvane, said")
        words = {c[0]: c for c in out if c[1] - c[0] == 1 and c[3] in {"PERSON", "WEAK"}}
        gone: set[int] = set()
        for i, j, name, label in out:
            if i in gone:
                continue
            if label == "ORG" and j in places and self._campus_name(j - 1, places[j][1]):
                gone.add(j)  # "Children's Hospital" + "Los Angeles": one hospital's name
                j = places[j][1]
                name = span_text(sdoc[i:j])
            elif label == "ORG" and j + 1 in places and (self._state_campus(i, j, places[j + 1][1])
                                                        or self._at_campus(i, j, places[j + 1][1])):
                gone.add(j + 1)  # "University of Avalon" + "," or "at" + "Eastbrook": one campus
                j = places[j + 1][1]
                name = span_text(sdoc[i:j])
            elif label == "ORG" and j + 1 in words and self._state_campus(i, j, j + 2) \
                    and sdoc[j + 1].text not in self.surnames \
                    and (j + 2 >= len(sdoc) or sdoc[j + 2].is_punct):
                # cut there, the university's name leaves out its campus (but "..., Vale
                # said": a speaker, who ends no name)
                gone.add(j + 1)
                j, name = j + 2, span_text(sdoc[i:j + 2])
            k = j
            while k < len(sdoc) and k not in taken and sdoc[k].lower_ in ORG_NAME_WORDS \
                    and sdoc[k].lower_ not in COMPANY_SUFFIXES and sdoc[k].text[:1].isupper() and not sdoc[k].is_sent_start \
                    and label in {"ORG", "GPE", "PERSON", "WEAK"} and not self._title_field(i, k + 1):
                k += 1
            lone = bool(whole) and whole[-1][:2] == (i - 2, i - 1) and j - i >= 3 \
                and sdoc[j - 1].lower_ == "foundation"
            if label == "ORG" and sdoc[j - 1].lower_ in BODY_WORDS and i > 1 \
                    and sdoc[i - 1].lower_ == "and" and sdoc[i - 2].text[:1].isupper() \
                    and (i - 2 not in taken or lone) and sdoc[i - 2].lower_ not in ORG_NAME_TAILS:
                if lone:  # "Ada" + "and" + "Bo Vale Foundation": the couple's one foundation
                    whole.pop()
                i -= 2  # "Fisheries and" + "Coastal Authority": one body
                name = span_text(sdoc[i:j])
            elif label == "ORG" and (self._partner_pair(i, j, taken, whole)
                                     or self._joint_possessor(i, j, taken, whole)):
                if i - 2 in taken:
                    whole.pop()
                i -= 2
                name = span_text(sdoc[i:j])
            if k > j and not self.headline[self._tok_sent[i]]:
                taken |= set(range(j, k))
                i, j, name, label = i, k, span_text(sdoc[i:k]), "ORG"
            # "Royal Bank of" + "Scotland": the tagger may keep the "of" on the first part
            first_end = whole[-1][1] - (sdoc[whole[-1][1] - 1].lower_ == "of") if whole else -1
            if whole and first_end + 1 == i and sdoc[i - 1].lower_ == "of" \
                    and whole[-1][3] == "ORG" and label in {"GPE", "ORG"} \
                    and first_end - whole[-1][0] >= 1 \
                    and self._of_name(whole[-1][0], first_end, i, j):
                s = whole.pop()[0]
                i, name, label = s, span_text(sdoc[s:j]), "ORG"
            elif whole and whole[-1][1] + 2 == i and label == "ORG" and whole[-1][3] == "ORG" \
                    and self._of_the_body(whole[-1][0], whole[-1][1], j):
                s = whole.pop()[0]  # "Diplomatic Academy" + "of the" + "Avalon Foreign Ministry"
                i, name = s, span_text(sdoc[s:j])
            whole.append((i, j, name, label))
        return whole

    def _cause_names(self, out):
        """"Alliance" + "for" + "Safer Roads", "Ohioans" + "for" + "Fair Tolls": a body or a
        group of people named for its cause is one name; the tagger leaves both halves out,
        and the cause alone ("Safer Roads") or the people ("Ohioans") is no party."""
        sdoc = self.sdoc
        starts = {c[0]: c for c in out if c[3] in {"WEAK", "ORG"}}
        ends = {c[1]: c for c in out}
        gone, joined = set(), []
        for b, cause in sorted(starts.items()):
            link = b - 1 - (sdoc[b - 1].lower_ == "the")
            if link < 2 or sdoc[link].lower_ != "for" or self.headline[self._tok_sent[b]]:
                continue
            head = sdoc[link - 1]
            first = ends.get(link)
            if first is not None and first[3] not in {"WEAK", "ORG", "NORP"}:
                continue
            if not head.is_title or head.is_sent_start and first is None or not (
                    head.lower_ in CAUSE_HEADS or self._people_word(head, first)):
                continue
            i = first[0] if first else link - 1
            j = self._cause_end(cause[1], {k for c in out for k in range(c[0], c[1])})
            if self._open_object(j):
                continue  # "Center for Preventing and Treating" + "the flu": unsure where it ends
            gone |= {c for c in out if i <= c[0] and c[1] <= j}
            joined.append((i, j, span_text(sdoc[i:j]), "ORG"))
        return sorted([c for c in out if c not in gone] + joined) if joined else out

    def _people_word(self, head, first) -> bool:
        """"Ohioans", "Parents": one plural word naming people, not a firm's ("Foods")."""
        return head.tag_ == "NNPS" and head.lower_.endswith("s") \
            and (first is None or first[1] - first[0] == 1) \
            and head.lower_ not in ORG_NAME_WORDS | COMPANY_SUFFIXES

    def _cause_end(self, j: int, covered: set[int]) -> int:
        """Where a cause goes on past its first words ("... for Alternatives to Tolls")."""
        sdoc, sent_end = self.sdoc, self.sents[self._tok_sent[j - 1]].end
        k = j + 1 + (j + 1 < sent_end and sdoc[j + 1].lower_ == "the")
        if j < sent_end and sdoc[j].lower_ in CAUSE_LINKS and k < sent_end and k not in covered \
                and sdoc[k].is_title and not sdoc[k].is_sent_start:
            while k < sent_end and sdoc[k].is_title and k not in covered:
                k += 1
            return k
        return j

    def _partners_firms(self, out):
        """"a principal at Hollis" + "and" + "Crane": a firm named for its two partners."""
        sdoc, joined, skip = self.sdoc, [], set()
        starts = {c[0]: c for c in out}
        for c in out:
            other = starts.get(c[1] + 1)
            if c[0] in skip:
                continue
            if other is not None and {c[3], other[3]} <= {"WEAK", "ORG", "PERSON", "GPE"} \
                    and not {c[2], other[2]} & self.places \
                    and (self._partners_name(c[0], c[1], other[1])
                         or c[3] == other[3] == "ORG" and self._titled_fields(c[0], c[1], other[1])):
                skip.add(other[0])
                c = (c[0], other[1], span_text(sdoc[c[0]:other[1]]), "ORG")
            joined.append(c)
        return joined

    def _partners_name(self, i: int, link: int, end: int) -> bool:
        """Whether "A and B" (tokens i to end, "and" at link) names one firm after two people,
        as architects', lawyers' and agencies' firms are named: one word each side, neither
        written alone anywhere in the text, and told as one employer or owner (a title "at"
        it, a firm word before it, a possessive after it)."""
        sdoc = self.sdoc
        if link != i + 1 or end != link + 2 or sdoc[link].lower_ != "and" or not all(
                t.is_title and t.is_alpha and not t.is_sent_start for t in (sdoc[i], sdoc[end - 1])):
            return False
        if all(t.ent_iob_ == "B" and t.ent_type_ == "ORG" for t in (sdoc[i], sdoc[end - 1])):
            return False  # the tagger knows two bodies ("a fellow at Harvard and Yale")
        whole = self._count(span_text(sdoc[i:end]))
        if any(self._count(t.text) != whole for t in (sdoc[i], sdoc[end - 1])):
            return False
        before = sdoc[i - 1] if i > 0 else None
        # "an analyst with X" (the role holds "with"), not "the chairman met with X"
        titled = before is not None and before.lower_ in {"at", "of", "with"} and any(
            t.lower_ in ROLE_WORDS for t in sdoc[max(0, i - 5):i - 1]) \
            and (before.lower_ != "with" or before.head.lower_ in ROLE_WORDS)
        return titled or end < len(sdoc) and sdoc[end].text in {"'s", "’s"} \
            or before is not None and before.lemma_.lower() in PRACTICE_NOUNS

    def _titled_fields(self, i: int, link: int, end: int) -> bool:
        """Whether "A and B" (tokens i to end, "and" at link), both tagged organizations, is
        one office named by two fields before the post it gives ("Harbour Affairs and
        Consumer Protection commissioner"): one portfolio post (a singular "commissioner",
        "minister", "secretary", "leader": firms have directors and chairmen, and "Morrow
        Stanton and Goldwater Sacks director" names two firms) follows, neither part is
        written alone anywhere in the text, each is two words or more, and neither ends like a
        firm ("Kestrel Foods and Vantor Labs adviser" names two firms). Cut at
        "and", either half would be stored as the employer, a fragment."""
        sdoc = self.sdoc
        if sdoc[link].lower_ != "and" or end >= len(sdoc) or sdoc[end].tag_ != "NN" \
                or sdoc[end].lemma_.lower() not in ROLE_WORDS & PORTFOLIO_ROLES:
            return False
        parts = (sdoc[i:link], sdoc[link + 1:end])
        # a single word each side is more often two names ("a Brindle and Orvane professor")
        if any(len(p) < 2 or p[-1].lower_ in ORG_NAME_WORDS | COMPANY_SUFFIXES or not all(
                t.is_title and t.is_alpha for t in p) for p in parts):
            return False
        whole = self._count(span_text(sdoc[i:end]))
        return all(self._count(span_text(p)) == whole for p in parts)

    def _partner_pair(self, i: int, j: int, taken: set[int], whole: list) -> bool:
        """"Dorset and" + "Vale Partners": a firm named for two partners, when the first name
        is one capitalised word the text writes nowhere else and the tagger took for no firm
        or place ("Acme and Vale Partners" where Acme stands alone too are two firms)."""
        sdoc = self.sdoc
        if not (j - i == 2 and sdoc[j - 1].lower_ in SHARED_TAILS and i > 1
                and sdoc[i - 1].lower_ == "and" and sdoc[i - 2].is_title and sdoc[i - 2].is_alpha
                and sdoc[i - 2].pos_ == "PROPN" and sdoc[i - 2].text not in self.places):
            return False
        if i > 2 and sdoc[i - 3].is_title and not sdoc[i - 2].is_sent_start:
            return False  # "Ada Dorset and Vale Partners": a person and a firm
        if i - 2 in taken and not (whole and whole[-1][:2] == (i - 2, i - 1)
                                   and whole[-1][3] in {"PERSON", "WEAK"}):
            return False
        first = sdoc[i - 2].text
        return len(re.findall(rf"\b{re.escape(first)}\b", self.text)) == self.text.count(
            span_text(sdoc[i - 2:j]))

    def _campus_name(self, last: int, end: int) -> bool:
        """"Children's Hospital Los Angeles": a place written straight after a hospital's or a
        university's name, with no comma or preposition, and ending the run of capitalised
        words, is part of that name (the campus), not the place the body is in."""
        sdoc = self.sdoc
        return sdoc[last].lower_ in CAMPUS_HEADS and sdoc[last].whitespace_ == " " \
            and end - last <= 3 and not self.headline[self._tok_sent[last]] \
            and (end >= len(sdoc) or not sdoc[end].text[:1].isupper())

    def _state_campus(self, i: int, j: int, end: int) -> bool:
        """"University of California, Irvine": a state university's name, a comma and a city
        ending the run of capitalised words is that university's campus, one name (not "the
        University of Texas, Rice and Baylor", a list)."""
        sdoc = self.sdoc
        return sdoc[j].text == "," and self._state_university(i, j, end) \
            and span_text(sdoc[j + 1:end]) not in place_names() \
            and (end >= len(sdoc) or not sdoc[end].text[:1].isupper()
                 and sdoc[end].lower_ != "and"
                 and not (sdoc[end].text == "," and end + 1 < len(sdoc)
                          and (sdoc[end + 1].text[:1].isupper() or self._and_name(end + 1))))

    def _and_name(self, k: int) -> bool:
        """Whether "and" at token k goes on to a name: "..., Eastbrook, and Rice" lists names,
        "..., Eastbrook, and one of the leaders" does not."""
        sdoc = self.sdoc
        return sdoc[k].lower_ == "and" and (k + 1 >= len(sdoc) or sdoc[k + 1].text[:1].isupper())

    def _at_campus(self, i: int, j: int, end: int) -> bool:
        """"University of Texas at Eastbrook": a state university's name, "at" and a place the
        tagger found, ending the run of capitalised words, is one campus (a state's university
        "at" a place names its campus there; "at the request of" or "at Acme Labs" does not)."""
        sdoc = self.sdoc
        return sdoc[j].lower_ == "at" and self._state_university(i, j, end) \
            and (end >= len(sdoc) or not sdoc[end].text[:1].isupper())

    def _state_university(self, i: int, j: int, end: int) -> bool:
        """Tokens [i, j) are "(the) University of <US state>" and the place from token j + 1
        ends within four tokens of j, outside a headline: a campus may follow."""
        sdoc = self.sdoc
        k = i + (sdoc[i].lower_ == "the")
        return j - k >= 3 and sdoc[k].lower_ == "university" and sdoc[k + 1].lower_ == "of" \
            and span_text(sdoc[k + 2:j]) in us_states() and end - j <= 4 \
            and not self.headline[self._tok_sent[j]]

    def _joint_possessor(self, i: int, j: int, taken: set[int], whole: list) -> bool:
        """"Fenwick and" + "Women's Hospital": a body whose name opens with a possessive is
        owned by both words joined by "and" (a joint possessive), so the first word is part of
        the name, not a party of its own."""
        sdoc = self.sdoc
        if not (j - i >= 3 and sdoc[i + 1].text in POSSESSIVE_TOKENS and i > 1
                and sdoc[j - 1].lower_ in JOINT_HEADS
                and sdoc[i - 1].lower_ == "and" and sdoc[i - 2].is_title and sdoc[i - 2].is_alpha
                and sdoc[i - 2].pos_ == "PROPN" and sdoc[i - 2].text not in self.places):
            return False
        if i > 2 and sdoc[i - 3].is_title and not sdoc[i - 2].is_sent_start:
            return False  # "Ada Fenwick and Women's Hospital": not one word before "and"
        return i - 2 not in taken or bool(whole) and whole[-1][:2] == (i - 2, i - 1)

    def _joined_bodies(self, out):
        """"Department of Trade Affairs" + "and" + "Consumer Care", "Institute of Allergy" +
        "and Lung Diseases": a body's field named with "and" that the tagger cut in two is one
        name, when the words after "and" are no firm or body of their own."""
        sdoc, joined = self.sdoc, []
        starts = {c[0]: c for c in out}
        skip: set[int] = set()
        for i, j, name, label in out:
            if i in skip:
                continue
            end, words = j + 1, 0
            while end < len(sdoc) and words < 3 and not sdoc[end].is_sent_start and (
                    sdoc[end].is_title or hyphened(sdoc, end) and sdoc[end].text in {"-", "‑"}):
                words += sdoc[end].is_title and not hyphened(sdoc, end)  # "Long-Term": one word
                end += 1
            other = starts.get(j + 1)
            if label == "ORG" and j + 1 < end and sdoc[j].lower_ == "and" and self._field_of(i, j) \
                    and (other is None and not any(c[0] < end and c[1] > j for c in out)
                         or other is not None and other[1] == end and other[3] == "ORG") \
                    and (self._field_tail(j + 1, end, other is not None)
                         or other is None and self._public_body(i, j, end)) \
                    and (not self._members_body(i, j) or plural(sdoc[end - 1])) \
                    and self.text.count(span_text(sdoc[j + 1:end])) == 1:
                skip.add(j + 1)
                j, name = end, span_text(sdoc[i:end])
            joined.append((i, j, name, label))
        return joined

    def _public_body(self, i: int, j: int, end: int) -> bool:
        """"Ministry of Mines" + "and Mineral Technology": a ministry's or department's field
        may end with an industry word, which names no firm of its own after it (a company
        suffix does: "... and Kestrel Holdings")."""
        sdoc = self.sdoc
        k = i + (sdoc[i].lower_ == "the")
        return j - k >= 3 and sdoc[k].lower_ in PUBLIC_BODIES and sdoc[k + 1].lower_ == "of" \
            and sdoc[end - 1].lower_ not in FIRM_ENDS

    def _members_body(self, i: int, j: int) -> bool:
        """"Federation of Dairy Farmers": a members' body, whose field after "and" names more
        members ("... and Ranchers", a plural), not a firm ("... and Kestrel")."""
        return any(self.sdoc[k].lower_ in MEMBER_BODIES and self.sdoc[k + 1].lower_ == "of"
                   for k in range(i, j - 2))

    def _field_tail(self, k: int, end: int, tagged: bool) -> bool:
        """Whether the words after a body's "and" (k to end) go on naming its field: they end
        with no organization word ("Lung Diseases"), unless that word is a body's and the
        words before it name whom the body serves ("Family Services"); a name the tagger
        found ending with an industry word is a firm ("Kestrel Foods")."""
        sdoc, last = self.sdoc, self.sdoc[end - 1].lower_
        if last in BODY_WORDS and end - k >= 2:
            return all(t.lower_ in SERVICE_FIELDS for t in sdoc[k:end - 1])
        return last not in BODY_WORDS | ORG_NAME_TAILS | COMPANY_SUFFIXES \
            and not (tagged and last in ORG_NAME_WORDS)

    def _dangling_and(self, out):
        """"the National Union of Town and" + "Village Clerks": the tagger's name ran on to
        an "and", so the capitalised words after it finish that name when they are no name
        of their own, or a name ending with an organization word after a list of fields
        ("Brewing, Bottling" + "and" + "Canning Workers Union")."""
        sdoc, joined = self.sdoc, []
        # a headline's title-case "And" joins clauses, not the words of one name
        ran_on = {e.end - 1 for e in sdoc.ents if e.label_ == "ORG" and e[-1].text == "and"
                  and not self.headline[self._tok_sent[e.start]]}
        starts = {c[0]: c for c in out}
        skip: set[int] = set()
        for i, j, name, label in out:
            if i in skip:
                continue
            end = j + 1
            while end < len(sdoc) and end - j <= 4 and sdoc[end].is_title and sdoc[end].is_alpha \
                    and not sdoc[end].is_sent_start:
                end += 1
            other = starts.get(j + 1)
            if label == "ORG" and j in ran_on and end - j >= 2 \
                    and sdoc[end - 1].pos_ in {"NOUN", "PROPN"} \
                    and (other is None and not any(c[0] < end and c[1] > j for c in out)
                         or other is not None and other[1] == end and other[3] == "ORG"
                         and self._listed_fields(i, j) and sdoc[end - 1].lower_ in ORG_NAME_WORDS):
                skip.add(j + 1)
                j, name = end, span_text(sdoc[i:end])
            joined.append((i, j, name, label))
        return joined

    def _listed_fields(self, i: int, j: int) -> bool:
        """"Brewing, Bottling": single capitalised words parted by commas, none written
        elsewhere in the text, so fields listed inside one name rather than firms."""
        words = [t for t in self.sdoc[i:j] if t.text != ","]
        return len(words) == j - i - len(words) + 1 and all(
            t.is_title and len(re.findall(rf"\b{re.escape(t.text)}\b", self.text)) == 1 for t in words)

    def _field_of(self, i: int, j: int) -> bool:
        """Whether a name is a body "of" or "on" or anything "for" a field: "Institute of
        ...", "Commission on ...", "Center for ...", "Citizens for ..."."""
        return any(self.sdoc[k + 1].lower_ == "for" or self.sdoc[k + 1].lower_ in {"of", "on"}
                   and self.sdoc[k].lower_ in FIELD_BODIES
                   for k in range(i, j - 2))

    def _of_the_body(self, i: int, j: int, end: int) -> bool:
        """Whether "X" + "of the" + "Y" is one name: a body of a body ("the Diplomatic Academy
        of the Avalon Foreign Ministry", "the Training Institute of the Avalon Health
        Council"), X two or more capitalised words, Y ending with a public body's word (not
        "Kestrel Foods of the Vantor Group", a firm's unit, nor "Ada Vale of the Council")."""
        sdoc = self.sdoc
        return j - i >= 2 and sdoc[j].lower_ == "of" and sdoc[j + 1].lower_ == "the" \
            and all(t.is_title and t.is_alpha for t in sdoc[i:j]) \
            and sdoc[i:j].root.ent_type_ == "ORG" and sdoc[end - 1].lower_ in BODY_WORDS \
            and sdoc[j - 1].lower_ not in ORG_NAME_WORDS - BODY_WORDS

    def _of_name(self, i: int, j: int, k: int, end: int) -> bool:
        """"Blue Shield" + "of" + "California" is one name: the first part is two capitalised
        words or ends with an organization word, the second a region, not a country, unless
        the first part ends with an organization word ("Bank of Avalon")."""
        sdoc = self.sdoc
        if not all(t.text[:1].isupper() for t in sdoc[i:end] if t.i != k - 1):
            return False
        org_end = sdoc[j - 1].lower_ in ORG_NAME_WORDS
        second = span_text(sdoc[k:end])
        return org_end or (j - i >= 2 and second not in self.places)
