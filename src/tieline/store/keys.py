"""How facts are identified and how names are folded for alias lookup."""
from __future__ import annotations

import json
import re
import unicodedata

from ..model import SYMMETRIC_TYPES

# Attributes that make two facts of one kind between the same ends different facts.
IDENTITY_ATTRIBUTES = {
    "supply": ("object",),
    "use": ("object",),
    "employ": ("object",),
    "money": ("kind", "amount", "currency", "time"),
    "clause": ("action", "trigger"),
    "quote": ("text",),
}


def fold(name: str) -> str:
    """Lookup key for a name: case, accents, punctuation and spacing folded."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"['’]s\b", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def fact_key(kind: str, subject: str | None, object_: str | None, attributes: dict) -> str:
    ends = [fold(subject or ""), fold(object_ or "")]
    if kind in SYMMETRIC_TYPES:
        ends.sort()
    ident = [str(attributes.get(name)).lower() for name in IDENTITY_ATTRIBUTES.get(kind, ())]
    return json.dumps([kind, *ends, *ident], ensure_ascii=False)
