"""Whether "Y, a division of X" is one firm holding another: not when X is a public body, an
army or a party ("an arm of the Norland Army", "the research arm of the Halden Party"), nor when
Y is an office inside X ("the Risk Office, a new division of Marlow Bank")."""
from __future__ import annotations

from ..entities.words import STATE_WORDS
from ..wordlists import words

NON_FIRM_OWNERS = (words("relation_words", "public_body_words")
                   | words("relation_words", "labour_body_words")
                   | words("relation_words", "movement_words")
                   | words("people", "public_heads") | words("people", "government_bodies")
                   | STATE_WORDS)
IN_HOUSE_PARTS = words("relation_words", "in_house_parts")


def firm_holds(owner: str, owned: str) -> bool:
    """Owner's last word names no public or political body, owned's none of a firm's offices."""
    return owner.split()[-1].lower() not in NON_FIRM_OWNERS and \
        owned.split()[-1].lower() not in IN_HOUSE_PARTS
