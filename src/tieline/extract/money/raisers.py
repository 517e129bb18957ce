"""The raiser a participle of raising names with "by": "this round brings the total raised by
Acme to $180m", "the $20m secured by Acme", "the total raised by Acme now stands at $60m". The
clause's subject ("this round", "the total") is no party, and a guess would take the first
name it meets; the passive's agent is who raised the money."""
from __future__ import annotations

from .kinds import own_verb
from .words import LEVEL_VERBS, RAISING_VERBS


def raised_by(owners, root, sent) -> str | None:
    """The agent of the raising participle the figure belongs to; None when there is none or
    its agent names no party."""
    for participle in participles(root, sent):
        agents = [g for c in participle.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
        found = next((n for n in map(owners.at, agents) if n), None)
        if found:
            return found
    return None


def participles(root, sent) -> list:
    """Participles of raising that tell the figure: its own verb ("raised by X to $N"), one on
    the total a verb carries "to" the figure ("brings the total raised by X to $N") or whose
    level the figure is ("the total raised by X reached $N"). Not an active verb ("X raised
    $5m", read as usual), nor one on the figure itself ("the $20m raised by X will pay for
    hires"), whose kind and mood come from the verb it is the subject of."""
    verb = own_verb(root, sent)
    found = []
    if verb is not None:
        found.append(verb)
        prep = root.head if root.dep_ == "pobj" and root.head.head == verb else None
        if prep is not None and prep.lower_ == "to":
            found += [a for o in verb.children if o.dep_ == "dobj" for a in o.children
                      if a.dep_ == "acl"]
        if verb.lemma_.lower() in LEVEL_VERBS and (prep is not None or root.dep_ in ("attr", "dobj")):
            found += [a for s in verb.children if s.dep_ == "nsubj" for a in s.children
                      if a.dep_ == "acl"]
    return [p for p in found if p.lemma_.lower() in RAISING_VERBS and p.tag_ == "VBN" and (
        p.dep_ == "acl" or any(c.dep_ == "auxpass" for c in p.children))]
