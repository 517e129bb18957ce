"""Amounts and currencies from the surface text: "$1.2bn", "two billion euros", "GBP 40m"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .words import AMBIGUOUS, ISO_CODES, MIN_AMOUNT, NUMBER_WORDS, SCALES, SYMBOLS, WORDS

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
RESTATED = re.compile(r"^\s*(?:\(|[,;]?\s*or\s+(?:about|around|roughly|some|nearly)?\s*|;\s*)"
                      # "3bn yuan in 2004 ($365m)", "200bn euros a year (£140bn)"
                      r"|^\s*(?:[a-z]+|(?:19|20)\d\d)(?:\s+(?:[a-z]+|(?:19|20)\d\d)){0,2}\s*\(\s*$")
SECOND_RESTATEMENT = re.compile(r"^\s*[,:;]\s*$")  # "(261bn roubles, £4.8bn)", "($9bn: £5bn)"
# A range is an estimate, not a figure anyone reported: "between $75m and $100m",
# "$75m - $100m", "$1.2bn-1.5bn" (the second bound without its symbol).
RANGE_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|and)\s*$", re.I)
DASH_JOIN = re.compile(r"^\s*(?:-|\u2013)\s*$")
# "revenue of $4.2bn to $4.35bn" is a range; "from $1bn to $2bn" is a change
TO_JOIN = re.compile(r"^\s*to\s*$")
FROM_BEFORE = re.compile(r"\bfrom\b[^$\u20ac\u00a3\d]{0,20}$", re.I)
OPEN_BOUND = re.compile(r"^\s*(?:-|\u2013|to)\s*\d")


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
        if num.isalpha() and text[max(0, m.start() - 5):m.start()].lower().strip() == "half" \
                and value < SCALES["trillion"]:
            value /= 2  # "half a million dollars" (half a trillion stays out of reach, see GUESS_LIMIT)
        if value < MIN_AMOUNT:
            continue
        if currency in AMBIGUOUS:
            lowered = text.lower()
            currency = next((c for hint, c in AMBIGUOUS[currency] if hint in lowered), currency)
        found.append(Amount(m.start(), m.end(), value, currency))
    found = [a for i, a in enumerate(found) if not _restates(text, found[:i], a)]
    return [a for a in found if a not in _ranges(text, found)]


def _ranges(text: str, found: list[Amount]) -> list[Amount]:
    """The amounts that are bounds of a range."""
    bounds = []
    for a, b in zip(found, found[1:]):
        between = text[a.end:b.start]
        before = text[max(0, a.start - 30):a.start]
        if (RANGE_JOIN.match(between) and RANGE_BEFORE.search(before)) or DASH_JOIN.match(between) \
                or (TO_JOIN.match(between) and not FROM_BEFORE.search(before)):
            bounds += [a, b]
    bounds += [a for a in found if OPEN_BOUND.match(text[a.end:a.end + 4])]
    return bounds


def _lowercase_iso(m: re.Match) -> bool:
    """ISO codes count only in capitals: "usd 5" in running text is not a currency."""
    code = (m.group("sym") or m.group("unit") or "").strip()
    return code.upper() in ISO_CODES and code != code.upper()


def _restates(text: str, earlier: list[Amount], amount: Amount) -> bool:
    """True when amount sits in brackets, or after "or about", right behind the amount before."""
    if not earlier:
        return False
    between = text[earlier[-1].end:amount.start]
    if SECOND_RESTATEMENT.match(between) and earlier[-1].currency != amount.currency:
        before = text[max(0, earlier[-1].start - 40):earlier[-1].start]
        if before.rfind("(") > before.rfind(")"):
            return True  # "$9.4bn (261bn roubles, £4.8bn)": the bracket's second currency
    return len(between) <= 40 and "\n" not in between and bool(RESTATED.match(between))


# "$361.9m in 2018", "$2bn for fiscal 2021": the year the figure is told for, right after it
OWN_YEAR = re.compile(r"\s+(?:in|for|during)\s+(?:fiscal\s+(?:year\s+)?)?"
                      r"((?:19|20)\d\d)\b(?![-/]\d)")


def own_year(text: str, end: int) -> str | None:
    """The year a figure is told for when it follows the figure ("losses of $374m in 2019,
    $362m in 2018"), which the nearest date, the year before it, must not outweigh."""
    match = OWN_YEAR.match(text, end)
    return match.group(1) if match else None


# "$5.9bn in revenue, up $1.5bn on its first quarter of 2019", "a profit of $1.2bn, up from
# $900m in 2019", "a loss of $2.6bn, a slide from the same period last year", "compared with
# 2018": what follows such words is the period compared with
COMPARISON = re.compile(r"(?:[,;(—–]|\s-)\s*(?:up|down)\b(?:[^.;]|\.\d){0,40}?\b(?:on|from|over)\b"
                        r"|\b(?:an?\s+)?(?:increase|decrease|rise|drop|fall|decline|jump)\s+of\b"
                        r"(?:[^.;]|\.\d){0,30}?\b(?:on|from|over)\b"
                        r"|\b(?:from|against)\s+(?=[$£€\d]|a year\b|(?:the\s+)?(?:same|last|"
                        r"previous|prior)\s+(?:year|quarter|period|month|half|season|time)\b)"
                        r"|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?", re.I)


def own_period(clause: str, end: int) -> str:
    """The clause without what follows a comparison after the figure (end is the figure's end
    in clause): a compared period never dates the figure."""
    match = COMPARISON.search(clause, end)
    return clause[:match.start()] if match else clause


# "fell to $2.2bn from $3.8bn a year earlier", "down from $75m a year ago", "against $30m in
# the year-ago quarter", "in the prior-year period": a figure a change is measured from, told
# for the year before; "the previous quarter" or "the prior half" is the period just before,
# most often of the same year, and is not read so
BASE_BEFORE = re.compile(r"\b(?:from|against|compared\s+(?:with|to)|versus)\s*$", re.I)
YEAR_EARLIER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+year\s+"
    r"before|(?:in\s+)?(?:the\s+)?(?:(?:previous|prior)[\s-]+year(?:\s+(?:period|quarter|half))?|"
    r"(?:year-(?:earlier|ago)|same|previous|prior)\s+(?:period|quarter|half)(?=\s+(?:a\s+year\s+"
    r"(?:earlier|ago)|last\s+year))|(?:year-(?:earlier|ago)|same)\s+(?:period|quarter|half))|"
    r"year-earlier)\b", re.I)


def year_earlier(text: str, start: int, end: int) -> bool:
    """True for the base of a comparison dated a year before the figure it is compared with."""
    return bool(BASE_BEFORE.search(text[max(0, start - 20):start])) \
        and bool(YEAR_EARLIER.match(text, end))
