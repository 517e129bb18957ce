"""A name used as a service people use (a PRODUCT): "a Meetlo call", "posted it on Chirpa",
"chatted via Meetlo". Split from voting.py, which is at its size limit."""
from __future__ import annotations

from .tokens import name_mentions
from .words import (ACTING_VERBS, DEAL_VERBS, ORG_DESCRIPTORS, SERVICE_TALK_VERBS,
                    SERVICE_USE_NOUNS, SERVICE_USE_VERBS, SHARED_THINGS)


def used_service(root) -> bool:
    """A name used as a service: a post, a call or an account on it ("a Chirpa
    post", "a Meetlo call"), where one posts or follows ("wrote on Chirpa", "join the
    class via Meetlo", "posted a clip on Chirpa and Meetlo"), or what one talks, meets or
    teaches via ("chatted via Meetlo"). The firm behind it acts, owns or employs instead.
    The noun follows the name ("a Kestrel training video" is no post on a service)."""
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":  # "on Chirpa and Meetlo"
        root = root.head
    head = root.head
    if root.dep_ in {"compound", "nmod"} and head.i == root.i + 1 and head.is_lower \
            and head.lower_ in SERVICE_USE_NOUNS:
        return not any(c.dep_ == "poss" and c.i > root.i for c in head.children)
    if root.dep_ != "pobj":
        return False
    verb = head.head
    if verb.dep_ == "dobj" and verb.lemma_.lower() in SHARED_THINGS and head.lower_ == "on":
        verb = verb.head  # "posted a clip on Chirpa", "shares videos on Chirpa"
    if verb.pos_ != "VERB":
        return False
    verb = verb.lemma_.lower()
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


def services_only(raw, sdoc, acting, firms: set[str]) -> set[str]:
    """One-word names the text uses as a service ("a Meetlo call", "posted it on Chirpa") and
    never as an actor: no mention is the subject of a firm's verb ("Meetlo said", `acting`),
    and no cue calls the name a firm (`firms`: a post, a firm word or noun, a suffix). The
    text speaks of the service, not of the firm behind it, however the tagger labels it: no
    organization party (refused rather than guessed). The type is left as voted: retyped, a
    description ("the company") would be read as some other firm of the text."""
    used = {n for i, j, n, _ in raw if j - i == 1 and used_service(sdoc[i:j].root)}
    return used - firms - {n for i, j, n, _ in raw if n in used and (
        acting(i, j) or _dealt_with(sdoc[i:j].root))}


def _dealt_with(root) -> bool:
    """"Orvane bought Chirpa", "invested in Chirpa", "partnered with Chirpa": the object of a
    deal is the firm behind the service (a deal is struck with a firm, not with an app)."""
    while root.dep_ == "conj":
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return head.lower_ in {"in", "with", "into"} and head.head.lemma_.lower() in DEAL_VERBS
    return root.dep_ == "dobj" and head.lemma_.lower() in DEAL_VERBS


def service_party(party, sent, ents) -> bool:
    """Whether a relation's organization party is a service the text only uses, written as
    one here: its own mention when the rule found one ("advertised it on her Chirpa
    account"), else every name mention of it in the sentence. A mention that is no use of
    the service ("Ann Lee, the head of Quillo, posted a clip on Quillo": the head's post)
    keeps the fact."""
    if party.type != "ORG" or party.name not in getattr(ents, "service_names", ()):
        return False
    named = name_mentions(party, sent, ents)
    return bool(named) and all(used_service(m.root) for m in named)
