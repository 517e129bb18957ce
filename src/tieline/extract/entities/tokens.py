"""Token-level helpers of the entity rules: name-like tokens, cleaned spans, sources, tickers."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN

from ...names import grown_initials, initial
from ..view import view
from .words import (BANK_SIDES, BODY_WORDS, COMMON_POSSESSORS, LANDFORM_WORDS, COMPANY_SUFFIXES, DIVISION_WORDS, GENERIC_NAMES, HONORIFICS,
                    NAME_LINKS, PARTY_SPLITTING_NOUNS, PARTY_WORDS, SHARED_TAILS, STAGE_DIRECTIONS,
                    NON_MAKER_WORDS, ORG_DESCRIPTORS, ORG_NAME_TAILS, POSSESSIVE_TOKENS, PRODUCT_NOUNS, PRONOUNS,
                    PUBLICATION_WORDS, ORG_NAME_WORDS)

BRACKETED = re.compile(r" \(([A-Z][A-Za-z&]{1,6})\)")
SUFFIX_TAIL = re.compile(r",? (?:Ltd|Inc|Corp|Limited)\.?$")
CAMEL = re.compile(r"^(?:[a-z]{1,3}[A-Z][A-Za-z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z]+)$")
MODEL_NUMBER = re.compile(r"[A-Z]{1,4}-?\d{2,}[A-Z]?")  # "A320", "MPT-30B", "H100"
# a name with a model number: "Office 365", "Claude 2", "MPT-30B", "737-800" (not "Euro 2004")
VERSIONED = re.compile(r"(?:\S+ )+(?!(?:19|20)\d\d$)\d[\d.\-]*[A-Za-z]?|\d{3}-\d{3}|"
                       + MODEL_NUMBER.pattern)
YEAR = re.compile(r"(?:19|20)\d\d")  # a year, read with fullmatch: "1998", "2024"
TICKER = re.compile(r"[A-Z]{1,5}(?:\.[A-Z])?")
# a members' body ("National Association of ...") names its members' field with "of"
MEMBER_BODIES = frozenset({"association", "federation"})


@dataclass
class Mention:
    name: str  # canonical
    type: str
    start: int  # character offsets in the document
    end: int
    root: object  # spaCy token
    kind: str = "name"  # name | description ("the chipmaker") | pronoun ("its")
    span: tuple[int, int] = field(default=(0, 0))  # token offsets [i, j)


def name_mentions(party, sent, ents) -> list:
    """The party's own mention when it carries one, else every name mention of it in the
    sentence (a description or pronoun is no written name)."""
    if getattr(party, "span", None) is not None:
        return [party] if party.kind == "name" else []
    return [m for m in ents.mentions_in(sent) if m.name == party.name and m.kind == "name"]


def span_text(tokens) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def landform(name: str) -> bool:
    """"Larch Pond", "Lake Avalon", "the West Bank": a place wherever it stands ("left Larch
    Pond")."""
    words = name.lower().split()
    return len(words) > 1 and bool({words[0], words[-1]} & LANDFORM_WORDS) or river_bank(name)


def river_bank(name: str) -> bool:
    """"the West Bank", "the East Bank": a bank named by its side is a river's, no lender."""
    words = name.lower().split()
    return len(words) == 2 and words[0] in BANK_SIDES and words[1] == "bank"


def name_like(tok) -> bool:
    """A token that can be part of a product or model name: Copilot, 365, Phi-3.5, H100."""
    text = tok.text
    if tok.is_punct and text not in {"-", "‑", "."}:
        return False
    if tok.pos_ == "PROPN" or text[:1].isupper():
        return text.lower() not in GENERIC_NAMES
    has_digit = any(c.isdigit() for c in text)
    return has_digit and (any(c.isalpha() for c in text) or tok.pos_ == "NUM")


def clean_span(tokens) -> tuple[int, int] | None:
    """Token bounds of the name inside an entity span, or None if nothing name-like is left."""
    toks = list(tokens)
    if not toks:
        return None
    i, j = 0, len(toks)
    for k, tok in enumerate(toks):  # "OpenAI's Escape Clause" names OpenAI
        if k >= 1 and common_possessor(toks[k - 1]) and toks[k + 1:] \
                and all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in toks[k + 1:]):
            break  # "Farmers' Aid", "Ada and Women's Heart Center": a common word's possessive
        if k > 0 and tok.text in POSSESSIVE_TOKENS and (
                k + 2 == len(toks) and toks[-1].lower_ in NON_MAKER_WORDS
                or k == 1 and toks[k + 1:] and toks[k + 1].lower_ in NON_MAKER_WORDS
                and all(t.is_title for t in toks[k + 1:])):
            break  # but "Bishop's University", "Queen's College Avalon" are one name
        if k == 1 and tok.text in POSSESSIVE_TOKENS and owner_and_trades(tokens):
            break  # "Bella's Salon and Spa"
        if k > 0 and _spaced_dash(tok) and toks[k + 1:] and toks[k + 1].text[:1].islower():
            j = k  # "Acme Private - bought the hotel": a spaced dash and a word end the name
            break
        if k > 0 and (tok.text in POSSESSIVE_TOKENS or tok.text == "(" or tok.text.startswith("@")):
            j = k  # "Twitter @AdaVale": a handle ends the name before it
            break
    while i < j and (toks[i].is_punct or toks[i].is_space or toks[i].lower_ in HONORIFICS
                     or toks[i].text in POSSESSIVE_TOKENS):
        i += 1
    if i < j and toks[i].lower_ in {"a", "an"}:
        i += 1
    if i < j and toks[i].lower_ == "the" and toks[j - 1].lower_ not in PUBLICATION_WORDS:
        i += 1
    while j > i and (toks[j - 1].is_punct or toks[j - 1].is_space
                     or toks[j - 1].lower_ in COMPANY_SUFFIXES
                     or toks[j - 1].text in POSSESSIVE_TOKENS
                     or j - i > 1 and toks[j - 1].lower_ in NAME_LINKS - {"&"}):
        j -= 1  # "Royal Bank of" cut from its place is "Royal Bank" (a whole name rejoins it)
    if j <= i:
        return None
    return toks[i].i, toks[j - 1].i + 1


def _spaced_dash(tok) -> bool:
    """A dash with a space on both sides ("Acme - bought"), never one inside a name."""
    return tok.text in DASHES and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.doc[tok.i - 1].whitespace_)


HIRED_BY = frozenset({"hire", "appoint", "recruit", "poach"})
# verbs that hire only in one sense ("snagged Orbiton's Vista Pro at a discount" buys it)
HIRED_IF_ROLE = frozenset({"lure", "nab", "snag", "tap"})


def hired(tok) -> bool:
    """"KPMG hired EY's Ann Vale", "EY's Ann Vale was appointed": one hired is a person;
    after lure/nab/snag/tap only with a post that follows ("as its CFO", "to run its lab")."""
    if tok.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = tok.head
    if verb.lemma_ in HIRED_BY:
        return True
    return verb.lemma_ in HIRED_IF_ROLE and any(
        c.i > tok.i and (c.lower_ == "as" or c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children))
        for w in (verb, tok) for c in w.children)


def common_possessor(tok) -> bool:
    """"Farmers' Aid", "Mother's Day": a capitalised common noun before a possessive opens a
    longer name; it names no one alone and makes nothing."""
    doc = tok.doc
    return tok.lower_ in COMMON_POSSESSORS and tok.text[:1].isupper() and tok.i + 2 < len(doc) \
        and doc[tok.i + 1].text in POSSESSIVE_TOKENS and doc[tok.i + 2].text[:1].isupper()


def acronyms(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) < 2:
        return set()
    caps = "".join(initial(w) for w in words if w[:1].isupper())
    every = "".join(map(initial, words)).upper()
    return {a for a in (caps, every) if len(a) >= 2}


def grown_acronym(name: str) -> set[str]:
    """{"CDC"} of "Centers for Disease Control and Prevention" (names.grown_initials)."""
    return {caps} if (caps := grown_initials(name)) else set()


def is_headline(sent) -> bool:
    """Title-case lines ("Acme's Chief Scientist Leaves to Join Globex!") fool the tagger."""
    tokens = view(sent.doc).tokens[sent.start:sent.end]  # read twice: built once
    words = [t for t in tokens if t.is_alpha and len(t.text) > 3]
    if len(words) < 3:
        return False
    ratio = sum(t.text[0].isupper() for t in words) / len(words)
    text = view(sent.doc).sent_text(sent)
    ends_as_prose = text.rstrip()[-1:] in {".", ":", '"', "”", "…"}  # ":" leads into a quote
    if ends_as_prose and any(t.is_lower and t.is_alpha and t.pos_ in {"VERB", "AUX"}
                             for t in tokens):
        return False  # "Former Acme CEO Ada Vale will run Globex's arm.": prose full of names
    if len(words) > 8:
        return ratio > 0.8 and not ends_as_prose
    return ratio > (0.85 if ends_as_prose else 0.6) and len(words) >= (5 if ends_as_prose else 3)


def is_source(tok) -> bool:
    """"According to Reuters", "(Reuters)", "Bloomberg reported": a source, not an actor."""
    head = tok.head
    if head.lower_ in {"to", "per"} and head.head.lower_ in {"according", "per"} or head.lower_ == "per":
        return True
    if tok.dep_ == "nsubj" and head.lemma_ in {"report", "say", "write", "tell"} and (
            head.dep_ in {"parataxis", "ccomp", "advcl"}
            or head.lemma_ == "report" and any(c.dep_ == "ccomp" for c in head.children)):
        return True  # "..., Reuters reported", "Bloomberg reported that ..."
    if tok.dep_ in {"dative", "dobj"} and head.lemma_ == "tell":
        return True  # "a spokesman told the BBC"
    if head.lower_ == "from" and head.head.lemma_ in {"report", "source", "reporting"} and not (
            head.head.lemma_ == "source" and head.head.pos_ == "VERB"):
        return True  # "sources from Reuters", but "sources its engines from Acme" buys them
    return tok.i > 0 and tok.doc[tok.i - 1].text == "("


def ticker_tokens(sdoc) -> set[int]:
    """Stock symbols quoted with a company: "Acme Inc. ACME", "Acme Corp.'s ACM ACMX Acme",
    "(NASDAQ: ACME)" (the exchange too)."""
    found: set[int] = set()
    words = view(sdoc).index("text")
    for tok in view(sdoc).with_text([w for w in words if TICKER.fullmatch(w)]):
        k = tok.i
        if k < 2:
            continue
        if k >= 3 and sdoc[k - 1].text == ":" and sdoc[k - 3].text == "(" and sdoc[k - 2].is_upper \
                and k + 1 < len(sdoc) and sdoc[k + 1].text == ")":
            found |= {k - 2, k}
            continue
        prev = k - 1
        while prev in found:
            prev -= 1
        if sdoc[prev].text in POSSESSIVE_TOKENS:
            prev -= 1
        if prev > 1 and sdoc[prev].lower_ in COMPANY_SUFFIXES and (
                sdoc[prev - 1].text[:1].isupper() or sdoc[prev - 1].text == ","):
            found.add(k)
    return found


DASHES = frozenset({"-", "--", "—", "–"})


def dateline_tokens(sdoc, lines=None) -> set[int]:
    """The place of a dateline at a paragraph's start: "OSLO (Agency) -", "NEW TOWN, Dec 3
    (Agency) -", "LYON —". Capitals before a dash name where the story was filed, no party."""
    found: set[int] = set()
    for caps in _line_capitals(sdoc) if lines is None else lines:
        k = caps.stop
        if sum(len(sdoc[c]) for c in caps) < 4:
            continue
        ahead = sdoc[k:k + 10]
        dash = next((t.i for t in ahead if t.text in DASHES), None)
        if dash is not None and not any(t.pos_ in {"VERB", "AUX"} for t in sdoc[k:dash]) \
                and (sdoc[k].text in {"(", ","}  # "ACME - the firm - agreed": a subject
                     or not any(sdoc[c].dep_.startswith("nsubj") for c in caps)):
            found |= set(caps)
    return found


def stage_direction_tokens(sdoc) -> set[int]:
    """The words of a transcript's note on the room: "[Laughs]", "(audience laughs)",
    "[Crosstalk]". Short bracketed words, one of them a stage direction, are never a name."""
    found: set[int] = set()
    for tok in view(sdoc).with_text(("[", "(")):
        close = next((t.i for t in sdoc[tok.i + 1:tok.i + 5] if t.text in {"]", ")"}), None)
        inner = sdoc[tok.i + 1:close] if close else []
        if inner and all(t.is_alpha for t in inner) \
                and any(t.lower_ in STAGE_DIRECTIONS for t in inner):
            found |= {t.i for t in inner}
    return found


def speaker_label_tokens(sdoc, lines=None) -> set[int]:
    """A transcript's speaker label or a page's section tag at a line's start, in capitals
    before a colon ("BOYD:", "TWILA BOYD:", "FILE PHOTO:"): the label, never a party; the
    speaker is named in full elsewhere. `lines`: the line-opening capitals, if already found."""
    found: set[int] = set()
    for caps in _line_capitals(sdoc) if lines is None else lines:
        if 0 < len(caps) <= 4 and caps.stop < len(sdoc) and sdoc[caps.stop].text == ":":
            found |= set(caps)
    return found


def line_capitals(sdoc) -> list[range]:
    """The run of words in capitals (maybe none) that opens each line, found once for both
    the dateline and the speaker-label tests."""
    return list(_line_capitals(sdoc))


def _line_capitals(sdoc):
    """The run of words in capitals (maybe none) that opens each line."""
    for i in _line_starts(sdoc):
        k = i
        while k < len(sdoc) and sdoc[k].is_alpha and sdoc[k].is_upper:
            k += 1
        yield range(i, k)


def _line_starts(sdoc) -> list[int]:
    """The first token and each token after one that holds a line break, in order. Found from
    the text's line breaks (a token's text with its whitespace runs up to the next token's
    start), not by building every token."""
    if not len(sdoc):
        return []
    starts = sdoc.to_array(IDX).tolist()
    after = {bisect_right(starts, m.start()) for m in re.finditer("\n", view(sdoc).text)}
    return [0] + sorted(k for k in after if 0 < k < len(sdoc))


def is_unit(tok) -> bool:
    """"30GB", "5G": a unit stuck to a number is no name."""
    return tok.i > 0 and tok.doc[tok.i - 1].like_num and not tok.doc[tok.i - 1].whitespace_


def split_coordination(ent):
    """"Trainium and Inferentia" is two names; "Competition and Markets Authority" and
    "Center for Disease Research and Policy" are one."""
    if is_one_body(ent) or _shared_head(ent):
        return [ent]
    parts, start = [], ent.start
    for tok in ent:
        if tok.lower_ in {"and", "or"} and tok.pos_ == "CCONJ" or _verb_preposition(tok, ent):
            parts.append(ent.doc[start:tok.i])
            start = tok.i + 1
    parts.append(ent.doc[start:ent.end])
    return [p for p in parts if len(p)]


def _verb_preposition(tok, ent) -> bool:
    """"sold Acme Chemicals to Globex Oil" tagged as one name: a "to" or "from" that hangs on
    a verb outside the name ends one party and opens the next; so does the "to" of a sale noun
    ("the sale of Acme Chemicals to Globex Oil")."""
    return tok.lower_ in {"to", "from"} and tok.dep_ in {"dative", "prep"} \
        and (tok.head.pos_ == "VERB" or tok.lower_ == "to" and tok.head.pos_ == "NOUN"
             and tok.head.lemma_.lower() in PARTY_SPLITTING_NOUNS) \
        and not ent.start <= tok.head.i < ent.end


def is_one_body(ent) -> bool:
    """A public body or institute named with "and", capitalised throughout: it opens with a
    body word and "of"/"for" ("Department of Health and Human Services"), or ends with one
    and no part before the "and" ends like a firm ("Securities and Exchange Commission", but
    not "Acme Capital and Brisk Ventures")."""
    words = [t for t in ent if t.lower_ not in {"the", "a"} and t.text not in POSSESSIVE_TOKENS]
    while words and words[0].is_lower and words[0].is_alpha:
        words = words[1:]  # "the state Department of Youth and ...": the descriptor opens no name
    if len(words) < 3 or not all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in words):
        return False
    if words[0].lower_ in BODY_WORDS and words[1].lower_ in {"of", "for", "on"}:
        return True
    # "Citizens for Safety and Ethics", "Division of Lungs and Critical Care": a cause or a
    # division's field named with "and", the part after it no firm of its own
    conj = next((k for k, t in enumerate(words) if t.lower_ == "and"), len(words))
    if any(t.lower_ == "for" or t.lower_ == "of" and words[k - 1].lower_ in DIVISION_WORDS
           for k, t in enumerate(words[1:conj - 1], 1)) \
            and words[-1].lower_ not in ORG_NAME_TAILS | COMPANY_SUFFIXES:
        return True
    # "Marlow Institute of Hygiene and Tropical Farming", "Kestrel Council on Trade and
    # Industry": a named body's "of" (or a council's "on") phrase, the part after "and" no
    # firm of its own
    conj = next((k for k, t in enumerate(words) if t.lower_ == "and"), len(words))
    if any(t.lower_ in BODY_WORDS and words[k + 1].lower_ in {"of", "for", "on"}
           for k, t in enumerate(words[:conj - 1])) \
            and words[-1].lower_ not in ORG_NAME_TAILS | COMPANY_SUFFIXES:
        return True
    # a members' body's field ends with its members ("... Fleet Managers"), never a firm's word
    if any(t.lower_ in MEMBER_BODIES and words[k + 1].lower_ == "of"
           for k, t in enumerate(words[:conj - 1])) \
            and words[-1].lower_ not in ORG_NAME_WORDS | ORG_NAME_TAILS | COMPANY_SUFFIXES:
        return True
    if words[-1].lower_ not in BODY_WORDS:
        return False
    before_and = [t for t in words[:-1] if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "and"]
    return not any(t.lower_ in ORG_NAME_TAILS | COMPANY_SUFFIXES for t in before_and)

# "Technology", "Logistics": an industry word names no firm alone (a body's word may:
# "Avalon Police and Fire Department" is left to the body rules)
INDUSTRY_TAILS = ORG_NAME_WORDS - BODY_WORDS - PUBLICATION_WORDS - COMPANY_SUFFIXES


def _shared_head(ent) -> bool:
    """"the Blue and White party", "Kerns and Associates": the words around "and" share one
    head (a party word, or a firm's tail such as "Associates"): one name, not two; so does
    "Orsk Space and Technology", a name of two words or more and one industry word after
    "and" that names no firm alone."""
    toks = [t for t in ent if t.lower_ not in {"the", "a"}]
    conj = [k for k, t in enumerate(toks) if t.lower_ in {"and", "&"}]
    if len(conj) != 1 or conj[0] == 0 or conj[0] == len(toks) - 1:
        return False
    after = toks[conj[0] + 1:]
    if all(t.lower_ in SHARED_TAILS for t in after):
        return True  # "Vale and Associates", "Kerns and Sons"
    if len(after) == 1 and conj[0] >= 2 and after[0].lower_ in INDUSTRY_TAILS:
        return True
    if owner_and_trades(ent):
        return True
    return toks[-1].lower_ in PARTY_WORDS and conj[0] == 1 and len(after) == 2


def owner_and_trades(ent) -> bool:
    """"Bella's Salon and Spa", "Kip's Crabs & Ribs": a shop named for its owner and two
    trades, tagged a firm as a whole, is one name when the second trade word is written
    nowhere in the text but after the first ("Acme's Alpha and Beta" where "Beta" stands
    alone is two) and the first ends no firm's name ("Sam's Club and Walmart" is two)."""
    toks = [t for t in ent if t.lower_ not in {"the", "a"}]
    if not (getattr(ent, "label_", "") == "ORG" and len(toks) == 5 and toks[3].lower_ in {"and", "&"}
            and toks[1].text in POSSESSIVE_TOKENS and toks[0].is_title
            and toks[2].lower_ not in ORG_NAME_WORDS | COMPANY_SUFFIXES
            and all(t.is_title and t.is_alpha for t in (toks[2], toks[4]))):
        return False
    doc, first, second = ent.doc, toks[2].text, toks[4].text
    return all(k > 1 and doc[k - 2].text == first for k in range(len(doc)) if doc[k].text == second)


def name_bounds(tok) -> tuple[int, int]:
    """A name token plus its compound/number modifiers: "Mistral Large", "Grok 3"."""
    left = tok.i
    while left > 0 and tok.doc[left - 1].head.i == tok.i and tok.doc[left - 1].dep_ in {
            "compound", "nmod"} and name_like(tok.doc[left - 1]):
        left -= 1
    right = tok.i + 1
    while right < len(tok.doc) and tok.doc[right].head.i == tok.i and \
            tok.doc[right].dep_ in {"nummod", "compound", "appos"} and \
            tok.doc[right].like_num:
        right += 1
    return left, right


# Word ids for reading the token arrays at once (a spaCy Matcher calls a Python predicate
# per token and pattern)
PRODUCT_NOUN_IDS = frozenset(map(get_string_id, PRODUCT_NOUNS))
DESCRIPTOR_IDS = frozenset(map(get_string_id, ORG_DESCRIPTORS))
PRONOUN_IDS = frozenset(map(get_string_id, PRONOUNS))


def product_heads(doc) -> list[int]:
    """Indices of the product nouns ("chip", "model"), in order."""
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in PRODUCT_NOUN_IDS]


def anaphor_tokens(doc) -> list[int]:
    """Indices, in order, of the nouns that describe an organization ("company", by lemma)
    and of the pronouns that can stand for one."""
    return [i for i, (lemma, lower, pos) in enumerate(doc.to_array([LEMMA, LOWER, POS]).tolist())
            if lemma in DESCRIPTOR_IDS and pos == NOUN or lower in PRONOUN_IDS]
