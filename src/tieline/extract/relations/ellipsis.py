"""A name the parser sets in apposition that is really the subject of a clause cut short:
"While Trellis has backed Quillfield Labs, Halvorsen Marine has not." The name is followed
straight by a verb or auxiliary that has no subject of its own and set off by a comma, so it
is that verb's subject, not another name for the object before it."""
from __future__ import annotations


def elided_subject(mention) -> bool:
    root = getattr(mention, "root", None)
    if root is None or root.dep_ != "appos":
        return False
    doc = root.doc
    after, first = root.i + 1, root.left_edge.i
    if after >= len(doc) or first == 0 or doc[first - 1].text != ",":
        return False  # "its subsidiary Kelso would open": one name, no clause cut short
    verb = doc[after]
    return verb.pos_ in {"AUX", "VERB"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
