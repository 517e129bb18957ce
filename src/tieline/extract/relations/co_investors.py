"""Who puts money into a round beside its lead: "co-led the round with B", "was led by A, with
B and C participating", "a round led by A, with participation from B and C". They invest too
and are never the company raising. A name after "with" counts only when it is the preposition's
own object on the verb or its round, or the subject of a joining verb ("participating", "also
investing"), or the source of "participation from"; anywhere else in the clause (on the lead's
name, on the verb that governs "a round led by A") the parser hangs the phrase where it likes,
so only the joining words say the named firms joined ("raised $5m in a round led by A, with B
as its first customer" names no investor)."""
from __future__ import annotations

from ..arguments import mentions_of
from ..wordlists import words

JOINING_VERBS = words("relation_words", "round_joining_verbs")  # participate, join, invest
JOINING_NOUNS = words("relation_words", "round_joining_nouns")  # participation
JOINED = words("relation_words", "round_joined_objects")  # round, funding


def co_investors(verb, objs, ents) -> list:
    preps = [c for n in [verb, *objs] for c in n.children
             if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}]
    toks = [t for p in preps for c in p.children for t in (
        [c] if c.dep_ == "pobj" and c.lemma_.lower() not in JOINING_NOUNS else
        [s for s in c.children if s.dep_ == "nsubj"] if c.dep_ == "pcomp" else [])]
    # the phrase on the lead's name ("led by A, with B participating") or on the verb over a
    # reduced "a round led by A" ("X raised $5m in a round led by A, with B participating")
    leads = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    over = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None) \
        if verb.dep_ == "acl" else None
    wider = [c for n in [*leads, *([over] if over is not None else [])] for c in n.children
             if c.dep_ == "prep" and c.lower_ == "with"]
    toks += [s for p in wider for c in p.children if c.dep_ == "pcomp" and _joins(c)
             for s in c.children if s.dep_ == "nsubj"]
    # "with participation from B and C", wherever the phrase hangs
    toks += [x for p in preps + wider for c in p.children if c.dep_ == "pobj"
             and c.lemma_.lower() in JOINING_NOUNS for f in c.children
             if f.dep_ == "prep" and f.lower_ == "from" for x in f.children if x.dep_ == "pobj"]
    return [m for t in toks for m in mentions_of(t, ents, verb) if m.type == "ORG"]


def _joins(verb) -> bool:
    """A joining verb that says the firm joined the round: not negated ("with B not
    participating"), not "joining as a customer", not "joining the board"."""
    return verb.lemma_.lower() in JOINING_VERBS and not any(
        c.dep_ == "neg" or c.dep_ == "prep" and c.lower_ == "as"
        or c.dep_ == "dobj" and c.lemma_.lower() not in JOINED for c in verb.children)
