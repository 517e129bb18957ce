"""A unit written after its owner's possessive, stored as an employer of its own.

"Ann Lee, senior scholar with Orvane University's Center for Coastal Policy" and "director of
the University of Vale's Global Maritime Studies" name a part of the owner by its kind; the
tagger may cut the owner off, leaving "Center for Coastal Policy" as if it were a body of its
own. A person who works at the unit works for its owner, so the employer is the owner (the
name written just before the "'s"). A unit with a name of its own ("Orvane's Kestrel Labs",
"Vale University's Orvane Institute") is left: only a unit word opening the name before
"for"/"of"/"on", or closing a field of two words or more, marks a part. An owner that is a
place ("Vale's Department of Health": a government's own body) or a person is left to the
other rules.
"""
from __future__ import annotations

from ..entities.bounds import PLACE_LABELS
from ..entities.tokens import name_mentions
from ..entities.words import POSSESSIVE_TOKENS, UNIT_HEADS as SCHOOL_HEADS
from ..wordlists import words
from .cut_names import CUT_KIND_WORDS as KIND_WORDS  # "Clinic", "Hospital", "School"

# "Center" of "Center for X": the entities' unit heads ("School of X") and more unit words
UNIT_HEADS = SCHOOL_HEADS | words("relation_words", "possessed_unit_heads")
UNIT_TAILS = words("relation_words", "possessed_unit_tails")  # "Studies" of "X Studies"
UNIT_LINKS = {"for", "of", "on"}


def unit_shaped(name: str) -> bool:
    """"Center for Coastal Policy", "Global Maritime Studies", "Urban Health Initiative"."""
    low = name.lower().split()
    if len(low) < 2:
        return False
    # a closing unit word after one name is mostly that body's own name ("Vale's Orvane
    # Institute"); after a field of two words or more it marks a part ("Urban Health Initiative")
    return low[0] in UNIT_HEADS and low[1] in UNIT_LINKS or len(low) > 2 and low[-1] in UNIT_TAILS


def _owner_before(mention, ents):
    """The organization whose possessive stands right before the mention, if any."""
    doc, (i, _) = mention.root.doc, mention.span
    sent_start = mention.root.sent.start
    if i - 2 < sent_start or doc[i - 1].text not in POSSESSIVE_TOKENS:
        return None
    owner = ents.mention_at(doc[i - 2])
    if owner is None or owner.type != "ORG" or owner.kind != "name" or owner.span[1] != i - 1:
        return None
    if _a_place(owner, ents):
        return None  # "Vale's Department of Health": a place's own body, no firm's unit
    return owner


def _a_place(mention, ents) -> bool:
    return mention.root.ent_type_ in PLACE_LABELS or mention.name in ents.places


def unit_owner(party, sent, ents):
    """The owner an employer unit is written after ("X's Center for Y"), when every name
    mention of the unit in the sentence has the same owner; else None."""
    if getattr(party, "type", None) != "ORG" or not unit_shaped(party.name):
        return None
    owners = [_owner_before(m, ents) for m in name_mentions(party, sent, ents)]
    if not owners or any(o is None for o in owners) or len({o.name for o in owners}) > 1:
        return None
    return owners[0]


def place_before_body(party, trigger, sent, ents) -> bool:
    """"Ohio's Orvane County Clinic director Ann Lee": a place's possessive, then a body's
    capitalised name ending in an institution word, then the post. The post is the body's;
    the place only says where it stands, so it is no employer (the tagger may drop the body's
    own name, leaving the place as the only party). "Ohio's health director" (no body named
    between) and a firm's possessive ("Kestrel Health's Orvane Clinic": its own clinic) are
    left to the other rules."""
    doc = sent.doc
    if getattr(party, "type", None) != "ORG" or getattr(trigger, "doc", None) is not doc:
        return False
    for m in name_mentions(party, sent, ents):
        i = m.span[1]
        if not (_a_place(m, ents) and i + 1 < trigger.i and doc[i].text in POSSESSIVE_TOKENS):
            continue
        between = doc[i + 1:trigger.i]
        if all(t.is_alpha and t.text[:1].isupper() for t in between) \
                and between[-1].lower_ in KIND_WORDS:
            return True
    return False
