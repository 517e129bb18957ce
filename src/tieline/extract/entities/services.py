"""A name used as a service people use (a PRODUCT): "a Zoom call", "posted it on Instagram",
"chatted via Skype". Split from voting.py, which is at its size limit."""
from __future__ import annotations

from .words import ACTING_VERBS, SERVICE_TALK_VERBS, SERVICE_USE_NOUNS, SERVICE_USE_VERBS


def used_service(root) -> bool:
    """A name used as a service: a post, a call or an account on it ("an Instagram
    post", "a Zoom call"), where one posts or follows ("wrote on Twitter", "join the
    class via Zoom"), or what one talks, meets or teaches via ("chatted via Skype"). The firm
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
    """"met via Corvex, which advised Acme", "talked via Corvex, their adviser", "taught via
    Klarvo ..., Klarvo said": a name described or acting is a firm that went between."""
    if any(c.dep_ in {"appos", "relcl"} for c in root.children):
        return True
    return any(t.text == root.text and t.dep_ == "nsubj" and t.head.lemma_.lower() in ACTING_VERBS
               for t in root.doc)
