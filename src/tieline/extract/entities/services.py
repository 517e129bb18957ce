"""A name used as a service people use (a PRODUCT): "a Meetlo call", "posted it on Chirpa",
"chatted via Meetlo". Split from voting.py, which is at its size limit."""
from __future__ import annotations

from ..lexicon import ORG_DESCRIPTORS
from .words import ACTING_VERBS, SERVICE_TALK_VERBS, SERVICE_USE_NOUNS, SERVICE_USE_VERBS


def used_service(root) -> bool:
    """A name used as a service: a post, a call or an account on it ("a Chirpa
    post", "a Meetlo call"), where one posts or follows ("wrote on Chirpa", "join the
    class via Meetlo"), or what one talks, meets or teaches via ("chatted via Meetlo"). The firm
    behind it acts, owns or employs instead. The noun follows the name ("a Pentagon training
    video" is no post on a service)."""
    head = root.head
    if root.dep_ in {"compound", "nmod"} and head.i == root.i + 1 and head.is_lower \
            and head.lower_ in SERVICE_USE_NOUNS:
        return not any(c.dep_ == "poss" and c.i > root.i for c in head.children)
    if root.dep_ != "pobj" or head.head.pos_ != "VERB":
        return False
    verb = head.head.lemma_.lower()
    return head.lower_ in {"on", "via"} and verb in SERVICE_USE_VERBS \
        or head.lower_ == "via" and verb in SERVICE_TALK_VERBS and not _go_between(root)


def _go_between(root) -> bool:
    """"met via Skelvar, which advised Acme", "talked via Skelvar, their adviser", "taught via
    Quillo ..., Quillo said": a name described or acting is a firm that went between."""
    if any(c.dep_ in {"appos", "relcl"} for c in root.children):
        return True
    return any(t.text == root.text and t.dep_ == "nsubj" and t.head.lemma_.lower() in ACTING_VERBS
               for t in root.doc)


def party_hashtag(root) -> bool:
    """A hashtag that names a party: "#Quellan, the carmaker, said ..." (acting, or described
    as a firm), "Tamsley Bank lent #Quellan $50 million" (given to), "Dunmere Steel backed
    #Quellan" (the object of a named actor); a campaign tag ("shared the #StayCalm message",
    "fans used #StayCalm") is none."""
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in ACTING_VERBS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in ORG_DESCRIPTORS for c in root.children):
        return True
    return root.dep_ == "dative" or root.dep_ == "dobj" and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.children)
