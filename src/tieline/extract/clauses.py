"""Contract clauses: who may do what to whom, on what trigger, decided by whom.

A sentence is a clause candidate when it names a contract right (the ACTIONS patterns) and
does not give it up ("relinquishes its right of first refusal" is no longer a term). The holder
is the object of a permission verb ("the clause allows A to ...", "gives A the right") or the
subject of a possession verb ("A retains exclusive rights", "A will have the option"); the
counterparty is the possessor in the right's object ("end B's access"), the grantor ("B issued
A a warrant") or another organization nearby. A "decision ... is in A's hands" sentence near
the clause names the decider.
"""
from __future__ import annotations

import re

from ..model import Clause, Evidence

# Action -> pattern over the sentence; checked in this order, the first that matches wins.
ACTIONS = (
    ("right_of_first_refusal", r"\b(?:right|rights) of first refusal\b|\bfirst right of refusal\b"),
    ("end_access", r"\b(?:end|terminate|cut off|revoke|withdraw|suspend|block)s?\b[^.;]{0,40}"
                   r"\baccess\b"),
    ("revenue_share", r"\brevenue[- ]shar\w*|\b(?:share|portion|cut|percentage) of (?:\w+ ){0,2}"
                      r"(?:revenues?|profits?|sales)\b|\broyalt(?:y|ies)\b"),
    ("exclusivity", r"\bexclusivity\b|\bexclusive (?:\w+ ){0,2}(?:rights?|licen[cs]e|access|"
                    r"deal|agreement|arrangement)\b"),
    ("other", r"\b(?:option|right|rights|warrant)s? (?:to|for) (?:\w+ ){0,5}?(?:buy|acquire|"
              r"purchase|sell|exit|veto|block|appoint|match|convert|shares?)\b|\brights? to "
              r"(?:\w+ ){0,3}(?:models?|technology|ip)\b|\bip rights\b|\bveto\b|"
              r"\bbreak[- ]?up fee\b|\bnon-compete\b"),
)
ACTION_PATTERNS = [(action, re.compile(p, re.I)) for action, p in ACTIONS]
# A right the sentence says is given up or refused is not a term any more.
GIVEN_UP = re.compile(r"\b(?:relinquish\w*|waive[sd]?|waiving|gave up|give up|gives up|"
                      r"no longer has|dropp?(?:ed|s)? its)\b", re.I)
# The sentence must present it as a right someone holds or is granted.
PERMISSION_VERBS = {"allow", "let", "permit", "enable", "entitle", "give", "grant", "issue",
                    "award", "offer"}
POSSESSION_VERBS = {"have", "hold", "retain", "keep", "get", "receive", "secure", "exercise",
                    "gain", "obtain", "win", "negotiate", "consider", "reserve", "extend",
                    "include", "need", "make"}
TRIGGER = re.compile(r"\b(?:if|once|unless|until|when|in the event that|up to the point when)\b"
                     r"\s+(?P<t>[^,;\n]+)", re.I)
DECIDER = (
    re.compile(r"\bdecision\b[^.]*\b(?:is|rests|lies|remains)\s+(?:in|with)\s+(?P<x>[^.]+)",
               re.I),
    re.compile(r"\b(?:decided|determined|verified|declared|certified)\s+by\s+(?P<x>[^.,;]+)",
               re.I),
    re.compile(r"(?P<x>[A-Z][^.,;]{0,60}?)\s+(?:alone\s+)?(?:decides|determines|will decide)\b"),
)
# Nouns naming the right itself: "its right to buy" is the holder's, "A's IP rights" are A's.
RIGHT_NOUNS = {"right", "rights", "option", "warrant", "access", "exclusivity", "power"}
NEIGHBOURS = 2  # sentences either side searched for the decider


def _action(text: str) -> str | None:
    return next((action for action, pattern in ACTION_PATTERNS if pattern.search(text)), None)


PARTY_TYPES = ("ORG", "PERSON")  # NER often types a company named alone as a person


def _org_at(ents, tok) -> str | None:
    """The party tok names: its mention, or a proper noun spelled like a known one."""
    mention = ents.mention_at(tok)
    if mention:
        return mention.name if mention.type in PARTY_TYPES else None
    entity = ents.entities.get(tok.text) if tok.pos_ == "PROPN" else None
    return entity.name if entity is not None and entity.type in PARTY_TYPES else None


def _org_in(ents, tok, exclude: str | None = None) -> str | None:
    for sub in tok.subtree:
        name = _org_at(ents, sub)
        if name and name != exclude:
            return name
    return None


def _last_org(ents, sents, index: int, char: int, exclude: str | None) -> str | None:
    """The organization named last before char (this sentence first, then earlier ones)."""
    for i in range(index, -1, -1):
        names = [m.name for m in ents.mentions_in(sents[i])
                 if m.type == "ORG" and m.end <= char and m.name != exclude]
        if names:
            return names[-1]
    return None


def _parties(sent, ents):
    """(holder, counterparty, the verb that grants or holds the right)."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in PERMISSION_VERBS:  # "allows A to end ...", "gives A the right", "issued A"
            objs = [c for c in tok.children if c.dep_ in ("dative", "dobj")]
            objs += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                     for g in c.children if g.dep_ == "nsubj"]
            holder = next((n for n in (_org_in(ents, o) for o in objs) if n), None)
            if holder:
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                granter = next((n for n in (_org_in(ents, s, holder) for s in subj) if n), None)
                return holder, granter, tok
        if lemma in POSSESSION_VERBS:
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            head = tok
            while not subjects and head.dep_ in ("xcomp", "conj", "ccomp", "advcl") \
                    and head.head is not head:
                head = head.head
                subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            holder = next((n for n in (_org_in(ents, s) for s in subjects) if n), None)
            if holder:
                return holder, None, tok
    for tok in sent:  # "A's IP rights are extended ..."
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in RIGHT_NOUNS | {"ip"}:
            holder = _org_at(ents, tok)
            if holder:
                return holder, None, tok.head
    return None, None, None


def _counterparty(sent, ents, sents, index, holder: str, verb) -> str | None:
    """The party whose position the right affects: a possessor in the right's object ("B's
    access", "its revenues"), else the next organization named around."""
    start = verb.i + 1 if verb is not None else sent.start
    for tok in sent.doc[start:sent.end]:
        if tok.dep_ != "poss" or tok.head.lemma_.lower() in RIGHT_NOUNS:
            continue  # "its right to ..." is the holder's own
        name = _org_at(ents, tok)
        if name and name != holder:
            return name
        if tok.lower_ in ("its", "their"):
            found = _last_org(ents, sents, index, tok.idx, holder)
            if found:
                return found
    # else the organization the article is most about, among those in the sentence if any
    counts = ents.counts()
    others = [m.name for m in ents.mentions_in(sent) if m.type == "ORG" and m.name != holder]
    others = others or [n for n, e in ents.entities.items() if e.type == "ORG" and n != holder]
    return max(others, key=lambda n: counts.get(n, 0)) if others else None


def _decider(ents, sents, index) -> str | None:
    for i in range(max(0, index - NEIGHBOURS), min(len(sents), index + NEIGHBOURS + 1)):
        sent = sents[i]
        for pattern in DECIDER:
            match = pattern.search(sent.text)
            if not match:
                continue
            lo = sent.start_char + match.start("x")
            hi = sent.start_char + match.end("x")
            names = [m.name for m in ents.mentions_in(sent) if lo <= m.start < hi]
            if names:
                return names[0]
            return match.group("x").strip().removeprefix("an ").removeprefix("a ").strip()
    return None


def _object(verb, sent) -> str | None:
    """The right itself: the object of the action granted ("end B's access to its
    technology"), else the object of the verb that grants or holds it."""
    if verb is None:
        return None
    actions = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    for head in [*actions, verb]:
        for child in head.children:
            if child.dep_ in ("dobj", "attr"):
                tokens = list(child.subtree)
                return sent.doc[tokens[0].i:tokens[-1].i + 1].text
    return None


def extract_clauses(sdoc, ents, document) -> list[Clause]:
    sents = list(sdoc.sents)
    found: list[Clause] = []
    seen = set()
    for index, sent in enumerate(sents):
        text = sent.text
        action = _action(text)
        if action is None or GIVEN_UP.search(text):
            continue
        holder, granter, verb = _parties(sent, ents)
        if holder is None:
            continue
        counterparty = granter or _counterparty(sent, ents, sents, index, holder, verb)
        key = (holder, counterparty, action)
        if key in seen:
            continue
        seen.add(key)
        trigger = TRIGGER.search(text)
        ev = Evidence(document.id, sent.start_char, sent.end_char, text.strip(),
                      f"clause:{action}:{verb.lemma_.lower()}", 0.5)
        found.append(Clause(holder, counterparty, action, _object(verb, sent),
                            trigger.group("t").strip().rstrip(".") if trigger else None,
                            _decider(ents, sents, index), ev))
    return found
