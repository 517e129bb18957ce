"""How facts are identified and how names are folded for alias lookup."""
from __future__ import annotations

import json

from ..model import SYMMETRIC_TYPES
from ..names import fold  # the spelling key of alias rows; see names.key

# Attributes that make two facts of one kind between the same ends different facts.
IDENTITY_ATTRIBUTES = {
    "supply": ("object",),
    "use": ("object",),
    "employ": ("object",),
    "money": ("kind", "amount", "currency", "time"),
    "clause": ("action", "trigger"),
    "quote": ("text",),
}


def fact_key(kind: str, subject: str | None, object_: str | None, attributes: dict) -> str:
    ends = [fold(subject or ""), fold(object_ or "")]
    if kind in SYMMETRIC_TYPES:
        ends.sort()
    ident = [str(attributes.get(name)).lower() for name in IDENTITY_ATTRIBUTES.get(kind, ())]
    return json.dumps([kind, *ends, *ident], ensure_ascii=False)
