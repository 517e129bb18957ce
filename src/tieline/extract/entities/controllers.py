"""The object that controls an infinitive clause a possessive pronoun stands in: "paid
Veltra to integrate its models" - "its" is Veltra's; "urged Norland to drop its deal
with Quorix" - "its" is the country's, never a firm named in an earlier sentence."""
from __future__ import annotations

from .words import place_names


def object_controller(xcomp, mention_at) -> tuple[bool, object]:
    """(True, mention) when the object of the verb the infinitive clause hangs on is a named
    organization; (True, None) when it is a place, whose "its" binds to no firm; else
    (False, None): the clause says nothing about the pronoun."""
    objs = [c for c in xcomp.head.children if c.dep_ == "dobj"]
    if not objs:
        return False, None
    m = mention_at(objs[0])
    if m is not None and m.type == "ORG":
        return True, m
    place = objs[0].ent_type_ == "GPE" or objs[0].text in place_names()
    return (True, None) if place else (False, None)
