"""A firm sold by name: "A's sale of B to C", "completed the sale of B to C", "sued to block
the sale of B to C". Per the guide the buyer C acquires B (the noun rule "sale" in
patterns/relations.json: prep:of the firm sold, prep:to the buyer) and the seller A, the named
possessor of the sale, held B (invest). The selling verb's seller held the firm too: "A sold B
to C", "after selling property business B" (an invest rule with `firm_sold`). This module holds
what those readings need beyond data.

Refused: goods or stock sold ("the sale of B chips", "of B shares", "of B's assets": the "of"
object is no firm; those stay the goods rule's supply), a buyer that is a place, a "to" hung on
a verb that tells of the sale to someone ("explained the sale of B to C": C hears of it)."""
from __future__ import annotations

from ..entities.words import PARTY_SPLITTING_NOUNS
from ..lexicon import ORG_DESCRIPTORS
from ..modality import modality_at
from ..wordlists import words
from .blocked_deals import phrase_objects

TELLING_VERBS = words("relation_words", "sale_telling_verbs")
# the deal nouns whose "of" is what is sold and "to" the buyer (entities.json, which parts
# "the sale of A to B" tagged as one name)
SALE_NOUNS = PARTY_SPLITTING_NOUNS


def object_types(rule, noun, ents, slot: str | None = None) -> set[str]:
    """Types of the mentions the rule's object phrase (or `slot`) itself is ("the sale of B":
    B's; "the sale of B chips": none, the chips are no mention)."""
    slot = slot or rule.object_slot or ""
    word = slot[5:] if slot.startswith("prep:") else None
    return {m.type for t in (phrase_objects([noun], word) if word else [])
            for m in [ents.mention_at(t) or _described(t, ents)] if m is not None}


def _described(tok, ents):
    """"the sale of the B studios", "of the B business": a firm's descriptor named by the firm
    (not "B products" nor "the B brand": goods)."""
    if tok.lemma_.lower() not in ORG_DESCRIPTORS:
        return None
    return next((m for c in tok.children if c.dep_ == "compound"
                 for m in [ents.mention_at(c)] if m is not None), None)


def sale_verb(rule, noun, slot: str):
    """The verb whose "to" phrase names the buyer of a firm's sale: the parser hangs "to C" of
    "completed the sale of B to C", "to block the sale of B to C" on the verb. None when the
    verb tells of the sale to someone."""
    if rule.type != "acquire" or slot != "prep:to" or noun.lemma_.lower() not in SALE_NOUNS:
        return None
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() in TELLING_VERBS:
        return None
    return noun.head


def seller_mood(rule, noun, sent, mood: str | None) -> str | None:
    """The seller's holding, read from the sale's own mood: a sale done ends it ("A's sale of
    B to C closed": negated, a past stake); a sale planned, weighed, blocked, called off or
    still to close leaves it held (asserted)."""
    if rule.type != "invest" or noun.lemma_.lower() not in SALE_NOUNS:
        return mood
    mood = mood or modality_at(noun, sent)
    done = mood in {"asserted", "reported"} and not _closes_later(noun, sent)
    return "negated" if done else "asserted"


def _closes_later(noun, sent) -> bool:
    """The sale is the subject of a verb not stated as done: "A's sale of B to C will close next
    year", "is expected to close" (the noun's own clause reads as a plain statement)."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp")]
    return any(modality_at(v, sent) not in {"asserted", "reported"} for v in verbs)


def sold_firm(verb, objs, ents) -> bool:
    """"A sold B to C", "after selling property business B", "sold its unit B": the named
    object is a firm the seller held, told by a named buyer or by a firm's descriptor on the
    object. "A sells B" alone is mostly a brand or goods on a shelf ("the chain sells Zephyr"),
    so it holds no stake."""
    governor = verb.head.head if verb.dep_ == "pcomp" else None
    if governor is not None and any(c.dep_ == "dobj" and ents.mention_at(c) is not None
                                    for c in governor.children):
        return False  # "A advised B on selling C": B sells, the parser gives the gerund A
    buyer = any(ents.mention_at(p) is not None for c in verb.children
                if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj")
    described = any(c.dep_ in {"compound", "appos"} and c.lemma_.lower() in ORG_DESCRIPTORS
                    or c.dep_ == "appos" and any(d.lemma_.lower() in ORG_DESCRIPTORS for d in c.subtree)
                    for o in objs for c in o.children)
    return buyer or described


def sold_mood(rule, verb, sent, mood: str | None) -> str | None:
    """A seller's holding by the selling verb's mood: sold ("sold B to C") ends it; a sale
    still to come ("plans to sell B", "will sell B") leaves it held. (A sale only weighed or
    denied states nothing of the holding; the verb rule stops before this.) A sale agreed or
    under way ("agreed to sell B", "is selling B") is not done: B is still held."""
    if not rule.firm_sold:
        return mood
    return "negated" if modality_at(verb, sent) in {"asserted", "reported"} \
        and not _to_come(verb) else "asserted"


def _to_come(verb) -> bool:
    """A sale not yet done: "agreed to sell B" (a deal agreed but not closed), "is selling B"."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VB" or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
