"""Infinitives of a given means or leave: "gave Acme the scale to compete with B", "handed Acme
the go-ahead to buy B". The one given acts in the infinitive, not the giver; and, but for
rivalry, the act is only made possible, not done."""
from __future__ import annotations

from .wordlists import words

GIVING_VERBS = words("relation_words", "giving_verbs")


def giving_verb(verb):
    """The giving verb whose object (or the verb itself) an infinitive hangs from, else None (the
    parser hangs the infinitive on the given noun or on the giving verb)."""
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return None
    giver = verb.head if verb.dep_ in {"advcl", "xcomp"} else None
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
        given = verb.head
        while given.dep_ == "conj":  # "gave A the plants and the heft to compete"
            given = given.head
        giver = given.head if given.dep_ == "dobj" else None
    if giver is None or giver.lemma_.lower() not in GIVING_VERBS or not given_to(giver):
        return None
    return giver


def given_to(giver) -> list:
    """Who a giving verb gives to: "gave Acme the scale" (not "gave it to Acme", an ADP)."""
    return [c for c in giver.children if c.dep_ == "dative" and c.pos_ != "ADP"]
