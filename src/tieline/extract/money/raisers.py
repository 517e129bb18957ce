"""The raiser a participle of raising names with "by": "this round brings the total raised by
Acme to $180m", "the total raised by Acme now stands at $60m". The clause's subject ("this
round", "the total") is no party, and a guess would take the first name it meets; the
passive's agent is who raised the money. Only a firm's whole name, alone, is read: a thing the
firm has ("Acme's charity", "Acme employees"), a list ("Acme and Beta": a joint total), a person
(campaign money) or a sum raised for or from something ("for charity", "from asset sales")
gives nothing."""
from __future__ import annotations

from .kinds import own_verb
from .words import LEVEL_VERBS, RAISING_VERBS

# dependents that make the agent more than one firm's bare name
_NOT_ALONE = ("conj", "cc", "poss", "prep", "appos", "acl", "relcl", "case")


def raised_by(owners, root, sent) -> str | None:
    """The firm the agent of the raising participle the figure belongs to names; None when
    there is none or its agent is not a firm's name standing alone."""
    for participle in participles(root, sent):
        if any(c.dep_ == "prep" and c.lower_ != "to" for c in participle.children):
            continue  # "raised by Acme for charity", "received by Acme from asset sales"
        agents = [g for c in participle.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
        found = next((n for n in (firm_alone(owners, a) for a in agents) if n), None)
        if found:
            return found
    return None


def firm_alone(owners, tok) -> str | None:
    """The firm tok names when its phrase is that firm's name and nothing else."""
    mention = owners.ents.mention_at(tok)
    if mention is None or mention.kind != "name" or mention.type != "ORG":
        return None  # "Acme's charity", "Acme employees": the head is no name; a person
    if any(c.dep_ in _NOT_ALONE for c in tok.children):
        return None
    i, j = mention.span
    if any(not i <= t.i < j and t.dep_ != "det" for t in tok.subtree):
        return None
    return mention.name


def participles(root, sent) -> list:
    """Participles of raising that tell the figure: its own verb ("raised by X to $N"), one on
    the total a verb carries "to" the figure ("brings the total raised by X to $N") or whose
    level the figure is ("the total raised by X reached $N"). Not an active verb ("X raised
    $5m", read as usual), nor one on the figure itself ("the $20m raised by X will pay for
    hires"), whose kind and mood come from the verb it is the subject of. A figure with a
    participle of its own ("reached twice the $20m raised by Beta") is another's sum."""
    if any(c.dep_ in ("acl", "relcl") for c in root.children):
        return []
    verb = own_verb(root, sent)
    found = []
    if verb is not None:
        found.append(verb)
        prep = root.head if root.dep_ == "pobj" and root.head.head == verb else None
        if prep is not None and prep.lower_ == "to":
            found += [a for o in verb.children if o.dep_ == "dobj" for a in o.children
                      if a.dep_ == "acl"]
        if verb.lemma_.lower() in LEVEL_VERBS and (prep is not None or root.dep_ == "dobj"):
            found += [a for s in verb.children if s.dep_ == "nsubj" for a in s.children
                      if a.dep_ == "acl"]
    return [p for p in found if p.lemma_.lower() in RAISING_VERBS and p.tag_ == "VBN" and (
        p.dep_ == "acl" or any(c.dep_ == "auxpass" for c in p.children))]
