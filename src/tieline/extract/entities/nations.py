"""Which nation a word names, for descriptions that carry one ("the French group", "the
Milan-based lender", "its German rival"): a nationality adjective matches the country it is
formed from ("German" and "Germany's") or, where the forms part ways, the country words of
patterns/entities.json ("French" and "France's", "Dutch" and "the Netherlands"); a large
city's name stands for its country ("Milan-based" is Italian)."""
from __future__ import annotations

from ..lexicon import large_city_countries
from ..wordlists import load

DEMONYM_PLACES: dict[str, frozenset[str]] = {
    d: frozenset(places) for d, places in load("entities")["demonym_places"].items()}
# how a name's own words before it hang on it: "France's energy giant X", "Italian bank X"
PREMODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}


def _stem_shared(word: str, nation: str) -> bool:
    """"italian" and "italy", "german" and "germany": the shorter word, its last letter
    dropped, starts the longer one (four letters at least). A bare shared start is not
    enough: "austrian" and "australia", "slovak" and "slovenia" share theirs."""
    short, long = sorted((word, nation), key=len)
    return word == nation or len(short) > 4 and long.startswith(short[:-1]) \
        or len(short) == 4 and long[:4] == short


def _one_nation(word: str, nation: str) -> bool:
    """Two lower-case words of one nation: a shared stem ("italian", "italy"; not of two
    names of several words, "united states" and "united kingdom"), or one list."""
    return _stem_shared(word, nation) and " " not in word + nation \
        or word in DEMONYM_PLACES.get(nation, ()) \
        or nation in DEMONYM_PLACES.get(word, ()) \
        or any(word in places and nation in places for places in DEMONYM_PLACES.values())


def same_nation(tok, nation: str) -> bool:
    """"German" for "Germany's" (a place sharing its stem), "Spanish" for "Spain's" and
    "French" for "France's" (a country word listed for the adjective), "Milan" (tagged a place)
    for "Italian" or "italy" (the country of a large city). `nation` is a nationality adjective
    or a country's name, in lower case."""
    word = tok.text.lower()
    if not tok.text[:1].isupper():
        return False
    if _one_nation(word, nation):
        return True
    country = large_city_countries().get(tok.text) if tok.ent_type_ == "GPE" else None
    return country is not None and _one_nation(country, nation)


def other_nation(words, nation: str) -> bool:
    """A name's own words give it another nation: "Switzerland's", "Swiss" or "Geneva-based"
    (words tagged a people or a place, of no list of `nation`)."""
    return any(t.text[:1].isupper() and t.ent_type_ in {"NORP", "GPE"}
               and not same_nation(t, nation) for t in words)


def described_nation(noun) -> str:
    """The nation a description carries, in lower case: its nationality adjective ("the German
    lender": "german"), or the country of the large city it is based in ("the Milan-based
    lender": "italy"); "" for none."""
    for c in noun.children:
        if c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP":
            return c.text.lower()
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ == "based":
            city = [g.text for g in c.children if g.dep_ in {"npadvmod", "compound"}
                    and g.ent_type_ == "GPE"]
            country = large_city_countries().get(city[0]) if city else None
            if country:
                return country
    return ""


def premodifiers(root, start: int) -> list:
    """The words a name's own phrase sets before it, however far: "France's energy giant
    Kestrel Power" gives "France", "'s", "energy", "giant" (the three words before a name
    miss the country there). The parser may head such a phrase with the descriptor and hang
    the name on it as an apposition with no comma between ("France's dairy group Kestrel
    Foods"): the descriptor's words are the name's too. Not "Orvane's parent, France's X"
    (a comma)."""
    words = [t for c in root.children if c.i < start and c.dep_ in PREMODIFIER_DEPS
             for t in c.subtree]
    head = root.head
    if root.dep_ == "appos" and head.i < start and not any(
            t.text == "," for t in root.doc[head.i:start]):
        words += [t for t in head.subtree if t.i < start]
    return words

