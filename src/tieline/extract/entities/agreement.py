"""Kind agreement between a description and the names it may mean: "the company" is no
regulator. A name the text introduced as a regulator or watchdog ("media regulator Tessaly",
"Tessaly, the watchdog") is a public body, never what a firm word ("the company", "the firm",
"the carmaker") refers back to."""
from __future__ import annotations

from .words import FIRM_ONLY

# only public bodies are called so ("agency" is also an advertising agency)
PUBLIC_ONLY = {"regulator", "watchdog"}


def public_bodies(lemma: str, descriptor_names: dict) -> set[str]:
    """Names a firm description cannot mean: those introduced as a regulator or watchdog."""
    if lemma not in FIRM_ONLY:
        return set()
    return {n for d in PUBLIC_ONLY for n in descriptor_names.get(d, ())}
