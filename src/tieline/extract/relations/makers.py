"""develop facts from products whose maker the text names: "OpenAI's ChatGPT", "Nvidia H100".

The entity stage links a possessed or maker-prefixed name to its maker whenever the grammar
allows; most such links on real news are not products at all ("Victoria's Secret", "Mother's
Day", "Slate's Mary Harris", "Hama 1 Landmine", "Quebec's Bishop's University"). A link
becomes a develop fact only when the name can be a product and the maker a company.
"""
from __future__ import annotations

import re

from ..arguments import Named
from ..entities.words import VENUE_WORDS
from ..lexicon import ROLE_WORDS
from ..wordlists import words

# "Acme's University", "Acme Holdings": a place, an institution or a company, not a product
NOT_MADE_HEADS = words("relation_words", "not_made_heads") | VENUE_WORDS
ORDINAL = re.compile(r"\d+(st|nd|rd|th)$")  # "Pippen's 21st": a rank
# spaCy labels that say a name is no product: a group, a day, a law or a rank (not GPE: the
# small model calls many unknown names places)
NOT_PRODUCT_LABELS = {"NORP", "DATE", "LAW", "ORDINAL"}


def maker_facts(ents, sink) -> None:
    for product, (maker, head) in ents.makers.items():
        pname = ents._canonical_of(product)
        if pname is None or not isinstance(maker, str):
            continue
        maker = ents._canonical_of(maker) or maker
        if not _made_thing(pname, maker, head, ents) or not _maker_company(maker, head, ents) \
                or _named_person(pname, maker, ents):
            continue
        sink.add("develop", Named(maker, "ORG"), Named(pname, "PRODUCT"), head, "maker",
                 ents.sents[ents.sent_index(head)],
                 modality="asserted", confidence=0.6)  # who makes what is stated, not planned


def product_name(pname: str, maker: str) -> bool:
    """Whether a name is shaped like a product's: not a place or an institution ("Bishop's
    University"), not a name run on into plain words ("Globex hours later") or numbers ("Hama
    1 Landmine", "Cologne 0"), not a title ("The Morning Show") or a run of text."""
    words_ = pname.split()
    if words_[-1].lower() in NOT_MADE_HEADS or words_[0] == "The" or pname.endswith("-") \
            or set(pname) & set("()[]:“”\"") or ORDINAL.match(words_[-1]):
        return False
    if any(w.isalpha() and w.islower() for w in words_[1:]):
        return False  # a product name is written in capitals: "Google hours" is a misread
    return not (any(w.isdigit() and len(w) <= 2 for w in words_[1:]) and (
        words_[0] == maker.split()[0] or not words_[-1].isdigit()))  # "Sinai 10": a count


def _made_thing(pname: str, maker: str, head, ents) -> bool:
    """Whether a possessed or maker-prefixed name can be a product at all: shaped like one
    (product_name), not a day, law or rank, not a person ("Acme's chairman-elect Ann Lee",
    "Slate's Mary Harris") and not a name cut short ("Acme's 737 Max")."""
    if not product_name(pname, maker):
        return False
    words_ = pname.split()
    if words_[-1].lower() in ROLE_WORDS:
        return False  # "Acme Center President": a title run on from a name, not a product
    m = ents.mention_at(head) if head is not None else None
    if m is None:
        return True
    toks = head.doc[m.span[0]:m.span[1]]
    after = head.doc[m.span[1]] if m.span[1] < len(head.doc) else None
    before = head.doc[m.span[0] - 1] if m.span[0] > 0 else None
    if after is not None and (after.pos_ == "PROPN" and after.is_title or after.like_num) \
            or before is not None and before.like_num and before.ent_type_ != "MONEY":
        return False  # a name cut short ("Queen's Brian", "Acme's 737 Max", "Watch Series 4")
    if any(t.ent_type_ in NOT_PRODUCT_LABELS for t in toks):
        return False  # "Mother's Day", "the 15th Division"
    if len(words_) >= 2 and all(t.ent_type_ == "PERSON" and t.is_title for t in toks) \
            and words_[0] != maker.split()[0]:
        return False  # "Slate's Mary Harris"; not "Mistral Large", named after its maker
    word = before.lower_ if before is not None else ""
    return word not in ROLE_WORDS and not word.endswith("elect")  # "chairman-elect Ann Lee"


def _named_person(pname: str, maker: str, ents) -> bool:
    """A product name the document also writes as a person's ("Acme's Ann Lee" beside "Ann Lee,
    its marketing chief"): two or more capitalized words, tagged PERSON somewhere. A name that
    starts with its maker's ("Acme Messenger") is a person's only when the maker is never
    tagged a company ("Tom" of "Tom Varga")."""
    words_ = pname.split()
    if len(words_) < 2 or not all(w.isalpha() and w.istitle() and len(w) > 1 for w in words_) \
            or not any(m.name == pname and m.root.ent_type_ == "PERSON" for m in ents.mentions):
        return False
    return words_[0] != maker.split()[0] or not any(
        m.name == maker and m.root.ent_type_ == "ORG" for m in ents.mentions)


def _maker_company(maker: str, head, ents) -> bool:
    """A maker that can be a company: not a country or a people ("Azerbaijan's Efendi", "Nazi
    Wehrmacht"), and not the first half of one name that is never named alone ("Victoria's
    Secret" and "People's Liberation Army" are tagged as one name)."""
    own = [m for m in ents.mentions if m.name == maker and m.kind == "name"]
    if maker in ents.places or not own or all(m.root.ent_type_ == "NORP" for m in own):
        return False  # never named alone ("Model" of "Model X") or a people
    product = ents.mention_at(head) if head is not None else None
    if product is None or head.doc[product.span[0]].ent_iob_ != "I":
        return True
    near = set(range(product.span[0] - 3, product.span[1]))
    return any(m.root.i not in near for m in own)  # named alone elsewhere: a company
