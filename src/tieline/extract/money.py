"""Money figures: amount and currency from the surface text, kind and owner from the parse.

Amounts are found with regular expressions built from the tables below (symbols, currency
words, scale words); a figure that only restates another in a second currency, "$1bn (£530m)"
or "two billion euros, or about $2.1 billion", is dropped, and so are figures that are no
organization's money: rates and differences ("$17m per plane", "£200m less debt"), statistics
("the minimum investment"), the size of a market, a benchmark analysts expected, the parts of
a total just given, and figures the parse gives to a place or to a person known only by role.
The kind comes from what the figure is "in" ("$400bn in investment") or the words that govern
it in the dependency tree (the noun it modifies, the noun or verb it is the object of, that
verb's subject), falling back on the nearest keyword in the sentence. The entity follows the
guide's conventions: the raiser, the valued company, the investor, the buyer of a deal, the
payer of a fine or payment, the borrower of a loan. It is the possessor or subject on the
path, or the argument a construction names ("a loan to X", "a payment from X", "took X to a
valuation of", "a venture named X", "A and B were each fined"), with "the company", "it" and
"which" resolved. Where the parse names no owner, the buyer just mentioned (for a price) or
the nearest name is taken as a guess (lower confidence); news outlets the text only cites
never own a figure, and a figure repeated is reported once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Money
from .entities import RELATIONAL_NOUNS, is_source
from .evidence import evidence
from .lexicon import ORG_DESCRIPTORS, ROLE_WORDS
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
                "fundraise", "series", "secure", "receive", "bailout", "grant", "subsidy",
                "lend"},
    "investment": {"invest", "investment", "stake", "equity", "bet", "pump", "pour", "commit",
                   "commitment", "pledge", "deploy", "inject", "injection", "plough", "plow",
                   "fund", "venture"},
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
# Words right after a figure that make it a rate or a difference, not a sum someone holds:
# "$17m per plane", "£200m less debt", "$2bn more than last year" (but "$2bn more in funding"
# is a sum, and "fined €1m each" is one per party).
RATE_OR_DIFFERENCE = {"per", "apiece", "less", "fewer", "higher", "lower"}
# Modifiers that make a figure a statistic over many parties: "the minimum investment was ...".
STATISTIC_WORDS = {"minimum", "maximum", "average", "median", "typical"}
UNEARNED = {"future", "contracted", "deferred", "unbilled", "backlog"}  # revenue to come
# Nouns whose size a figure gives that no one organization owns: "a $5bn market".
AGGREGATE_NOUNS = {"market", "industry", "sector", "economy", "fraud"}
# A figure someone predicted, given as the benchmark for another: "the £100m analysts expected".
EXPECTED = re.compile(r"(?:[a-z]+\s+){1,2}(?:had\s+|have\s+|has\s+)?(?:expected|forecast|"
                      r"predicted|estimated|anticipated|projected)\b")
# The parts a total was just given as: "it was made up of $250m ... and $125m in penalties".
PARTS_OF = re.compile(r"\b(?:made up of|consist(?:s|ed|ing)? of|compris(?:e|es|ed|ing)|"
                      r"split (?:between|into)|of which)\b", re.I)
# Owners that are places or their people: a country's revenues are not a company's.
PLACE_LABELS = {"GPE", "NORP", "LOC"}
PLACE_NOUNS = {"country", "nation", "economy", "region", "city", "continent"}
# Owners' answer when the owner the parse names is no organization: a place ("India could
# spend $35bn"), or a person's role with no name ("a former officer was fined $250,000").
NOBODY = "<nobody>"
# Verbs that carry their object to a figure: "took OpenAI to a valuation of $90bn" (but in
# "took Acme private in a $2bn deal" the object is no owner).
CARRY_VERBS = {"take", "bring", "push", "lift", "propel", "catapult"}
# A deal's target, not its bidder, accepts or rejects it: "MCI rejected a deal worth $8bn".
TARGET_VERBS = {"reject", "accept", "spurn", "rebuff", "snub", "welcome"}
# A deal's subject that is sold, not selling: "Yugansk was sold for $9.3bn" names no buyer.
SALE_VERBS = {"sell", "buy", "acquire", "purchase", "auction"}
SELLER_WORDS = {"sale", "sell"}
SUPPLIER_NOUNS = {"provider", "supplier", "vendor", "contractor", "manufacturer", "maker",
                  "chipmaker", "operator"}  # a price told from the seller's side
BUYER_REACH = 3  # sentences looked back for the buyer of an unattributed price
# Verbs whose "on X" names who pays: "imposed penalties of $2bn on 15 funds".
IMPOSE_VERBS = {"impose", "levy", "slap"}


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
WORD_UNITS = {w for words in WORDS for w in words.split()}
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
    while tok.head != tok and tok.head.i >= sent.start and len(tokens) < 8:
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


def _token_kind(tok) -> str | None:
    """The kind a word names; "the value of their agreements" is the agreements' kind, and
    revenue not yet earned ("future contract revenue") is no revenue."""
    kind = WORD_KIND.get(_word(tok))
    if kind == "revenue" and any(c.dep_ == "amod" and c.lower_ in UNEARNED for c in tok.children):
        return "other"
    if kind == "valuation" and _word(tok) == "value":
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        return next((WORD_KIND[_word(g)] for g in of if _word(g) in WORD_KIND), kind)
    return kind


def _kind_in(tokens) -> str | None:
    """The most specific kind the tokens name (KIND_WORDS order), if any."""
    kinds = {_token_kind(t) for t in tokens} - {None}
    return next((k for k in KIND_WORDS if k in kinds), None)


def _kind_of(root, sent) -> str:
    weak = None
    named_in = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.dep_ == "pobj"]  # "$400bn in investment"
    if _kind_in(named_in):
        return _kind_in(named_in)
    path = _path(root, sent)
    for tok in path:
        if tok.dep_ == "acl" and _kind_in([tok.head]):  # "an investment valued at $1bn"
            return _kind_in([tok.head])
        raised = [c for c in tok.children if c.dep_ == "dobj" and c != root]
        if tok.pos_ == "VERB" and _kind_in(raised) and any(t.lower_ == "to" for t in path):
            return _kind_in(raised)  # "raised its bid to $2bn" is a bid, not a fundraising
        if _kind_in([tok]):
            return _kind_in([tok])
        group = [c for c in tok.children if c.dep_ in (
            "compound", "amod", "nsubj", "nsubjpass", "xcomp", "advcl", "poss")
            and c != root]
        group += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g != root]  # "worth of equity"
        if tok.pos_ in ("VERB", "AUX"):
            group += [c for c in tok.children if c.dep_ == "dobj" and c != root]
        kind = _kind_in(group)
        if kind:
            return kind
        weak = weak or next((WEAK_WORDS[_word(t)] for t in [tok, *group]
                             if _word(t) in WEAK_WORDS), None)
    nearby = sorted((t for t in sent if abs(t.i - root.i) <= WINDOW and t != root),
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
        # outlets: names the text only ever cites ("(Reuters)", "according to Reuters")
        roles = {}
        for m in ents.mentions:
            if m.kind == "name":
                roles.setdefault(m.name, set()).add(is_source(m.root))
        self.outlets = {name for name, cited in roles.items() if cited == {True}}

    def at(self, tok) -> str | None:
        """The entity tok's phrase names (itself, its compounds, appositions, possessor), with
        "the company", "it" and "which" resolved to the organization they stand for."""
        # "Acme's chairman John Roe" is Roe; "Airbus' majority owner" is not Airbus: a relation
        # noun's possessor is the other party
        cands = [tok, *[c for c in tok.children if c.dep_ in ("compound", "nmod", "appos")]]
        if tok.lemma_.lower() not in RELATIONAL_NOUNS:
            cands += [c for c in tok.children if c.dep_ == "poss"]
        for cand in cands:
            mention = self.ents.mention_at(cand)
            if mention and mention.kind == "description" and \
                    mention.name in _bound_names(self.ents, cand):
                # "it hired the staff of the startup": the startup is not "it"
                return self.last_before(cand.idx, exclude=_bound_names(self.ents, cand))
            if mention and mention.type in OWNER_TYPES and not is_source(cand) \
                    and mention.name not in self.outlets:
                return mention.name
            known = self.ents.entities.get(cand.text) if cand.pos_ == "PROPN" else None
            if mention is None and known is not None and known.type in OWNER_TYPES:
                return known.name  # a name NER missed here but found elsewhere in the text
        for cand in cands:
            word = cand.lower_
            if word in ("which", "that", "who"):
                before = self.named_before(cand)
                if before:
                    return before
                if cand.head.dep_ == "relcl" and cand.head.head != cand:
                    return self.at(cand.head.head)
            elif word in ANAPHORA or cand.lemma_.lower() in ANAPHORA or (
                    cand.lemma_.lower() in ORG_DESCRIPTORS and cand.pos_ == "NOUN"
                    and any(c.lower_ in ("the", "this") for c in cand.children)):
                bound = _bound_names(self.ents, cand) if cand.pos_ == "NOUN" else set()
                return self.last_before(cand.idx, exclude=bound)
        lemma = tok.lemma_.lower()
        if lemma in ROLE_WORDS and tok.pos_ == "NOUN" and any(
                c.lower_ in ("a", "an") for c in tok.children):
            return self.named_next(tok) or NOBODY
        if tok.ent_type_ in PLACE_LABELS or lemma in PLACE_NOUNS or (
                lemma in ROLE_WORDS | RELATIONAL_NOUNS and tok.pos_ == "NOUN"
                and any(c.dep_ == "poss" for c in tok.children)):
            return NOBODY  # a place, or a party known by role only: "Acme's majority owner"
        return None

    def named_next(self, role) -> str | None:
        """ "A former director has been fined $1m. John Roe admitted ...": a lead that names a
        person by role only names them as the subject of the next sentence."""
        index = next(i for i, s in enumerate(self.sents) if s.start <= role.i < s.end)
        if role.dep_ not in ("nsubj", "nsubjpass") or index + 1 >= len(self.sents):
            return None
        following = self.sents[index + 1]
        subjects = [t for t in following if t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.dep_ == "ROOT"]
        mention = self.ents.mention_at(subjects[0]) if subjects else None
        return mention.name if mention and mention.type == "PERSON" else None

    def named_before(self, pronoun) -> str | None:
        """The organization named right before a relative pronoun, which it most often stands
        for whatever the parser attached it to: "Acme and the startup -- which raised ..."."""
        i = pronoun.i - 1
        while i >= 0 and self.sdoc[i].is_punct:
            i -= 1
        mention = self.ents.mention_at(self.sdoc[i]) if i >= 0 else None
        return mention.name if mention and mention.type == "ORG" else None

    def last_before(self, char: int, types=("ORG",), exclude=frozenset()) -> str | None:
        for sent in reversed(self.sents):
            if sent.start_char > char:
                continue
            mentions = [m for m in self.ents.mentions_in(sent)
                        if m.type in types and m.end <= char and m.name not in exclude
                        and m.name not in self.outlets]
            if mentions:
                return mentions[-1].name
        return None

    def of(self, root, sent, kind: str, amount_span) -> str | None:
        """The owner the figure's phrase or clause names, or None; a deal's supplier gives way
        to its customer ("cloud provider X expanded its partnership with Y in a $6bn deal")."""
        owner = self._named_owner(root, sent, kind, amount_span)
        if kind != "deal_value" or owner in (None, NOBODY):
            return owner
        mentions = self.ents.mentions_in(sent)
        if not any(m.name == owner and _supplier(m.root) for m in mentions):
            return owner
        partners = [m.name for m in mentions if m.type == "ORG" and m.name != owner
                    and m.root.head.lower_ == "with" and m.root.dep_ == "pobj"]
        return partners[0] if partners else owner

    def _named_owner(self, root, sent, kind: str, amount_span) -> str | None:
        bracketed = self._bracketed_owner(amount_span)
        if bracketed:
            return bracketed
        named = self._named_vehicle(root) or self._described(root)
        if named:
            return named
        path = _path(root, sent)
        for clause in (c for c in root.children if c.dep_ == "relcl"):
            # "the $6bn which VEB lent Rosneft": the borrower named in the relative clause
            if clause.lemma_.lower() in OBJECT_OWNER_VERBS.get(kind, ()):
                for obj in (c for c in clause.children if c.dep_ in ("dobj", "dative")):
                    found = self.at(obj)
                    if found:
                        return found
        sale = next((t for t in [*path, *(g for p in path for c in p.children if c.dep_ == "prep"
                                           and c.lower_ == "from" for g in c.children)]
                     if _word(t) in SELLER_WORDS), None)  # also "got $1bn from selling X"
        if kind == "deal_value" and sale is not None:
            # the guide's owner of a price is the buyer: "the sale of X to Y for $1bn" is Y's,
            # and a sale that names only its seller names no owner
            buyers = [g for t in sale.subtree if t.dep_ in ("prep", "dative") and t.lower_ == "to"
                      and root not in t.subtree for g in t.children if g.dep_ == "pobj"]
            return next((n for n in map(self.at, buyers) if n), NOBODY)
        if kind == "other" and any(t.lemma_.lower() in IMPOSE_VERBS for t in path):
            # "imposed penalties of $2bn on 15 funds": whoever is named after "on" pays
            targets = [g for t in path for c in t.children if c.dep_ == "prep" and c.lower_ == "on"
                       for g in c.children if g.dep_ == "pobj"]
            return next((n for n in map(self.at, targets) if n), NOBODY)
        for tok in path:
            for child in tok.children:
                if amount_span.start <= child.i < amount_span.end:
                    continue
                found = self._by_preposition(tok, child, kind)
                if found:
                    return found
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
            lemma = tok.lemma_.lower()
            carried = lemma in CARRY_VERBS and any(t.lower_ == "to" for t in path)
            if lemma in OBJECT_OWNER_VERBS.get(kind, ()) or carried:
                for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
                    found = self.at(obj)
                    if found:
                        return found
            if kind == "deal_value" and lemma in TARGET_VERBS:
                continue  # the target's verb: the bidder is named further up, if at all
            if kind == "deal_value" and lemma in SALE_VERBS and tok.tag_ == "VBN" and not any(
                    c.dep_ == "agent" for c in tok.children) and any(
                    c.dep_ == "nsubjpass" for c in tok.children):
                return NOBODY  # what was sold is named, its buyer is not
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

    def recent_buyer(self, sent) -> str | None:
        """For a price no one is named for ("the $1.3bn acquisition"): the buyer of the
        purchase told in this sentence or the BUYER_REACH before ("Acme agreed to buy X")."""
        index = next(i for i, s in enumerate(self.sents) if s.start == sent.start)
        for earlier in reversed(self.sents[max(0, index - BUYER_REACH):index + 1]):
            for tok in reversed(earlier):
                if tok.pos_ != "VERB" or tok.lemma_.lower() not in SALE_VERBS - {"sell"}:
                    continue
                buyers = [g for c in tok.children if c.dep_ == "agent" for g in c.children] \
                    or [c for c in tok.children if c.dep_ == "nsubj"]
                head = tok
                while not buyers and head.dep_ in ("xcomp", "conj", "pcomp", "prep", "advcl") \
                        and head.head != head:
                    head = head.head  # "agreed to buy X", "moved by acquiring X": their subject
                    buyers = [c for c in head.children if c.dep_ == "nsubj"]
                found = next((n for n in map(self.at, buyers) if n and n != NOBODY), None)
                if found:
                    return found
        return None

    def nearby(self, sent, amount_span, root) -> str | None:
        """A guess when the parse names no owner: the last name before the figure in its
        sentence, else the first after it, else the organization the article is about."""
        # not a dateline's news agency, nor the payee of "pay the regulator $250m", nor what
        # was bought ("ordered 30 Acme jets for $1bn")
        payees = {t.i for d in sent if d.dep_ == "dative" for t in d.subtree}
        payees |= {t.i for v in _path(root, sent) if v.pos_ == "VERB" for d in v.children
                   if d.dep_ == "dobj" and root not in d.subtree for t in d.subtree}
        mentions = [m for m in self.ents.mentions_in(sent) if m.type in ("ORG", "PERSON")
                    and not is_source(m.root) and m.name not in self.outlets
                    and m.root.i not in payees]
        before = [m for m in mentions if m.end <= amount_span.start_char]
        orgs = [m for m in before if m.type == "ORG"]
        if orgs or before:
            return (orgs or before)[-1].name
        after = [m for m in mentions if m.type == "ORG"]
        return after[0].name if after else self.salient()

    def bought(self, root, sent, owner: str | None) -> str | None:
        """What a price buys: the first name in the object or "for" phrase of its verb."""
        verb = next((t for t in _path(root, sent) if t.pos_ == "VERB"), None)
        if verb is None:
            return None
        phrases = [c for c in verb.children if c.dep_ == "dobj" and root not in c.subtree]
        phrases += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                    and root not in c.subtree for g in c.children]
        names = [m.name for p in phrases for t in p.subtree for m in [self.ents.mention_at(t)]
                 if m and m.name != owner and m.type in ("ORG", "PERSON", "PRODUCT")]
        return names[0] if names else None

    def each_of(self, owner: str, sent, clause: str) -> list[str]:
        """The others an amount belongs to as well: "A and B were each fined €1m"."""
        if not re.search(r"\beach\b", clause, re.I):
            return []
        mine = [m for m in self.ents.mentions_in(sent) if m.name == owner]
        roots = {t for m in mine for t in (m.root, *m.root.conjuncts)}
        others = [self.at(t) for r in roots for t in r.conjuncts]
        return list(dict.fromkeys(n for n in others if n and n not in (owner, NOBODY)))

    def _by_preposition(self, tok, child, kind: str) -> str | None:
        """Owners a preposition names whatever the subject: the borrower of "a loan to X" and
        the payer of "a payment from X"."""
        if child.dep_ != "prep":
            return None
        word = _word(tok)
        if kind == "funding" and child.lower_ == "to" and (
                WORD_KIND.get(word) == "funding" or word in ("provision", "give")):
            wanted = True
        else:
            wanted = kind == "other" and child.lower_ == "from" and word in KIND_WORDS["other"]
        if not wanted:
            return None
        objects = [g for g in child.children if g.dep_ == "pobj"]
        return next((n for n in map(self.at, objects) if n), None)

    def _described(self, root) -> str | None:
        """ "the $4bn startup", "Acme, a $2bn company": the figure describes an organization."""
        noun = root.head if root.dep_ in ("compound", "nmod", "amod", "nummod") else None
        if noun is None or not (self.ents.mention_at(noun) or noun.lemma_.lower() in ANAPHORA):
            return None
        found = self.at(noun)
        return found if found != NOBODY else None

    def _named_vehicle(self, root) -> str | None:
        """ "a $500bn venture named Stargate", "a $2bn fund, Nova Capital": the vehicle's name,
        given where the noun comes again in the sentence ("... with a new venture called X")."""
        noun = root.head if root.dep_ in ("compound", "nmod", "amod", "nummod") else None
        if noun is None or noun.pos_ != "NOUN":
            return None
        again = [t for t in noun.sent if t.lemma_ == noun.lemma_ and t.i > noun.i]
        for child in (c for n in [noun, *again] for c in n.children):
            if child.dep_ == "appos":
                found = self.at(child)
                if found and found != NOBODY:
                    return found
            if child.dep_ == "acl" and child.lemma_.lower() in ("name", "call", "dub", "brand"):
                for arg in child.children:
                    if arg.dep_ in ("oprd", "dobj", "attr", "xcomp"):
                        found = self.at(arg)
                        if found and found != NOBODY:
                            return found
                        if arg.pos_ == "PROPN":  # a new name the tagger did not know
                            return " ".join(t.text for t in arg.subtree if not t.is_punct)
        return None

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


def _after_restatement(span):
    """The token after a figure, its currency word and any bracketed restatement."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in WORD_UNITS:
        i += 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + 16)) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    return doc[i] if i < len(doc) else None


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
    while tok.head != tok and tok.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl"):
        tok = tok.head
    if tok.dep_ == "conj" and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    tokens = list(tok.subtree)
    return sent.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else sent.text


def _supplier(tok) -> bool:
    """ "cloud provider X", "X, a chip supplier": a name described as selling to others."""
    return any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in SUPPLIER_NOUNS
               for c in tok.children)


def _bound_names(ents, tok) -> set[str]:
    """Names a description in tok's clause cannot stand for: the subjects above it ("it hired
    the staff of the startup"), the possessors of the phrases it sits in ("X's loan to the
    carrier") and the names coordinated with it ("X and the startup")."""
    names = set()
    for anc in [tok, *tok.ancestors]:
        for c in anc.children:
            if c != tok and (c.dep_ in ("nsubj", "nsubjpass")
                                 or (anc != tok and c.dep_ == "poss")
                                 or (anc == tok and c.dep_ == "conj")):
                m = ents.mention_at(c)
                if m:
                    names.add(m.name)
    if tok.dep_ == "conj":
        m = ents.mention_at(tok.head)
        if m:
            names.add(m.name)
    return names


def _not_a_holding(span, root, sent) -> bool:
    """True for figures that are no organization's money: rates and differences ("$17m per
    plane", "£200m less debt"), statistics over many ("the minimum investment was $80,000"),
    sizes of markets or frauds, benchmarks someone expected, and the parts of a total just given."""
    doc = span.doc
    after = _after_restatement(span)
    following = doc[after.i + 1].lower_ if after is not None and after.i + 1 < len(doc) else ""
    if after is not None and after.i < sent.end and (
            after.lower_ in RATE_OR_DIFFERENCE or (after.lower_, following) == ("more", "than")):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in ("the", "than") and after is not None \
            and EXPECTED.match(doc.text[after.idx:sent.end_char]):
        return True
    if PARTS_OF.search(doc[sent.start:span.start].text):
        return True
    nouns = []
    for tok in _path(root, sent):
        if tok.pos_ in ("VERB", "AUX"):
            nouns += [n for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                      for n in (c, *c.children) if n.dep_ in (c.dep_, "appos")]
            break
        nouns.append(tok)
    return any(n.lemma_.lower() in AGGREGATE_NOUNS
               or any(c.dep_ == "amod" and c.lower_ in STATISTIC_WORDS for c in n.children)
               for n in nouns)


def extract_money(sdoc, ents, document) -> list[Money]:
    owners = Owners(sdoc, ents)
    found: list[Money] = []
    seen: set[tuple] = set()
    kept: dict[tuple, tuple[Money, bool]] = {}  # figure -> (fact, owner guessed)
    for amount in find_amounts(sdoc.text):
        span = sdoc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span[0].sent
        root = _noun_after_brackets(span) or span.root
        if _not_a_holding(span, root, sent):
            continue
        kind = _kind_of(root, sent)
        entity = owners.of(root, sent, kind, span)
        if entity == NOBODY:
            continue
        guessed = entity is None
        if guessed:
            entity = (kind == "deal_value" and owners.recent_buyer(sent)) \
                or owners.nearby(sent, span, root)
        # A figure repeated is one fact, whatever words are around it this time (a headline
        # says "invests" where the text says "deal"), unless it is the price of something else
        # ("bought X for $1bn", "paid $1bn for Y"); a guessed owner never adds a second owner
        # to it, and gives way to an owner the parse names.
        target = owners.bought(root, sent, entity) if kind == "deal_value" else None
        key = next((k for k in kept if k[:2] == (round(amount.value), amount.currency)
                    and None in (k[2], target)), (round(amount.value), amount.currency, target))
        previous = kept.get(key)
        if previous and (guessed or ((entity, key) in seen and not previous[1])):
            continue
        if previous and previous[1]:
            found.remove(previous[0])
        clause = _clause_text(root, sent)
        ev = evidence(document, sent.start_char, sent.end_char, f"money:{kind}",
                      0.4 if guessed else 0.6, modality_of(clause),
                      time_of(clause, document.published))
        for name in [entity, *([] if guessed else owners.each_of(entity, sent, clause))]:
            seen.add((name, key))
            found.append(Money(name, kind, amount.value, amount.currency, ev.modality, ev.time,
                               ev))
            if name == entity:
                kept[key] = (found[-1], guessed)
    return found
