"""Firms a clause is about when its noun is a group that an "include" list names: "Other
telcos that work with Acme include Globex and Initech", "Retailers selling its products include
A and B". The clause (relative or participle) says the same of each listed firm, so the firms
are its subject. Only a plural noun of firms ("telcos", "companies", "customers") that is the
subject of "include": "companies such as A and B were hit" lists no clause's subject, and
"products that use X include A" names no firm's group. The list must be stated as it is ("no
longer include", "could include" list no one) and of firms ("include London and Paris" names
places), and the clause must be about now ("telcos that once worked with X" is a past tie).
"""
from __future__ import annotations

from .lexicon import ORG_DESCRIPTORS
from .modality import modality_at
from .wordlists import words

# firm nouns, the plural kinds of firms whose listed names are firms ("grocers including A"),
# and the few group nouns of a tie ("customers", "partners") that no firm list holds
GROUPS = ORG_DESCRIPTORS | words("entities", "listed_firm_groups") | \
    words("relation_words", "listed_groups")
# "telcos that once worked with X": a tie the clause places in the past
LAPSED_ADVERBS = words("relation_words", "lapsed_adverbs")


def listed_members(noun, ents) -> list | None:
    """The tokens "include" lists for a plural group noun that is its subject, else None."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in GROUPS or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    # "do not include", "no longer include", "could include": no one is listed as a member
    if verb.lemma_.lower() != "include" or modality_at(verb) not in {"asserted", "reported"}:
        return None
    items = [t for c in verb.children if c.dep_ == "dobj" for t in [c, *c.conjuncts]]
    named = [ents.mention_at(t) for t in items]
    if not items or any(m is None or m.type != "ORG" for m in named):
        return None  # "include London and Paris": not a list of firms
    return items


def clause_members(noun, clause, ents) -> list | None:
    """listed_members for a clause that hangs on the noun ("that work with X", "working with
    X"); None when the clause is no modifier of it or a past one ("that once worked with X")."""
    if clause is None or clause.head.i != noun.i or clause.dep_ not in {"relcl", "acl"}:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in LAPSED_ADVERBS for c in clause.children):
        return None
    return listed_members(noun, ents)


def another_members_firm(noun) -> bool:
    """"another Acme company", "another Acme unit": a firm of Acme's group, not Acme itself,
    so the name before the noun is no party of the clause."""
    return noun.lemma_.lower() in GROUPS and any(
        c.dep_ == "det" and c.lower_ == "another" for c in noun.children)


def closing_aside(noun, ents):
    """"... for another Acme company, Globex Cruises.": a name set after a comma that ends the
    sentence describes the noun before it, when the parser hung it elsewhere than as the
    noun's apposition (else None)."""
    doc, k = noun.doc, noun.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    m = ents.mention_at(doc[k + 1])
    end = m.span[1] if m is not None else None
    if m is None or m.span[0] != k + 1 or end >= len(doc) or doc[end].text not in {".", "!", "?"}:
        return None
    return m
