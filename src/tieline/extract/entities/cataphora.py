"""Cataphora: "Under its deal with Halden, Corvex will ..." - a possessive in a phrase fronted
before its clause's subject means that subject, not a firm of the sentence before."""
from __future__ import annotations

# how a fronted phrase hangs on its verb: "Under its deal ...", "As part of its plan ...",
# "With its shares up ...", "After its merger with X, ..." (arguments.FRONTED_DEPS differs)
FRONTED_PHRASE_DEPS = {"prep", "advcl", "npadvmod"}


def fronted_subject(token, mention_at, excluded=frozenset()):
    """The named organization that is the subject of the clause a possessive pronoun's phrase
    is fronted to, or None. Only when the whole phrase stands before that subject, set off by
    a comma ("Under its deal with Halden, Corvex will supply ..."); "Corvex, under its deal
    with Halden, will ..." has the subject first and is read as before. Names in `excluded`
    (those the pronoun cannot mean) are never returned."""
    if token.dep_ != "poss":
        return None
    child = token.head
    for anc in token.ancestors:
        if anc.pos_ in {"VERB", "AUX"} and not _preposition_verb(anc):
            break
        child = anc
    else:
        return None
    if child.dep_ not in FRONTED_PHRASE_DEPS:
        return None
    subj = [c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj or subj[0].i < token.i:
        return None
    edge = child.right_edge.i
    # the phrase ends with a comma right before the subject's own words begin
    if edge >= subj[0].left_edge.i or not _comma_between(token.doc, edge, subj[0].left_edge.i):
        return None
    m = mention_at(subj[0])
    ok = m is not None and m.type == "ORG" and m.kind == "name" and m.name not in excluded
    return m if ok else None


def _comma_between(doc, end: int, start: int) -> bool:
    return any(t.text == "," for t in doc[end + 1:start]) or doc[end].text == ","


def _preposition_verb(tok) -> bool:
    """"Following its merger with X, Y ...": the tagger may call "Following" or "According" a
    verb; with no subject of its own and hung on the clause as a phrase, it is a preposition."""
    return tok.dep_ in {"prep", "advcl"} and tok.i < tok.head.i and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children)
