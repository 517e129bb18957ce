"""Partners named through their people or a part of them: "is working with researchers at
Morvane University", "partnered with Carrow Electric's health care division", "in collaboration
with scientists from the Tessel Institute". The organization the group belongs to is the partner."""
from __future__ import annotations

from ..arguments import mentions_of
from ..lexicon import MEMBER_UNITS as UNITS, STAFF_GROUPS

MEMBER_PREPS = {"at", "from", "of"}


def member_orgs(tok, ents) -> list:
    """The organizations a with-object stands for when it is a group of an organization's
    people or one of its parts: "researchers at A and B", "A's health care division"."""
    word = tok.lower_
    if ents.mention_at(tok) is not None or word not in STAFF_GROUPS | UNITS:
        return []
    # "of" only after a part ("the battery unit of A"): "a team of A consultants", "experts
    # of A" name advisers or a client's hired help, not a partner's own staff
    preps = MEMBER_PREPS if word in UNITS - {"team"} else MEMBER_PREPS - {"of"}
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
               for p in c.children if p.dep_ == "pobj"]
    # a name, never "the company": a description may stand for a firm of an earlier sentence
    return [m for t in owners for m in mentions_of(t, ents) if m.type == "ORG" and m.kind == "name"]
