"""Where the text places a named organization: its nationality ("German firm Voss",
"Germany's Voss") for descriptions that carry one ("the German lender"), and the place it is
based in ("Ohio-based Kestrel", "Kestrel, headquartered in Columbus, Ohio") for descriptions
that carry one ("the Ohio-based firm")."""
from __future__ import annotations

from functools import cached_property

from ..lexicon import world_places
from .nations import premodifiers, same_nation
from .words import BASE_WORDS, place_names
from .tokens import Mention


def _place_words(tok) -> set[str]:
    """The capitalised runs of a place phrase, in lower case: "San Francisco" gives
    {"san francisco"}, "Columbus, Ohio" gives {"columbus", "ohio"}."""
    runs, run = set(), []
    for t in sorted(tok.subtree, key=lambda t: t.i):
        if t.text[:1].isupper() and t.pos_ == "PROPN":
            run.append(t.lower_)
            continue
        if run:
            runs.add(" ".join(run))
        run = []
    return runs | ({" ".join(run)} if run else set())


def based_place(noun) -> str:
    """The place a "-based" modifier sets a noun in, in lower case ("the Ohio-based firm":
    "ohio", "the San Francisco-based startup": "san francisco"); "" for none."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in BASE_WORDS:
            before = [t.lower_ for t in c.subtree if t.i < c.i and t.text[:1].isupper()]
            if before:
                return " ".join(before)
    return ""


def given_places(m: Mention) -> set[str]:
    """The places a name's own phrase bases it in: "Ohio-based Kestrel", "Kestrel, an
    Ohio-based grocer", "Kestrel, (which is) based in Ohio", "headquartered in Columbus, Ohio".
    Only the name's phrase: a place said of another noun of its sentence is not its own."""
    root = m.root
    out = {based_place(n) for n in [root, *(c for c in root.children if c.dep_ == "appos")]}
    out |= {based_place(t.head) for t in premodifiers(root, m.span[0])
            if t.dep_ == "amod" and t.lower_ in BASE_WORDS}
    for c in root.children:  # "Kestrel, based in Ohio", "Kestrel, which is based in Ohio"
        if c.dep_ in {"acl", "relcl"} and c.lower_ in BASE_WORDS:
            out |= {w for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                    for o in p.children if o.dep_ == "pobj" for w in _place_words(o)}
    return out - {""}


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

    @cached_property
    def _given_places(self) -> dict[str, set[str]]:
        """Each organization's places, from all its name mentions: read once per document
        (names are all found before any description is bound)."""
        out: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind == "name" and m.type == "ORG":
                out.setdefault(m.name, set()).update(given_places(m))
        return out

    def _based_at(self, place: str) -> set[str]:
        """The organizations the text bases in `place` (none for ""). A firm based in another
        place named is not ruled out: the text may name a city of the state described."""
        return {name for name, places in self._given_places.items() if place and place in places}
