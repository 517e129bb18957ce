"""Language identification with py3langid (loaded once, on first use)."""
from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# py3langid walks its sample byte by byte in Python: 1,500 characters of prose are plenty for a
# stable vote and keep detection well under a millisecond.
_SAMPLE_CHARS = 1500
_NON_LETTERS = re.compile(r"[\W\d_]+")
_MIN_LETTERS = 20
_MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability); None when the text is too short or the vote too close."""
    sample = text[:_SAMPLE_CHARS]
    if len(_NON_LETTERS.sub("", sample)) < _MIN_LETTERS:
        return None, 0.0
    code, probability = _identifier().classify(sample)
    return (code if probability >= _MIN_CONFIDENCE else None), float(probability)
