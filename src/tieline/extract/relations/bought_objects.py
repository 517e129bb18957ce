"""What the buy rule's object is: goods that carry their maker's name, or a business bought
whole. Read by verbs._rule_holds for the rules that require a goods word as their object."""
from __future__ import annotations

from .rules import Rule
from .supply import BUSINESS_WORDS, GOING_CONCERNS

NOT_GOODS = BUSINESS_WORDS | GOING_CONCERNS  # a business or going concern is bought whole


def made_goods(rule: Rule, obj, ents) -> bool:
    """"ordered 40 Kestrel Aero jets": goods the rule buys, the name their maker (a unit or a
    service may be a business bought whole)."""
    lemma = obj.lemma_.lower()
    return bool(rule.require_object) and ents.mention_at(obj) is None \
        and lemma in rule.require_object and lemma not in NOT_GOODS


def business_bought(rule: Rule, obj) -> bool:
    """"bought X's engine unit", "the power division of X": a business bought whole, whatever
    goods word it carries; counted units the rule buys stay goods ("bought 200 units")."""
    lemma = obj.lemma_.lower()
    counted = any(c.dep_ == "nummod" for c in obj.children)
    return lemma in BUSINESS_WORDS and not (counted and lemma in rule.require_object)
