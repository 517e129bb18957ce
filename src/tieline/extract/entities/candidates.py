"""Mention candidates: spaCy's entities cleaned and split, plus names the tagger skipped."""
from __future__ import annotations

import re
from functools import cached_property

from ...names import clean_name, kept_article, whole_word
from ..lexicon import in_waiting
from .joins import Joins, hyphened
from .national_firms import national_firms
from .not_party import not_party_type
from .owned_units import of_bodies, owned_units
from .possessives import possessive_name
from .skipped_words import SkippedWords
from .splits import Splits
from .titled import titled_employers
from .tokens import (clean_span, common_possessor, dateline_tokens, hired, is_unit, landform, line_capitals,
                     name_bounds, name_like, span_text, speaker_label_tokens, split_coordination,
                     stage_direction_tokens, ticker_tokens, YEAR)
from .words import (ARG_DEPS, BODY_WORDS, CALENDAR, COMPANY_SUFFIXES, DEMONYMS, FRAGMENT_WORDS,
                    GENERIC_NAMES, NAME_OR_BODY_WORDS, HONORIFICS, LABEL_TYPES,
                    NAME_LINKS, NON_MAKER_WORDS, FIELD_HEADS, ORG_DESCRIPTORS,
                    ORG_NAME_WORDS, PORTFOLIO_ROLES, PLACE_UNITS, PERSON_SUFFIXES,
                    POSSESSIVE_TOKENS, PUBLICATION_WORDS, ROLE_WORDS, STREET_WORDS, COMPASS_WORDS,
                    NUMBERED_BODIES, PERSON_TITLES, RELATIONAL_NOUNS, TITLE_ADJECTIVES,
                    TITLE_MODIFIERS, VENUE_WORDS)

CONTRACTION = re.compile(r"(?:n|['’])['’]?(?:t|s|re|ve|ll|d|m)", re.I)  # "n’t" tagged a place

MANGLED_THE = re.compile(r"^(?:[Tt]he|[Aa]n?)(?:Â|\u00a0)+\s*(?=\S)")
SPEECH_VERBS = frozenset({"say", "tell", "add", "write", "explain", "note", "argue"})
# "said.Joseph Smith", "programs.The Federal Reserve": a sentence run into the next one's name
GLUED_START = re.compile(r"^[a-z]{2,}[.!?][\"”’]?(?=[A-Z])")


def _hyphen_prefix(sdoc, i: int, covered: set[int]) -> bool:
    """"the East-West Marlow Policy Forum": a capitalised word glued on by a hyphen opens
    the name; the hyphen between is punctuation, no compound, so the compound walk stopped
    at it. Only a proper noun: a common word ("the Half-Lit Lantern", a title) opens none."""
    return i > 1 and sdoc[i - 1].text == "-" and not sdoc[i - 1].whitespace_ \
        and not sdoc[i - 2].whitespace_ and sdoc[i - 2].is_title and sdoc[i - 2].pos_ == "PROPN" \
        and not {i - 2, i - 1} & covered


def _unglued(cand):
    """A candidate whose first word runs on from the last sentence, named without it."""
    i, j, name, label = cand
    return (i, j, clean_name(GLUED_START.sub("", name)), label) if GLUED_START.match(name) else cand


class Candidates(Joins, Splits, SkippedWords):
    """Part of DocEntities. Needs sdoc, sents, headline, places; sets tickers, surnames,
    _splits, and (for possessed names) makers and explicit_products."""

    def _ner_candidates(self) -> list[tuple[int, int, str, str]]:
        """(start, end, name, label) for spaCy's entities, then for names it missed."""
        sdoc = self.sdoc
        body = " ".join(self.view.sent_text(s)
                        for k, s in enumerate(self.sents) if not self.headline[k])
        out = []
        # surnames the text gives people ("Mr Camus", "Philippe Camus" tagged PERSON)
        surnames = {e[-1].text for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1}
        surnames |= {t.nbor().text for t in self.view.with_lower(HONORIFICS)
                     if t.i < len(sdoc) - 1 and t.nbor().is_title}
        self.surnames = surnames
        self.tickers = ticker_tokens(sdoc)
        for ent in sdoc.ents:
            label = LABEL_TYPES.get(ent.label_)
            if ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and ent.root.dep_ in ARG_DEPS \
                    and ent.root.tag_ != "NNPS" and ent.text.lower() not in DEMONYMS:
                label = "WEAK"  # "Safran" tagged as a nationality: a name all the same
            if ent.label_ == "NORP" and len(ent) == 2 and all(t.is_title for t in ent) \
                    and ent[0].lower_ in DEMONYMS and not not_party_type(ent[1].text) \
                    and ent[1].pos_ == "PROPN" and ent[1].lower_ not in ORG_NAME_WORDS:
                label = "PERSON"  # "Christian Vale": a first name that is also a creed
            if ent.label_ == "FAC" and landform(ent.text):
                label = "GPE"  # "Larch Pond" tagged a facility: a place
            other = not_party_type(ent.text)
            if other and not (other == "NORP" and ent.root.head.lemma_.lower() in ROLE_WORDS):
                continue  # but "Russian oil official X" keeps it: that official has no employer
            label = other or label
            if label is not None:
                out += self._entity_parts(ent, label, surnames, body)
        out = self._dangling_and(self._joined_bodies(self._whole_names(self._merge_adjacent(out))))
        self._missed_names(out, surnames)
        out = of_bodies(self, out)  # "Harlan School" + "of" + "Public Health"
        out = self._partners_firms(self._cause_names(out))
        out += self._industry_names(out)
        out += national_firms(self, out, self._acceptable)  # "Germany's Orvane, parent company of ..."
        out += titled_employers(self, out)  # "ADB chief economist Ann Vale"
        out = owned_units(self, out)  # "Avalon University's College of Nursing"
        lines = line_capitals(sdoc)
        dateline = dateline_tokens(sdoc, lines)
        stage = stage_direction_tokens(sdoc) | speaker_label_tokens(sdoc, lines)
        out = [_unglued(c) for c in out if c[0] not in dateline
               and not stage.intersection(range(c[0], c[1]))
               and not self._portfolio(c[0], c[1]) and not self._address(c[0], c[1])
               and not self._role_field(c[0], c[1]) and not self._opening_common_word(c, out)
               and not (c[3] in {"ORG", "WEAK"} and self._field_unit(c[0], c[1]))]
        out = [(i, j, name, "OTHER" if self._lower_acronym(name) or self._not_party_acronym(name)
                else label) for i, j, name, label in out]
        return [c for c in out if c[2]]  # 'inch.”Ms.' unglued leaves no name at all

    def _not_party_acronym(self, name: str) -> bool:
        """"Larch Valley Syndrome, or LVS": an acronym the text spells out by capitalised
        words that name a disease (or another name never a party) is that disease too."""
        if not re.fullmatch(r"[A-Z]{3,6}", name):
            return False
        spelled = r"[\s-]+".join(rf"{c}[a-z]+" for c in name)
        return any(not_party_type(m.group()) for m in re.finditer(rf"\b{spelled}\b", self.text))

    def _address(self, i: int, j: int) -> bool:
        """"2850 W. Larch Ave", "at 12 Larch Street": a house number, the name, a street word."""
        sdoc = self.sdoc
        return i > 0 and sdoc[i - 1].like_num and (
            sdoc[i].lower_ in COMPASS_WORDS or sdoc[j - 1].lower_ in STREET_WORDS
            or j < len(sdoc) and sdoc[j].lower_ in STREET_WORDS and sdoc[j].text[:1].isupper())

    def _industry_names(self, out) -> list:
        """Capitalised words ending with an industry noun that the tagger skipped ("Tessel
        Robotics chief financial officer ...", "from Quorn Dairy"): a firm's name."""
        sdoc, found = self.sdoc, []
        covered = {k for i, j, _, _ in out for k in range(i, j)}
        for tok in self.view.with_lower(ORG_NAME_WORDS):
            if tok.i in covered or not tok.is_title \
                    or tok.pos_ != "PROPN" or self.headline[self._tok_sent[tok.i]]:
                continue
            i = tok.i
            while i > 0 and sdoc[i - 1].is_title and sdoc[i - 1].pos_ == "PROPN" \
                    and i - 1 not in covered and not sdoc[i].is_sent_start \
                    and sdoc[i - 1].lower_ not in ORG_NAME_WORDS | HONORIFICS | CALENDAR:
                i -= 1
            if i < tok.i and not (tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].is_title):
                name = span_text(sdoc[i:tok.i + 1])
                if self._acceptable(name, "ORG") and name not in self.places:
                    found.append((i, tok.i + 1, name, "ORG"))
        return found

    def _portfolio(self, i: int, j: int) -> bool:
        """"Transport Commissioner Ann Vale": one word before such a role is her portfolio,
        not her employer."""
        sdoc = self.sdoc
        if j - i == 1 and i > 1 and sdoc[i - 1].lower_ == "of" and j < len(sdoc) \
                and sdoc[j].is_title and (sdoc[i - 2].lower_ in PORTFOLIO_ROLES or (
                    sdoc[i - 2].lower_ in FIELD_HEADS and sdoc[i - 2].is_title
                    and not sdoc[i].ent_type_)):
            return True  # "Secretary of State Ann Vale"; "Chief of Safety Ann Vale" (but
            # "head of Vantor Ann Vale" where the tagger found the firm)
        if i > 1 and sdoc[i - 1].lower_ == "of" and sdoc[i - 2].lower_ in {"minister", "secretary"} \
                and not {t.lower_ for t in sdoc[i:j]} & NAME_OR_BODY_WORDS:
            return True  # "Avalon's Minister of Culture, Ann Vale": her portfolio
        return j - i == 1 and j + 1 < len(sdoc) and sdoc[j].lower_ in PORTFOLIO_ROLES \
            and sdoc[j + 1].is_title

    def _entity_parts(self, ent, label: str, surnames: set[str], body: str) -> list:
        """The cleaned names in one spaCy entity ("Trainium and Inferentia" is two); a label
        corrected for one part holds for the parts after it."""
        sdoc, out = self.sdoc, []
        for part in [ent] if self._coordinated_whole(ent) else split_coordination(ent):
            bounds = clean_span(part)
            if bounds is None:
                continue
            i, j = bounds
            while i < j and (i in self.tickers or sdoc[i].lower_ in COMPANY_SUFFIXES):
                i += 1  # "Inc. AMZN", "GOOG GOOGL Google": a stock symbol is no name
            if i >= j or j - i == 1 and is_unit(sdoc[i]):
                continue
            i = self._run_start(i, j) if label == "ORG" and part.start == ent.start else i
            if j - i > 1 and self._sentence_opener(i, j):
                i += 1  # "Established Twitch musicians ...", "Visit Harbor Post's homepage"
            of = next((k for k in range(i + 1, j - 1) if sdoc[k].lower_ == "of"), None)
            if label == "ORG" and of is not None and span_text(sdoc[of + 1:j]) in self.places \
                    and sdoc[of - 1].lower_ not in NAME_OR_BODY_WORDS:
                j = of  # "Ferron of Germany" is Ferron (but "Bank of Avalon" is one name)
            i, j = self._at_cut(i, j) if label == "ORG" else (i, j)
            role_end = j
            while label == "ORG" and j - i > 1 and sdoc[j - 1].lower_ in ROLE_WORDS \
                    and sdoc[j - 2].lower_ not in NAME_LINKS and not self._body_end(j):
                j -= 1  # "NUJ General Secretary" is the NUJ (but "Chiefs of Staff" is one name)
            if label == "ORG" and sdoc[j - 1].lower_ in NUMBERED_BODIES and j < len(sdoc) \
                    and sdoc[j].is_digit and not YEAR.fullmatch(sdoc[j].text):
                j += 1  # "Union Council 31": the number names the council
            titled = j < role_end or j < len(sdoc) and sdoc[j].lower_ in ROLE_WORDS
            if label == "ORG" and titled and self._common_words(sdoc[i:j]):
                continue  # "Correctional Officer 1" where the text says "correctional officers"
            if j - i > 2 and sdoc[i].lower_ in ROLE_WORDS and sdoc[j - 1].pos_ == "PROPN":
                while j - i > 2 and sdoc[i].lower_ in ROLE_WORDS:
                    i += 1  # "Chief Scientist Ilya Sutskever" is a person
                label = "PERSON"
            j = self._split_run(i, j, out) if label == "ORG" else j
            if self._ends_in_surname(i, j, label, surnames):
                k = j - 1 - (not sdoc[j - 2].is_punct)  # "EADS Philippe Camus", "Orme, Camus"
                out.append((k, j, span_text(sdoc[k:j]), "PERSON"))
                self._splits.add(k)
                j, label = j - 2, "ORG"
            if label == "ORG" and j < len(sdoc) and YEAR.fullmatch(sdoc[j].text):
                j, label = j + 1, "EVENT"  # "Microsoft Build 2024", "Euro 2004"
            while label == "ORG" and j - i > 1 and sdoc[i].is_lower and sdoc[i].is_alpha \
                    and sdoc[i].lower_ not in NAME_LINKS:
                i += 1  # "the county Health Care Agency": a lower-case word opens no name
            if label == "PERSON" and j - i == 1 and self._given_name(i - 1, i):
                i -= 1  # "Ivy" + "Schlegel": the tagger took the surname alone
            trimmed = self._trimmed(i, j, label, role_end)
            if trimmed is None:
                continue
            i, j = trimmed
            name = re.sub(r"\s+", " ", re.sub(r"[\[\]]", "", span_text(sdoc[i:j])))
            name = MANGLED_THE.sub("", name)  # "theÂ Federal Bureau": a mis-decoded space
            name = kept_article(name)  # "the Harbour Times" mid-sentence, as the store writes it
            if label in {"ORG", "PERSON"} and j < len(sdoc) and sdoc[j].lower_ in {"'s", "’s"} \
                    and j - i <= 2 and not name.isupper() and self._possessive_name(name):
                j, name, label = j + 1, name + "'s", "ORG"  # "Vale's", "Trader Jim's"; not "NPR's"
            elif label in {"ORG", "PERSON"} and (end := self._possessed_whole(i, j, part.end)):
                j, label = end, "ORG"  # "Vale's Table is partnering": one charity's name
                name = re.sub(r"\s+", " ", span_text(sdoc[i:j]))
            if not self._acceptable(name, label):  # "[J.B.] Pritzker" quoted with brackets
                continue
            if self.headline[self._tok_sent[i]] and name not in body and not (
                    label in {"ORG", "PRODUCT"} and j - i <= 3
                    and all(t.pos_ == "PROPN" for t in sdoc[i:j])):
                continue
            out.append((i, j, name, label))
            # "Hindustan Aeronautics (HAL)": the bracketed acronym is a name too
            k = ent.end
            if k + 2 < len(sdoc) and sdoc[k].text == "(" and sdoc[k + 2].text == ")" \
                    and sdoc[k + 1].text.isupper() and sdoc[k + 1].is_alpha:
                out.append((k + 1, k + 2, sdoc[k + 1].text, label))
        return out

    def _ends_in_surname(self, i: int, j: int, label: str, surnames: set[str]) -> bool:
        """Whether a name of three words or more ends with a surname the text gives a person:
        an organization run into its man ("EADS Philippe Camus"), or a person tagged after a
        firm's descriptor ("the aerospace group Vantex Pierre Lemaire")."""
        sdoc = self.sdoc
        return j - i >= 3 and sdoc[j - 1].text in surnames and not hyphened(sdoc, j - 2) \
            and sdoc[j - 1].lower_ not in NAME_OR_BODY_WORDS \
            and not self._common_words(sdoc[j - 1:j]) and (  # "Larch Lake Camps" ... "camps"
                label == "ORG" or (
                    label == "PERSON" and i > 0 and sdoc[i - 1].lemma_.lower() in ORG_DESCRIPTORS)) \
            and not (label == "ORG" and self._tagged_person(span_text(sdoc[i:j])))

    def _tagged_person(self, name: str) -> bool:
        """Whether the tagger took the whole name, here an organization, for a person elsewhere
        ("Guns Down America" tagged a person once, an organization once): its last word is no
        one's surname then."""
        return name in self._person_texts

    @cached_property
    def _person_texts(self) -> frozenset[str]:
        """The texts of the person entities, read once per document."""
        return frozenset(e.text for e in self.sdoc.ents if e.label_ == "PERSON")

    def _given_name(self, k: int, surname: int) -> bool:
        """Whether token k is the given name of a lone surname the tagger found in a person's
        introduction or quote: a capitalised word the parser hangs on it, after no other
        capital, that is no title, place, month or common word of the text."""
        sdoc = self.sdoc
        if k < 0 or k in self.tickers:
            return False
        tok = sdoc[k]
        last = sdoc[surname]
        if last.tag_ != "NNP" or last.lower_ in NAME_OR_BODY_WORDS or not (
                any(c.dep_ in {"appos", "relcl"} for c in last.children)
                or last.head.lemma_ in SPEECH_VERBS):
            return False  # a person introduced or quoted; not "Tarrowby Cinemas reopened"
        return tok.dep_ == "compound" and tok.head.i == surname and tok.tag_ == "NNP" \
            and tok.is_title and tok.is_alpha and not tok.ent_type_ \
            and (k == 0 or not (sdoc[k - 1].is_title or sdoc[k - 1].is_upper)) \
            and tok.lower_ not in HONORIFICS | PERSON_TITLES | ROLE_WORDS | CALENDAR \
            and tok.lower_ not in NAME_OR_BODY_WORDS and tok.text not in self.places \
            and not not_party_type(tok.text) and not self._common_words([tok])

    def _law_names(self) -> set[str]:
        """Capitalised words the text writes before "Act": the name of a law, never a party,
        wherever it stands alone ("the HELP Act" ... "HELP funds")."""
        if not hasattr(self, "_laws"):
            self._laws = {" ".join(words[k:]) for m in re.finditer(
                r"\b([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,5}) Act\b", self.text)
                for words in [m.group(1).split()] for k in range(len(words))
                if words[0] not in {"The", "A"} or k > 0}
        return self._laws

    def _possessive_name(self, name: str) -> bool:
        owned = self.__dict__.setdefault("_owned", {})  # one look per name and text
        if name not in owned:
            owned[name] = possessive_name(self.sdoc, self.text, name)
        return owned[name]

    def _common_words(self, tokens) -> bool:
        """Whether the text writes every word of a name in lower case too ("Trade Policy Director")."""
        if not hasattr(self, "_lower_words"):
            self._lower_words = {w for w in self.view.index("text") if w.islower()}
        return all(t.is_alpha and t.lower_ in self._lower_words for t in tokens)

    def _opening_common_word(self, cand, out) -> bool:
        """"Sewage is a source of data," said ...: one word that opens a sentence or a quote,
        which the text also writes in lower case and never capitalised inside a sentence nor
        in a longer name, is a common noun the tagger took for a firm or a person (a firm
        "Acme" is written so mid-sentence; "Harper" beside "Harper Lane" is a name)."""
        i, j, name, label = cand
        sdoc = self.sdoc
        if j - i != 1 or label not in {"ORG", "WEAK", "PERSON"} or not sdoc[i].is_title \
                or not self._common_words(sdoc[i:j]) \
                or any(c[1] - c[0] > 1 and name in c[2].split() for c in out):
            return False
        if not hasattr(self, "_inner_caps"):
            self._inner_caps = {t.text for t in sdoc if t.is_title and not self._opens(t.i)}
        return self._opens(i) and name not in self._inner_caps

    def _opens(self, k: int) -> bool:
        """Whether token k opens a sentence or a quote that opens one."""
        sdoc = self.sdoc
        return sdoc[k].is_sent_start or k > 0 and sdoc[k - 1].is_quote and (
            sdoc[k - 1].is_sent_start or k == 1)

    def _missed_names(self, out: list, surnames: set[str]) -> None:
        """Adds names the tagger skipped: possessed product names, camel-case words, headline
        names after "joins"/"vs", and capitalised arguments of verbs."""
        sdoc = self.sdoc
        covered = {k for i, j, _, _ in out for k in range(i, j)}
        # a lone word tagged a person is one only if the text names a person so ("Mr Camus")
        named = {k for i, j, name, label in out if label == "PERSON" and (
                 j - i > 1 or name in surnames) or (
                 label == "GPE" and name in self.places) for k in range(i, j)}
        places = {k for i, j, _, label in out if label == "GPE" for k in range(i, j)}
        # a word inside a longer name ("Bishop" in "Bishop's University") is no product
        inside = {k for i, j, _, _ in out for k in range(i, j - 1)}
        for tok in self.view.tokens:
            if tok.i in covered and tok.i not in named and any(
                    c.dep_ == "poss" for c in tok.children) and name_like(tok):
                pass  # a possessed name the tagger called ORG may still be a product
            elif tok.i in covered or tok.text.lower() in GENERIC_NAMES or tok.i in self.tickers \
                    or is_unit(tok) or common_possessor(tok):
                continue
            # the children last: reading them builds a Token object for each
            poss = [c for c in tok.children if c.dep_ == "poss"] if tok.pos_ in {"PROPN", "NOUN"} \
                and tok.i not in named and tok.i not in inside and not tok.is_sent_start \
                and name_like(tok) else None
            # "Ironman's Messick" where the text names "Andrew Messick": its man, no product
            if poss and (poss[0].pos_ == "PROPN" or poss[0].lower_ == "its") \
                    and not common_possessor(poss[0]) and tok.text not in surnames \
                    and poss[0].i not in named and poss[0].text not in self.places \
                    and not self.headline[self._tok_sent[tok.i]]:
                i, j = name_bounds(tok)  # "OpenAI's ChatGPT", "Pearson's Financial Times"
                name = re.sub(r"\s+", " ", span_text(sdoc[i:j]))
                # but "NAB's chairman-elect Bo Park": a name after a role is its holder, and
                # "KPMG hired EY's Ann Vale" names the person hired; after a tie noun
                # ("Acme's rival Orvane", "its supplier Brindle") a firm of its own
                titled = i > 0 and (sdoc[i - 1].lower_ in ROLE_WORDS or in_waiting(sdoc[i - 1])
                                    or sdoc[i - 1].lemma_.lower() in RELATIONAL_NOUNS)
                if hired(tok) and tok.i not in covered and j - i > 1 and all(t.is_title for t in sdoc[i:j]) \
                        and self._acceptable(name, "PERSON") and not any(t.lower_ in ROLE_WORDS for t in sdoc[i:j]):
                    out.append((i, j, name, "PERSON"))
                elif self._acceptable(name, "PRODUCT") and not (set(range(i, j)) & named) \
                        and not titled and self._made_by(poss[0], tok, places):
                    out.append((i, j, name, "PRODUCT*"))
                    self.explicit_products.add(name)
                    self.makers.setdefault(name, (poss[0], tok))
            # "Quorn Bank's rival Pellor Bank": "Bank" is inside a name already; the costly
            # _acceptable is asked only about a word one of the rules below would take
            kind = None if tok.i in covered else self._bare_word_kind(tok)
            if kind is None or not self._acceptable(tok.text, "WEAK", part=True):
                continue
            if kind == "camel":
                out.append((tok.i, tok.i + 1, tok.text, "ORG"))
            elif kind == "headline":
                out.append((tok.i, tok.i + 1, tok.text, "WEAK"))
            else:  # a capitalised argument the tagger skipped ("Vodafone teamed up with ...")
                i = self._argument_start(tok.i, covered, places)
                if i is None:
                    continue
                if i in places:  # "the El Paso County Sheriff's Office": the place opens it
                    out[:] = [c for c in out if not (i <= c[0] < tok.i and c[3] == "GPE")]
                if sdoc[i].lower_ in HONORIFICS or sdoc[i].lower_ in PERSON_TITLES \
                        and tok.i - i == 2:  # "Mr De Vido", "Sprint CFO Tarek Robbiati": a person
                    if i + 1 <= tok.i:
                        out.append((i + 1, tok.i + 1, span_text(sdoc[i + 1:tok.i + 1]), "PERSON"))
                    continue
                if self._acceptable(span_text(sdoc[i:tok.i + 1]), "WEAK") and not (
                        sdoc[i].is_sent_start and self._common_words(sdoc[i:tok.i + 1])) \
                        and not (i > 0 and sdoc[i - 1].like_num and sdoc[i - 1].head.i == i):
                    # not "Holdings", nor "Waste rose" opening a sentence beside "waste", nor
                    # "Minutes" of a show "60 Minutes"
                    out.append((i, tok.i + 1, span_text(sdoc[i:tok.i + 1]), "WEAK"))

    def _argument_start(self, k: int, covered: set[int], places: set[int]) -> int | None:
        """Where a capitalised argument the tagger skipped starts: with its proper-noun
        compounds and a common possessor ("the Dunmore Sheriff's Office", not "Office"), and
        a place that opens such an office's name ("El Paso County Sheriff's Office"); None
        when that runs into any other name found already: a piece of a name is no party."""
        sdoc, i, owned = self.sdoc, k, False
        while True:
            while i > 0 and sdoc[i].lower_ not in PERSON_TITLES:
                if _hyphen_prefix(sdoc, i, covered) and i - 2 not in self.tickers:
                    i -= 2  # past the hyphen and its word
                elif sdoc[i - 1].dep_ == "compound" and sdoc[i - 1].pos_ == "PROPN" \
                        and i - 1 not in covered and i - 1 not in self.tickers:
                    i -= 1
                else:
                    break
            if owned or not (i > 1 and sdoc[i - 1].text in POSSESSIVE_TOKENS
                             and common_possessor(sdoc[i - 2]) and i - 2 not in covered):
                break
            i, owned = i - 2, True
        if owned and i - 1 in places and sdoc[i - 1].dep_ == "compound":
            while i > 0 and i - 1 in places:
                i -= 1
            return i
        if owned:
            return None if i - 1 in covered and sdoc[i - 1].dep_ == "compound" else i
        return i - 1 if self._opening_modifier(i, k, covered) else i

    def _opening_modifier(self, i: int, k: int, covered: set[int]) -> bool:
        """"the Just Add Honey Tea Company": a capitalised adverb or adjective between "the"
        and a name, hung on that name, opens it; the parser never makes it a compound."""
        sdoc = self.sdoc
        if i < 2 or i == k or i - 1 in covered or sdoc[i - 2].lower_ != "the":
            return False
        tok = sdoc[i - 1]
        return tok.is_title and tok.is_alpha and not tok.is_sent_start \
            and tok.pos_ in {"ADV", "ADJ", "PROPN"} and i <= tok.head.i <= k \
            and tok.lower_ not in TITLE_ADJECTIVES | TITLE_MODIFIERS | CALENDAR | DEMONYMS \
            and tok.text not in self.places and not self.headline[self._tok_sent[tok.i]]

    def _made_by(self, owner, tok, places: set[int]) -> bool:
        """Whether "Owner's Name" may be a product of Owner: not when the owner is a place
        ("Quebec's"), a school or town, nor when the name is an institution or a venue
        ("the College's Wilder Bowl", "Avalon's Bishop's University")."""
        last = tok.lower_
        if owner.i in places or last in VENUE_WORDS or last in ORG_NAME_WORDS - PUBLICATION_WORDS:
            return False
        if any(c.dep_ == "poss" for c in owner.children) and owner.text[:1].isupper():
            return False  # "Avalon's Bishop's University": a name with a possessive inside
        return owner.lower_ not in NON_MAKER_WORDS

    def _without_tickers(self, raw):
        """"Dalton Corp DLT", "Acme Inc.'s ACM Acme": stock symbols trimmed off candidate names."""
        sdoc, out = self.sdoc, []
        for i, j, name, label in raw:
            if any(k in self.tickers for k in range(i, j)):
                while i < j and (i in self.tickers or sdoc[i].lower_ in COMPANY_SUFFIXES):
                    i += 1
                while j > i and (j - 1 in self.tickers or sdoc[j - 1].is_punct
                                 or sdoc[j - 1].lower_ in COMPANY_SUFFIXES):
                    j -= 1
                if i >= j:
                    continue
                name = re.sub(r"\s+", " ", span_text(sdoc[i:j]))
            out.append((i, j, name, label))
        return out

    def _acceptable(self, name: str, label: str, part: bool = False) -> bool:
        """Whether a candidate can be a name; a `part` may still grow into one ("Holdings")."""
        low = name.lower()
        if not part and all(w.strip(",") in COMPANY_SUFFIXES | FRAGMENT_WORDS | PERSON_SUFFIXES
                            for w in low.split()):
            return False  # "Corp", "Group": the tail of a name, never a name alone
        if label not in {"NORP", "OTHER"} and not_party_type(name):
            return False  # "Covid-19" found again as a weak name: it was typed already
        if not part and name in self._law_names():
            return False  # "the HELP Act" ... "HELP funds": the name of a law, no party
        if not part and label not in {"PRODUCT", "PERSON"} and " " in name and name != low \
                and not set(low.split()) & BODY_WORDS \
                and low in self.text and whole_word(low).search(self.text):  # substring first
            return False  # "Task Force" beside "task force": common words (but "— ada vale (@..."
            # signs a post: people keep their names)
        if name.lower() in GENERIC_NAMES or not any(c.isalpha() for c in name) \
                or not name[0].isalnum() or name.lower().rstrip(".") in CALENDAR:
            return False
        if all(w.lower() in ROLE_WORDS for w in name.split()):
            return False  # "Chief Executive"
        if low.removesuffix("s") in PLACE_UNITS:
            return False  # "District" left over from "Larch District": the tail of a place
        if len(name) < 2 and not (label == "ORG" and name.isupper()):
            return False
        if name.islower() and not any(c.isdigit() or c == "." for c in name):
            return False  # "congress", "the institute": a common word, no name
        return not name.startswith("@") and not CONTRACTION.fullmatch(name)
