"""A seat on an organization's board, as the gold sets record it: employ with the role "board
member" ("Ann Lee sits on the board of Globex", "she is on the board at Globex", "A, a Globex
adviser who sits on the boards of X and Y"); a seat in the past tense ("sat", "served", "was
on") is a former one."""
from __future__ import annotations

from .arguments import Named, mention_or_person, mentions_of, owners_of, prep_objects
from .employers import not_an_employer

SEAT_VERBS = {"be", "serve", "sit"}
BOARDS = {"board", "boards"}


def board_seats(sdoc, ents, sink) -> None:
    """employ(org, person) for each verb that seats a person on an organization's board."""
    for v in ents.view.with_lemma(SEAT_VERBS):  # the document's tokens with a seating lemma
        if v.pos_ not in {"VERB", "AUX"}:
            continue
        boards = [p for p in prep_objects(v, "on") if p.lower_ in BOARDS and p.head.head.i == v.i]
        person = _seated(v, ents) if boards else None
        if person is None or person.type != "PERSON":
            continue
        # "the board of Globex", "Globex's board"; "on the board at Globex" hangs "at" on the verb
        orgs = [o for b in boards for o in owners_of(b, ents)]
        orgs += [o for p in prep_objects(v, "at") for o in mentions_of(p, ents)]
        sent = ents.sents[ents.sent_index(v)]
        for org in {o.name: o for o in orgs
                    if o.type == "ORG" and not not_an_employer(o, ents)}.values():
            sink.add("employ", org, Named(person.name, "PERSON"), v, "verb:employ:board", sent,
                     obj="board member", modality="negated" if v.tag_ == "VBD" else None)


def _seated(verb, ents):
    """Who sits: the subject ("he" is the person last named), or for "who sits on" the noun
    the clause describes, through an apposed description to the name ("A, a Globex adviser who
    sits on ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subj = verb.head
        if subj.dep_ == "appos" and ents.mention_at(subj) is None:
            subj = subj.head
    return mention_or_person(subj, ents) if subj is not None else None
