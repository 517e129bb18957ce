"""Modality of a statement: asserted, reported, hedged, forecast or negated."""
from __future__ import annotations

import re

NEGATED = re.compile(r"\b(no longer|not|n't|never|less dependent|denied|den(y|ies)|ended|"
                     r"scrapped|abandon(ed|s)?|called off|terminat(ed|es))\b", re.I)
REPORTED = re.compile(r"\b(reportedly|reported|according to|sources said|people familiar|"
                      r"is said to|are said to|was said to)\b", re.I)
HEDGED = re.compile(r"\b(may|might|could|considering|exploring|in talks|weighing|"
                    r"potential(ly)?|possible|possibly|plans? to|aims? to|seeking)\b", re.I)
FORECAST = re.compile(r"\b(will|expected to|is set to|are set to|by 20\d\d|forecast|"
                      r"projected|next year)\b", re.I)


def modality_of(text: str) -> str:
    """A sentence-level guess; extractors pass the clause around their trigger when they can."""
    if NEGATED.search(text):
        return "negated"
    if REPORTED.search(text):
        return "reported"
    if FORECAST.search(text):
        return "forecast"
    if HEDGED.search(text):
        return "hedged"
    return "asserted"
