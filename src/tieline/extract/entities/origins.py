"""Where the text places a named organization: its nationality ("German firm Voss",
"Germany's Voss") for descriptions that carry one ("the German lender")."""
from __future__ import annotations

from ..lexicon import world_places
from .nations import premodifiers, same_nation
from .words import place_names
from .tokens import Mention


class Origins:
    """Part of Anaphora (needs mentions, sdoc, sents and _tok_sent): the names a description's
    nation or place fits."""

    def _nationals(self, demonym: str) -> set[str]:
        """Names the text calls by a nationality: "German firm Voss", "Germany's Voss",
        "Voss, a German engineering group"."""
        return {m.name for m in self.mentions if m.kind == "name"
                and any(same_nation(t, demonym) for t in self._origin_words(m))}

    def _origin_words(self, m: Mention, inner: bool = False) -> list:
        # the three words before, within its sentence: "... in Germany. Kestrel said" is not German
        first = max(m.span[0] - 3, self.sents[self._tok_sent[m.span[0]]].start)
        before = [*self.sdoc[first:m.span[0]], *premodifiers(m.root, m.span[0])]
        appos = [t for c in m.root.children if c.dep_ == "appos" for t in c.subtree]
        return [*before, *appos, *(self.sdoc[m.span[0]:m.span[1]] if inner else ())]

    def _foreign(self, m: Mention, demonym: str) -> bool:
        """"London Stock Exchange", "Paris-based Euronext" are not "the German exchange". A
        one-word name is no place of its own, though the tagger calls it one ("Veldmark")."""
        return any(t.text[:1].isupper() and not same_nation(t, demonym) and (
            t.ent_type_ in {"NORP", "GPE"} or t.text in place_names() or t.text in world_places())
            for n in self.mentions if n.name == m.name and n.kind == "name"
            for t in self._origin_words(n, inner=n.span[1] - n.span[0] > 1))
