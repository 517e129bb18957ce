"""Which names an investor's list holds: "Acme's portfolio includes A and B" lists companies
Acme holds; "its product portfolio", "includes the Vela phone" (a name modifying a thing) and "a
portfolio of clients / loans / patents" list goods, customers or debts, not stakes."""
from __future__ import annotations

from ..wordlists import words

HOLDING_LISTS = {"portfolio", "investment"}
# what a portfolio "of" may hold and still be stakes: "a portfolio of startups"; a portfolio
# "of brands" is stables.py's alone (one reader, one modality)
HELD_KINDS = words("relation_words", "held_list_kinds")


def held_companies(noun, found) -> list:
    if any(c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" and c.lemma_.lower() != "investment"
           for c in noun.children):
        return []
    if any(p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() not in HELD_KINDS
           and p.lower_ not in HELD_KINDS
           for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
        return []  # "a portfolio of clients includes A": A is a customer
    return [m for m in found if m.root.dep_ not in {"compound", "nmod", "poss"}]
