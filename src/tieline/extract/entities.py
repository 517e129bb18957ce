"""Entity mentions in one parsed document, grouped under canonical names.

spaCy's NER proposes mentions; we clean their surface form (possessives, company suffixes,
honorifics, leading articles), vote each name's type over all its mentions and the cues around
them (a name tagged PERSON once and ORG three times is an ORG), group short forms and acronyms
under the fullest name, find every later occurrence of a known name the tagger missed, detect
products and the company that makes them ("Microsoft's Azure servers", "its Copilot 365
product"), and resolve descriptive anaphora ("the company", "the chipmaker") and "it/its" to the
most salient compatible organization: never a place, an outlet that is only cited, or a firm
whose name or nationality does not fit the description ("the bank", "the German exchange").
Stock symbols ("Acme Inc. ACME") are dropped, and names run together across a boundary
("aerospace group Vantex Pierre Lemaire") are split.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from ..model import Entity
from ..names import clean_name  # noqa: F401 - re-exported for the extractors
from .lexicon import (COMPANY_SUFFIXES, GENERIC_NAMES, HONORIFICS, ORG_DESCRIPTORS,
                      ORG_NAME_TAILS, ORG_NAME_WORDS, PRODUCT_NOUNS, PUBLICATION_WORDS,
                      ROLE_WORDS, place_names)

LABEL_TYPES = {"ORG": "ORG", "PERSON": "PERSON", "PRODUCT": "PRODUCT", "EVENT": "EVENT",
               "GPE": "GPE", "FAC": "ORG", "WORK_OF_ART": "PRODUCT", "LOC": "GPE"}
POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}
MAKER_NOUNS = {"maker", "developer", "creator", "publisher", "manufacturer", "producer", "designer",
               "builder", "inventor"}
DEVELOP_VERBS = {"develop", "build", "make", "create", "design", "launch", "release", "produce",
                 "manufacture", "publish", "introduce", "unveil"}
LAUNCH_VERBS = {"launch", "release", "unveil", "introduce", "debut", "open-source", "ship", "publish"}
# Descriptors only a company takes (unlike "investor" or "developer", which people are too).
FIRM_ONLY = {"firm", "company", "group", "startup", "start-up", "bank", "lender", "carrier",
             "airline", "brewer", "winemaker", "retailer", "insurer", "conglomerate", "chipmaker",
             "carmaker", "automaker", "drugmaker", "manufacturer", "miner", "operator", "utility",
             "subsidiary", "unit", "broadcaster", "corporation", "consultancy", "outfit"}
BRAND_NOUNS = {"brand", "brands", "label", "labels", "marque", "marques", "lager", "beer"}
NAMING_VERBS = {"dub", "call", "name", "brand"}
VENTURE_NOUNS = {"venture", "project", "initiative", "entity", "vehicle", "fund", "programme",
                 "program", "consortium", "alliance", "body"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"}
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec"}
HEADLINE_LINKS = {"join", "joins", "vs", "vs.", "versus", "acquires", "buys", "sues", "backs",
                  "rejoins", "leaves", "quits"}
STAKE_WORDS = {"%", "percent", "stake", "stakes", "share", "shares", "shareholding", "holding",
               "equity", "control"}
INVEST_WORDS = {"invest", "investment", "stake", "billion", "million", "shareholding", "bet"}
BRACKETED = re.compile(r" \(([A-Z][A-Za-z&]{1,6})\)")
SUFFIX_TAIL = re.compile(r",? (?:Ltd|Inc|Corp|Limited)\.?$")
CAMEL = re.compile(r"^(?:[a-z]{1,3}[A-Z][A-Za-z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z]+)$")
PRONOUNS = {"it", "its"}
# "Oracle, its cloud partner": `its` in such an apposition is the other party, not Oracle
RELATIONAL_NOUNS = {"partner", "rival", "competitor", "supplier", "provider", "customer", "client",
                    "investor", "backer", "owner", "parent", "vendor", "lender", "adviser",
                    "advisor", "ally", "unit", "subsidiary", "affiliate"}
ANTECEDENT_WINDOW = 5  # sentences looked back for an antecedent
# "would value the company", "bid for the group": the description is the target of a deal
TARGET_VERBS = {"value", "buy", "acquire", "bid", "takeover", "purchase"}
SHARE_WORDS = {"%", "percent", "share", "third", "half", "quarter", "portion", "proportion",
               "bulk", "majority", "most", "much"}
# A description's class and the name words that show a firm belongs to it.
_PRESS = {"times", "post", "journal", "telegraph", "guardian", "herald", "tribune", "news",
          "press", "newspaper", "media", "mirror", "observer", "independent"}
_AIR = {"air", "airline", "airlines", "airways", "aviation", "carrier"}
_MONEY = {"bank", "banc", "banking", "bancorp", "lender"}
_STATE = {"commission", "authority", "agency", "regulator", "watchdog", "ministry", "department",
          "office", "council", "board", "bureau", "administration"}
_PRESS_DESCRIPTORS = {"newspaper", "paper", "publisher", "outlet"}
CLASS_WORDS = {"newspaper": _PRESS, "paper": _PRESS, "publisher": _PRESS, "outlet": _PRESS,
               "carrier": _AIR, "airline": _AIR, "bank": _MONEY, "lender": _MONEY,
               "exchange": {"exchange", "bourse", "boerse", "börse", "stock", "market", "markets"},
               "regulator": _STATE, "watchdog": _STATE, "agency": _STATE,
               "brewer": {"brewer", "brewery", "breweries", "brewing", "beer"},
               "miner": {"mining", "minerals", "metals", "resources", "miner"},
               "carmaker": {"motor", "motors", "auto", "automotive", "cars", "carmaker"},
               "automaker": {"motor", "motors", "auto", "automotive", "cars", "automaker"},
               "insurer": {"insurance", "assurance", "insurer", "life"}}
GENERIC_DESCRIPTORS = {"company", "firm", "group", "business", "organisation", "organization",
                       "corporation"}


@dataclass
class Mention:
    name: str  # canonical
    type: str
    start: int  # character offsets in the document
    end: int
    root: object  # spaCy token
    kind: str = "name"  # name | description ("the chipmaker") | pronoun ("its")
    span: tuple[int, int] = field(default=(0, 0))  # token offsets [i, j)


def _norm_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _text(tokens) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _name_like(tok) -> bool:
    """A token that can be part of a product or model name: Copilot, 365, Phi-3.5, H100."""
    text = tok.text
    if tok.is_punct and text not in {"-", "‑", "."}:
        return False
    if tok.pos_ == "PROPN" or text[:1].isupper():
        return text.lower() not in GENERIC_NAMES
    has_digit = any(c.isdigit() for c in text)
    return has_digit and (any(c.isalpha() for c in text) or tok.pos_ == "NUM")


def clean_span(tokens) -> tuple[int, int] | None:
    """Token bounds of the name inside an entity span, or None if nothing name-like is left."""
    toks = list(tokens)
    if not toks:
        return None
    i, j = 0, len(toks)
    for k, tok in enumerate(toks):  # "OpenAI's Escape Clause" names OpenAI
        if k > 0 and (tok.text in POSSESSIVE_TOKENS or tok.text == "("):
            j = k
            break
    while i < j and (toks[i].is_punct or toks[i].is_space or toks[i].lower_ in HONORIFICS
                     or toks[i].text in POSSESSIVE_TOKENS):
        i += 1
    if i < j and toks[i].lower_ in {"a", "an"}:
        i += 1
    if i < j and toks[i].lower_ == "the" and toks[j - 1].lower_ not in PUBLICATION_WORDS:
        i += 1
    while j > i and (toks[j - 1].is_punct or toks[j - 1].is_space
                     or toks[j - 1].lower_ in COMPANY_SUFFIXES
                     or toks[j - 1].text in POSSESSIVE_TOKENS):
        j -= 1
    if j <= i:
        return None
    return toks[i].i, toks[j - 1].i + 1


def _acronyms(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) < 2:
        return set()
    caps = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words).upper()
    return {a for a in (caps, every) if len(a) >= 2}


def _is_headline(sent) -> bool:
    """Title-case lines ("Acme's Chief Scientist Leaves to Join Globex!") fool the tagger."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    if len(words) < 3:
        return False
    ratio = sum(t.text[0].isupper() for t in words) / len(words)
    ends_as_prose = sent.text.rstrip()[-1:] in {".", '"', "”", "…"}
    if len(words) > 8:
        return ratio > 0.8 and not ends_as_prose
    return ratio > (0.85 if ends_as_prose else 0.6) and len(words) >= (5 if ends_as_prose else 3)


class DocEntities:
    """Mentions and canonical entities of one spaCy Doc."""

    def __init__(self, sdoc: Doc):
        self.sdoc = sdoc
        self.text = sdoc.text  # Doc.text rebuilds the string on every access
        self.places = place_names()
        self.sents = list(sdoc.sents)
        self._tok_sent = [0] * len(sdoc)
        for k, sent in enumerate(self.sents):
            self._tok_sent[sent.start:sent.end] = [k] * (sent.end - sent.start)
        self.headline = [_is_headline(sent) for sent in self.sents]
        self.descriptor_names: dict[str, list[str]] = defaultdict(list)
        self.makers: dict[str, tuple[str, object]] = {}  # product -> (maker, token)
        self.explicit_products: set[str] = set()  # "its chatbot, Grok": named as a product
        self.product_lists: list[list[str]] = []  # "the A, B and C brands": one maker
        self._splits: set[int] = set()  # token where a run-together name was cut in two
        self._surnames: set[str] = set()  # last words of people's names in this text
        self.tickers: set[int] = set()  # tokens of stock symbols quoted with a company

        raw = self._ner_candidates()
        raw += self._product_cues(raw)
        products = self._product_candidates(raw)
        covered = {k for i, j, _, _ in products for k in range(i, j)}
        raw = [r for r in raw if not any(k in covered for k in range(r[0], r[1]))] + products
        raw = self._without_tickers(raw)
        votes = self._vote(raw)
        canon = self._group(raw, votes)
        self._words = {name: [t.text for t in sdoc[i:j]] for i, j, name, _ in raw}
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        for i, j, name, _ in raw:
            cname = canon.get(name)
            if cname:
                self._add(Mention(cname, "", sdoc[i].idx, sdoc[j - 1].idx + len(sdoc[j - 1]),
                                  sdoc[i:j].root, "name", (i, j)))
        self._find_known_names(canon)
        self.entities: dict[str, Entity] = {}
        for name, cname in canon.items():
            ent = self.entities.setdefault(cname, Entity(cname, self._type_of(cname, votes, canon)))
            if name != cname and name not in ent.aliases:
                ent.aliases.append(name)
        for m in self.mentions:
            m.type = self.entities[m.name].type
        labels = defaultdict(set)
        for i, j, n, label in raw:  # "Rome's loan to the carrier": tagged a place, never acting
            acting = sdoc[i:j].root.dep_ in {"nsubj", "nsubjpass", "dobj", "appos"}
            labels[canon.get(n)].add("ACT" if acting else label)
        self._placelike = {n for n, kinds in labels.items() if kinds == {"GPE"}}
        sources, counts = Counter(m.name for m in self.mentions if is_source(m.root)), self.counts()
        # an outlet only ever cited ("Reuters reported") is never what "the company" means
        self.cited = {n for n, c in sources.items() if c == counts[n]}
        self._link_makers(pronouns=False)
        self._resolve_anaphora()
        self._link_makers(pronouns=True)  # "its Evolution X range": once "It" is resolved
        self.mentions.sort(key=lambda m: m.start)

    # ---- candidates -------------------------------------------------------------------
    def _ner_candidates(self) -> list[tuple[int, int, str, str]]:
        sdoc = self.sdoc
        body = " ".join(s.text for k, s in enumerate(self.sents) if not self.headline[k])
        out = []
        # surnames the text gives people ("Mr Camus", "Philippe Camus" tagged PERSON)
        surnames = {e[-1].text for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1}
        surnames |= {t.nbor().text for t in sdoc[:-1] if t.lower_ in HONORIFICS and t.nbor().is_title}
        self._surnames = surnames
        self.tickers = _ticker_tokens(sdoc)
        for ent in sdoc.ents:
            label = LABEL_TYPES.get(ent.label_)
            if ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and ent.root.dep_ in ARG_DEPS:
                label = "WEAK"  # "Safran" tagged as a nationality: a name all the same
            if label is None:
                continue
            for part in _split_coordination(ent):
                bounds = clean_span(part)
                if bounds is None:
                    continue
                i, j = bounds
                while i < j and (i in self.tickers or sdoc[i].lower_ in COMPANY_SUFFIXES):
                    i += 1  # "Inc. AMZN", "GOOG GOOGL Google": a stock symbol is no name
                if i >= j or j - i == 1 and _unit(sdoc[i]):
                    continue
                while label == "ORG" and j - i > 1 and sdoc[j - 1].lower_ in ROLE_WORDS:
                    j -= 1  # "NUJ General Secretary" is the NUJ
                if j - i > 2 and sdoc[i].lower_ in ROLE_WORDS and sdoc[j - 1].pos_ == "PROPN":
                    while j - i > 2 and sdoc[i].lower_ in ROLE_WORDS:
                        i += 1  # "Chief Scientist Ilya Sutskever" is a person
                    label = "PERSON"
                if j - i >= 3 and sdoc[j - 1].text in surnames and (label == "ORG" or (
                        label == "PERSON" and i > 0 and sdoc[i - 1].lemma_.lower() in ORG_DESCRIPTORS)):
                    out.append((j - 2, j, _text(sdoc[j - 2:j]), "PERSON"))  # "EADS Philippe Camus"
                    self._splits.add(j - 2)
                    j, label = j - 2, "ORG"
                if label == "ORG" and j < len(sdoc) and re.fullmatch(r"(19|20)\d\d", sdoc[j].text):
                    j, label = j + 1, "EVENT"  # "Microsoft Build 2024", "Euro 2004"
                name = re.sub(r"\s+", " ", _text(sdoc[i:j]))
                if not self._acceptable(name, label):
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
        out = self._merge_adjacent(out)
        covered = {k for i, j, _, _ in out for k in range(i, j)}
        # a lone word tagged a person is one only if the text names a person so ("Mr Camus")
        named = {k for i, j, name, label in out if label == "PERSON" and (
                 j - i > 1 or name in surnames) or (
                 label == "GPE" and name in self.places) for k in range(i, j)}
        for tok in sdoc:
            if tok.i in covered and tok.i not in named and any(
                    c.dep_ == "poss" for c in tok.children) and _name_like(tok):
                pass  # a possessed name the tagger called ORG may still be a product
            elif tok.i in covered or tok.text.lower() in GENERIC_NAMES or tok.i in self.tickers \
                    or _unit(tok):
                continue
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if poss and _name_like(tok) and tok.pos_ in {"PROPN", "NOUN"} and tok.i not in named \
                    and not tok.is_sent_start and (poss[0].pos_ == "PROPN" or poss[0].lower_ == "its") \
                    and poss[0].i not in named and poss[0].text not in self.places \
                    and not self.headline[self._tok_sent[tok.i]]:
                i, j = _name_bounds(tok)  # "OpenAI's ChatGPT", "Pearson's Financial Times"
                name = re.sub(r"\s+", " ", _text(sdoc[i:j]))
                if self._acceptable(name, "PRODUCT") and not (set(range(i, j)) & named):
                    out.append((i, j, name, "PRODUCT*"))
                    self.explicit_products.add(name)
                    self.makers.setdefault(name, (poss[0], tok))
            if not self._acceptable(tok.text, "WEAK"):
                continue
            if CAMEL.match(tok.text):  # "xAI", "iPhone", "eDonkey": camel-case words are names
                out.append((tok.i, tok.i + 1, tok.text, "ORG"))
            elif tok.i > 0 and sdoc[tok.i - 1].lower_ in HEADLINE_LINKS and tok.text[:1].isupper() \
                    and tok.is_alpha and self.headline[self._tok_sent[tok.i]]:
                out.append((tok.i, tok.i + 1, tok.text, "WEAK"))  # "... to Join Apple"
            elif tok.pos_ == "PROPN" and tok.dep_ in ARG_DEPS and tok.text[0].isupper() \
                    and tok.text.isalnum() and len(tok.text) > 1 \
                    and tok.lower_ not in CALENDAR and not self.headline[self._tok_sent[tok.i]]:
                # a capitalised argument the tagger skipped ("Vodafone teamed up with ...")
                i = tok.i
                while i > 0 and sdoc[i - 1].dep_ == "compound" and sdoc[i - 1].pos_ == "PROPN" \
                        and sdoc[i - 1].i not in covered and i - 1 not in self.tickers:
                    i -= 1
                if sdoc[i].lower_ in HONORIFICS:  # "Mr De Vido" the tagger skipped: a person
                    if i + 1 <= tok.i:
                        out.append((i + 1, tok.i + 1, _text(sdoc[i + 1:tok.i + 1]), "PERSON"))
                    continue
                out.append((i, tok.i + 1, _text(sdoc[i:tok.i + 1]), "WEAK"))
        return out

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
                name = re.sub(r"\s+", " ", _text(sdoc[i:j]))
            out.append((i, j, name, label))
        return out

    def _merge_adjacent(self, out):
        """"Lockheed" + "Martin" tagged as two names but parsed as one noun phrase."""
        sdoc, merged = self.sdoc, []
        for cand in sorted(out):
            if merged and merged[-1][1] == cand[0] and cand[1] - merged[-1][0] <= 4 \
                    and cand[0] not in self._splits \
                    and sdoc[cand[0] - 1].head.i in range(cand[0], cand[1]) \
                    and sdoc[cand[0] - 1].dep_ == "compound" and "ORG" in (merged[-1][3], cand[3]) \
                    and cand[3] != "PRODUCT":  # but "Airbus" + "A320" is a maker and its model
                i = merged[-1][0]
                merged[-1] = (i, cand[1], _text(sdoc[i:cand[1]]), "ORG")
            else:
                merged.append(cand)
        return merged

    def _acceptable(self, name: str, label: str) -> bool:
        if name.lower() in GENERIC_NAMES or not any(c.isalpha() for c in name) \
                or not name[0].isalnum() or name.lower().rstrip(".") in CALENDAR:
            return False
        if all(w.lower() in ROLE_WORDS for w in name.split()):
            return False  # "Chief Executive"
        if len(name) < 2 and not (label == "ORG" and name.isupper()):
            return False
        return not name.startswith("@")

    def _product_candidates(self, raw) -> list[tuple[int, int, str, str]]:
        """Names in product noun phrases; records who makes them where the phrase says."""
        sdoc = self.sdoc
        named = {k for i, j, name, label in raw if label == "PERSON" and (
                 j - i > 1 or name in self._surnames) or (
                 label == "GPE" and name in self.places) for k in range(i, j)}
        org_at = {k: name for i, j, name, label in raw if label in {"ORG", "GPE"}
                  for k in range(i, j)}
        single_orgs = {name.lower(): name for i, j, name, label in raw if j - i == 1 and (
                       label in {"ORG", "WEAK"} or label == "GPE" and name not in self.places)}
        named |= {k for i, j, _, label in raw if label == "ORG" and sdoc[i:j].root.dep_ == "poss"
                  for k in range(i, j)}
        out = []
        matcher = _product_matcher(sdoc.vocab)
        for _, h, _ in matcher(sdoc):
            head = sdoc[h]
            if head.pos_ not in {"NOUN", "PROPN"}:
                continue
            k = h - 1
            # "its Siri voice assistant", "GPT-4 large language model", '"Blackwell" chips'
            while k >= head.left_edge.i and not _name_like(sdoc[k]) and (
                    sdoc[k].is_quote or sdoc[k].is_lower and sdoc[k].is_alpha
                    and sdoc[k].dep_ in {"compound", "amod", "nmod"}):
                k -= 1
            skipped_to = k
            while k >= head.left_edge.i and (_name_like(sdoc[k]) or (
                    sdoc[k].lower_ in GENERIC_NAMES and sdoc[k].text[:1].isupper())) \
                    and sdoc[k].dep_ in {"compound", "nmod", "nummod", "amod", "npadvmod"}:
                k -= 1
            i, j = k + 1, skipped_to + 1
            while i < j and sdoc[i].is_quote:
                i += 1
            while i < j and sdoc[i].like_num and not any(c.isalpha() for c in sdoc[i].text) and (
                    "," in sdoc[i].text or i + 1 in org_at or len(sdoc[i].text) > 4
                    or (i + 1 < j and sdoc[i + 1].like_num)
                    or any(MODEL_NUMBER.fullmatch(t.text) for t in sdoc[i + 1:j])):
                i += 1  # "100,000 Nvidia GPUs", "30 Airbus A320s" (but "787 Dreamliner")
            maker = None
            if j - i == 2 and MODEL_NUMBER.fullmatch(sdoc[i + 1].text) and (
                    i in org_at or sdoc[i].lower_ in single_orgs) and i not in named:
                maker = single_orgs.get(sdoc[i].lower_, sdoc[i].text)  # "Vantair V320 planes"
                out.append((i, i + 1, maker, "ORG"))
                i += 1
            if head.is_title and not head.is_sent_start and i < j:
                j = h + 1  # "Amazon Web Services": the head noun is part of the name
                maker = org_at.get(i)
                if maker is None:
                    continue  # "Epic Games": a firm's name, not a product's
            while j > i and (sdoc[j - 1].lower_ in GENERIC_NAMES or sdoc[j - 1].lower_ in COMPANY_SUFFIXES):
                j -= 1
            while i < j and sdoc[i].lower_ in GENERIC_NAMES:
                i += 1
            # "Nvidia H100 GPUs": the maker's name leads a model number (but "Copilot 365" is
            # all product, and the maker's name stays in "Acme Lakehouse platform")
            while i < j and i in org_at and j <= h and any(
                    c.isalpha() for t in sdoc[i + 1:j] for c in t.text) and any(
                    c.isdigit() for t in sdoc[i + 1:j] for c in t.text):
                maker = org_at[i]
                i += 1
            has_poss = any(c.dep_ == "poss" for c in head.children)
            if i < j and all(k in org_at for k in range(i, j)) and not has_poss \
                    and head.lower_ not in BRAND_NOUNS:  # "the Rosemount brand" is no maker
                if j - i >= 2 and sdoc[i].lower_ in single_orgs:
                    maker, i = single_orgs[sdoc[i].lower_], i + 1  # "Nvidia Hopper GPUs" as one ORG
                else:
                    maker, i = org_at[i], j  # "Nvidia GPUs": a maker, no product name
            if i >= j and head.tag_ == "NNS" and h > 0 and not has_poss \
                    and sdoc[h - 1].text[:1].isupper() and _name_like(sdoc[h - 1]) \
                    and h - 1 not in named and (head.lower_ in BRAND_NOUNS or h - 1 not in org_at):
                i, j = h - 1, h  # "the Kestrel, Marlowe and Tidewell brands", however parsed
            appos_form = i >= j
            if i >= j:
                appos = [c for c in head.children if c.dep_ in {"appos", "oprd"} and _name_like(c)]
                # "its own models like MAI-Voice-1": named examples of the product noun
                appos += [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"like", "including"}
                          for p in c.children if p.dep_ == "pobj" and _name_like(p)]
                dubbed = [g for c in head.children if c.dep_ == "acl"
                          and c.lemma_ in {"dub", "call", "name", "brand"}
                          for g in c.children if g.dep_ in {"oprd", "dobj", "xcomp", "attr"}]
                target = (appos or [g for g in dubbed if _name_like(g)] or [None])[0]
                if target is None and head.dep_ == "compound" and _name_like(head.head) \
                        and head.head.i not in named and head.head.i not in org_at:
                    target = head.head
                if target is None:
                    continue
                i, j = _name_bounds(target)
            if (not appos_form and any(k in named for k in range(i, j))) or (
                    sdoc[i].is_sent_start and j - i == 1 and sdoc[i].pos_ != "PROPN"):
                continue
            name = re.sub(r"\s+", " ", _text(sdoc[i:j]))
            if not self._acceptable(name, "PRODUCT") or name.lower() in COMPANY_SUFFIXES:
                continue
            found = [(i, j, name)]
            if not appos_form and head.tag_ in {"NNS", "NNPS"}:
                taken = named if head.lower_ in BRAND_NOUNS else named | set(org_at)
                found += self._listed_before(i, taken)  # "the A, B and C brands"
            poss = [c for c in head.children if c.dep_ == "poss"]
            if maker is None and poss:
                maker = poss[0]  # a token; resolved once names are grouped
            if len(found) > 1:
                self.product_lists.append([name for _, _, name in found])
            for i, j, name in found:
                out.append((i, j, name, "PRODUCT*"))
                if appos_form or has_poss or len(found) > 1:  # "its AI chatbot, Grok"
                    self.explicit_products.add(name)
                if maker is not None:
                    self.makers.setdefault(name, (maker, head))
        return out

    def _listed_before(self, i: int, taken: set[int]) -> list[tuple[int, int, str]]:
        """Names listed before a product name: "Penfolds" and "Lindemans" in "the Penfolds,
        Lindemans and Rosemount brands" (single capitalised words, as the tagger rarely joins them)."""
        sdoc, out = self.sdoc, []
        k = i - 1
        while k >= 2 and sdoc[k].lower_ in {",", "and", "or"}:
            if sdoc[k].lower_ != "," and sdoc[k - 1].text == ",":
                k -= 1  # serial comma
            name_tok = sdoc[k - 1]
            if not (name_tok.text[:1].isupper() and name_tok.is_alpha and _name_like(name_tok)) \
                    or name_tok.i in taken or name_tok.text in self.places:
                break
            out.append((k - 1, k, name_tok.text))
            k -= 2
        return out

    def _product_cues(self, raw) -> list[tuple[int, int, str, str]]:
        """Names the syntax calls products: "the maker of X", "the company behind X and Y",
        "X was developed by ...", "... launched X"."""
        sdoc, out = self.sdoc, []
        # "publishes The Sun, the Acme Media Group and Trinity ...": a firm ends the product list
        firms = {sdoc[i:j].root.i for i, j, name, label in raw if label == "ORG" and j - i > 1 and (
                 "&" in name or sdoc[j - 1].lower_ in ORG_NAME_WORDS - PUBLICATION_WORDS)}
        for i, j, name, label in raw:
            if label not in {"ORG", "PRODUCT", "WEAK", "PERSON", "GPE"} or j - i > 4 or (
                    label == "GPE" and name in self.places) or (
                    label == "PERSON" and j - i > 1):
                continue
            root = sdoc[i:j].root
            tok = root
            while tok.dep_ == "conj" and tok.head.i != tok.i and tok.i not in firms and not any(
                    c.dep_ == "conj" and c.i < tok.i and c.i in firms for c in tok.head.children):
                tok = tok.head
            if tok.dep_ == "conj":
                continue
            head = tok.head
            cue = (tok.dep_ == "pobj" and (
                head.lower_ == "behind" and head.head.lemma_.lower() in ORG_DESCRIPTORS
                or head.lower_ == "of" and head.head.lemma_.lower() in MAKER_NOUNS))
            cue |= tok.dep_ == "nsubjpass" and head.lemma_ in DEVELOP_VERBS
            # "the maker of the Zephyr chatbot": a name compounded with a product noun there
            if tok.dep_ in {"compound", "nmod"} and head.lower_ in PRODUCT_NOUNS and head.dep_ == "pobj":
                grand = head.head
                cue |= grand.lower_ == "of" and grand.head.lemma_.lower() in MAKER_NOUNS
                cue |= grand.lower_ == "behind" and grand.head.lemma_.lower() in ORG_DESCRIPTORS
            # "a rival chatbot, dubbed Claude"; "Falcon Mini (a smaller model)"
            cue |= tok.dep_ in {"oprd", "xcomp", "attr"} and head.lemma_ in NAMING_VERBS \
                and head.head.lemma_.lower() not in ORG_DESCRIPTORS | VENTURE_NOUNS
            cue |= any(c.dep_ == "appos" and c.lower_ in PRODUCT_NOUNS for c in root.children)
            cue |= tok.dep_ == "dobj" and head.lemma_ in LAUNCH_VERBS and any(
                c.dep_ == "nsubj" for c in head.children)
            kind = self._predicated_product(tok)
            if kind is not None:  # "Gemini is the line of AI models being developed by DeepMind"
                cue = True
                agent = [p for t in kind.subtree if t.dep_ == "agent" and t.head.lemma_ in DEVELOP_VERBS
                         for p in t.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                if agent:
                    self.makers.setdefault(name, (agent[0], kind))
            if cue:
                out.append((i, j, name, "PRODUCT*"))
                self.explicit_products.add(name)
                desc = head.head if head.lower_ in {"behind", "of"} else None
                if desc is not None and desc.dep_ == "appos" and desc.head.pos_ == "PROPN":
                    self.makers.setdefault(name, (desc.head, desc))  # "Acme, the maker of X"
        return out

    @staticmethod
    def _predicated_product(tok):
        """The product noun a name is said to be: "X is a chatbot", "X is the family of models"."""
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            return None
        for attr in (c for c in tok.head.children if c.dep_ == "attr"):
            kinds = [attr, *(p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj")]
            for noun in kinds:
                if noun.lemma_.lower() in PRODUCT_NOUNS - ORG_DESCRIPTORS - {"family", "line",
                                                                             "series", "range"}:
                    return noun
        return None

    # ---- typing and grouping ------------------------------------------------------------
    def _vote(self, raw) -> dict[str, Counter]:
        sdoc = self.sdoc
        votes: dict[str, Counter] = defaultdict(Counter)
        multi_person = {n for i, j, n, lab in raw if lab == "PERSON" and j - i > 1}
        strong_org: set[str] = set()
        firms: set[str] = set()  # introduced by a noun only a company takes ("water firm X")
        for i, j, name, label in raw:
            v = votes[name]
            if label == "PRODUCT*":
                v["PRODUCT"] += 2 if name in self.makers or name in self.explicit_products else 0.8
            elif label == "GPE":
                place = name in self.places or name.isupper() or (
                    j < len(sdoc) and sdoc[j].text in {"-", "‑"})
                root = sdoc[i:j].root
                actor = any(c.dep_ == "poss" and c.text in self.places for c in root.children) or \
                    root.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "appos"} or (
                    root.dep_ == "pobj" and root.head.lower_ in {"with", "by", "against", "into"}) or (
                    root.dep_ == "pobj" and root.head.lower_ == "in"
                    and root.head.head.lemma_ in INVEST_WORDS)
                if place:
                    v["GPE"] += 3
                elif actor or CAMEL.match(name):  # a "place" that acts or is invested in, "OpenAI"
                    v["ORG"] += 0.6
                else:
                    v["GPE"] += 1
            elif label == "WEAK":
                v["ORG"] += 0.4
            elif label == "PERSON" and j - i == 1 and not any(
                    name in p.split() for p in multi_person):
                v["UNSURE"] += 1  # a lone surname-like word: a person only if introduced as one
            elif label == "PERSON":
                v["PERSON"] += 2
            else:
                v[label] += 1
            prev = sdoc[i - 1] if i > 0 else None
            if prev is not None and prev.lower_ in HONORIFICS:
                v["PERSON"] += 2
            if prev is not None and prev.lower_ in ROLE_WORDS and j - i > 1 and label in {"PERSON", "ORG"} \
                    and all(t.is_title for t in sdoc[i:j]):
                v["PERSON"] += 1 if label == "PERSON" else 2  # "boss Bernie Ebbers"
            nxt = sdoc[j:j + 3]
            if len(nxt) >= 2 and nxt[0].text in POSSESSIVE_TOKENS and any(
                    t.lower_ in ROLE_WORDS for t in nxt[1:]):
                v["ORG"] += 2  # "Air Deccan's managing director ...": an employer
                strong_org.add(name)
            root = sdoc[i:j].root
            if root.dep_ == "pobj" and root.head.lower_ in {"of", "in"} and \
                    root.head.head.lemma_.lower() in STAKE_WORDS:
                v["ORG"] += 3  # "40% of Aguas Argentinas", "a stake in X": a company
                strong_org.add(name)
            org_words = {t.lower_ for t in sdoc[i:j]} & ORG_NAME_WORDS
            if j - i > 1 and (org_words or "&" in name):
                v["ORG"] += 3  # "AME Cloud Ventures", "Playground Global", "Procter & Gamble"
                if "&" in name or sdoc[j - 1].lower_ not in PUBLICATION_WORDS | {"news"}:
                    strong_org.add(name)  # but a publisher's "Financial Times" is its product
            after = sdoc[j:j + 2]
            if any(t.lower_ in COMPANY_SUFFIXES for t in after[:1]) or \
                    (len(after) == 2 and after[0].text == "," and after[1].lower_ in COMPANY_SUFFIXES):
                v["ORG"] += 2
                strong_org.add(name)
            if prev is not None and prev.lower_ in ORG_DESCRIPTORS and prev.dep_ == "compound":
                v["ORG"] += 2
                strong_org.add(name)
                self.descriptor_names[prev.lemma_.lower()].append(name)
                if prev.lower_ in FIRM_ONLY:
                    firms.add(name)  # "investment firm Grant Ledger": no person, however tagged
            root = sdoc[i:j].root
            for c in root.children:
                if c.dep_ == "appos" and j - i > 1 and c.lemma_.lower() in ROLE_WORDS - ORG_DESCRIPTORS:
                    v["PERSON"] += 3  # "Shawn Burns, a fund manager at ...": a person
                if c.dep_ == "appos" and c.lemma_.lower() in ORG_DESCRIPTORS:
                    v["ORG"] += 2
                    strong_org.add(name)
                    self.descriptor_names[c.lemma_.lower()].append(name)
                    if c.lemma_.lower() in FIRM_ONLY:
                        firms.add(name)
        people = {n for n, v in votes.items() if " " in n and v["PERSON"] > v["ORG"]}
        for name, v in votes.items():  # "Altman" once "Sam Altman" is a person
            if " " not in name and name not in strong_org and any(p.split()[-1] == name for p in people):
                v["PERSON"] += 3
        # "Ms Druyun" elsewhere: "Darleen Druyun" is a person, whoever's possessive precedes it
        called = {t.nbor().text for t in sdoc[:-1]
                  if t.lower_ in HONORIFICS and t.nbor().text[:1].isupper()}
        titled = {n for n in votes if " " in n and n.split()[-1] in called
                  and n.split()[0].lower() not in HONORIFICS and n.split()[0][:1].isupper()
                  and not {w.lower() for w in n.split()} & ORG_NAME_WORDS}
        for name in self.explicit_products - strong_org - titled:
            if name in votes:  # "OpenAI's ChatGPT", "its chatbot, Grok": the syntax decides
                votes[name]["PRODUCT"] += 10
        for name in titled - firms:
            votes[name]["PERSON"] += 4
        for name in firms - titled:
            votes[name]["PERSON"] = 0
        self._coordinated_votes(raw, votes)
        surnames = {p.split()[-1] for p in multi_person}
        single_orgs = {n for n, v in votes.items() if " " not in n and v["ORG"] >= 1}
        first_at: dict[str, int] = {}
        in_body: set[str] = set()
        for i, _, n, _ in raw:
            first_at.setdefault(n, i)
            if not self.headline[self._tok_sent[i]]:
                in_body.add(n)
        # "Yahoo ... Yahoo Messenger": a firm named first, then its name plus a word (not
        # "Acme Partners", "OpenAI LP", nor "Lockheed Martin" shortened to "Lockheed" later)
        named_after = {n for n in votes.keys() & in_body if len(n.split()) == 2
                       and n.split()[0] in single_orgs and first_at[n.split()[0]] < first_at[n]
                       and n.split()[1] not in votes and n not in strong_org
                       and n.split()[1] not in self.places and n.split()[1][:1].isupper()
                       and not (n.split()[1].isupper() and len(n.split()[1]) <= 3)
                       and n.split()[1].lower() not in ORG_NAME_WORDS | ORG_DESCRIPTORS}
        for name, v in votes.items():
            if v["PERSON"] and " " in name and name.split()[0] in single_orgs:
                v["PERSON"] = 0  # "Mistral Large" is not a person when "Mistral" is a firm
            if name in surnames:
                v["PERSON"] += 3  # "Musk" after "Elon Musk"
            if any(c.isdigit() for c in name) and v["PERSON"]:
                v["PRODUCT"] += v.pop("PERSON")  # "Grok 3", "Claude 2": no person has digits
            if VERSIONED.fullmatch(name) and not v["EVENT"]:
                v["PRODUCT"] += 5  # "Office 365", "MPT-30B", "A320": a model number names a product
            if name in named_after:
                v["PRODUCT"] += 3  # "Nvidia Hopper", "Yahoo Messenger": a firm's name, then more
            unsure = v.pop("UNSURE", 0)
            if unsure and v["PERSON"]:
                v["PERSON"] += unsure
            elif unsure or (v["GPE"] and v["GPE"] < 3 and v["PERSON"]):
                v["ORG"] += unsure + v["GPE"]  # tagged a person here and a place there: a firm
            if not v["GPE"]:
                v.pop("GPE", None)
        return votes

    def _coordinated_votes(self, raw, votes) -> None:
        """"Jeff Dean and Ann Vale": a two-word name listed with a person is a person; listed
        with "Acme Capital" it is a firm ("Acme Capital, Dee Horn and Co Ventures")."""
        sdoc = self.sdoc
        by_root = {sdoc[i:j].root.i: (i, j, name) for i, j, name, _ in raw}
        for i, j, name, label in raw:
            if j - i != 2 or not all(t.is_title for t in sdoc[i:j]) or any(
                    w in ORG_NAME_WORDS or w + "s" in ORG_NAME_WORDS for w in name.lower().split()):
                continue
            root = sdoc[i:j].root
            head = root.head if root.dep_ == "conj" else root
            sibs = [head, *(c for c in head.children if c.dep_ == "conj")]
            for sib in sibs:
                other = by_root.get(sib.i)
                if other is None or other[2] == name:
                    continue
                oi, oj, oname = other
                if {t.lower_ for t in sdoc[oi:oj]} & (ORG_NAME_WORDS - PUBLICATION_WORDS):
                    votes[name]["ORG"] += 2
                elif votes[oname]["PERSON"] > max(votes[oname]["ORG"], 1) and oj - oi > 1:
                    votes[name]["PERSON"] += 2

    @staticmethod
    def _type_of(cname: str, votes: dict[str, Counter], canon: dict[str, str]) -> str:
        total: Counter = Counter()
        for name, c in canon.items():
            if c == cname:
                total.update(votes.get(name, Counter()))
        order = {"ORG": 4, "PERSON": 3, "PRODUCT": 2, "EVENT": 1, "GPE": 0}
        return max(total, key=lambda t: (total[t], order.get(t, 0)))

    def _group(self, raw, votes) -> dict[str, str]:
        """Map each name to its canonical form; names voted places are dropped."""
        def best(name):
            c = votes[name]
            return max(c, key=lambda t: (c[t], t == "ORG"))

        first_seen: dict[str, int] = {}
        for i, _, name, _ in raw:
            first_seen.setdefault(name, i)
        kinds = {n: best(n) for n in first_seen}
        names = [n for n in first_seen if kinds[n] != "GPE"]
        canon: dict[str, str] = {}
        by_key: dict[str, str] = {}
        for name in sorted(names, key=lambda n: (-len(n), first_seen[n])):
            key = _norm_key(name)
            canon[name] = by_key.setdefault(key, name)
        acr: dict[str, str] = {}
        for name in names:
            if kinds[name] in {"ORG", "PRODUCT"}:
                for a in _acronyms(name):
                    acr.setdefault(a, name)
        for short, long_ in self._parentheticals(names):
            acr[short] = long_
        longest_first = sorted(names, key=lambda n: (-len(n), first_seen[n]))
        for name in sorted(names, key=len):
            if canon[name] != name:
                continue
            words = name.split()
            target = None
            if name in acr and acr[name] != name:
                target = acr[name]
            for longer in longest_first:
                if target or len(longer) <= len(name) or kinds[longer] != kinds[name]:
                    continue
                lw = longer.split()
                if kinds[name] == "PERSON" and len(words) == 1 and name in (lw[0], lw[-1]):
                    target = longer
                elif kinds[name] == "ORG" and lw[:len(words)] == words and all(
                        w.lower() in ORG_NAME_TAILS for w in lw[len(words):]):
                    target = longer
                elif kinds[name] == "ORG" and words[-1].lower() in PUBLICATION_WORDS and \
                        lw[-1] == words[-1] and (words[0] in {"The", lw[0]} or len(words) == 1) \
                        and not any(n.split()[0] == words[-1] and kinds[n] == "ORG" and n != name
                                    for n in names):
                    target = longer  # "The Times" for "The New York Times"
            if target:
                canon[name] = canon.get(target, target)
        products = {n for n in names if kinds[n] == "PRODUCT"}
        for name in names:  # "Microsoft Azure" tagged as one ORG is the product Azure
            first, _, rest = name.partition(" ")
            if rest in products and first in kinds and kinds[first] == "ORG":
                canon[name] = rest
                self.makers.setdefault(rest, (first, None))
        for name, c in list(canon.items()):  # follow chains
            while canon.get(c, c) != c:
                c = canon[c]
            canon[name] = c
        return canon

    def _parentheticals(self, names) -> list[tuple[str, str]]:
        """"Hindustan Aeronautics (HAL)": the bracketed acronym is an alias."""
        text, found = self.text, []
        for m in BRACKETED.finditer(text):
            before = SUFFIX_TAIL.sub("", text[max(0, m.start() - 80):m.start()])
            for name in names:
                if before.endswith(name) and m.group(1) != name:
                    found.append((m.group(1), name))
        return found

    def _find_known_names(self, canon: dict[str, str]) -> None:
        """Every occurrence of a known name is a mention, even where the tagger missed it."""
        sdoc = self.sdoc
        matcher = PhraseMatcher(sdoc.vocab)
        for name in canon:
            if len(name) < 3 or name.lower() in GENERIC_NAMES:
                continue
            matcher.add(name, [Doc(sdoc.vocab, words=self._words[name])])
        # "Jupiter" for "Jupiter Research", "Aggregate" for "Aggregate Industries"
        firsts: dict[str, list[str]] = defaultdict(list)
        for name, words in self._words.items():
            if len(words) > 1 and words[-1].lower() in ORG_NAME_WORDS and words[0].istitle() \
                    and words[0].lower() not in ORG_NAME_WORDS | GENERIC_NAMES and name in canon:
                firsts[words[0]].append(canon[name])
        short_forms = {}
        for first, owners in firsts.items():
            if len(set(owners)) == 1 and first not in canon:
                short_forms[first] = owners[0]
                matcher.add(first, [Doc(sdoc.vocab, words=[first])])
        spans = sorted(((s, e, sdoc.vocab.strings[mid]) for mid, s, e in matcher(sdoc)),
                       key=lambda x: (x[0], -(x[1] - x[0])))
        for s, e, name in spans:
            if any(k in self.by_token for k in range(s, e)):
                continue
            if name in short_forms:
                if sdoc[s].pos_ != "PROPN":
                    continue
                canon = {**canon, name: short_forms[name]}
            if e < len(sdoc) and sdoc[e].text in {"-", "‑"} and e + 1 < len(sdoc) \
                    and sdoc[e + 1].lower_ == "based":
                continue
            self._add(Mention(canon[name], "", sdoc[s].idx, sdoc[e - 1].idx + len(sdoc[e - 1]),
                              sdoc[s:e].root, "name", (s, e)))

    def _add(self, m: Mention) -> None:
        i, j = m.span
        if any(k in self.by_token for k in range(i, j)):
            return
        self.mentions.append(m)
        for k in range(i, j):
            self.by_token[k] = m

    # ---- products and anaphora ------------------------------------------------------------
    def _link_makers(self, pronouns: bool) -> None:
        for product, (maker, head) in list(self.makers.items()):
            pname = self._canonical_of(product)
            if pname is None or self.entities[pname].type != "PRODUCT":
                del self.makers[product]
                continue
            if not isinstance(maker, str) and (maker.lower_ in PRONOUNS) != pronouns:
                continue  # possessive pronouns wait until pronouns are resolved
            if isinstance(maker, str):
                mname = self._canonical_of(maker)
            else:
                m = self.mention_at(maker) or (
                    self.antecedent(maker) if maker.lower_ in PRONOUNS else None)
                mname = m.name if m else None
            if head is None:  # "Microsoft Azure": evidence is where the pair is named
                head = next((m.root for m in self.mentions if m.name == pname), None)
            if mname and mname != pname and self.entities[mname].type == "ORG" and head is not None:
                self.entities[pname].maker = self.entities[pname].maker or mname
                self.makers[product] = (mname, head)
            else:
                del self.makers[product]
        if pronouns:
            return
        for names in self.product_lists:  # "the maker behind the A, B and C brands"
            made = {self.makers[n] for n in names if n in self.makers}
            if len(made) == 1:
                maker, head = made.pop()
                for n in names:
                    pname = self._canonical_of(n)
                    if pname and self.entities[pname].type == "PRODUCT" and n not in self.makers:
                        self.entities[pname].maker = maker
                        self.makers[n] = (maker, head)
        for ent in self.entities.values():  # "Amazon Web Services": named after its maker
            first, *rest = ent.name.split()
            owner = self._canonical_of(first) if rest else None
            if ent.type == "PRODUCT" and not ent.maker and owner and self.entities[owner].type == "ORG":
                # a name whose words a shorter name already took ("NoVa" in "NoVa House") has
                # no mention of its own, so no token to cite: no maker link for it
                root = next((m.root for m in self.mentions if m.name == ent.name), None)
                if root is not None:
                    ent.maker = owner
                    self.makers.setdefault(ent.name, (owner, root))
        # "OpenAI's ChatGPT": a possessed name the tagger never called ORG or PERSON
        for m in list(self.mentions):
            if m.kind != "name" or self.entities[m.name].type != "PRODUCT":
                continue
            poss = [c for c in m.root.children if c.dep_ == "poss"]
            owner = self.mention_at(poss[0]) if poss else None
            if owner and self.entities[owner.name].type == "ORG" and not self.entities[m.name].maker:
                self.entities[m.name].maker = owner.name
                self.makers.setdefault(m.name, (owner.name, m.root))

    def _canonical_of(self, name: str) -> str | None:
        if name in self.entities:
            return name
        for ent in self.entities.values():
            if name in ent.aliases:
                return ent.name
        return None

    def _resolve_anaphora(self) -> None:
        sdoc = self.sdoc
        matcher = _anaphor_matcher(sdoc.vocab)
        for _, s, e in matcher(sdoc):
            tok = sdoc[e - 1]
            if tok.i in self.by_token:
                continue
            if tok.lower_ in PRONOUNS:
                if tok.lower_ == "it" and tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
                    continue
                if tok.lower_ == "it" and tok.head.lemma_ == "be" and any(
                        c.dep_ in {"ccomp", "xcomp", "acomp"} for c in tok.head.children):
                    continue
                span, kind = (tok.i, tok.i + 1), "pronoun"
            else:
                if tok.tag_ in {"NNS", "NNPS"} or tok.dep_ == "compound" or any(
                        c.dep_ in {"poss", "appos"} for c in tok.children):
                    continue
                dets = [c for c in tok.children if c.dep_ == "det"]
                if not dets or dets[0].lower_ not in {"the", "this"}:
                    continue
                span, kind = (dets[0].i, tok.i + 1), "description"
                if tok.dep_ in {"attr", "appos"}:
                    # "Acme is the developer of ...": predicative, not a reference back
                    holder = [c for c in tok.head.children if c.dep_ == "nsubj"] \
                        if tok.dep_ == "attr" else [tok.head]
                    ante = self.mention_at(holder[0]) if holder else None
                    if ante is not None and ante.type == "ORG":
                        self._add(Mention(ante.name, ante.type, sdoc[span[0]].idx,
                                          tok.idx + len(tok), tok, kind, span))
                    continue
                made = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"behind", "of"}
                        for p in c.children if p.dep_ == "pobj" and self.mention_at(p)
                        and self.mention_at(p).type == "PRODUCT"]
                if made:  # "the company behind ChatGPT" is whoever makes ChatGPT, if the text says
                    maker = self.entities[self.mention_at(made[0]).name].maker
                    if maker:
                        self._add(Mention(maker, "ORG", sdoc[span[0]].idx, tok.idx + len(tok),
                                          tok, kind, span))
                    continue
            ante = self.antecedent(tok)
            if ante is None:
                continue
            self._add(Mention(ante.name, ante.type, sdoc[span[0]].idx, tok.idx + len(tok),
                              tok, kind, span))

    def person_antecedent(self, token) -> Mention | None:
        """"he"/"his": the person most recently named as a subject, else most recently named."""
        k = self._tok_sent[token.i]
        for back in range(k, max(-1, k - 3), -1):
            people = [m for m in self.mentions_in(self.sents[back])
                      if m.type == "PERSON" and m.kind == "name" and m.end <= token.idx]
            if people:
                subjects = [m for m in people if m.root.dep_ in {"nsubj", "nsubjpass"}]
                return (subjects or people)[-1]
        return None

    def antecedent(self, token) -> Mention | None:
        """The organization a pronoun or definite description refers to, or None."""
        sdoc = self.sdoc
        k = self._tok_sent[token.i]
        lemma = token.lemma_.lower()
        is_pron = token.lower_ in PRONOUNS
        # binding: "Amazon ... took a stake in the startup" - the subject is not the startup
        possessor = any(c.dep_ == "case" for c in token.children)
        ancestor_subjects = set() if possessor else self._clause_subjects(token)
        excluded = set()
        if is_pron and token.dep_ == "poss" and token.head.dep_ in {"conj", "appos"}:
            m = self.mention_at(token.head.head)  # "Vivendi, its chief executive and ..."
            if m and m.type == "ORG" and (token.head.dep_ == "conj"
                                          or token.head.lemma_.lower() not in RELATIONAL_NOUNS):
                return m  # "Acme and its backer Globex"
            if m:
                excluded.add(m.name)
        excluded |= self.cited | self._share_owner_excluded(token)
        if not is_pron:
            if lemma in CLASS_WORDS and lemma in _PRESS_DESCRIPTORS:
                excluded -= self.cited  # "the newspaper reported": a cited paper is one
            excluded |= self._misfits(token)
            if self._introduced_unnamed(token):
                return None
            fit = self._compatible(lemma) | self._fits(
                token, [m for m in self.mentions if m.type == "ORG" and m.end <= token.idx])
        orgs_before = [m for m in self.mentions_in(self.sents[k])
                       if m.end <= token.idx and m.type == "ORG" and m.span[1] <= token.i
                       and (not is_source(m.root) or m.name in self.cited - excluded)
                       and m.name not in excluded]
        if is_pron:
            for anc in token.ancestors:
                if anc.dep_ == "xcomp":  # "paid Anthropic to integrate its models"
                    ctrl = [self.mention_at(c) for c in anc.head.children if c.dep_ == "dobj"]
                    if ctrl and ctrl[0] and ctrl[0].type == "ORG":
                        return ctrl[0]
                for c in anc.children:
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i and not (
                            token.dep_ == "poss" and anc.i == token.head.i):
                        m = self.mention_at(c)
                        if m and m.type == "ORG" and m.name not in excluded:
                            return m
                        if m is None and c.lemma_.lower() in ORG_DESCRIPTORS and c.pos_ == "NOUN" \
                                and any(p.dep_ == "poss" for p in c.children):
                            return None  # "Australia's watchdog said it ...": an unnamed body
            if orgs_before and token.lower_ == "its":
                return orgs_before[0]
            if orgs_before:  # "... became part of Acme when it bought Globex"
                return orgs_before[-1]
        else:
            local = [m for m in orgs_before if m.name not in ancestor_subjects]
            for m in local:
                if not fit or m.name in fit:
                    return m
        for back in range(k - 1, max(-1, k - 1 - ANTECEDENT_WINDOW), -1):
            orgs = [m for m in self.mentions_in(self.sents[back])
                    if m.type == "ORG" and m.name not in excluded
                    and (not is_source(m.root) or m.name in self.cited)]
            if not orgs:
                continue
            if not is_pron:
                if fit and not any(m.name in fit for m in orgs):
                    continue
                orgs = [m for m in orgs if not fit or m.name in fit]
                if token.head.lemma_ in TARGET_VERBS and token.dep_ == "dobj":
                    # "would value the company": the target, not the bidder of the last sentence
                    orgs = [m for m in orgs if m.root.dep_ not in {"nsubj", "nsubjpass"}] or orgs
                    return orgs[-1]
            subjects = [m for m in orgs if m.root.dep_ in {"nsubj", "nsubjpass"}]
            return (subjects or orgs)[0]
        return None

    def _clause_subjects(self, token) -> set[str]:
        """The subject of the clause holding a description ("Amazon ... took a stake in the
        startup"), or the object that controls it ("obliged GM to buy the Italian firm")."""
        for anc in token.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subj = [c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i]
            if subj:
                return {m.name for m in map(self.mention_at, subj) if m}
            ctrl = [c for c in anc.head.children if c.dep_ == "dobj"] if anc.dep_ == "xcomp" else []
            if ctrl:
                return {m.name for m in map(self.mention_at, ctrl) if m}
            if anc.dep_ not in {"conj", "xcomp"}:
                break
        return set()

    def _introduced_unnamed(self, token) -> bool:
        """"its media buying agency ... the agency": an unnamed firm introduced a little before."""
        k = self._tok_sent[token.i]
        start = self.sents[max(0, k - 2)].start
        for prev in self.sdoc[start:token.i]:
            if prev.lemma_ == token.lemma_ and prev.i not in self.by_token and any(
                    c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in prev.children):
                return not any(c.dep_ == "appos" or c.ent_type_ == "ORG" or c.pos_ == "PROPN"
                               for c in prev.children if c.dep_ != "poss")
        return False

    def _share_owner_excluded(self, token) -> set[str]:
        """"X, which accounted for 62% of its revenue": the share is someone else's, not X's."""
        noun = token.head
        if not (token.dep_ == "poss" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and noun.head.head.lower_ in SHARE_WORDS):
            return set()
        verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb else []
        if subj and subj[0].lower_ in {"which", "that"} and verb.dep_ == "relcl":
            subj = [verb.head]
        m = self.mention_at(subj[0]) if subj else None
        return {m.name} if m else set()

    def _misfits(self, token) -> set[str]:
        """Names a description cannot mean: places ("Rome"), public bodies for "the carrier",
        and firms of another nationality."""
        out = set(self._placelike)
        if token.lemma_.lower() not in CLASS_WORDS or CLASS_WORDS[token.lemma_.lower()] is not _STATE:
            out |= {n for n, words in self._words.items() if n in self.entities and any(
                w.lower() in _STATE for w in words[1:])}
        nat = [c.text for c in token.children if c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"]
        if nat:
            stem = nat[0][:4].lower()
            tagged = {m.name for m in self.mentions if m.kind == "name" and any(
                t.text[:4].lower() == stem and t.text[:1].isupper()
                for t in self.sdoc[max(0, m.span[0] - 3):m.span[0]])}
            if tagged:  # "the German exchange": the one the text calls German, if any
                out |= {m.name for m in self.mentions if m.name not in tagged}
        return out

    def _fits(self, token, orgs) -> set[str]:
        """Names whose own words fit the description's class: "the bank" for "Acme Bank"."""
        words = CLASS_WORDS.get(token.lemma_.lower())
        if not words:
            return set()
        return {m.name for m in orgs if any(w.lower().strip("'’s") in words
                                             for w in self._words.get(m.name, m.name.split()))
                or words & set(self._descriptor_lemmas(m.name))}

    def _descriptor_lemmas(self, name: str) -> list[str]:
        return [d for d, names in self.descriptor_names.items() if name in names]

    def _compatible(self, lemma: str) -> set[str]:
        """Names this description was used for ("AI startup Scale"), unless it fits any firm."""
        if lemma in GENERIC_DESCRIPTORS:
            return set()
        return set(self.descriptor_names.get(lemma, ()))

    def pair_before(self, token) -> list[Mention]:
        """The two organizations "the two companies" refers to: the last two named before it."""
        k = self._tok_sent[token.i]
        for back in range(k, max(-1, k - 3), -1):
            names: list[Mention] = []
            for m in reversed(self.mentions_in(self.sents[back])):
                if m.type == "ORG" and m.end <= token.idx and not is_source(m.root) \
                        and m.name not in [n.name for n in names]:
                    names.append(m)
            if len(names) >= 2:
                return names[:2]
        return []

    def sent_index(self, token) -> int:
        """Index in `sents` of the sentence holding a token (cheaper than `token.sent`)."""
        return self._tok_sent[token.i]

    # ---- API used by the other extractors --------------------------------------------------
    def mention_at(self, token) -> Mention | None:
        return self.by_token.get(token.i)

    def mentions_in(self, sent) -> list[Mention]:
        return [m for m in self.mentions if sent.start_char <= m.start < sent.end_char]

    def salient_org(self, exclude: set[str] = frozenset()) -> str | None:
        """The organization the document is mostly about (most mentions)."""
        counts = Counter(m.name for m in self.mentions if m.type == "ORG" and m.name not in exclude)
        return counts.most_common(1)[0][0] if counts else None

    def counts(self) -> dict[str, int]:
        return dict(Counter(m.name for m in self.mentions))


def is_source(tok) -> bool:
    """"According to Reuters", "(Reuters)", "Bloomberg reported": a source, not an actor."""
    head = tok.head
    if head.lower_ in {"to", "per"} and head.head.lower_ in {"according", "per"} or head.lower_ == "per":
        return True
    if tok.dep_ == "nsubj" and head.lemma_ in {"report", "say", "write", "tell"} and (
            head.dep_ in {"parataxis", "ccomp", "advcl"}
            or head.lemma_ == "report" and any(c.dep_ == "ccomp" for c in head.children)):
        return True  # "..., Reuters reported", "Bloomberg reported that ..."
    if tok.dep_ in {"dative", "dobj"} and head.lemma_ == "tell":
        return True  # "a spokesman told the BBC"
    if head.lower_ == "from" and head.head.lemma_ in {"report", "source", "reporting"}:
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].text == "("


MODEL_NUMBER = re.compile(r"[A-Z]{1,4}-?\d{2,}[A-Z]?")  # "A320", "MPT-30B", "H100"
# a name with a model number: "Office 365", "Claude 2", "MPT-30B", "737-800" (not "Euro 2004")
VERSIONED = re.compile(r"(?:\S+ )+(?!(?:19|20)\d\d$)\d[\d.\-]*[A-Za-z]?|\d{3}-\d{3}|"
                       + MODEL_NUMBER.pattern)
TICKER = re.compile(r"[A-Z]{1,5}(?:\.[A-Z])?")


def _ticker_tokens(sdoc) -> set[int]:
    """Stock symbols quoted with a company: "Acme Inc. ACME", "Acme Corp.'s ACM ACMX Acme",
    "(NASDAQ: ACME)" (the exchange too)."""
    found: set[int] = set()
    for tok in sdoc:
        k = tok.i
        if not TICKER.fullmatch(tok.text) or k < 2:
            continue
        if sdoc[k - 1].text == ":" and sdoc[k - 3].text == "(" and sdoc[k - 2].is_upper \
                and k + 1 < len(sdoc) and sdoc[k + 1].text == ")":
            found |= {k - 2, k}
            continue
        prev = k - 1
        while prev in found:
            prev -= 1
        if sdoc[prev].text in POSSESSIVE_TOKENS:
            prev -= 1
        if prev > 1 and sdoc[prev].lower_ in COMPANY_SUFFIXES and (
                sdoc[prev - 1].text[:1].isupper() or sdoc[prev - 1].text == ","):
            found.add(k)
    return found


def _unit(tok) -> bool:
    """"30GB", "5G": a unit stuck to a number is no name."""
    return tok.i > 0 and tok.doc[tok.i - 1].like_num and not tok.doc[tok.i - 1].whitespace_


def _split_coordination(ent):
    """"Trainium and Inferentia" is two names."""
    parts, start = [], ent.start
    for tok in ent:
        if tok.lower_ in {"and", "or"} and tok.pos_ == "CCONJ":
            parts.append(ent.doc[start:tok.i])
            start = tok.i + 1
    parts.append(ent.doc[start:ent.end])
    return [p for p in parts if len(p)]


def _name_bounds(tok) -> tuple[int, int]:
    """A name token plus its compound/number modifiers: "Mistral Large", "Grok 3"."""
    left = tok.i
    while left > 0 and tok.doc[left - 1].head.i == tok.i and tok.doc[left - 1].dep_ in {
            "compound", "nmod"} and _name_like(tok.doc[left - 1]):
        left -= 1
    right = tok.i + 1
    while right < len(tok.doc) and tok.doc[right].head.i == tok.i and \
            tok.doc[right].dep_ in {"nummod", "compound", "appos"} and \
            tok.doc[right].like_num:
        right += 1
    return left, right


_MATCHERS: dict[tuple[int, str], Matcher] = {}


def _product_matcher(vocab) -> Matcher:
    key = (id(vocab), "product")
    if key not in _MATCHERS:
        m = Matcher(vocab)
        m.add("PRODUCT_HEAD", [[{"LOWER": {"IN": sorted(PRODUCT_NOUNS)}}]])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def _anaphor_matcher(vocab) -> Matcher:
    key = (id(vocab), "anaphor")
    if key not in _MATCHERS:
        m = Matcher(vocab)
        m.add("DESCRIPTION", [[{"LEMMA": {"IN": sorted(ORG_DESCRIPTORS)}, "POS": "NOUN"}]])
        m.add("PRONOUN", [[{"LOWER": {"IN": sorted(PRONOUNS)}}]])
        _MATCHERS[key] = m
    return _MATCHERS[key]
