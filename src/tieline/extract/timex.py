"""Time expressions on a statement, resolved against the document's publication date."""
from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
FULL_DATE = re.compile(r"\b(" + "|".join(m.title() for m in MONTHS) + r")\s+(\d{1,2}),\s*(\d{4})")
YEAR = re.compile(r"\b(?:in|since|by|until|from|during|of)\s+((?:19|20)\d\d)\b")


def time_of(text: str, published: str | None = None) -> str | None:
    match = FULL_DATE.search(text)
    if match:
        month, day, year = match.groups()
        return f"{year}-{MONTHS[month.lower()]:02d}-{int(day):02d}"
    match = YEAR.search(text)
    if match:
        return match.group(1)
    return None
