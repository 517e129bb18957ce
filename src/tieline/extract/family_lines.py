"""A family line written as an organization's name: kin, no employer ("the Halvorsen
bloodline", "the Orvane dynasty")."""
from __future__ import annotations

from .wordlists import words

FAMILY_LINES = words("people", "family_lines")  # bloodline, dynasty, clan, family


def name_words(org) -> list[str]:
    """The words of the organization's name, lowercased (none where it has no name)."""
    return (getattr(org, "name", "") or "").lower().split()


def a_family_line(org) -> bool:
    """"Ann Lee (of the Halvorsen bloodline)", "a scion of the Orvane dynasty", "Ann Lee of the
    Halvorsen family": a family name before a kin noun is a lineage, which employs no one (the
    parser may hang the kin noun anywhere, so the word after the name is read). Not "the
    Orvane family of brands": a firm's range."""
    name = name_words(org)
    if name and name[-1] in FAMILY_LINES:
        return True
    after = words_after(org, 2, past_root=True)
    return bool(after) and after[0] in FAMILY_LINES and after[1:] != ["of"]


def words_after(org, n: int, past_root: bool = False) -> list[str]:
    """The n words written right after the organization's name, lowercased; none where it has
    no token, nor where its span is empty, unless past_root: then those after its root."""
    root = getattr(org, "root", None)
    span = getattr(org, "span", (0, 0))
    if root is None or (span[1] <= span[0] and not past_root):
        return []
    end = span[1] if span[1] > span[0] else root.i + 1
    return [t.lower_ for t in root.doc[end:end + n]]
