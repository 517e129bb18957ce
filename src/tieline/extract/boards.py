"""A seat on an organization's board, as the gold sets record it: employ with the role "board
member" ("Ann Lee sits on the board of Globex", "is on the board at Globex", "serves on Globex's
board"); a seat in the past tense ("sat", "served", "was on") is a former one."""
from __future__ import annotations

from .arguments import Named, mentions_of, owners_of, prep_objects
from .employers import not_an_employer

SEAT_VERBS = {"be", "serve", "sit"}
BOARDS = {"board", "boards"}


def board_seats(v, m, ents, sink, sent) -> None:
    """employ(org, person) for a verb the person is the subject of that puts them on a board."""
    if v.lemma_.lower() not in SEAT_VERBS:
        return
    boards = [p for p in prep_objects(v, "on") if p.lower_ in BOARDS and p.head.head.i == v.i]
    if not boards:
        return
    # "the board of Globex", "Globex's board"; "on the board at Globex" hangs "at" on the verb
    orgs = [o for b in boards for o in owners_of(b, ents)]
    orgs += [o for p in prep_objects(v, "at") for o in mentions_of(p, ents)]
    past = v.tag_ == "VBD"
    for org in {o.name: o for o in orgs if o.type == "ORG" and not not_an_employer(o, ents)}.values():
        sink.add("employ", org, Named(m.name, "PERSON"), v, "verb:employ:board", sent,
                 obj="board member", modality="negated" if past else None)
