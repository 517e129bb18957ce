"""Publication dates: parse a metadata value, or find one in a URL, byline or dateline.

Every function returns an ISO date (YYYY-MM-DD) or None; a partial date ("2010-07") is None,
since Document.published promises a full day.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# Month D, YYYY | D Month YYYY | YYYY-MM-DD, as one alternation with named groups per shape.
DATE = (rf"(?:(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})\.?,?\s+(?P<y2>\d{{4}})"
        r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})(?![\d-]))")
DATE_RE = re.compile(rf"\b{DATE}", re.I)
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d|Z|\s)")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*$")
_NUMERIC_DMY = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")
_URL_DATE = re.compile(
    rf"/((?:19|20)\d\d)[/-]((?:0?[1-9]|1[0-2])|{MONTH})[/-]((?:0?[1-9]|[12]\d|3[01]))(?:[/._-]|$)"
    r"|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/", re.I)
_DATELINE = re.compile(
    rf"^(?:[A-Z][\w.'’ -]{{1,40}}(?:,\s*[A-Z][\w.' -]{{1,30}})?,\s+)?{DATE}\s*(?:[-–—(/]|$)")


def make_date(year: int | str, month: int | str, day: int | str) -> str | None:
    """ISO date if the numbers form a real day in a plausible news range, else None."""
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value.isoformat() if 1800 <= value.year <= 2200 else None


def _month_number(month: str) -> str:
    if month.isdigit():
        return month
    name = month.lower().rstrip(".")
    return str(_MONTHS[name if name in _MONTHS else name[:3]])


def from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    for shape in "123":
        if groups.get(f"y{shape}"):
            return make_date(groups[f"y{shape}"], _month_number(groups[f"m{shape}"]),
                             groups[f"d{shape}"])
    return None


def parse_date(value: object) -> str | None:
    """A metadata value (ISO string, RFC 2822, "October 8, 2024", epoch seconds) as ISO."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        # Epoch seconds, or milliseconds from JavaScript exports.
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    for pattern in (_ISO_PREFIX, _SLASHED):
        if match := pattern.match(text):
            return make_date(*match.groups())
    if match := _NUMERIC_DMY.match(text):
        first, second, year = (int(part) for part in match.groups())
        # Only when the day/month order cannot be mistaken.
        if first > 12 >= second:
            return make_date(year, second, first)
        if second > 12 >= first:
            return make_date(year, first, second)
        return None
    if match := DATE_RE.search(text):
        return from_match(match)
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def date_from_url(url: str | None) -> str | None:
    """/2024/10/18/, /2024-10-18, /2023/sep/26/ or /20241018/ in a URL path."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    if match.group(1):
        return make_date(match.group(1), _month_number(match.group(2)), match.group(3))
    return make_date(match.group(4), match.group(5), match.group(6))


def find_date(text: str) -> str | None:
    """The first full date written anywhere in a short text such as a byline."""
    match = DATE_RE.search(text)
    return from_match(match) if match else None


def dateline_date(body: str) -> str | None:
    """A date opening the body: "OSLO, Oct. 18, 2024 /PRNewswire/ --", "May 2, 2024 —"."""
    match = _DATELINE.match(body[:200])
    return from_match(match) if match else None
