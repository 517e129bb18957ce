"""Cues that a name the tagger took for a product or a work is a firm: it has a chief
executive or staff ("Depop chief executive Ann Vale", "a former Waymo employee"), or the text
sets it beside a kind of firm written before it ("the mask manufacturer, Corvane,")."""
from __future__ import annotations

from .titled import post_word
from .words import ORG_DESCRIPTORS, TITLED_POSTS

STAFF_NOUNS = frozenset({"employee", "employees", "staffer", "staffers"})
NOT_FIRM_LABELS = frozenset({"PERSON", "GPE", "NORP", "OTHER"})  # "Trump spokesman", "Texas CEO"


def firm_cue(span, label: str) -> bool:
    """Whether a mention (not one the tagger took for a person or a place) is written as a
    firm: a post or staff noun right after it, or an apposition of a firm noun before it."""
    return label not in NOT_FIRM_LABELS and (_post_after(span) or _apposed_descriptor(span.root))


def _post_after(span) -> bool:
    """"Depop chief executive Ann Vale", "a Lumora spokesperson", "former Waymo employees":
    a product has no chief, spokesperson or staff. The name modifies the post or the
    holder's name after it, so it is no part of a longer phrase ("the Kestrel app CEO")."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < 3 and (post_word(doc[k]) or doc[k].lower_ in STAFF_NOUNS):
        k += 1
    posts = doc[span.end:k]
    return len(posts) > 0 and span.root.head.i >= span.end and any(
        t.lower_ in TITLED_POSTS or t.lower_ in STAFF_NOUNS for t in posts)


def _apposed_descriptor(root) -> bool:
    """"its New York-based organization, Tellfair Alliance", "the maker of masks, Corvane,":
    the name sets apart a firm noun written before it."""
    head = root.head
    return root.dep_ == "appos" and head.i < root.i and head.lemma_.lower() in ORG_DESCRIPTORS \
        and head.pos_ == "NOUN" and root.doc[root.left_edge.i - 1].text == ","
