"""Relative pronouns and what they stand for: "Botco, in which Globex owns a stake" (which is
Botco), "Ann Lee, the head of Acme, which owns Bolt" (which is Acme, not her), "Acme and Bolt,
which owns Zephyr" (a singular verb after a list: the nearest name). Read by arguments.py."""
from __future__ import annotations

RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}
PERSON_RELATIVES = {"who", "whom"}


def relative_antecedent(tok, ents):
    """"Botco, in which Globex owns a stake": `which` stands for the noun the clause modifies;
    "Globex, whose main backer is Botco": `whose` too."""
    for anc in tok.ancestors:
        if anc.dep_ in {"relcl", "acl"}:
            head = anc.head
            while head.dep_ == "appos" and not ents.mention_at(head):
                head = head.head  # "Anthropic, a startup that secured ..."
            if tok.lower_ in PERSON_RELATIVES and head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
                m = ents.mention_at(head)
                if m is not None and m.type != "PERSON":
                    # "a scientist at Acme Labs who has worked with Botco": the scientist did
                    return head.head.head
            if tok.lower_ == "which":
                return _aside_organization(head, ents) or head
            return head
    return tok


def _aside_organization(head, ents):
    """"Ann Lee, the head of Acme, which owns Bolt": "which" is no person; the parser hangs the
    clause on her name, but it is about the organization her aside names last."""
    m = ents.mention_at(head)
    if m is None or m.type != "PERSON":
        return None
    orgs = [t for c in head.children if c.dep_ == "appos" for t in c.subtree
            if t.dep_ == "pobj" and getattr(ents.mention_at(t), "type", None) == "ORG"]
    return orgs[-1] if orgs else None


def singular_clause_antecedent(pronoun) -> list | None:
    """"Acme and Bolt, which owns Zephyr": a clause whose verb is singular, after a list, is
    about the name nearest to it, not the whole list ("which own" would be about both)."""
    clause = pronoun.head
    if clause.dep_ != "relcl" or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
    if not any(v.tag_ == "VBZ" for v in verbs):
        return None
    listed = [t for t in (clause.head, *clause.head.conjuncts) if t.i < pronoun.i]
    return [max(listed, key=lambda t: t.i)] if len(listed) > 1 else None
