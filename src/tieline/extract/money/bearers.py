"""Who bears a cost told with "cost" and two objects: "the recall cost Acme $40m" is Acme's,
whatever the clause's subject (a thing: the recall, a plant, a film) or whoever tells it
("..., Beta said"). Only a firm's own name (or a pronoun or description resolved as before)
bears it: people ("cost taxpayers $5m", "cost Acme shareholders $2bn", "cost Acme's pilots
$4m", "cost Jane Roe $3m") bear it themselves, and no firm's cost is read."""
from __future__ import annotations

from ..lexicon import ORG_DESCRIPTORS
from .kinds import own_verb
from .parties import NOBODY


def cost_bearer(owners, root, sent) -> str | None:
    """The party "cost" names as its first object when the figure is its second; NOBODY when
    that object is no firm's name (a class, a firm's people, a person); None when the figure
    is not so told or the object is a description not yet resolved ("cost the airline $40m,
    Acme said": read as before)."""
    if root.dep_ == "appos" and root.head.dep_ in ("dative", "iobj") \
            and root.head.head.lemma_.lower() == "cost":
        return bearer(owners, root.head)  # "cost Acme's pilots $4m" parsed as an apposition
    verb = own_verb(root, sent)
    verb = verb if verb is not None else root.head  # "cost" the tagger took for a noun
    if verb.lemma_.lower() != "cost" or root.dep_ != "dobj" or root.head != verb:
        return None
    bearers = [c for c in verb.children if c.dep_ in ("dative", "iobj")]
    if not bearers:
        return None
    found = [bearer(owners, b) for b in bearers]
    if any(f == NOBODY for f in found):
        return NOBODY
    return next((f for f in found if f), None)


def bearer(owners, tok) -> str | None:
    """What one object of "cost" names: a firm, NOBODY, or None (not resolved here)."""
    mention = owners.ents.mention_at(tok)
    if mention is not None and mention.kind == "name":
        return mention.name if mention.type == "ORG" else NOBODY  # "cost Jane Roe $3m"
    if mention is not None or tok.pos_ == "PRON":
        found = owners.at(tok)  # "cost it $40m", "cost the chipmaker $40m": resolved
        return None if found == NOBODY and tok.lemma_.lower() in ORG_DESCRIPTORS else found
    if tok.lemma_.lower() in ORG_DESCRIPTORS and not any(
            c.dep_ in ("poss", "compound", "nmod") for c in tok.children):
        return None  # "the airline" with no firm before it: the clause is read as before
    return NOBODY  # "farmers", "Acme shareholders", "Acme's pilots": people bear it
