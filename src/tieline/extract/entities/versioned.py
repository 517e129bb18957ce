"""Names with a number ("Orvane 365", "Brindle 3", "N95") are read as products; two cues say
otherwise: a grade written only before a common noun ("N95 masks"), and a post the name
holds ("Quillfield 1's chief executive"): no product has one, so the name is a firm's."""
from __future__ import annotations

from .titled import post_word
from .words import POSSESSIVE_TOKENS, TITLED_POSTS


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

    def _post_holders(self, raw) -> set[str]:
        """Names ending in a number written as the owner of a post a firm gives: "Quillfield
        1's chief executive" (right after the possessive; a product's "Brindle 3's answers"
        holds none, and "Trellis 5's product manager" may be a product's). Only names the
        tagger wrote with their number: where it tags the word alone ("Kestrel 7's CEO"),
        no such name reaches here."""
        sdoc, found = self.sdoc, set()
        for _, j, name, _ in raw:
            if not sdoc[j - 1].like_num or j + 1 >= len(sdoc) or sdoc[j].text not in POSSESSIVE_TOKENS:
                continue
            k = j + 1
            while k < len(sdoc) and k - j <= 3 and post_word(sdoc[k]):
                k += 1
            if any(t.lower_ in TITLED_POSTS for t in sdoc[j + 1:k]):
                found.add(name)
        return found
