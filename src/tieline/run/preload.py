"""Imported once by the worker processes' fork server: the spaCy model and the rules are
loaded there, so every worker starts as a fork of a process that holds them (copy-on-write)
instead of importing tieline and loading the model itself (about 2 s of CPU each)."""
from __future__ import annotations

from .. import nlp
from ..extract import document  # noqa: F401 - the rules and their pattern files

nlp.load()
