"""A name the parser sets in apposition that is really the subject of a clause cut short:
"While Trellis has backed Quillfield Labs, Halvorsen Marine has not." The name is followed
straight by a verb or auxiliary that has no subject of its own, so it is that verb's subject,
not another name for the object before it."""
from __future__ import annotations


def elided_subject(mention) -> bool:
    root = getattr(mention, "root", None)
    if root is None or root.dep_ != "appos":
        return False
    doc = root.doc
    after = root.i + 1
    if after >= len(doc):
        return False
    verb = doc[after]
    return verb.pos_ in {"AUX", "VERB"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
