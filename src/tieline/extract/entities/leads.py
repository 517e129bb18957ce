"""What a name stands in within its sentence, for binding a later "it" or "its": a name on the
subject (the firm the sentence is about), a body the text names by a proper name it has no firm
for."""
from __future__ import annotations

from .words import ROLE_WORDS


def proper_named(tok) -> bool:
    """A proper name, or a noun a proper name opens ("the Avalon research institute")."""
    return any(t.pos_ == "PROPN" for t in tok.doc[tok.left_edge.i:tok.i + 1])


def on_subject(tok) -> bool:
    """A name on the subject: its possessor ("A's deal with B was approved"), its "of" noun
    ("Shares of A rose after a deal with B"), or, alone and not one of a list, a name before
    the subject ("A shares rose") or after another word of it ("Shares in A rose", "Revenue at
    A rose"): the firm the sentence is about. Not "handsets from A, B and C" (a list leads
    nothing), nor "Analysts at A" or "A analysts" (its people, speaking of another firm)."""
    if tok.dep_ == "poss" or tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head if tok.dep_ == "poss" else tok.head.head
        return noun.dep_ in {"nsubj", "nsubjpass"}
    if any(c.dep_ == "conj" for c in tok.children) or tok.dep_ not in {"compound", "pobj"}:
        return False
    noun = tok.head if tok.dep_ == "compound" else tok.head.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.lemma_.lower() not in ROLE_WORDS
