"""Name bounds checked against the sentence: a name the tagger cut out of a longer capitalised
name is no party, a field between a role and a body ("Director of Innovation at the Port
Authority") is no employer, and an acronym of words the text writes in lower case is no name.

Precision first: "Ultimate" in "the Ultimate Dreaded Shareholder", "Feinberg School" in
"Feinberg School of Medicine", "White" in "Blue and White", "Runner" in "Runner's World" would
each be stored as a wrong party; a name we cannot bound is better left out than cut.
"""
from __future__ import annotations

import re

from ...names import whole_word
from ..lexicon import ORG_DESCRIPTORS, world_places
from ..wordlists import words
from .title_fields import ACRONYM, TITLE_FIELDS, TitleFields
from .tokens import is_headline, span_text, split_coordination
from .words import (BODY_WORDS, CALENDAR, COMPANY_SUFFIXES, DEMONYMS, HONORIFICS,
                    NAME_LINKS, ORG_NAME_WORDS, PARTY_WORDS, PERSON_SUFFIXES, POSSESSIVE_TOKENS,
                    ROLE_WORDS, OPERATOR_TAILS, PERSON_TITLES, TITLE_ADJECTIVES, TITLE_MODIFIERS,
                    UNIT_HEADS)

# Links that keep a capitalised run one name: "School of Medicine", "Crabs & Ribs",
# "Blue and White", "Runner's World".
RUN_LINKS = frozenset({"of", "and", "&", "for"})
UNIT_AT_WORDS = BODY_WORDS | ORG_NAME_WORDS | ORG_DESCRIPTORS  # "Harbor Brand Studio at Corvin"
# a web page's calls to action, capitalised only because they open the line
IMPERATIVE_OPENERS = frozenset({"visit", "follow", "read", "download", "watch", "subscribe",
                                "click", "listen"})
TAGGED_NAMES = frozenset({"ORG", "PERSON", "GPE", "FAC", "LOC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
DEPARTMENT_WORDS = words("entities", "department_words")  # "Dept. of Physics at ..."
CAMPUS_WORDS = words("entities", "campus_words")  # "... at Avalon Univ."


def _cap_word(tok) -> bool:
    """A capitalised word that may continue a name: not a title, suffix, month or honorific."""
    low = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text) and not (
        tok.is_punct or tok.like_num or tok.pos_ in {"DET", "PRON", "NUM"} or low in CALENDAR or tok.lower_ in HONORIFICS or tok.lower_ in ROLE_WORDS
        or tok.lower_ in COMPANY_SUFFIXES or low in PERSON_SUFFIXES or low in TITLE_MODIFIERS
        or tok.lower_ in DEMONYMS)


def glued_hyphen(sdoc, k: int, dashes=frozenset({"-", "‑"})) -> bool:
    """Whether token k is one of dashes with no space on either side ("Quill-X"); the
    hyphen and the non-breaking hyphen unless the caller names its own set."""
    return 0 < k < len(sdoc) and sdoc[k].text in dashes and not sdoc[k].whitespace_ \
        and not sdoc[k - 1].whitespace_


def _glued_hyphen(sdoc, k: int) -> bool:
    """Whether token k is a hyphen inside one word, letters on both sides ("Drive-In",
    "Rolls-Royce")."""
    return glued_hyphen(sdoc, k) and k < len(sdoc) - 1 and sdoc[k - 1].is_alpha \
        and sdoc[k + 1].is_alpha


class Bounds(TitleFields):
    """Part of DocEntities. Needs sdoc, sents, headline and the candidates."""

    def _bounded(self, out: list) -> list:
        """The candidates without organization names cut from a longer name: a piece of a
        name the tagger found, found again ("Ribs" inside "Vale's Crabs & Ribs"), or a piece
        of a capitalised run (see _piece)."""
        sdoc = self.sdoc
        out = self._known_wholes(out)
        # first the tagger's names found again in part ("Arts" inside "... School of the Arts")
        out = [c for c in out if not (
            c[3] == "WEAK" and sdoc[c[0]].ent_iob_ == "I" and sdoc[c[0]].ent_type_ in TAGGED_NAMES
            and sdoc[c[0] - 1].text not in POSSESSIVE_TOKENS)]  # but "Avalon City's Harbour
        # Board" names the board; a word found only as a capitalised argument ("Ada" +
        # "Roe", both skipped by the tagger) does not close a run
        self._named = {k for i, j, _, _ in out for k in range(i, j)}  # across a link
        taken = {k for i, j, _, label in out if label != "WEAK" for k in range(i, j)}
        ends = {j: (i, label) for i, j, _, label in out}
        return [c for c in out if c[3] not in {"ORG", "WEAK"}
                or not self._piece(c[0], c[1], taken, ends, c[3] == "WEAK")
                or self._stands_alone(c[2])]

    def _known_wholes(self, out: list) -> list:
        """Candidates made whole where the words around them spell a longer organization name
        the text gives elsewhere: "Watson" tagged a person in "Willis Towers Watson", a name
        found whole in another sentence, is that firm."""
        sdoc = self.sdoc
        # longest first, in a fixed order: where two longer names fit, the run is the same
        longer = sorted({tuple(t.text for t in sdoc[i:j]) for i, j, _, label in out
                         if label == "ORG" and j - i > 1}, key=lambda f: (-len(f), f))
        covered = {k for i, j, _, _ in out for k in range(i, j)}
        whole = []
        for i, j, name, label in out:
            words = tuple(t.text for t in sdoc[i:j])
            for full in longer if label in {"ORG", "WEAK", "PERSON"} else ():
                if len(full) <= len(words):
                    continue
                s = next((s for s in range(len(full) - len(words) + 1)
                          if full[s:s + len(words)] == words), None)
                a, b = (i - s, i - s + len(full)) if s is not None else (0, 0)
                if s is not None and 0 <= a and b <= len(sdoc) \
                        and tuple(t.text for t in sdoc[a:b]) == full \
                        and not covered & (set(range(a, i)) | set(range(j, b))) \
                        and sdoc[a].lower_ not in {"the", "a", "an"} \
                        and self._tok_sent[a] == self._tok_sent[b - 1]:  # not "The" + "Times"
                    i, j, name, label = a, b, span_text(sdoc[a:b]), "ORG"
                    break
            whole.append((i, j, name, label))
        return whole

    def _run_start(self, i: int, j: int) -> int:
        """Where a tagged organization starts when the tagger took only the last words of a
        capitalised run ("Princess" + "Cruises" tagged, "Larchmont" + "Cruises"): one or two
        untagged proper nouns compounded onto it, after a word that opens no name, are the
        first words of its name (places, titles, months, demonyms and people excepted; a
        longer run is left alone, where it starts is unsure; an acronym after a name, as in
        "Azure API", is no such last word)."""
        sdoc, k = self.sdoc, i
        if not all(t.is_title and t.is_alpha for t in sdoc[i:j]) \
                or self.headline[self._tok_sent[i]]:  # a headline capitalises every word
            return i
        while k > 0 and i - k < 2 and self._run_word(sdoc[k - 1], i):
            k -= 1
        if k == i or k > 0 and not sdoc[k].is_sent_start and (
                sdoc[k - 1].text[:1].isupper() and sdoc[k - 1].pos_ != "DET"
                or sdoc[k - 1].text in POSSESSIVE_TOKENS or sdoc[k - 1].text in {"-", "‑"}):
            return i
        return k

    def _sentence_opener(self, i: int, j: int) -> bool:
        """Whether the first word of the name at [i, j) only opens its sentence: a verb or
        adjective before a name that stands alone too ("Established Twitch musicians"), or a
        web page's imperative ("Visit Harbor Post's homepage", "Follow Ada on Twitter")."""
        sdoc = self.sdoc
        return sdoc[i].is_sent_start and (sdoc[i].lower_ in IMPERATIVE_OPENERS or (
            sdoc[i].pos_ in {"VERB", "ADJ", "ADV"}
            and self.text.count(span_text(sdoc[i + 1:j])) > self.text.count(span_text(sdoc[i:j]))))

    def _run_word(self, tok, i: int) -> bool:
        """An untagged capitalised proper noun hung on the name at token i or after it."""
        return tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.dep_ == "compound" \
            and not (tok.is_sent_start and tok.lower_ in IMPERATIVE_OPENERS) \
            and tok.head.i >= i and tok.is_title and tok.is_alpha and _cap_word(tok) \
            and tok.text not in self.places and tok.i not in self.tickers \
            and tok.text not in self.surnames and tok.lower_ not in PERSON_TITLES

    def _trimmed(self, i: int, j: int, label: str, role_end: int) -> tuple[int, int] | None:
        """A tagged name's bounds without words around it that are no part of it, or None
        when nothing is left that names anyone."""
        sdoc = self.sdoc
        while label == "ORG" and j - i > 1 and sdoc[j - 1].is_lower and sdoc[j - 1].is_alpha \
                and sdoc[j - 1].lower_ not in PARTY_WORDS:  # but "the Teal party"
            j -= 1  # "Avalon Nurses United professional association": a lower-case word ends no name
        if label == "ORG" and j < role_end and j - i == 1 and sdoc[j].is_lower \
                and sdoc[j].is_alpha and sdoc[j].lower_ not in ROLE_WORDS:
            return None  # "the Avalon zoo": a zoo in Avalon, no name
        if label == "ORG" and self._open_object(j):
            return None  # "Council for Managing and Fighting" + "the drought": where it ends is unsure
        if j - i > 2 and sdoc[i].lower_ in TITLE_MODIFIERS and sdoc[i + 1].text in {"-", "‑"}:
            i += 2  # "Ex-Avalon Public Schools CEO": the title's prefix
        if j - i > 1 and sdoc[i].lower_ in TITLE_ADJECTIVES and j < len(sdoc) \
                and sdoc[j].lower_ in ROLE_WORDS \
                and self._count(span_text(sdoc[i + 1:j])) > self._count(span_text(sdoc[i:j])):
            i += 1  # "New Vale CEO Ada Roe" where the text writes "Vale" alone: a new CEO
        if j - i > 1 and sdoc[i].is_sent_start and sdoc[i].pos_ in {"ADP", "SCONJ"} \
                and sdoc[i].lower_ not in NAME_LINKS:
            i += 1  # "Besides Vale, ...": a preposition opening the sentence
        if label in {"ORG", "FAC"}:
            j -= self._title_field(i, j)  # "the Avalon County Health Officer": the county's
        return i, j

    def _open_object(self, j: int) -> bool:
        """Whether a name ending at token j ends with a verb whose object follows in lower case
        ("National Council for Managing and Fighting the drought"): the name goes on."""
        sdoc = self.sdoc
        if j >= len(sdoc) or sdoc[j - 1].pos_ != "VERB" or not sdoc[j].is_lower:
            return False
        obj = sdoc[j] if sdoc[j].pos_ in {"NOUN", "PROPN"} else sdoc[j].head
        return obj.i >= j and obj.dep_ == "dobj" and obj.head.i == j - 1

    def _one_phrase(self, first, second) -> bool:
        """Whether two names tagged side by side are one: parsed as one noun phrase and at
        most four words long ("Lockheed" + "Martin"), or up to seven after a hyphened modifier,
        a word that ends no name ("United Drive-In" + "Theatre Owners Association"); but an
        operator and the maker of its fleet are two ("Skyhop Airlines" + "Aerovance 737")."""
        sdoc, k = self.sdoc, second[0]
        hyphened = _glued_hyphen(sdoc, k - 2)
        compound = sdoc[k - 1].dep_ == "compound" and sdoc[k - 1].head.i in range(k, second[1])
        nxt = sdoc[k].lower_
        operator = sdoc[k - 1].lower_ in OPERATOR_TAILS \
            and nxt not in ORG_NAME_WORDS | COMPANY_SUFFIXES | BODY_WORDS  # "Kestrel Airlines Cargo"
        return (compound or hyphened) and not operator \
            and second[1] - first[0] <= (7 if hyphened else 4)

    def _at_cut(self, i: int, j: int) -> tuple[int, int]:
        """"Institute for Clean Air at Avalon University": two bodies run together, the first
        named (but "University of Avalon at Eastbrook" is one name: a campus at a place); a
        unit named only by its field ("School of Public Health at Avalon University") is no
        name of its own: the institution is."""
        sdoc = self.sdoc
        at = next((k for k in range(i + 1, j - 1) if sdoc[k].lower_ == "at"), None)
        if at is None or not sdoc[at - 1].text[:1].isupper():
            return i, j
        if self._campus_department(i, at, j) or self._field_unit(i, at) and (
                sdoc[j - 1].lower_ in BODY_WORDS | ORG_NAME_WORDS or self._firm_at(at, j)
                or self._institution_at(at, j)):
            return at + 1 + (sdoc[at + 1].lower_ == "the"), j
        if sdoc[j - 1].lower_ in BODY_WORDS | ORG_NAME_WORDS or self._firm_at(at, j):
            return i, at
        return i, j

    def _institution_at(self, at: int, j: int) -> bool:
        """"School for Computer Science at Brinmoor Mellon": after a unit named by its field,
        a name of two capitalised words or more is the institution, though no word says so;
        not a place ("School of Nursing at Eastbrook", "... at New York": a campus's town)."""
        k = at + 1 + (self.sdoc[at + 1].lower_ == "the")
        after = self.sdoc[k:j]
        return len(after) >= 2 and all(t.is_title and t.is_alpha for t in after) \
            and span_text(after) not in self.places and span_text(after) not in world_places()

    def _campus_department(self, i: int, at: int, j: int) -> bool:
        """"Department of Political Science at Avalon University (Univ.)", "... at the
        University of Avalon": a university's department, named by its field, is no employer
        of its own; the university is (not a hospital's "Department of Surgery at Marlow
        College Hospital", nor a state's "Department of Health")."""
        sdoc = self.sdoc
        if sdoc[i].lower_ not in DEPARTMENT_WORDS or sdoc[i + 1].lower_ != "of":
            return False
        k = at + 1 + (sdoc[at + 1].lower_ == "the")  # "University of Avalon": its head opens it
        return sdoc[j - 1].lower_ in CAMPUS_WORDS \
            or k + 1 < j and sdoc[k].lower_ in CAMPUS_WORDS and sdoc[k + 1].lower_ == "of"

    def _firm_at(self, at: int, j: int) -> bool:
        """"Harbor Brand Studio at Corvin": a unit, named with an industry word, at a firm the
        text also names standing alone (not "University of Avalon at Eastbrook", a place)."""
        after = span_text(self.sdoc[at + 1:j])
        return self.sdoc[at - 1].lower_ in UNIT_AT_WORDS \
            and after not in self.places and self._stands_alone(after)

    def _field_unit(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) name a unit by its field alone ("School of Public Health",
        "Faculty of Medicine"), no name of its own, when "at" or "of" and a capitalised
        name follow or a possessor opens it: the unit of that institution (not "the Harlan
        School of Public Health", nor "the School of Visual Arts" said alone)."""
        sdoc = self.sdoc
        if j - i < 3 or sdoc[i].lower_ not in UNIT_HEADS or sdoc[i + 1].lower_ not in {"of", "for"}:
            return False
        if i > 1 and sdoc[i - 1].text in POSSESSIVE_TOKENS and sdoc[i - 2].text[:1].isupper():
            return True  # "Avalon University's School of Nursing": the university's unit
        if j + 1 >= len(sdoc) or sdoc[j].lower_ not in {"at", "of"}:
            return False
        k = j + 1 + (sdoc[j + 1].lower_ == "the")
        return k < len(sdoc) and sdoc[k].text[:1].isupper() and not sdoc[k].is_sent_start

    def _stands_alone(self, name: str) -> bool:
        """Whether the text writes the name somewhere with no capitalised word beside it
        ("Nvidia said", "Nvidia's"): then it is a name, and "Nvidia Hopper GPUs" a name
        before another."""
        text = self.text
        for m in whole_word(name).finditer(text):
            after = text[m.end():m.end() + 60]
            if not re.match(r"\s+(?:(?:of|and|&|for) )?(?:the )?[A-Z]", after) \
                    and not re.search(r"[A-Z][\w.’'-]*,? (?:(?:of|and|&|for) )?$",
                                      text[max(0, m.start() - 60):m.start()]):
                return True
        return False

    def _piece(self, i: int, j: int, taken: set[int], ends: dict, weak: bool) -> bool:
        """Whether tokens [i, j) are a strict piece of a longer name: of a run of capitalised
        words the tagger found no other name in ("Ultimate" + "Dreaded Shareholder", "Feinberg
        School" + "of Medicine"; but a run that ends in a title, "Senate Majority Leader", is a
        title after a name; but in "Vale Casino manager Ann Roe" the run is the employer), or of a body's field ("Ministry of Mines and" + "Rare Metal Industries",
        the tagger finding only the first part)."""
        sdoc = self.sdoc
        sent = self.sents[self._tok_sent[i]]
        if self.headline[self._tok_sent[i]] or is_headline(sent):
            return False
        before = ends.get(i - 1)
        if i > 1 and sdoc[i - 1].lower_ == "and" and before and before[1] == "ORG" \
                and not sdoc[i].ent_type_ and self._field_of(before[0], i - 1):
            return True
        firm = any(t.lower_ in COMPANY_SUFFIXES for t in sdoc[j - 1:j + 1])  # "Vale Motors Inc."
        if self._field_before_and(i, j, sent) or not firm and (self._field_after_for(i, sent) or (
                before and sdoc[i - 1].lower_ == "and"
                and self._field_before_and(before[0], i - 1, sent))):
            return True  # "... and Clean Lighting": the unsure field's other half
        # across "of" a name found only as an argument ends the run for another such name
        # ("Ada Roe of Quill Sew Shop"), not for a tagged one ("Quill School of the Arts")
        linked = self._named if weak else taken
        # one word before a longer name is no more name ("Saint" + "Anne's University", the
        # tagger's cut institution, is best named so), two are ("Greater Auburn" + ...)
        # "Avalon Green Party" + "Communications director": the title's field, no longer name
        field = j + 1 < len(sdoc) and sdoc[j].lower_ in TITLE_FIELDS and sdoc[j + 1].lower_ in ROLE_WORDS
        return self._extends(i - 1, -1, sent, taken, linked, 1 if j - i == 1 else 2) \
            or not field and self._extends(j, 1, sent, taken, linked)

    def _field_after_for(self, i: int, sent) -> bool:
        """"Center for Tibet and Globalization" with "Tibet" tagged a place: the words after
        "and" end the field of a name opened by "for", the tagger's cut notwithstanding."""
        sdoc, k = self.sdoc, i - 2
        if k <= sent.start or sdoc[i - 1].lower_ != "and":
            return False
        while k > sent.start and sdoc[k].text[:1].isupper() and sdoc[k].is_alpha:
            k -= 1
        return k < i - 2 and sdoc[k].lower_ == "for" and k > sent.start \
            and sdoc[k - 1].text[:1].isupper() and sdoc[k - 1].is_alpha

    def _field_before_and(self, i: int, j: int, sent) -> bool:
        """"the Alliance for Rural Power" + "and Clean Lighting": a field opened by "for" that
        goes on after "and" with capitalised words the tagger left out; where the name ends
        is unsure, and a fragment is no party."""
        sdoc = self.sdoc
        return j + 1 < sent.end and sdoc[j].lower_ == "and" and sdoc[j + 1].is_title \
            and any(t.lower_ == "for" for t in sdoc[i + 1:j - 1])

    def _extends(self, k: int, step: int, sent, taken: set[int], linked: set[int],
                 least: int = 1) -> bool:
        """Whether the run goes on from token k in direction step (+1 right, -1 left)."""
        sdoc = self.sdoc
        inside = range(sent.start, sent.end)
        if k not in inside:
            return False
        tok = sdoc[k]
        if tok.lower_ in RUN_LINKS or tok.text in POSSESSIVE_TOKENS and step == 1 \
                or step == -1 and tok.lower_ == "the":
            nxt = k + step
            if step == 1 and tok.lower_ in {"of", "for"} and nxt in inside and sdoc[nxt].lower_ == "the":
                nxt += 1  # "School of the Arts"
            if tok.text in POSSESSIVE_TOKENS and tok.lower_ not in {"'s", "’s"}:
                return False  # "Farmers'": handled as a common possessor
            if step == -1 and tok.lower_ == "the" and nxt in inside and sdoc[nxt].lower_ in {"of", "for"}:
                nxt -= 1  # "... of the" + "Arts"
            if nxt not in inside or nxt in linked or nxt in self.tickers or not _cap_word(sdoc[nxt]) \
                    or sdoc[nxt].is_sent_start or sdoc[nxt].ent_type_ in PLACE_LABELS \
                    or sdoc[nxt].text in self.places \
                    or tok.lower_ in {"and", "for"} and nxt in self._named:
                return False  # "Ferron of Germany"; "left Acme for Brisk Pharma"
            k = nxt
        elif _glued_hyphen(sdoc, k) and k + step in inside and k + step not in taken \
                and _cap_word(sdoc[k + step]):
            k += step  # "Drive-" + "In Theatre Owners Association"
        elif k in taken or k in self.tickers or not _cap_word(tok) or tok.ent_type_ in PLACE_LABELS or (step == 1 and tok.is_sent_start) \
                or (step == -1 and tok.is_sent_start and tok.pos_ != "PROPN"):
            return False
        # walk the rest of the run: a title at its end makes it no name; a hyphen inside a
        # word ("United Drive-In" + "Theatre Owners Association") goes on with it
        words = 1
        while k + step in inside and k + step not in taken and k + step not in self.tickers and (
                sdoc[k + step].text[:1].isupper() and not sdoc[k + step].is_punct
                or _glued_hyphen(sdoc, k + step) and k + 2 * step in inside):
            k += step
            words += not sdoc[k].is_punct
            if sdoc[k].lower_ in ROLE_WORDS:
                return False
        return words >= least

    def _role_field(self, i: int, j: int) -> bool:
        """"Director of Innovation at the Avalon Port Authority", "Health Statistics Manager for
        the Avalon Department of Health": a field between a role and the body after "at" or
        "for" is the role's portfolio; the body employs (but "Ostra Labs", a firm, ends with
        its industry or body word, unless it is one of a list of fields: "Team Leader for Data,
        Analytics and Knowledge Management in the Avalon Regional Office")."""
        sdoc = self.sdoc
        first, end = self._field_list(i, j)
        if (first, end) == (i, j) and sdoc[j - 1].lower_ in BODY_WORDS | ORG_NAME_WORDS | COMPANY_SUFFIXES \
                or first < 2:
            return False
        i, j = first, end
        k = j
        while k < len(sdoc) and sdoc[k].lower_ in ROLE_WORDS and sdoc[k].text[:1].isupper():
            k += 1  # "... Manager for", "... Deputy Director at"
        before = i > 1 and sdoc[i - 2].lower_ in ROLE_WORDS and sdoc[i - 1].lower_ in {"of", "for"}
        return (before or k > j) and self._body_after(k)

    def _field_list(self, i: int, j: int) -> tuple[int, int]:
        """The bounds of the list of capitalised words joined by commas and "and" that tokens
        [i, j) are part of, when a post and "of" or "for" open it ("Leader for Data, Analytics
        and Knowledge Management"); else [i, j) ("Dr. Ann Vale, Harbour Statistics Manager")."""
        sdoc, start, end = self.sdoc, i, j

        def joined(k: int) -> bool:  # a comma or "and" at k between capitalised words
            return 0 < k < len(sdoc) - 1 and sdoc[k].lower_ in {",", "and", "&"} \
                and sdoc[k - 1].is_title and sdoc[k + 1].is_title
        while joined(i - 1):
            i -= 2
            while i > 0 and sdoc[i - 1].is_title and sdoc[i - 1].lower_ not in ROLE_WORDS:
                i -= 1
        while joined(j):
            j += 2
            while j < len(sdoc) and sdoc[j].is_title:
                j += 1
        opened = i > 1 and sdoc[i - 2].lower_ in ROLE_WORDS and sdoc[i - 1].lower_ in {"of", "for"}
        return (i, j) if opened else (start, end)

    def _body_after(self, k: int) -> bool:
        """Whether "at", "for" or "in" at token k opens a body's capitalised name ("at the
        Avalon Department of Health", "in the Avalon Regional Office")."""
        sdoc = self.sdoc
        if k >= len(sdoc) or sdoc[k].lower_ not in {"at", "for", "in"}:
            return False
        k += 1 + (k + 1 < len(sdoc) and sdoc[k + 1].lower_ == "the")
        words = set()
        while k < len(sdoc) and (sdoc[k].text[:1].isupper() or sdoc[k].lower_ in NAME_LINKS):
            words.add(sdoc[k].lower_)
            k += 1
        return bool(words & (BODY_WORDS | ORG_NAME_WORDS))

    def _possessed_whole(self, i: int, j: int, end: int) -> int | None:
        """The end of "Vale's Table" or "Corvo's Analytics" when the tagger took it as one
        name more than once, or once where a post is held ("manager of Jones' Garage"), and the
        text never writes "Vale" without "'s Table": one name, not a possessor and a product.
        None otherwise ("Acme's Widget" where "Acme" stands alone too)."""
        sdoc = self.sdoc
        if j >= end or not (sdoc[j].lower_ in {"'s", "’s"} or sdoc[j].text in {"'", "’"}
                            and sdoc[j - 1].lower_.endswith("s")):  # "Jones’ Garage"
            return None
        k = j + 1
        while k < end and sdoc[k].is_title and sdoc[k].is_alpha:
            k += 1
        if k == j + 1 or any(t.text.strip() and not t.is_punct for t in sdoc[k:end]):
            return None
        owner, rest = span_text(sdoc[i:j]), span_text(sdoc[j + 1:k])
        alone = len(whole_word(owner).findall(self.text))
        whole = len(re.findall(rf"(?<![\w-]){re.escape(owner)}['’]s? {re.escape(rest)}(?![\w-])",
                               self.text))
        tagged = sum(span_text(e).startswith(f"{owner}{sdoc[j].text} {rest}") for e in sdoc.ents)
        return k if alone == whole and (tagged >= 2 or tagged and self._workplace(i)) else None

    def _workplace(self, i: int) -> bool:
        """Whether the name at token i is where someone holds a post: "manager of (the)
        Jones' Garage", "a chef at ...", "owns ..."."""
        sdoc = self.sdoc
        k = i - 1 - (i > 0 and sdoc[i - 1].lower_ == "the")
        if k < 1:
            return False
        return sdoc[k].lemma_.lower() in {"own", "run"} and sdoc[k].pos_ == "VERB" \
            or sdoc[k].lower_ in {"of", "at", "for"} and sdoc[k - 1].lower_ in ROLE_WORDS

    def _lower_acronym(self, name: str) -> bool:
        """"personal protective equipment (PPE)", "hydroxychloroquine (HCQ)": an acronym the
        text defines by words in lower case is a common noun, no party (an acronym of a name
        is defined by capitalised words: "the Larch Valley Authority (LVA)")."""
        if not ACRONYM.fullmatch(name):
            return False
        if not _in_brackets(self.text, name):  # cheap test first: the search below is costly
            return False
        letters = name.replace(".", "")
        spelled = rf"(?<![\w-]){letters[0].lower()}[a-z]+(?:[\s-][a-z]+){{0,3}}"
        return re.search(rf"{spelled}\s*\(\s*{re.escape(name)}\.?\s*\)", self.text) is not None

    def _coordinated_whole(self, ent) -> bool:
        """"Red and Black chairman Ido Marel", "the Bank of Avalon and Eastbrook" said twice:
        a name with "and" whose parts the text never writes alone, and that is written more
        than once or holds a post, is one name; cut at "and" it would leave a fragment as a
        party ("Black")."""
        parts = split_coordination(ent)
        if len(parts) < 2 or ent.label_ != "ORG":
            return False
        if len(parts) == 2 and self._partners_name(parts[0].start, parts[0].end, parts[1].end):
            return True  # "Hollis and Crane's studio": one firm named for two partners
        whole = span_text(parts[0].doc[parts[0].start:parts[-1].end])
        if any(self._count(span_text(p)) > self._count(whole) for p in parts):
            return False
        k = ent.end
        while k < len(self.sdoc) and self.sdoc[k].lemma_.lower() in ROLE_WORDS:
            k += 1  # one post ("chief executive"), not two firms' ("chief executives")
        return k > ent.end and self.sdoc[k - 1].tag_ == "NN" or self._count(whole) >= 2

    def _count(self, name: str) -> int:
        return len(whole_word(name).findall(self.text))


def _in_brackets(text: str, name: str) -> bool:
    """Whether name follows an opening bracket (and only spaces) somewhere in text."""
    return re.search(rf"\(\s*{re.escape(name)}", text) is not None
