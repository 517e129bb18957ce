"""Time expressions on a statement, resolved against the document's publication date.

Returns ISO-style strings of the precision the text gives: "2024-10-15", "2024-03", "2019".
Relative expressions ("last year", "in March", "next quarter", "on Monday", "recently") need
the publication date and are left out (None) without one. "Since 2019" says when a state began,
not when the statement happened: it is the time of a sentence only when nothing else dates it
(validity.py reads it as the start of a tie).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b", re.I)
MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.I)
YEAR = re.compile(r"\b(?:in|since|by|until|from|during|of|before|after|through|until|to)\s+"
                  r"(?:early\s+|late\s+|mid-?\s*)?((?:19|20)\d\d)\b", re.I)
BARE_MONTH = re.compile(  # capitalised month names only: "in May" but not "it may"
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ll]ast|[Tt]his)\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?!\s+\d)")
RELATIVE = re.compile(r"\b(last|this|next|earlier this|later this)\s+(year|month|week|quarter)\b",
                      re.I)
# "since March 2019", "since 2019", "since May": blanked before looking for the statement's time
SINCE = re.compile(r"\b[Ss]ince\s+(?:early\s+|late\s+|mid-?\s*)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?"
                   r"(?:\s+\d{1,2})?,?\s+)?(?:(?:19|20)\d\d)\b|\b[Ss]ince\s+[A-Z][a-z]+\b"
                   # "since its founding in 2019", "since the start of 2019"
                   r"|\b[Ss]ince\s+(?:its|their|the|his|her)\s+(?:[a-z-]+\s+){1,2}?(?:in\s+|of\s+)"
                   r"(?:early\s+|late\s+)?(?:19|20)\d\d\b")
WEEKDAY = re.compile(r"\b(?:on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
RECENTLY = re.compile(r"\b(recently|yesterday|today|this week)\b", re.I)


def _parse(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def time_of(text: str, published: str | None = None) -> str | None:
    """The most specific time a sentence gives for its statement, or None; a "since" phrase
    counts only when the sentence has no other time."""
    blanked = SINCE.sub(lambda m: " " * len(m.group()), text)
    if blanked != text:
        return _time_of(blanked, published) or _time_of(text, published)
    return _time_of(text, published)


def time_near(text: str, offset: int, published: str | None = None) -> str | None:
    """The time of the expression nearest to text[offset] (a figure): "$3.3bn in revenue last
    year, on track for $5bn this year" dates each figure by its own phrase. A "since" phrase
    never dates a figure: "has raised $2bn since 2019" is a running total."""
    found = _candidates(SINCE.sub(lambda m: " " * len(m.group()), text), published)
    if not found:
        return None
    start, end, value = min(found, key=lambda c: (max(c[0] - offset, offset - c[1], 0), c[0]))
    return value


def _candidates(text: str, published: str | None) -> list[tuple[int, int, str]]:
    """Every time expression in text as (start, end, value); a date's parts are not counted
    again as a month or a year."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    pub = _parse(published)
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR, YEAR, BARE_MONTH, RELATIVE,
                    WEEKDAY, RECENTLY):
        if pub is None and pattern in (BARE_MONTH, RELATIVE, WEEKDAY, RECENTLY):
            continue
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            value = _time_of(match.group(), published)
            if value:
                found.append((match.start(), match.end(), value))
                taken.append((match.start(), match.end()))
    return found


def _time_of(text: str, published: str | None) -> str | None:
    for pattern, order in ((MONTH_DAY_YEAR, "mdy"), (DAY_MONTH_YEAR, "dmy")):
        match = pattern.search(text)
        if match:
            a, b, year = match.groups()
            month, day = (a, b) if order == "mdy" else (b, a)
            month_no = MONTHS.get(month.lower().rstrip("."))
            if month_no and 1 <= int(day) <= 31:
                return f"{year}-{month_no:02d}-{int(day):02d}"
    match = MONTH_YEAR.search(text)
    if match and MONTHS.get(match.group(1).lower().rstrip(".")):
        return f"{match.group(2)}-{MONTHS[match.group(1).lower().rstrip('.')]:02d}"
    match = YEAR.search(text)
    if match:
        return match.group(1)
    pub = _parse(published)
    if pub is None:
        return None
    match = BARE_MONTH.search(text)
    if match:
        month = MONTHS[match.group(1).lower().rstrip(".")]
        year = pub.year if month <= pub.month else pub.year - 1
        return f"{year}-{month:02d}"
    match = RELATIVE.search(text)
    if match:
        which, unit = match.group(1).lower(), match.group(2).lower()
        shift = {"last": -1, "next": 1}.get(which, 0)
        if unit == "year":
            return str(pub.year + shift)
        if unit == "quarter":  # the first month of the quarter: "2024-07" for Q3
            quarter = (pub.month - 1) // 3 + shift
            year = pub.year + quarter // 4
            return f"{year}-{quarter % 4 * 3 + 1:02d}"
        if unit == "month":
            month = pub.month + shift
            year = pub.year + (month - 1) // 12
            return f"{year}-{(month - 1) % 12 + 1:02d}"
        return (pub + timedelta(weeks=shift)).isoformat()
    match = WEEKDAY.search(text)
    if match:  # "on Monday" in news means the most recent Monday up to publication
        back = (pub.weekday() - WEEKDAYS[match.group(1).lower()]) % 7
        return (pub - timedelta(days=back)).isoformat()
    match = RECENTLY.search(text)
    if match:
        word = match.group(1).lower()
        if word == "yesterday":
            return (pub - timedelta(days=1)).isoformat()
        return pub.isoformat() if word == "today" else f"{pub.year}-{pub.month:02d}"
    return None
