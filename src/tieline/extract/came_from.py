"""A person's earlier employers given as a list: "Ann Lee came from a string of media and
technology companies, including software firm Trellis and publishers Orvane Media and Kestrel
Press". The subject is a named person (or one set beside the subject: "her predecessor, Ann
Lee,"), the verb says where she came from (`came_from_verbs`), its "from" names a plural kind
of employer (`came_from_groups`, through "a string of"), and the list hangs in the same clause
("including", wherever the parser puts it). The jobs are past ones: employ, negated.

Not read: a subject that is no person ("the money came from banks including X"), a "from"
that is no kind of employer ("from a family of bankers, including X", "from deals including
X"), a verb told as not done or to come ("did not come from", "will come from").
"""
from __future__ import annotations

from .arguments import Named, mentions_of, prep_objects
from .wordlists import words

CAME_FROM_RULE = "list:employ:came_from"
VERBS = words("people", "came_from_verbs")
GROUPS = words("people", "came_from_groups")
QUANTITIES = words("people", "came_from_quantities")
LIST_STOPS = {"prep", "agent", "acl", "relcl", "advcl", "poss"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl", "xcomp", "csubj", "parataxis"}


def came_from_lists(sdoc, ents, sink) -> None:
    """employ(B, A), negated, for each firm B of the list A is said to have come from."""
    for verb in ents.view.with_lemma(VERBS):
        if verb.pos_ != "VERB" or not _done(verb):
            continue
        if not any(_employer_kind(p) for p in prep_objects(verb, "from")):
            continue
        people = _people(verb, ents)
        firms = [m for inc in _includings(verb) for c in inc.children if c.dep_ == "pobj"
                 for m in _listed(c, ents)]
        if not people or not firms:
            continue
        sent = ents.sents[ents.sent_index(verb)]
        for person in people:
            for firm in {f.name: f for f in firms}.values():
                sink.add("employ", firm, Named(person.name, "PERSON"), verb, CAME_FROM_RULE,
                         sent, modality="negated")


def _done(verb) -> bool:
    """Told as done, and not denied: "came", "hailed", "has come"; not "will come", "did not"."""
    return verb.tag_ in {"VBD", "VBN"} and not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ not in {"has", "have", "had"}
        for c in verb.children)


def _employer_kind(noun) -> bool:
    """"companies", "a string of media companies", "firms": a plural kind of employer."""
    if noun.lemma_.lower() in QUANTITIES:
        inner = prep_objects(noun, "of")
        return bool(inner) and _employer_kind(inner[0])
    return noun.tag_ == "NNS" and noun.lemma_.lower() in GROUPS


def _people(verb, ents) -> list:
    """The named person who came: the subject, or a name set beside it ("her predecessor,
    Ann Lee, came from ...")."""
    out = []
    for s in (c for c in verb.children if c.dep_ == "nsubj"):
        out += [m for m in mentions_of(s, ents) if m.type == "PERSON"]
        if not out:
            out += [m for c in s.children if c.dep_ == "appos"
                    for m in [ents.mention_at(c)] if m is not None and m.type == "PERSON"]
    return [m for m in out if m.kind == "name"]


def _includings(verb) -> list:
    """The "including" phrases of the verb's own clause: the parser may hang one on a later
    phrase ("..., according to his profile, including X"); not one in another clause."""
    out = []
    for tok in verb.subtree:
        if tok.lower_ != "including" or tok.dep_ != "prep":
            continue
        up = tok.head
        while up.i != verb.i and up.dep_ not in CLAUSE_DEPS:
            up = up.head
        if up.i == verb.i:
            out.append(tok)
    return out


def _listed(noun, ents) -> list:
    """The firms a list names: "software firm Trellis and publishers Orvane Media and Kestrel
    Press" (names as the nouns' modifiers, appositions and conjuncts)."""
    out, todo = [], [noun]
    while todo:
        t = todo.pop()
        m = ents.mention_at(t)
        if m is not None and m.type == "ORG" and m.kind == "name" \
                and t.i == m.root.i:
            out.append(m)
        # not into a phrase or a clause: "firms backed by Orvane Capital" lists no Orvane job
        todo += [c for c in t.children if c.dep_ not in LIST_STOPS]
    return out
