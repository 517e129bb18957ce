"""Names the tagger reads as a person's that the text writes as an organization's: a firm
named after its founder in the employer slot of a post only a firm gives ("chief executive at
Harlan Boyd"). Split from voting.py, at its size limit."""
from __future__ import annotations

from .post_cues import employer_slot
from .words import FIRM_SLOT_POSTS


def firm_post_slot(span) -> bool:
    """"John Vale, CEO at Harlan Boyd", "the founder of Ellis Marlow": the name alone fills the
    "of" or "at" slot of a post only an organization gives, so it is no person (a person has
    a spokesman or an adviser, never a chief executive). Not "Harlan Boyd's CEO" (a possessive
    may be a person's title, "Trump's economist"), nor a slot the name only opens
    ("CEO of Harlan Boyd Partners" is read whole by the tagger or not at all)."""
    return employer_slot(span) and span.root.head.head.lemma_.lower() in FIRM_SLOT_POSTS
