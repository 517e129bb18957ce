"""A family line written as an organization's name: kin, no employer ("the Halvorsen
bloodline", "the Orvane dynasty")."""
from __future__ import annotations

from .wordlists import words

FAMILY_LINES = words("people", "family_lines")  # bloodline, dynasty, clan, family


def a_family_line(org) -> bool:
    """"Ann Lee (of the Halvorsen bloodline)", "a scion of the Orvane dynasty", "Ann Lee of the
    Halvorsen family": a family name before a kin noun is a lineage, which employs no one (the
    parser may hang the kin noun anywhere, so the word after the name is read). Not "the
    Orvane family of brands": a firm's range."""
    name = (getattr(org, "name", "") or "").lower().split()
    if name and name[-1] in FAMILY_LINES:
        return True
    root = getattr(org, "root", None)
    if root is None:
        return False
    span = getattr(org, "span", (0, 0))
    end, doc = span[1] if span[1] > span[0] else root.i + 1, root.doc
    return end < len(doc) and doc[end].lower_ in FAMILY_LINES and not (
        end + 1 < len(doc) and doc[end + 1].lower_ == "of")
