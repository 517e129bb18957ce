"""The name a hyphened participle ties to its agent: "Acme-backed Bragi" names Acme as the
agent (hyphen_owner) and Bragi as what is backed (modified_name), also when the parser hangs the
participle on a noun beside the name ("Bragi, an Acme-backed startup")."""
from __future__ import annotations

from ..arguments import subjects_of


def hyphen_owner(verb, ents) -> list:
    """The one name joined to a participle by a hyphen: "Acme-backed Bragi" -> Acme. A name
    before a dangling hyphen ("Acme- and Globex-backed loans") shares the participle with
    another, so the modifier names no single owner and gives none."""
    m = ents.mention_at(verb.doc[verb.i - 2])
    if m is None or m.name.endswith("-") or any(
            t.text.endswith("-") and len(t.text) > 1 for t in verb.doc[verb.head.left_edge.i:verb.i]):
        return []
    return [verb.doc[verb.i - 2]]


def modified_name(verb, ents) -> list:
    """What "Acme-backed Bragi" is about: the name the participle modifies ("Bragi, an
    Acme-backed startup": the name the noun stands beside), never its conjuncts nor a name
    inside the modifier itself."""
    noun, m = verb.head, ents.mention_at(verb.head)
    if m is None and noun.dep_ == "appos" and noun.pos_ == "NOUN":
        m = ents.mention_at(noun.head)
        inside = m is not None and m.span[1] > noun.left_edge.i
    elif m is None and noun.pos_ == "NOUN":  # "Acme-owned carmaker Bragi Motors"
        m = next((ents.mention_at(c) for c in noun.children if c.dep_ in {"appos", "compound"}
                  and c.i > noun.i and ents.mention_at(c)), None) or _described_name(noun, ents)
        inside = False
    else:
        inside = m is not None and m.span[0] <= verb.i
    return [m] if m is not None and not inside and not m.name.endswith("-") else []


def _described_name(noun, ents):
    """The name a hyphened participle's noun describes when the parser does not join them:
    "Bragi is an Acme-backed startup" (the copula's subject), "the Acme-backed startup Bragi
    raised" (the name read as a second subject of the same verb)."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((m for s in subjects_of(noun.head) for m in [ents.mention_at(s)] if m), None)
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and noun.dep_ in {"nsubj", "nsubjpass"} and nxt.dep_ == noun.dep_ \
            and nxt.head.i == noun.head.i and nxt.pos_ == "PROPN":
        return ents.mention_at(nxt)
    return None
