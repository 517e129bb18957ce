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
from ..entities.bounds import PLACE_LABELS
from ..entities.words import BODY_WORDS
from ..lexicon import ROLE_WORDS

LINK_WORDS = {"and", "of", "for", "&"}
# a number, a date or a party/nationality word ("Republican House Leader A") is no name's part
NOT_NAME_PARTS = {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"}


def _title_case(sent) -> bool:
    """A headline ("Departs to Join Acme"): every word capitalised, so no edge can be read."""
    words = [t for t in sent if t.is_alpha]
    return len(words) > 2 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _name_word(tok) -> bool:
    """Not a title, honorific or company suffix, written with or without its dot."""
    return not any(word in ROLE_WORDS or word in HONORIFICS or word in COMPANY_SUFFIXES
                   for word in (tok.lower_, tok.lower_.rstrip(".")))


def _loose_word(doc, k: int, ents) -> bool:
    """A capitalised proper noun at k, starting a word, that no other name holds."""
    if k < 0 or doc[k].is_sent_start:
        return False
    tok = doc[k]
    starts_word = bool(doc[k - 1].whitespace_) or doc[k - 1].is_punct  # k > 0: not sent start
    return (starts_word and tok.pos_ == "PROPN" and tok.text[:1].isupper() and bool(tok.whitespace_)
            and tok.ent_type_ not in NOT_NAME_PARTS and _name_word(tok)
            and ents.mention_at(tok) is None)


def _cut_at_left(mention, ents) -> bool:
    doc, (i, _) = mention.root.doc, mention.span
    if i == mention.root.sent.start:
        return False  # the word before is the last sentence's
    if _loose_word(doc, i - 1, ents):
        return True
    return i > 1 and doc[i - 1].lower_ in LINK_WORDS and _loose_word(doc, i - 2, ents) \
        and doc[i - 2].ent_type_ not in PLACE_LABELS  # "in Canada and ICA": a list


def looks_cut(party, sent, ents) -> bool:
    """Whether an organization party is a cut name: its own mention when the rule found one,
    else every name mention of it in the sentence. A person is never judged ("Dr. A", "Sen.
    B": a title stands before a person), nor a headline (every word capitalised). A name that is
    one body word ("Office", "College") is always cut: it names no one body."""
    if party.type != "ORG":
        return False
    if party.name.lower() in BODY_WORDS:
        return True  # "Office" of "the Governor's Office", "College" of a college's name
    if getattr(party, "span", None) is not None:  # a Mention
        cut = party.kind == "name" and _cut_at_left(party, ents)
    else:  # a name carried from elsewhere (Named): judge its mentions here
        named = [m for m in ents.mentions_in(sent) if m.name == party.name and m.kind == "name"]
        cut = bool(named) and all(_cut_at_left(m, ents) for m in named)
    return cut and not _title_case(sent)
