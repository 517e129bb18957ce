"""Cues that a name the tagger took for a product or a work is a firm: it has a chief
executive or staff ("Pindra chief executive Ann Vale", "a former Kelmot employee"), a stock
symbol ("Corvane Drilling (CVD.N)"), or the text sets it beside a kind of firm written before
it ("the largest manufacturer of masks, Corvane,")."""
from __future__ import annotations

import re

from ..wordlists import words
from ..view import view
from .titled import post_word
from .words import FIRM_ONLY, LISTED_FIRM_GROUPS, TITLED_POSTS

STAFF_NOUNS = frozenset({"employee", "employees", "staffer", "staffers"})
# "(CVD.N)", "(0700.HK)", "(NYSE: CVD)": a listed company's symbol; a bare "(FSA)" is a short form
STOCK_SYMBOL = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC) ?: ?[A-Z]{1,5}")
NOT_FIRM_LABELS = frozenset({"PERSON", "GPE", "NORP", "OTHER"})  # "Trump spokesman", "Texas CEO"
LIST_WORDS = words("entities", "list_words")  # "as" only after "such"
HIRED_FROM_VERBS = words("entities", "hired_from_verbs")


def firm_cue(span, label: str) -> bool:
    """Whether a mention (not one the tagger took for a person or a place) is written as a
    firm: a post or staff noun or a stock symbol right after it, an apposition of a firm
    noun before it, or a person hired from it."""
    return label not in NOT_FIRM_LABELS and (
        _post_after(span) or _stock_symbol(span) or _apposed_descriptor(span.root)
        or _listed_under_firms(span.root) or _hired_from(span.root))


def _stock_symbol(span) -> bool:
    """"Corvane Drilling (CVD.N) gained", "Lumora (NASDAQ: LMRA)": a symbol in brackets."""
    doc, k = span.doc, span.end
    if k >= len(doc) or doc[k].text != "(":
        return False
    close = next((t.i for t in doc[k + 1:k + 6] if t.text == ")"), None)
    return close is not None and STOCK_SYMBOL.fullmatch(doc[k + 1:close].text) is not None


def _post_after(span) -> bool:
    """"Pindra chief executive Ann Vale", "a Lumora spokesperson", "former Kelmot employees":
    a product has no chief, spokesperson or staff. The name modifies the post or the
    holder's name after it, so it is no part of a longer phrase ("the Kestrel app CEO")."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < 3 and (post_word(doc[k]) or doc[k].lower_ in STAFF_NOUNS):
        k += 1
    posts = doc[span.end:k]
    return len(posts) > 0 and span.root.head.i >= span.end and any(
        t.lower_ in TITLED_POSTS or t.lower_ in STAFF_NOUNS for t in posts)


def _apposed_descriptor(root) -> bool:
    """"the largest manufacturer of masks, Corvane,", "its parent company, Tellfair Holding":
    the name sets apart a noun only a firm takes, written before it (not "its new platform,
    Drive": a platform may be a product)."""
    head = root.head
    return root.dep_ == "appos" and head.i < root.i and head.lemma_.lower() in FIRM_ONLY \
        and head.pos_ == "NOUN" and root.doc[root.left_edge.i - 1].text == ","


def posted_elsewhere(doc, names) -> set[str]:
    """Names some other writing of which has a firm's post after it, where the tagger gave
    that writing no name label of its own ("the app Pulsefy ... a Pulsefy spokesperson",
    the second tagged a demonym). Not a person's or a place's writing ("Trump spokesman")."""
    wanted = {tuple(n.split()): n for n in names}
    firsts = {w[0] for w in wanted}
    found = set()
    for tok in view(doc).with_text(firsts):
        if tok.ent_type_ in {"PERSON", "GPE"}:
            continue
        for words, name in wanted.items():
            span = doc[tok.i:tok.i + len(words)]
            if tuple(t.text for t in span) == words and _post_after(span):
                found.add(name)
    return found


def _listed_under_firms(root) -> bool:
    """"partnered with grocers including Marlow and Tesk", "firms such as Corvane": a name
    listed as one of a plural kind of firm is a firm (not "products such as X")."""
    while root.dep_ == "conj":
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in LIST_WORDS:
        return False
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.head.children) \
            and (prep.i == 0 or prep.doc[prep.i - 1].lower_ != "such"):
        return False
    group = prep.head
    return group.pos_ == "NOUN" and group.tag_ == "NNS" and \
        group.lemma_.lower() in FIRM_ONLY | LISTED_FIRM_GROUPS




def _hired_from(root) -> bool:
    """"Kestrel hired Ann Lee from Orvane as partner": a person taken on from a name worked
    there (the tagger may call it a work: "a person from Orvane"). Only a hire with a person
    named as its object; "hired a crew from Dunmore" is a place (not read for place labels)."""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    host = root.head.head
    # "hired Ann Lee from Orvane": the parser may hang it on her name
    verb = host.head if host.dep_ == "dobj" and host.ent_type_ == "PERSON" else host
    return verb.pos_ == "VERB" and verb.lemma_.lower() in HIRED_FROM_VERBS and any(
        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)
