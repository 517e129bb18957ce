"""A career told in steps: "Ann Lee joined Trellis as COO in 2014 and became chief executive of
Kestrel in 2019", "went on to join X ... and later became CEO of Y". The post taken after the
join is at another organization, so the person left the one joined for it: a talent_move from
it, and the job there is an ended one.

Only when the text orders the steps (a later year on the second, or "later", "then") and the
second post is an executive's, held at one firm at a time: a board seat or a chair ("became
chairman of the Orvane Trust in 2019"), or the president of a society or association, may be
held beside the job joined.
"""
from __future__ import annotations

from .arguments import mentions_of, prep_objects
from .career import JOINS
from .employers import TITLE_BODIES, joined_as_member, same_org
from .lexicon import ROLE_WORDS
from .wordlists import words

LATER_POST_RULE = "move:later_post"
LATER_WORDS = words("people", "later_words")  # "and later became CEO of Y"
SOLE_POSTS = words("people", "sole_posts")  # words of a post held at one firm at a time
SIDE_POSTS = words("people", "side_posts")  # a board seat or chair, held beside a job


def joined_then_became(chain, ents) -> list[tuple]:
    """(organization joined, its join verb, organization of the later post, become verb) for
    each "join X ... and became ROLE of Y" the chain of a mover's verbs tells in order."""
    out = []
    joins = [v for v in chain if v.lemma_.lower() in JOINS
             and not any(c.dep_ == "neg" for c in v.children)]
    for join in joins:
        joined = [o for c in join.children if c.dep_ == "dobj" for o in mentions_of(c, ents)
                  if o.type == "ORG" and o.kind == "name" and not joined_as_member(o, join)]
        for became in chain:
            if became.lemma_.lower() != "become" or became.i < join.i or became.dep_ != "conj" \
                    or any(c.dep_ == "neg" for c in became.children):
                continue
            # told as done ("became", not "will become") and of the same person (not "and Bo
            # Park later became CEO of Y", a clause with its own subject)
            if became.tag_ != "VBD" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in became.children):
                continue
            if not _ordered(join, became):
                continue
            for org in _sole_post_orgs(became, ents):
                out += [(j, join, org, became) for j in joined if not one_group(j.name, org.name)]
    return out


def _ordered(join, became) -> bool:
    """The second step is told as later: its own year after the join's, or "later", "then"."""
    if any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in became.children):
        return True
    first, second = in_years(join), in_years(became)
    return len(first) == len(second) == 1 and second[0] > first[0]


def in_years(verb) -> list[int]:
    """The years a verb is dated "in": "joined Globex in 2014"."""
    return [int(p.text) for p in prep_objects(verb, "in") if p.text.isdigit() and len(p.text) == 4]


def _sole_post_orgs(became, ents) -> list:
    """The organizations of a top executive post a "become" gives: "chief executive of Y"."""
    roles = [c for c in became.children if c.dep_ in {"attr", "oprd"}
             and c.lemma_.lower() in ROLE_WORDS]
    out = []
    for r in roles:
        text = {t.lower_ for t in r.subtree if t.i <= r.i}
        if not text & SOLE_POSTS or text & SIDE_POSTS:
            continue
        out += [o for p in prep_objects(r, "of") + prep_objects(r, "at")
                for o in mentions_of(p, ents)
                if o.type == "ORG" and o.kind == "name"
                and o.name.lower().split()[-1] not in TITLE_BODIES]  # a society's office: unpaid
    return out


def one_group(a: str, b: str) -> bool:
    """"Trellis" and "Trellis Europe": one name opening the other is a unit of one group."""
    la, lb = a.lower(), b.lower()
    return la == lb or same_org(a, b) or la.startswith(lb + " ") or lb.startswith(la + " ")
