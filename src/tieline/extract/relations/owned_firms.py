"""Owners and owned firms the parser leaves unbound to a trigger noun.

"Orvane Analytics' sale of B to C": a name ending in "s" takes a bare apostrophe, which the
parser often reads as a closing quote, hanging the name on the noun as a modifier (nmod) with
the apostrophe as punctuation; the name is still the noun's possessor. A name right after an
opening quote ("the 'Kestrel Analytics' deal") is a quoted label, no possessor.

"for another Orvane company, Brambleway Dairy.": the parser may cut the named firm off the
noun it stands beside (a root of its own); a name right after the comma that closes the
sentence or its clause there is still the noun's apposition. A name that opens a clause of its
own ("for another Orvane company, Brambleway said") is no apposition."""
from __future__ import annotations

from ..career import SUBJECT_DEPS
from ..entities.words import POSSESSIVE_TOKENS

BARE_APOSTROPHES = {t for t in POSSESSIVE_TOKENS if not t.endswith("s")}  # "'", "’"
# opening marks only, single ones included ("the 'Kestrel Analytics' deal"): the shared quote
# sets (employers.QUOTE_MARKS, grouping.QUOTES) hold no single marks and hold closing ones
OPENING_QUOTES = {"'", "‘", "\"", "“"}


def bare_possessors(noun, ents) -> list:
    """Names before a bare apostrophe that the parser hung on the noun: "ViaNorth Labs' sale"."""
    doc, found = noun.doc, []
    for mark in noun.lefts:
        if mark.text not in BARE_APOSTROPHES or mark.dep_ != "punct":
            continue
        owner = ents.mention_at(doc[mark.i - 1]) if mark.i > noun.sent.start else None
        if owner is None or owner.kind != "name" or owner.span[1] != mark.i:
            continue
        if not doc[mark.i - 1].text.lower().endswith("s") or owner.root.head.i != noun.i:
            continue  # "Kestrel' sale": no possessive form; a name hung elsewhere is no owner
        start = owner.span[0]
        if start > noun.sent.start and doc[start - 1].text in OPENING_QUOTES:
            continue  # a quoted label
        found.append(owner)
    return found


def cut_apposition(noun, ents) -> list:
    """The name after the comma that follows the noun, cut off by the parser: "another Orvane
    company, Brambleway Dairy." (the name closes the sentence or its clause)."""
    doc, sent = noun.doc, noun.sent
    at = noun.i + 2
    if at >= sent.end - 1 or doc[noun.i + 1].text != ",":
        return []
    named = ents.mention_at(doc[at])
    if named is None or named.kind != "name" or named.span[0] != at:
        return []
    end = named.span[1]
    if end >= sent.end or doc[end].text not in {".", ",", ";"}:
        return []
    if named.root.dep_ in SUBJECT_DEPS or named.root.head.i == noun.i:
        return []  # a clause's subject, or an apposition the parser already bound
    return [named]
