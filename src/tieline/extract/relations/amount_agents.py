"""The agent of a passive penalty written after its sum: in "X was fined £3m by the Authority"
the parser hangs "by the Authority" on the amount, the verb's object, not on the verb. A "by"
phrase on the amount of a passive verb is then the verb's agent.

Refused: a "by" phrase on anything but a sum ("was fined for failings by its staff": the
staff's failings), an amount that only measures ("cut by 5%" is no penalty: sue verbs only),
and a verb that already has its own agent."""
from __future__ import annotations

from ..money.words import CURRENCY_SIGNS


def _a_sum(tok) -> bool:
    """"£3m", "$550,000", "5 million euros": a money entity, a currency sign or a number on it."""
    return tok.ent_type_ == "MONEY" or any(
        c.text in CURRENCY_SIGNS or c.like_num for c in tok.children
        if c.dep_ in {"nmod", "nummod", "compound", "quantmod"})


def amount_agents(verb) -> list:
    """The objects of "by" phrases hung on the sum a passive verb takes."""
    return [p for o in verb.children if o.dep_ == "dobj" and _a_sum(o)
            for c in o.children if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"]
