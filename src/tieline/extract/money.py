"""Money figures: amount and currency from the surface text, kind and owner from the parse.

Amounts are found with regular expressions built from the tables below (symbols, currency
words, scale words); a figure that only restates another in a second currency, "$1bn (£530m)"
or "two billion euros, or about $2.1 billion", is dropped. The kind comes from the words that
govern the amount in the dependency tree (the noun it modifies, the noun or verb it is the
object of, that verb's subject), falling back on the nearest keyword in the sentence; the
entity is the possessor or subject on that path, with "the company" and "it" resolved to the
organization mentioned last. Where the parse names no owner, the nearest name is taken as a
guess (lower confidence), and a repeated figure is reported once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Evidence, Money
from .modality import modality_of
from .timex import time_of

SYMBOLS = {"US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
           "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
           "¥": "JPY", "₹": "INR", "₩": "KRW"}
ISO_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "HKD", "SGD",
             "KRW", "RUB", "BRL", "SEK", "NOK", "DKK", "ZAR", "MXN")
# Currency words after the number; the longest alternative is tried first.
WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "hong kong dollars": "HKD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupees": "INR", "roubles": "RUB", "rubles": "RUB",
    "swiss francs": "CHF", "francs": "CHF", "won": "KRW", "rand": "ZAR", "kronor": "SEK",
    "pesos": "MXN", "reais": "BRL",
}
# A currency word shared by several countries: the country the article names decides.
AMBIGUOUS = {"MXN": (("argentin", "ARS"), ("chile", "CLP"), ("colombia", "COP"),
                     ("philippin", "PHP"), ("mexic", "MXN"))}
SCALES = {"trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100}
MIN_AMOUNT = 10_000  # smaller figures are prices per share or per unit, not facts

# What a figure is, from the words governing it. Checked in this order along the path.
KIND_WORDS = {
    "other": {"fine", "settle", "settlement", "penalty", "compensation", "damages", "debt",
              "bill", "tax", "payout", "fee", "levy", "payment", "reserve"},
    "valuation": {"valuation", "value", "capitalisation", "capitalization", "startup",
                  "start-up", "unicorn"},
    "funding": {"raise", "funding", "round", "financing", "loan", "credit", "fundraising",
                "fundraise", "series", "secure", "receive", "bailout", "grant", "subsidy"},
    "investment": {"invest", "investment", "stake", "equity", "bet", "pump", "pour", "commit",
                   "commitment", "pledge", "deploy", "inject", "injection", "plough", "plow"},
    "revenue": {"revenue", "sales", "turnover", "takings", "bookings", "billings"},
    "loss": {"loss", "lose", "deficit", "writedown", "write-down", "shortfall"},
    "profit": {"profit", "earnings", "income", "surplus", "ebitda"},
    "cost": {"cost", "budget", "spending", "spend", "expense", "expenditure", "capex",
             "overrun", "overspend"},
    "deal_value": {"deal", "acquisition", "acquire", "buy", "purchase", "bid", "offer",
                   "takeover", "merger", "buyout", "sale", "sell", "contract", "order",
                   "agreement", "partnership", "license", "licence", "licensing",
                   "price", "transaction", "add-on", "partner"},
}
# Words that suggest a kind only when nothing more specific is near: "paid $1bn for X" is a
# price, "paid $1bn to settle" is not.
WEAK_WORDS = {"pay": "deal_value", "spend": "cost"}
WORD_KIND = {}
for _kind, _words in KIND_WORDS.items():
    for _word in _words:
        WORD_KIND.setdefault(_word, _kind)
# Words that stand for an organization already named: resolved to the last one mentioned.
ANAPHORA = {"it", "its", "company", "firm", "group", "startup", "business", "they", "their",
            "which", "that", "who"}
OWNER_TYPES = ("ORG", "PERSON", "PRODUCT")
# Verbs whose object, not subject, owns the figure: "Nvidia backed OpenAI in a $1bn round",
# "the bid values the company at $3bn".
OBJECT_OWNER_VERBS = {"funding": {"back", "fund", "lead", "finance", "give", "lend", "grant"},
                      "valuation": {"value"}}
# Prepositions after a deal noun that name the buyer: "a takeover by X", "a buyout from X".
BUYER_PREPS = {"by", "from"}
WINDOW = 12  # tokens either side searched when the parse path names no kind


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _alternation(options) -> str:
    return "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))


_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + _alternation(NUMBER_WORDS) + r")"
_SCALE = r"(?:[ \u00a0-]?(?P<scale>" + _alternation(SCALES) + r")\b)"
_AFTER = r"(?:\s*(?P<unit>" + _alternation(WORDS) + r"|" + "|".join(ISO_CODES) + r")\b)"
AMOUNT = re.compile(
    r"(?<![\w$€£¥])(?:(?P<sym>" + _alternation(SYMBOLS) + r"|(?:" + "|".join(ISO_CODES)
    + r")\s?)\s?" + _NUM.replace("num", "num1") + _SCALE.replace("scale", "scale1") + r"?"
    + r"|" + _NUM + _SCALE + r"?" + _AFTER + r")(?![\w])",
    re.I)
RESTATED = re.compile(r"^\s*(?:\(|[,;]?\s*or\s+(?:about|around|roughly|some|nearly)?\s*|;\s*)")


@dataclass
class Amount:
    start: int
    end: int
    value: float
    currency: str


def find_amounts(text: str) -> list[Amount]:
    """Money amounts in text, in order, without the restatements in other currencies."""
    found: list[Amount] = []
    for m in AMOUNT.finditer(text):
        if m.group("num1") is not None:
            if m.group("num1").isalpha():
                continue  # "$ one" is not a figure; a symbol needs digits
            num, scale, code = m.group("num1"), m.group("scale1"), m.group("sym").strip()
            currency = SYMBOLS.get(code) or code.upper()
        else:
            num, scale, unit = m.group("num"), m.group("scale"), m.group("unit")
            if num.isalpha() and not scale:
                continue  # "a dollar", "one euro"
            currency = WORDS.get(unit.lower()) or unit.upper()
        if _lowercase_iso(m):
            continue
        value = _number(num)
        if value is None:
            continue
        value *= SCALES.get((scale or "").lower(), 1)
        if value < MIN_AMOUNT:
            continue
        if currency in AMBIGUOUS:
            lowered = text.lower()
            currency = next((c for hint, c in AMBIGUOUS[currency] if hint in lowered), currency)
        found.append(Amount(m.start(), m.end(), value, currency))
    return [a for i, a in enumerate(found) if not _restates(text, found[:i], a)]


def _lowercase_iso(m: re.Match) -> bool:
    """ISO codes count only in capitals: "usd 5" in running text is not a currency."""
    code = (m.group("sym") or m.group("unit") or "").strip()
    return code.upper() in ISO_CODES and code != code.upper()


def _restates(text: str, earlier: list[Amount], amount: Amount) -> bool:
    """True when amount sits in brackets, or after "or about", right behind the amount before."""
    if not earlier:
        return False
    between = text[earlier[-1].end:amount.start]
    return len(between) <= 40 and "\n" not in between and bool(RESTATED.match(between))


def _path(root, sent):
    """The amount's root token and its heads up to the clause's verb, then two more levels."""
    tokens, tok, verbs = [root], root, 0
    while tok.head is not tok and tok.head.i >= sent.start and len(tokens) < 8:
        tok = tok.head
        tokens.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            verbs += 1
            if verbs == 2:
                break
    return tokens


def _word(tok) -> str:
    """Lemma, except that plural "sales" (revenue) differs from singular "sale" (a deal)."""
    text = tok.text.lower()
    return text if text in WORD_KIND else tok.lemma_.lower()


def _kind_in(tokens) -> str | None:
    """The most specific kind the tokens name (KIND_WORDS order), if any."""
    kinds = {WORD_KIND.get(_word(t)) for t in tokens} - {None}
    return next((k for k in KIND_WORDS if k in kinds), None)


def _kind_of(root, sent) -> str:
    weak = None
    for tok in _path(root, sent):
        if tok.dep_ == "acl" and _kind_in([tok.head]):  # "an investment valued at $1bn"
            return _kind_in([tok.head])
        if _kind_in([tok]):
            return _kind_in([tok])
        group = [c for c in tok.children if c.dep_ in (
            "compound", "amod", "nsubj", "nsubjpass", "xcomp", "advcl", "poss")
            and c is not root]
        group += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g is not root]  # "worth of equity"
        if tok.pos_ in ("VERB", "AUX"):
            group += [c for c in tok.children if c.dep_ == "dobj" and c is not root]
        kind = _kind_in(group)
        if kind:
            return kind
        weak = weak or next((WEAK_WORDS[_word(t)] for t in [tok, *group]
                             if _word(t) in WEAK_WORDS), None)
    nearby = sorted((t for t in sent if abs(t.i - root.i) <= WINDOW and t is not root),
                    key=lambda t: abs(t.i - root.i))
    for tok in nearby:
        kind = WORD_KIND.get(_word(tok))
        if kind:
            return kind
    return weak or "other"


class Owners:
    """Finds the entity a figure belongs to, resolving "the company" to the last one named."""

    def __init__(self, sdoc, ents):
        self.sdoc, self.ents = sdoc, ents
        self.sents = list(sdoc.sents)

    def at(self, tok) -> str | None:
        """The entity tok's phrase names (itself, its compounds, appositions, possessor), with
        "the company", "it" and "which" resolved to the organization they stand for."""
        cands = [tok, *[c for c in tok.children if c.dep_ in ("compound", "appos", "poss")]]
        for cand in cands:
            mention = self.ents.mention_at(cand)
            if mention and mention.type in OWNER_TYPES:
                return mention.name
            known = self.ents.entities.get(cand.text) if cand.pos_ == "PROPN" else None
            if mention is None and known is not None and known.type in OWNER_TYPES:
                return known.name  # a name NER missed here but found elsewhere in the text
        for cand in cands:
            word = cand.lower_
            if word in ("which", "that", "who"):
                if cand.head.dep_ == "relcl" and cand.head.head is not cand:
                    return self.at(cand.head.head)
            elif word in ANAPHORA or cand.lemma_.lower() in ANAPHORA:
                return self.last_before(cand.idx)
        return None

    def last_before(self, char: int, types=("ORG",)) -> str | None:
        for sent in reversed(self.sents):
            if sent.start_char > char:
                continue
            mentions = [m for m in self.ents.mentions_in(sent)
                        if m.type in types and m.end <= char]
            if mentions:
                return mentions[-1].name
        return None

    def of(self, root, sent, kind: str, amount_span) -> str | None:
        """The owner the figure's phrase or clause names, or None."""
        bracketed = self._bracketed_owner(amount_span)
        if bracketed:
            return bracketed
        for tok in _path(root, sent):
            for child in tok.children:
                if amount_span.start <= child.i < amount_span.end:
                    continue
                if child.dep_ == "poss":
                    found = self.at(child)
                    if found:
                        return found
                if (kind == "deal_value" and child.dep_ in ("prep", "agent")
                        and child.lower_ in BUYER_PREPS and _word(tok) in WORD_KIND):
                    for obj in child.children:
                        found = self.at(obj) if obj.dep_ == "pobj" else None
                        if found:
                            return found
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            if tok.lemma_.lower() in OBJECT_OWNER_VERBS.get(kind, ()):
                for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
                    found = self.at(obj)
                    if found:
                        return found
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
            for subj in (agents if kind == "deal_value" and agents else []) + subjects:
                found = self.at(subj)
                if found:
                    return found
            if tok.dep_ == "relcl":
                found = self.at(tok.head)
                if found:
                    return found
        return None

    def nearby(self, sent, amount_span) -> str | None:
        """A guess when the parse names no owner: the last name before the figure in its
        sentence, else the first after it, else the organization the article is about."""
        before = [m for m in self.ents.mentions_in(sent)
                  if m.type in OWNER_TYPES and m.end <= amount_span.start_char]
        orgs = [m for m in before if m.type == "ORG"]
        if orgs or before:
            return (orgs or before)[-1].name
        after = [m for m in self.ents.mentions_in(sent) if m.type == "ORG"]
        return after[0].name if after else self.salient()

    def _bracketed_owner(self, amount_span) -> str | None:
        """The name right before the figure's bracket or possessive, whatever the parse says:
        "Anthropic ($19 billion valuation)", "after Acme's $13B bet"."""
        start = amount_span.start
        if start < 2 or self.sdoc[start - 1].text not in ("(", "'s", "’s", "'", "’"):
            return None
        mention = self.ents.mention_at(self.sdoc[start - 2])
        return mention.name if mention and mention.type in OWNER_TYPES else None

    def salient(self) -> str | None:
        """The organization the document mentions most: what an unattributed figure is about."""
        counts = self.ents.counts()
        orgs = [n for n, e in self.ents.entities.items() if e.type == "ORG" and n in counts]
        return max(orgs, key=lambda n: counts[n]) if orgs else None


def _noun_after_brackets(span):
    """ "a 400m euro ($495m) loan": the noun after the restatement in brackets, which the
    parser tends to lose; None when no bracket follows the amount."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].text[:1].islower():
        i += 1  # currency words the regex already consumed ("euro", "dollar")
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(len(doc), i + 16)) if doc[j].text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return None
    after = doc[close + 1]
    return after if after.pos_ == "NOUN" or _word(after) in WORD_KIND else None


def _clause_text(root, sent) -> str:
    """The text of the clause the amount sits in, for modality and time."""
    tok = root
    while tok.head is not tok and tok.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl"):
        tok = tok.head
    if tok.dep_ == "conj" and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    tokens = list(tok.subtree)
    return sent.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else sent.text


def extract_money(sdoc, ents, document) -> list[Money]:
    owners = Owners(sdoc, ents)
    found: list[Money] = []
    seen: set[tuple] = set()
    kept: dict[tuple, tuple[Money, bool]] = {}  # (kind, amount) -> (fact, owner guessed)
    for amount in find_amounts(sdoc.text):
        span = sdoc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span[0].sent
        root = _noun_after_brackets(span) or span.root
        kind = _kind_of(root, sent)
        entity = owners.of(root, sent, kind, span)
        guessed = entity is None
        if guessed:
            entity = owners.nearby(sent, span)
        # A figure repeated is one fact; a guessed owner never adds a second owner to it, and
        # gives way to an owner the parse names.
        key = (kind, round(amount.value))
        if (entity, *key) in seen:
            continue
        if key in kept:
            if guessed:
                continue
            if kept[key][1]:
                found.remove(kept[key][0])
        seen.add((entity, *key))
        clause = _clause_text(root, sent)
        ev = Evidence(document.id, sent.start_char, sent.end_char, sent.text.strip(),
                      f"money:{kind}", 0.4 if guessed else 0.6, modality_of(clause),
                      time_of(clause, document.published))
        money = Money(entity, kind, amount.value, amount.currency, ev.modality, ev.time, ev)
        found.append(money)
        kept[key] = (money, guessed)
    return found
