"""Contests that make no market rivals: nominees vying for a prize, teams for a title."""
from __future__ import annotations

# "A, B and C are vying for the best film prize", "competing for Oscars": films, shows,
# players or products up for one award are nominees, not firms vying for customers
# ("compete for customers", "for the contract" stay). Not "title" or "crown": "vying with B
# for the title of leading carmaker" is a market race
PRIZE_NOUNS = {"prize", "prizes", "award", "awards", "oscar", "oscars", "trophy", "medal",
               "medals", "nomination", "nominations", "gong", "gongs", "cup", "championship",
               "bafta", "baftas", "grammy", "grammys", "emmy", "emmys"}


def for_a_prize(verb) -> bool:
    """Whether a verb of rivalry says what is contested is a prize: "vying for/in the X prize"."""
    return any(c.dep_ == "prep" and c.lower_ in {"for", "in"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in PRIZE_NOUNS for p in c.children)
        for c in verb.children)
