"""The name a reduced participle acts on when the parser hangs it on an aside set beside the
name: a description of a firm ("Acme, a retail chain owned by Globex") or a share ("Acme, 30%
owned by Globex", "Acme, majority owned by Globex")."""
from __future__ import annotations

from ..lexicon import ORG_DESCRIPTORS
from ..wordlists import words

DESCRIBED_FIRMS = ORG_DESCRIPTORS | {"chain"}  # "Acme, a retail chain owned by Globex"
SHARE_ASIDES = words("relation_words", "share_asides")  # %, percent, majority, minority


def described(noun):
    """The name the aside `noun` stands beside, else the noun itself."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" \
            and noun.lemma_.lower() in DESCRIBED_FIRMS and any(c.dep_ == "det" for c in noun.children):
        return noun.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.lower_ in SHARE_ASIDES:
        return noun.head
    return noun
