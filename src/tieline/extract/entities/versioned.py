"""Names with a number ("Office 365", "Grok 3", "N95") are read as products; a grade written
only before a common noun ("N95 masks") is no product of its own."""
from __future__ import annotations


class Versioned:
    """Part of DocEntities (through Voting). Needs sdoc."""

    def _graded_models(self, raw) -> set[str]:
        """One-word names every mention of which modifies a lower-case noun: "N95 masks"."""
        fits: dict[str, bool] = {}
        for i, j, name, _ in raw:
            tok = self.sdoc[i]
            fits[name] = fits.get(name, True) and j - i == 1 and tok.dep_ == "compound" \
                and tok.head.i > i and tok.head.is_lower
        return {n for n, ok in fits.items() if ok}
