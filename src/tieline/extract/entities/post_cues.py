"""Type cues of a name written beside a post ("Globex's chairman, Ann Vale,")."""
from __future__ import annotations

from .titled import longer_name, post_word
from .words import APPOSED_POSTS, TITLED_POSTS


def apposed_to_post(root) -> bool:
    """"Moderna's chairman, Ann Vale, said": a name set in apposition to a post is its holder."""
    head = root.head
    return root.dep_ == "appos" and head.i < root.i and _post(head)


def described_post_org(root, descriptor) -> bool:
    """"Ann Vale, the CEO of Skift, a travel company": the parser may hang the descriptor on
    the name, but a post written before it says whose it is (the post's organization)."""
    return any(c.dep_ == "appos" and c.i < descriptor.i and c.lemma_.lower() in APPOSED_POSTS
               and any(t.dep_ == "prep" and t.lower_ in {"of", "at"} for t in c.subtree)
               for c in root.children)


def employer_slot(span) -> bool:
    """"co-founder of Blinkx", "chief executive at Lively": the name a post is "of" or "at"
    is its employer; the tagger's place label there is a firm the place lists do not know
    (a known place keeps its label: "the president of Avalon"). The name fills the slot
    alone: not "director of the popular West End musical" (the parser's object "End")."""
    root, doc = span.root, span.doc
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"of", "at"} or not _post(prep.head):
        return False
    lead = doc[prep.i + 1:span.start]
    after = doc[span.end] if span.end < len(doc) else None
    return all(t.lower_ == "the" for t in lead) and not (
        after is not None and after.is_lower and after.head.i == root.i)


def _post(tok) -> bool:
    """A post in lower case, or an acronym ("CEO"), never a capitalised title ("President")."""
    return tok.lemma_.lower() in APPOSED_POSTS and (tok.pos_ == "NOUN" or tok.text.isupper())


def titled_slot(span) -> bool:
    """"Jupiter analyst Ann Vale", "Lively CEO Bo Park": a name written right before a post a
    firm gives and a person's name is the post's employer (not "Hong Kong director A")."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < 3 and post_word(doc[k]):
        k += 1
    return k > span.end and k < len(doc) and doc[k].ent_type_ == "PERSON" \
        and any(t.lower_ in TITLED_POSTS for t in doc[span.end:k]) \
        and not longer_name(doc, span.start)  # "Real Sociedad president A": a name cut
