"""Names the parser cut off a longer name: "Anti-Doping Agency" of "World Anti-Doping Agency",
"Leisure Software Association" of "Games and Leisure Software Association". A fact about the
cut part names no real party, so it is not kept (precision first; the whole name is not
rebuilt here).

A name's left edge is read: a capitalised proper noun glued to it (no punctuation between,
not opening the sentence, in no other name) or such a word and "and/of/for/&" before it. For an
employer the right edge is read too (`cut_at_right`), but only after a joining word ("and",
"&", "to") or a possessive "'s": a role usually follows a name directly ("House Majority
Leader A"), so capitalised words glued on the right are left alone.
"""
from __future__ import annotations

from ...names import COMPANY_SUFFIXES, HONORIFICS, JOIN_MARKS
from ..entities.bounds import PLACE_LABELS
from ..entities.tokens import name_mentions
from ..entities.words import BODY_WORDS
from ..lexicon import POST_WORDS, ROLE_WORDS
from ..wordlists import words

LINK_WORDS = {"and", "of", "for", "&"}
# a number, a date or a party/nationality word ("Republican House Leader A") is no name's part
NOT_NAME_PARTS = {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"}


def _headline(sent, ents) -> bool:
    """A headline ("Departs to Join Acme"): every word capitalised, so no edge can be read.
    The entities' own per-sentence headline test (`DocEntities.headline`): a sentence full of
    names that ends as prose with a lower-case verb ("Vale's Orvane Hospital CEO Dr. Ann Lee
    says.") is no headline, so its edges can be read."""
    return ents.headline[ents.sent_index(sent[0])]


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
    if i > 1 and doc[i - 1].lower_ == "for" and _people_word(doc[i - 2], ents):
        return True  # "Valeans for Clean Water" read as "Clean Water"
    return i > 1 and doc[i - 1].lower_ in LINK_WORDS and _loose_word(doc, i - 2, ents) \
        and doc[i - 2].ent_type_ not in PLACE_LABELS  # "in Canada and ICA": a list


def _people_word(tok, ents) -> bool:
    """A capitalised people's word glued before "for" opens a group's name ("Valeans for
    Clean Water", "Farmers for Fair Trade"): the tagger calls it a nationality, or a plural
    proper noun, so the name after "for" is the group's cut end. A plural word that ends
    another name is that name's ("quit Harlan Motors for Tamsin Logistics": two firms)."""
    other = ents.mention_at(tok)
    if other is not None and other.type != "NORP":
        return False
    return tok.text[:1].isupper() and tok.is_alpha and bool(tok.whitespace_) and (
        tok.ent_type_ == "NORP" or tok.pos_ == "PROPN" and tok.tag_ == "NNPS")


def looks_cut(party, sent, ents) -> bool:
    """Whether an organization party is a cut name: its own mention when the rule found one,
    else every name mention of it in the sentence. A person is never judged ("Dr. A", "Sen.
    B": a title stands before a person), nor a headline (every word capitalised). A name that is
    one body word ("Office", "College") is always cut: it names no one body."""
    if party.type != "ORG":
        return False
    if party.name.lower() in BODY_WORDS:
        return True  # "Office" of "the Governor's Office", "College" of a college's name
    named = name_mentions(party, sent, ents)
    cut = bool(named) and all(_cut_at_left(m, ents) for m in named)
    return cut and not _headline(sent, ents)


# after an employer's name these join more words to the same name ("Kestrel and Orvane
# Trust", "Nought to Nine", "Angler's World"); "in" and "of" are left out: what follows
# them is mostly a place or a parent body, a name of its own
RIGHT_JOINS = {"and", "&", "to"}


def _loose_right(tok, ents) -> bool:
    """A capitalised word of a name: a proper noun or a spelled number ("Nought to Nine"), no
    title word, date or place, and in no other organization's or person's name (the tagger
    may call the word a product: "World" of "Angler's World")."""
    if not (tok.text[:1].isupper() and tok.is_alpha and _name_word(tok)):
        return False
    if tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL":
        return True
    other = ents.mention_at(tok)
    return (tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_NAME_PARTS
            and tok.ent_type_ not in PLACE_LABELS
            and (other is None or other.type not in {"ORG", "PERSON"}))


def _run_after(doc, k: int, ents, end: int) -> bool:
    """Whether loose name words start at k (after an optional "the") and the run of them is
    no title before a person and ends its noun phrase: "Kestrel's Associate Director Ann Lee"
    holds a title word, "Kestrel's Zephyr director Ann Lee" and "Kestrel's Quillfield plant"
    go on with a noun, and a run right before a person's name is read as that person's title.
    Else: the longer name the employer was cut from."""
    if k < end and doc[k].lower_ == "the":
        k += 1
    j = k
    while j < end and doc[j].text[:1].isupper() and not doc[j].is_punct:
        if not _loose_right(doc[j], ents):
            return False  # a title word, a place or another name inside the run
        j += 1
    if j == k:
        return False
    if j < end and (doc[j].lower_ in POST_WORDS or doc[j].pos_ in {"NOUN", "PROPN"}):
        return False  # "Kestrel's Quillfield plant manager": the run modifies a noun after it
    after = ents.mention_at(doc[j]) if j < end else None
    return after is None or after.type != "PERSON"


def cut_at_right(party, sent, ents) -> bool:
    """"senior director for Nought to Nine" read as "Nought", "former editor of Angler's World"
    read as "Angler": an employer name that a joining word or a possessive continues with
    more capitalised words no other name holds. The fact would name a party that does not
    exist, so it is refused. A second name after the join ("of Kestrel Foods and Orvane"), a
    place ("Orvane & Quillfield County") or a title ("Kestrel's Chief Executive Ann Lee") is no
    continuation; nor, so both facts stay, is a rest the tagger made a name of its own
    ("Kestrel and Orvane Trust" read as "Kestrel" and "Orvane Trust": no telling it from two
    firms here)."""
    if party.type != "ORG" or _headline(sent, ents):
        return False
    mentions = name_mentions(party, sent, ents)
    if not mentions:
        return False
    return all(_joined_on_right(m, ents) for m in mentions)


def _joined_on_right(mention, ents) -> bool:
    doc, (_, j) = mention.root.doc, mention.span
    end = mention.root.sent.end
    if j + 1 >= end:
        return False
    word = doc[j]
    if word.lower_ in RIGHT_JOINS:
        return _run_after(doc, j + 1, ents, end)
    if word.lower_ not in {"'s", "’s"} or not _run_after(doc, j + 1, ents, end):
        return False
    # after a possessive, a body word names the possessor's own part ("Orvane University's
    # Institute of Coastal Health"): the possessor is whole; so is one the run does not end
    # at a comma or the sentence's end
    k = j + 1
    while k < end and _loose_right(doc[k], ents):
        if doc[k].lower_ in BODY_WORDS:
            return False
        k += 1
    return k >= end or doc[k].is_punct


# a word glued after a name that makes it a longer institution's name ("Orvane Casino")
CUT_KIND_WORDS = words("relation_words", "cut_kind_words")
DEGREE_WORDS = words("relation_words", "degree_words")  # "Master of Science" is no person


def _kind_after(mention, ents) -> bool:
    """"Orvane Casino manager Lee" read as "Orvane": the next word, glued on with no mark
    between, is an institution word ("Casino", "Hospital", "Bank") that no other name holds;
    "Kestrel University at Vale" read as "Kestrel University": a university name that goes on
    with "at" and a capitalised word (a campus is a university of its own)."""
    doc, (_, j) = mention.root.doc, mention.span
    end = mention.root.sent.end
    if j >= end:
        return False
    word = doc[j]
    if word.text[:1].isupper() and word.lower_ in CUT_KIND_WORDS and ents.mention_at(word) is None:
        return True
    if _number_in_name(doc, j, end, ents):
        return True
    return (word.lower_ == "at" and j + 1 < end and "university" in mention.name.lower().split()
            and doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ == "PROPN"
            and doc[j + 1].ent_type_ not in NOT_NAME_PARTS)


def _number_in_name(doc, j: int, end: int, ents) -> bool:
    """"Orvane 33 spokeswoman Ann Lee", "Kestrel 9's chief executive": a bare number glued
    after the name, then a post or a possessive, is the name's own end (a shop, a firm named
    with a number), so the name before it is cut. A number in any other name, or one the
    tagger reads as a date, money or a share, is left."""
    word = doc[j]
    if not (word.text.isdigit() and word.ent_type_ in {"", "CARDINAL"} and j + 1 < end
            and ents.mention_at(word) is None and bool(doc[j - 1].whitespace_)):
        return False
    after = doc[j + 1]
    return after.text in {"'s", "’s"} or after.lower_ in POST_WORDS and after.text[:1].islower()


def cut_before_kind(party, sent, ents) -> bool:
    """Whether an organization party is the front of a longer institution's name written in
    this sentence (every name mention of it here is followed by the rest). The whole name is
    not rebuilt: refused (precision first)."""
    if party.type != "ORG" or _headline(sent, ents):
        return False
    mentions = name_mentions(party, sent, ents)
    return bool(mentions) and all(_kind_after(m, ents) for m in mentions)


def bad_edge(party) -> bool:
    """A name with a slash, hyphen or ampersand on its edge ("Orvane/" of "Orvane/Kestrel")
    or a "person" that is a degree ("Doctor of Economics")."""
    name = party.name.strip()
    if not name or name[0] in JOIN_MARKS or name[-1] in JOIN_MARKS:
        return True
    first = name.split()[0].lower()
    return party.type == "PERSON" and first in DEGREE_WORDS and " of " in f" {name.lower()} "
