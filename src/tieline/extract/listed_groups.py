"""Firms a clause is about when its noun is a group that an "include" list names: "Other
telcos that work with Acme include Globex and Initech", "Retailers selling its products include
A and B". The clause (relative or participle) says the same of each listed firm, so the firms
are its subject. Only a plural noun of firms ("telcos", "companies", "customers") that is the
subject of "include": "companies such as A and B were hit" lists no clause's subject, and
"products that use X include A" names no firm's group.
"""
from __future__ import annotations

from .lexicon import ORG_DESCRIPTORS
from .wordlists import words

GROUPS = ORG_DESCRIPTORS | words("relation_words", "listed_groups")


def listed_members(noun) -> list | None:
    """The tokens "include" lists for a plural group noun that is its subject, else None."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in GROUPS or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_.lower() != "include" or any(c.dep_ == "neg" for c in verb.children):
        return None
    return [t for c in verb.children if c.dep_ == "dobj" for t in [c, *c.conjuncts]] or None


def clause_members(noun, clause) -> list | None:
    """listed_members for a clause that hangs on the noun ("that work with X", "working with
    X"); None when the clause is no modifier of it."""
    if clause is None or clause.head.i != noun.i or clause.dep_ not in {"relcl", "acl"}:
        return None
    return listed_members(noun)


def another_members_firm(noun) -> bool:
    """"another Acme company", "another Acme brand": a firm of Acme's group, not Acme itself,
    so the name before the noun is no party of the clause."""
    return noun.lemma_.lower() in GROUPS and any(
        c.dep_ == "det" and c.lower_ == "another" for c in noun.children)


def closing_aside(noun, ents):
    """"... for another Acme company, Globex Cruises.": a name set after a comma that ends the
    sentence describes the noun before it, however the parser hung it (else None)."""
    doc, k = noun.doc, noun.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    m = ents.mention_at(doc[k + 1])
    end = m.span[1] if m is not None else None
    if m is None or m.span[0] != k + 1 or end >= len(doc) or doc[end].text not in {".", "!", "?"}:
        return None
    return m
