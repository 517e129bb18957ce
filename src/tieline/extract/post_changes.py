"""Posts a verb of firing or promotion changes for the person it takes: "A was ousted as chief
executive of Globex" (a post ended), "A was promoted to chief operating officer at Globex",
"Globex promoted A to chief executive" (a post held). Read by people.py."""
from __future__ import annotations

from .arguments import Named, mentions_of, prep_objects, subjects_of
from .employers import not_an_employer
from .role_clauses import is_role
from .role_orgs import role_orgs
from .role_text import role_phrase
from .tenure import fired_passive
from .wordlists import words

PROMOTE_VERBS = words("people", "promote_verbs")
TO_COME = {"will", "'ll"}
NEAR_MISSES = words("people", "near_misses")


def hedged(verb) -> bool:
    """"did not leave X", "could resign from X": the verb is denied or only possible; "will
    leave X" is neither, a move to come."""
    return any(c.dep_ == "neg" or c.tag_ == "MD" and c.lower_ not in TO_COME for c in verb.children)


def no_change(verb) -> bool:
    """"was not ousted as CEO", "could resign from X", "never left X", "was nearly fired": the
    verb changes no post (denied, only possible, or missed); "will leave X" is to come."""
    return hedged(verb) or any(c.dep_ == "advmod" and c.lower_ in NEAR_MISSES for c in verb.children)


def changed_posts(m, ents, sink, sent) -> None:
    """employ for the "as" role of a passive firing (ended) and the "to" role of a promotion."""
    tok = m.root
    verb, lemma = tok.head, tok.head.lemma_.lower()
    if no_change(verb):  # "was not ousted as CEO", "could be promoted to CFO"
        return
    # a firing told as done ("will be ousted" is none yet); a promotion may be to come
    if fired_passive(tok):
        roles, mood, rule = prep_objects(verb, "as"), "negated", "verb:employ:fired-as"
    elif tok.dep_ in {"nsubjpass", "dobj"} and lemma in PROMOTE_VERBS:
        roles, mood, rule = prep_objects(verb, "to"), None, "verb:employ:promoted"
    else:
        return
    for role in (r for r in roles if is_role(r)):
        orgs = role_orgs(role, ents)
        if not orgs and tok.dep_ == "dobj":  # "Globex promoted A to chief executive": its own post
            orgs = [o for s in subjects_of(verb) for o in mentions_of(s, ents)
                    if o.type == "ORG" and o.kind == "name"]
        text = role_phrase(role)
        for org in (o for o in orgs if not not_an_employer(o, ents)):
            sink.add("employ", org, Named(m.name, "PERSON"), verb, rule, sent, obj=text, modality=mood)
