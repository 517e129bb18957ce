"""Names the parser cut off a longer name: "Anti-Doping Agency" of "World Anti-Doping Agency",
"Leisure Software Association" of "Games and Leisure Software Association". A fact about the
cut part names no real party, so it is not kept (precision first; the whole name is not
rebuilt here).

Only a name's left edge is read: a capitalised proper noun glued to it (no punctuation between,
not opening the sentence, in no other name) or such a word and "and/of/for/&" before it. The
right edge is not: a role usually follows a name there ("House Majority Leader A").
"""
from __future__ import annotations

from ...names import COMPANY_SUFFIXES, HONORIFICS
from ..lexicon import ROLE_WORDS

LINK_WORDS = {"and", "of", "for", "&"}
NOT_NAME_PARTS = {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY"}
PLACES = {"GPE", "LOC", "NORP"}  # "chains in Canada and ICA": a list, not one name


def _title_case(sent) -> bool:
    """A headline ("Departs to Join Acme"): every word capitalised, so no edge can be read."""
    words = [t for t in sent if t.is_alpha]
    return len(words) > 2 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _name_word(tok) -> bool:
    word = tok.lower_.rstrip(".")
    return not (word in ROLE_WORDS or word in HONORIFICS or word in COMPANY_SUFFIXES)


def _loose_word(doc, k: int, ents) -> bool:
    """A capitalised proper noun at k, starting a word, that no other name holds."""
    if k < 0 or doc[k].is_sent_start:
        return False
    tok = doc[k]
    starts_word = k == 0 or bool(doc[k - 1].whitespace_) or doc[k - 1].is_punct
    return (starts_word and tok.pos_ == "PROPN" and tok.text[:1].isupper() and bool(tok.whitespace_)
            and tok.ent_type_ not in NOT_NAME_PARTS and _name_word(tok)
            and ents.mention_at(tok) is None)


def _cut_at_left(mention, ents) -> bool:
    doc, (i, _) = mention.root.doc, mention.span
    if i > 0 and _loose_word(doc, i - 1, ents):
        return doc[i - 1].ent_type_ != "NORP"  # "Republican House Leader A" describes it
    return i > 1 and doc[i - 1].lower_ in LINK_WORDS and _loose_word(doc, i - 2, ents) \
        and doc[i - 2].ent_type_ not in PLACES


def looks_cut(party, sent, ents) -> bool:
    """Whether every name mention of an organization party in the sentence is a cut name."""
    if party.type == "PERSON" or _title_case(sent):
        return False  # "Dr. A", "Sen. B": a title before a person is no part of the name
    span = getattr(party, "span", None)
    if span is not None:
        return getattr(party, "kind", "name") == "name" and span != (0, 0) \
            and _cut_at_left(party, ents)
    named = [m for m in ents.mentions_in(sent) if m.name == party.name and m.kind == "name"
             and m.span != (0, 0)]
    return bool(named) and all(_cut_at_left(m, ents) for m in named)
