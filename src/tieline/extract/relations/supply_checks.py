"""The checks every supply and use fact passes, whichever rule found it (sink.py asks
`supply_tie`): no tie stated inside an "if", "whether" or "unless" clause, none for meeting a
salesman ("ran into X's salesman"), none for a role handed over or given up ("A replaced B as
Y's auditor", "B stepped down as Y's supplier"), and no end that is a technology standard
("WiFi", "5G") or a name listed among goods ("deploying PPE, ventilators and Orvane"). A use or
supply stated as the aim of a deal takes the deal's mood: "has not signed a deal with X to use its
service" is no use, "may sign a deal with X to use it" a possible one (modality.aim_mood)."""
from __future__ import annotations

from ..lexicon import TECH_STANDARDS
from ..wordlists import load, words

CONDITIONAL = {"if", "whether", "unless"}
# "A replaced B as Y's auditor": B's role ended and A holds it; "B stepped down as Y's supplier"
REPLACING_VERBS = words("relation_words", "role_replacing_verbs")
LEAVING_PHRASALS = load("relation_words")["role_leaving_phrasals"]


def conditional(trigger) -> bool:
    """Whether a trigger sits in an "if", "whether" or "unless" clause: "it is up to them if
    they still use X's tests" states no use."""
    chain = [trigger, *list(trigger.ancestors)[:3]]
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for t in chain for c in t.children)


def _listed_with_goods(mention) -> bool:
    """"deploying PPE, ventilators and testing", "offering internet and WiFi": a name listed
    with common nouns is one of the goods, not a party."""
    root = getattr(mention, "root", None)
    return root is not None and any(c.pos_ == "NOUN" and c.is_lower and not c.ent_type_
                                    and not _describes_name(c) for c in root.conjuncts)


def _describes_name(noun) -> bool:
    """"customers including A, his former employer B and the carrier's acquisition target C":
    a common noun set before a name in apposition describes that party; it is no good."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def supply_tie(trigger, head, tail) -> bool:
    """Whether a supply or use fact found at `trigger` may stand (sink.py asks for every one):
    not in a condition, not "ran into X's salesman" (met him), no end that is a technology
    standard ("WiFi", "5G") or a name listed among goods."""
    if conditional(trigger):
        return False
    if trigger.lemma_.lower() == "run" and any(c.lower_ == "into" for c in trigger.children):
        return False
    if _role_given_up(trigger, head, tail):
        return False
    return not any(m.name.lower() in TECH_STANDARDS or _listed_with_goods(m) for m in (head, tail))


def _role_given_up(noun, head, tail) -> bool:
    """"A replaced B as Y's auditor", "B was dismissed as Y's auditor", "B stepped down as Y's
    supplier": a role noun after "as" whose verb hands the role over, takes it away or gives it
    up states no standing tie of the one replaced or leaving (the object, or the passive
    subject; refused here; the new holder is left to the verb's own rules)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    verb = noun.head.head
    lemma = verb.lemma_.lower()
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ in LEAVING_PHRASALS.get(lemma, ())
           for c in verb.children):
        return True
    if lemma not in REPLACING_VERBS:
        return False
    replaced = {t.i for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
    return any(getattr(m, "root", None) is not None and m.root.i in replaced for m in (head, tail))

