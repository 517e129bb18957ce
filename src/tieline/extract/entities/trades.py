"""A description's trade against the trade the text gave each firm: "the carmaker" is never
the firm introduced as "Kestrel Foods, a retailer" or "chipmaker Quillfield", nor one named
for another trade ("Kestrel Bank"), though it was named nearest."""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from .words import CLASS_WORDS, TRADE_DESCRIPTORS

POSSESSIVE = re.compile(r"['’]s?$")


def same_trade(a: str, b: str) -> bool:
    """Two descriptor lemmas of one trade: the same word, or words of classes sharing a name
    word ("carmaker" and "automaker", "bank" and "lender", "airline" and "carrier")."""
    return a == b or bool(CLASS_WORDS.get(a, frozenset()) & CLASS_WORDS.get(b, frozenset()))


@lru_cache(maxsize=None)
def _other_class_words(lemma: str) -> frozenset[str]:
    """Name words of the trade classes other than a descriptor's own ("bank", "lender" for
    "carmaker"), less its own words: the same for every document."""
    own = CLASS_WORDS.get(lemma, frozenset())
    return frozenset(w for d, ws in CLASS_WORDS.items() if d in TRADE_DESCRIPTORS
                     and not same_trade(lemma, d) for w in ws) - own


class Trades:
    """Part of Anaphora (needs descriptor_names, entities and _words)."""

    @cached_property
    def _given_trades(self) -> dict[str, set[str]]:
        """The trades the text gave each firm ("chipmaker Quillfield"), read once per document
        (descriptor names are all found before any description is bound)."""
        given: dict[str, set[str]] = {}
        for trade, names in self.descriptor_names.items():
            if trade in TRADE_DESCRIPTORS:
                for name in names:
                    given.setdefault(name, set()).add(trade)
        return given

    def _other_trade(self, lemma: str) -> set[str]:
        """Names a trade description cannot mean: firms the text introduced with other trades
        only, and (where the description has a word class) firms whose name words fit another
        class but not its own ("Kestrel Bank" for "the carmaker")."""
        if lemma not in TRADE_DESCRIPTORS:
            return set()
        out = {name for name, trades in self._given_trades.items()
               if not any(same_trade(lemma, t) for t in trades)}
        own = CLASS_WORDS.get(lemma)
        if own:
            others = _other_class_words(lemma)
            for name in self.entities:
                # only a possessive goes: "Kestrel Bank's"; a plural stays ("Times", "Motors")
                words = {POSSESSIVE.sub("", w.lower()) for w in self._words.get(name, name.split())}
                if words & others and not words & own:
                    out.add(name)
        return out
