"""When a statement says a tie holds: the validity cues of one sentence.

A sentence can say that a tie began ("partners since 2019"), weakened ("is no longer its
exclusive cloud provider", "less dependent"), ended ("ended its partnership in March", "did not
renew the contract", "previously ran") or names a past role ("former chief executive"). Times
resolve against the publication date. Which kinds a cue applies to, and how reports over time
close and reopen a fact's validity, are rules of tieline.facts; this module only reads text.
Word lists are data: patterns/validity.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Evidence
from .timex import time_of
from .wordlists import load


def _pattern(key: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(load("validity")[key]) + r")", re.IGNORECASE)


WEAKENED, ENDED, FORMER, SINCE = (_pattern(k) for k in ("weakened", "ended", "former", "since"))
CUES = (("weakened", WEAKENED), ("ended", ENDED), ("former", FORMER))


@dataclass(frozen=True)
class Cue:
    change: str | None = None  # weakened | ended | former, or None: the tie is simply stated
    valid_from: str | None = None  # "since 2019": when the tie began, as the text says
    valid_to: str | None = None  # "ended ... in March": when it ended, as the text says


def cue_of(sentence: str, published: str | None = None) -> Cue:
    """The validity cues of a sentence, times resolved against `published` (YYYY-MM-DD)."""
    change = next((name for name, pattern in CUES if pattern.search(sentence)), None)
    start = SINCE.search(sentence)
    valid_from = time_of(sentence[start.start():start.start() + 40], published) if start else None
    valid_to = time_of(sentence, published) if change == "ended" else None
    if valid_to and valid_from and valid_to <= valid_from[:len(valid_to)]:
        valid_to = None  # "ended the deal it had held since 2019": 2019 is the start
    return Cue(change, valid_from, valid_to)


def with_cue(ev: Evidence, published: str | None) -> Evidence:
    """Evidence with the validity cues of its sentence (for extractors that build Evidence
    themselves instead of through evidence.evidence)."""
    cue = cue_of(ev.sentence, published)
    ev.change, ev.valid_from, ev.valid_to = cue.change, cue.valid_from, cue.valid_to
    return ev
