"""What a name stands in within its sentence, for binding a later "it" or "its": a name on the
subject (the firm the sentence is about), a body the text names by a proper name it has no firm
for."""
from __future__ import annotations


def proper_named(tok) -> bool:
    """A proper name, or a noun a proper name opens ("the Avalon research institute")."""
    return any(t.pos_ == "PROPN" for t in tok.doc[tok.left_edge.i:tok.i + 1])


def on_subject(tok) -> bool:
    """A name on the subject: its possessor ("A's deal with B was approved") or its "of" noun
    ("Shares of A rose after a deal with B"), the firm the sentence is about."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    return tok.dep_ in {"poss", "pobj"} and noun.dep_ in {"nsubj", "nsubjpass"} \
        and (tok.dep_ == "poss" or tok.head.lower_ == "of")
