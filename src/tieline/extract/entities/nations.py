"""Which nation a word names, for descriptions that carry one ("the French group", "its German
rival"): a nationality adjective matches the country it is formed from ("German" and
"Germany's") or, where the forms part ways, the country words of patterns/entities.json
("French" and "France's", "Dutch" and "the Netherlands")."""
from __future__ import annotations

from ..wordlists import load

DEMONYM_PLACES: dict[str, frozenset[str]] = {
    d: frozenset(places) for d, places in load("entities")["demonym_places"].items()}
# how a name's own words before it hang on it: "France's energy giant X", "Italian bank X"
PREMODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}


def same_nation(tok, demonym: str) -> bool:
    """"German" for "Germany's", "Spanish" for "Spain's" (a place sharing its first letters),
    "French" for "France's" (a country word listed for the adjective)."""
    word = tok.text.lower()
    if not tok.text[:1].isupper():
        return False
    return word[:4] == demonym[:4] or tok.ent_type_ == "GPE" and len(word) > 3 \
        and word[:3] == demonym[:3] or word in DEMONYM_PLACES.get(demonym, ())


def premodifiers(root, start: int) -> list:
    """The words a name's own phrase sets before it, however far: "France's energy giant
    TotalCo" gives "France", "'s", "energy", "giant" (the three words before a name miss the
    country there). The parser may head such a phrase with the descriptor and hang the name on
    it as an apposition with no comma between ("France's dairy group Kestrel Foods"): the
    descriptor's words are the name's too. Not "Orvane's parent, France's X" (a comma)."""
    words = [t for c in root.children if c.i < start and c.dep_ in PREMODIFIER_DEPS
             for t in c.subtree]
    head = root.head
    if root.dep_ == "appos" and head.i < start and not any(
            t.text == "," for t in root.doc[head.i:start]):
        words += [t for t in head.subtree if t.i < start]
    return words
