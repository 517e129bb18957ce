"""Contests that make no market rivals: nominees vying for a prize, award or cup."""
from __future__ import annotations

from ..employers import AWARDS

# "A, B and C are vying for the best film prize", "the car of the year award": films, shows,
# players or products up for one award are nominees, not firms vying for customers
# ("compete for customers", "for the contract" stay). Not "title" or "crown" ("vying with B
# for the title of leading carmaker" is a market race), nor "nomination" ("competing for the
# nomination as preferred bidder" is a race for a contract)
PRIZE_NOUNS = AWARDS | {"prizes", "trophies", "medals", "gong", "gongs", "cup", "championship"}


def for_a_prize(verb) -> bool:
    """Whether a verb of rivalry says what is contested is a prize: "vying for/in the X prize",
    "for the car of the year award"."""
    return any(_is_prize(p) or any(_is_prize(q) for d in p.children if d.dep_ == "prep"
                                   and d.lower_ == "of" for q in d.children if q.dep_ == "pobj")
               for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "in"}
               for p in c.children if p.dep_ == "pobj")


def _is_prize(token) -> bool:
    return token.lemma_.lower() in PRIZE_NOUNS
