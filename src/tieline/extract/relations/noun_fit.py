"""Whether a trigger noun's form and modifiers fit its rule: "a cloud deal" (a required
modifier), not "the military arm of X" (a forbidden one), nor "the sale of B" with B a firm
for a rule that forbids its object's type (nor "the sale of B products" for one that needs a
firm there, nor "sales of B" for one that needs the singular); "X's shares in Y" (a plural the
rule asks for), not "X's shares in London fell" (a listing's price, no holding)."""
from __future__ import annotations

from ..lexicon import large_places, place_names
from ..wordlists import words
from .rules import Rule
from .sold_firms import object_types

PRICE_MOVES = words("relation_words", "price_move_verbs")  # fall, rise, close, trade ...


def noun_fits(rule: Rule, noun, ents) -> bool:
    """The noun's modifiers hold what the rule asks and nothing it forbids; a plural-only
    rule's noun is plural and not a share price that moves or trades somewhere."""
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if rule.require_compound and not modifiers & set(rule.require_compound):
        return False
    if modifiers & set(rule.forbid_compound):
        return False
    if rule.require_det and not any(c.dep_ == "det" and c.lower_ in rule.require_det
                                    for c in noun.children):
        return False
    if rule.forbid_object_types and object_types(rule, noun, ents) & set(rule.forbid_object_types):
        return False  # "A's sale of B to C" with B a firm: a takeover (the acquire rule), no goods
    if rule.require_object_types and not object_types(rule, noun, ents, "prep:of") & set(
            rule.require_object_types):
        return False  # "the sale of B products", "of the B brand": goods named after a firm
    if rule.singular_only and noun.tag_ not in {"NN", "NNP"}:
        return False  # "A's sales of B to C rose": a sales figure, no firm changing hands
    return not rule.plural_only or noun.tag_ in {"NNS", "NNPS"} and not _traded(noun, ents)


def _traded(noun, ents) -> bool:
    """"Kestrel's shares in London fell 5%", "its shares in Norland closed higher": the
    price of stock listed in a place, not a stake held in a firm."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in PRICE_MOVES:
        return True
    return any(c.lower_ == "in" and any(
        m is not None and (m.name in place_names() or m.name in large_places())
        for p in c.children for m in [ents.mention_at(p)]) for c in noun.children)
