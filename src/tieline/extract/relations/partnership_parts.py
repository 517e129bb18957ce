"""A partnership an act is said to be part of: "Halvorsen Marine invested $25 million in Kestrel
Rides as part of a partnership that includes testing of autonomous cars", "Trellis will supply
Orvane with sensors as part of a strategic alliance". The act's subject and the firm it acts on
are the partnership's two sides: partner, in the act's mood.

Refused: a partnership that names its own side ("as part of its partnership with Globex", "a
partnership between A and B": the noun rules read those), one owned by a third firm ("as part of
Globex's alliance"), a deal or an agreement (a sale or a settlement is no partnership: "as part
of the deal, Acme will pay B"), a negated act, an act that makes the two no partners (a takeover, a sale, a suit: "acquired
Orvane as part of an alliance" is the acquire rules'), and a subject or object that is no named
firm.
"""
from __future__ import annotations

from ..arguments import conjuncts, mentions_of, subjects_of
from ..modality import modality_at
from ..wordlists import words
from .supply import org_mentions

PARTNERSHIP_NOUNS = words("relation_words", "partnership_part_nouns")
OBJECT_PREPS = words("relation_words", "partnership_part_preps")  # "invested in Y", "supply Y with"
REFUSED_VERBS = words("relation_words", "partnership_part_refused_verbs")  # acquire, sell, sue
RULE = "partner:part_of"


def partnership_parts(ents, sink) -> None:
    for tok in ents.view.with_lemma(("part",)):
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
            if _partnership(tok) is not None:
                _act_sides(tok.head.head, ents.view.sent(tok), ents, sink)


def _partnership(part):
    """The partnership noun of "as part of a partnership", if it names no side of its own."""
    nouns = [p for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PARTNERSHIP_NOUNS]
    if not nouns:
        return None
    noun = nouns[0]
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in noun.children):
        return None  # "its partnership with Globex": that side, read by the noun rules
    if any(c.dep_ == "poss" and c.lower_ not in {"its", "their"} for c in noun.children):
        return None  # "as part of Globex's alliance": a third firm's
    return noun


def _act_sides(verb, sent, ents, sink) -> None:
    mood = modality_at(verb, sent)
    if mood == "negated" or verb.lemma_.lower() in REFUSED_VERBS:
        return
    subjects = org_mentions(m for s in subjects_of(verb) for m in mentions_of(s, ents))
    # "invested $25 million in Y": the parser may hang "in Y" on the sum
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    acted_on = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
        for p in c.children if p.dep_ == "pobj"]
    objects = org_mentions(ents.mention_at(t) for o in acted_on for t in conjuncts(o))
    for s in subjects:
        for o in objects:
            if s.name != o.name:
                sink.add("partner", s, o, verb, RULE, sent, modality=mood, confidence=0.6)
