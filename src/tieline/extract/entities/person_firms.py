"""Names the tagger reads as a person's that the text writes as an organization's: a firm
named after its founder in the employer slot of a post only a firm gives ("chief executive at
Harlan Boyd"). Split from voting.py, at its size limit."""
from __future__ import annotations

from .post_cues import employer_slot
from .words import FIRM_SLOT_POSTS, ORG_DESCRIPTORS

GENDERED = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})


def firm_post_slot(span) -> bool:
    """"John Vale, CEO at Harlan Boyd", "the founder of Ellis Marlow": the name alone fills the
    "of" or "at" slot of a post only an organization gives, so it is no person (a person has
    a spokesman or an adviser, never a chief executive). Not "Harlan Boyd's CEO" (a possessive
    may be a person's title: "the senator's economist"), nor a slot the name only opens
    ("CEO of Harlan Boyd Partners" is read whole by the tagger or not at all), nor a name the
    text also writes as a person's (see person_elsewhere)."""
    return employer_slot(span) and span.root.head.head.lemma_.lower() in FIRM_SLOT_POSTS \
        and not person_elsewhere(span)


def person_elsewhere(span) -> bool:
    """Whether the text gives the name a person's reading outside the post slot, so the slot
    alone cannot retype it: a word of it standing alone ("Boyd said": the short form the tagger
    reads as a person's would be cut off from the firm), a common noun set beside it ("Harlan
    Boyd, the designer,"), or a person's pronoun in a sentence naming it ("Harlan Boyd said he
    ..."): the founder and the firm may share the name. A word alone that the tagger reads as
    a firm's there ("Boyd didn't respond") or that belongs to another name of several words
    ("Harlan Lee" beside "Harlan Boyd": a shared given name) gives no person's reading."""
    doc, words = span.doc, [t.text for t in span]
    n = len(words)
    starts = [k for k in range(len(doc) - n + 1) if [t.text for t in doc[k:k + n]] == words]
    inside = {k + d for k in starts for d in range(n)}
    other_names = {k for e in doc.ents if len(e) > 1 and e.text != span.text
                   for k in range(e.start, e.end)}
    if any(t.text in words and t.i not in inside and t.i not in other_names
           and t.ent_type_ != "ORG" for t in doc):
        return True
    for k in starts:
        if k == span.start:
            continue
        mention = doc[k:k + n]
        if any(c.dep_ == "appos" and c.is_lower and c.lemma_.lower() not in ORG_DESCRIPTORS
               for c in mention.root.children):
            return True
        if any(t.lower_ in GENDERED for t in mention.sent):
            return True
    return False
