"""Who bears a cost told with "cost" and two objects: "the recall cost Acme $40m" is Acme's,
whatever the clause's subject (a thing: the recall, a plant, a film) or whoever tells it
("..., Beta said"); "cost taxpayers $5m", "cost farmers $40m" is a class's, no firm's."""
from __future__ import annotations

from ..lexicon import ORG_DESCRIPTORS
from .kinds import own_verb
from .parties import NOBODY


def cost_bearer(owners, root, sent) -> str | None:
    """The party "cost" names as its first object when the figure is its second; NOBODY when
    that object is a class ("taxpayers"); None when the figure is not so told or the object
    is a description not yet resolved ("cost the airline $40m, Acme said": read as before)."""
    verb = own_verb(root, sent)
    verb = verb if verb is not None else root.head  # "cost" the tagger took for a noun
    if verb.lemma_.lower() != "cost" or root.dep_ != "dobj" or root.head != verb:
        return None
    bearers = [c for c in verb.children if c.dep_ in ("dative", "iobj")]
    if not bearers:
        return None
    found = next((n for n in map(owners.at, bearers) if n), None)
    if found == NOBODY and all(b.lemma_.lower() in ORG_DESCRIPTORS for b in bearers):
        return None  # "the airline" with no firm before it: the clause is read as before
    if found is None and all(b.tag_ == "NNS" and not any(c.dep_ in ("det", "poss")
                                                         for c in b.children) for b in bearers):
        return NOBODY  # "cost farmers $40m": a class bears it
    return found
