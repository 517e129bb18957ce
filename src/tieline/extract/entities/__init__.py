"""Entity mentions in one parsed document, grouped under canonical names.

spaCy's NER proposes mentions; we clean their surface form (possessives, company suffixes,
honorifics, leading articles), vote each name's type over all its mentions and the cues around
them (a name tagged PERSON once and ORG three times is an ORG), group short forms and acronyms
under the fullest name, find every later occurrence of a known name the tagger missed, detect
products and the company that makes them ("Microsoft's Azure servers", "its Copilot 365
product"), and resolve descriptive anaphora ("the company", "the chipmaker") and "it/its" to the
most salient compatible organization: never a place, an outlet that is only cited, or a firm
whose name or nationality does not fit the description ("the bank", "the German exchange").
Stock symbols ("Acme Inc. ACME") are dropped, and names run together across a boundary
("aerospace group Vantex Pierre Lemaire") are split.
"""
from __future__ import annotations

from ...names import clean_name  # noqa: F401 - re-exported for the extractors
from .document import DocEntities
from .tokens import Mention, clean_span, is_source
from .words import RELATIONAL_NOUNS

__all__ = ["DocEntities", "Mention", "RELATIONAL_NOUNS", "clean_name", "clean_span", "is_source"]
