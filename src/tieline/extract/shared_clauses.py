"""A relative clause the parser hangs on one name of a list of people but which a plural role
says is about them all: "Ann Lee and Bo Kim, who joined Globex as directors this year" (the
clause sits on "Ann Lee"; "directors" says both joined). A singular role ("who joined Globex
as a director") may be about the nearest name only, so it is not shared. A list's slot is
every name's too: "Globex sacked Ann Lee and Bo Kim" (people._person_verbs)."""
from __future__ import annotations

from .arguments import prep_objects
from .role_clauses import is_role


def list_head(tok):
    """The first name of the list tok is in (tok itself when it is in none): the one the parser
    gives the list's slot, "hired Ann Lee and Bo Kim" (Kim hangs on Lee)."""
    head = tok
    while head.dep_ == "conj":
        head = head.head
    return head


def slot_head(m, sink, sent):
    """list_head of a person's mention, but a later name with a current post of its own in the
    sentence is no item of the slot: "Acme hired Ann Lee and chief executive Bo Kim of Globex
    left" (two clauses the parser runs together)."""
    head, text = list_head(m.root), sent.text.strip()
    if head is not m.root and any(r.type == "employ" and r.tail == m.name and r.modality != "negated"
                                  and r.evidence.sentence == text for r in sink.found):
        return m.root
    return head


def listed_subject(tok):
    """The subject a later name of a list stands in: "A and B resigned", "A, B and C joined X",
    "A and his son B have both resigned" (B set beside the word "son" that is listed); None
    when tok is the first name or in no subject list."""
    item = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "conj" \
        and tok.head.pos_ == "NOUN" else tok
    head = list_head(item)
    return head if item.dep_ == "conj" and head.dep_ == "nsubj" else None


def shared_relatives(tok) -> list:
    """The relative clauses of the other names in tok's list whose "as" role is a plural post."""
    head = list_head(tok)
    group = [head, *head.conjuncts]
    if len(group) < 2 or tok not in group:
        return []
    return [c for x in group if x is not tok for c in x.children
            if c.dep_ == "relcl" and _plural_post(c)]


def _plural_post(verb) -> bool:
    """"who joined Globex as directors": the clause's "as" role is a post in the plural."""
    return any(r.tag_ in {"NNS", "NNPS"} and is_role(r) for r in prep_objects(verb, "as"))
