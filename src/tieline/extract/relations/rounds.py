"""Funding rounds a verb names: whose round it is ("led a round in X", "X's round") and the
round a split "co-led" describes ("a round co-led by A and B", which the parser reads as
"co" describing the round and "led" hanging on the sentence's main verb)."""
from __future__ import annotations

from ..arguments import co_prefix, prep_objects


def raised_in(verb, objs, ents) -> list:
    """Whose round a verb's object or "in" names: "led a round in X", "X's round". A product
    name on the round is its label ("a Series B round"), not whose it is."""
    rounds = list(objs) + prep_objects(verb, "in")
    return [t for n in rounds for t in [
        *(c for c in n.children if c.dep_ in {"poss", "compound"} and ents.mention_at(c)
          and ents.mention_at(c).type != "PRODUCT"),
        *(p for c in n.children if c.dep_ == "prep" and c.lower_ in {"in", "for", "into"}
          for p in c.children if p.dep_ == "pobj")]]


def co_described(verb):
    """The noun a split "co-<verb>ed by A" describes ("a round co-led by A"), else None."""
    prefix = co_prefix(verb)
    if prefix is None or prefix.dep_ != "acl" or prefix.head.pos_ != "NOUN" \
            or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return prefix.head
