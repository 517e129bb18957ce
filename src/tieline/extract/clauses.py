"""Contract clauses: who may do what to whom, on what trigger, decided by whom.

A sentence is a clause candidate when it names a contract right (the ACTIONS patterns) and
does not give it up ("relinquishes its right of first refusal" is no longer a term). The holder
is the object of a permission verb ("the clause allows A to ...", "gives A the right") or the
subject of a possession verb ("A retains exclusive rights", "A will have the option"); the
counterparty is the possessor in the right's object ("end B's access"), the grantor ("B issued
A a warrant") or another organization nearby that the article names more than once. A revenue
share the subjects pay ("A, B and C may have to agree revenue-sharing terms with D", "A pays
royalties to D") is held by the payee (D, else the organization the article is about) against
each payer. A "decision ... is in A's hands" sentence near the clause names the decider.
"""
from __future__ import annotations

import re

from ..model import Clause
from .evidence import evidence
from .wordlists import load, words

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
PERMISSION_VERBS = words("clauses", "permission_verbs")
POSSESSION_VERBS = words("clauses", "possession_verbs")
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
RIGHT_NOUNS = words("clauses", "right_nouns")
NEIGHBOURS = load("clauses")["neighbours"]  # sentences either side searched for the decider
# Verbs whose subject hands the revenue over: "X may have to agree revenue-sharing deals with Y",
# "X pays royalties". The subject is the counterparty; the holder is who receives.
PAYER_VERBS = words("clauses", "payer_verbs")
PAYEE_PREPS = words("clauses", "payee_preps")


def _action(text: str) -> str | None:
    return next((action for action, pattern in ACTION_PATTERNS if pattern.search(text)), None)


def _match(action: str, text: str) -> re.Match:
    return next(p.search(text) for a, p in ACTION_PATTERNS if a == action)


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
                    and head.head != head:
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


def _subjects(verb):
    """The subjects of verb, or of the verb it depends on ("may need to make" -> "need")."""
    head = verb
    for _ in range(4):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or head.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
            return subjects
        head = head.head
    return []


def _payers(sent, ents, match_start: int):
    """For a revenue share the subjects pay ("X, Y and Z may have to agree revenue-sharing
    arrangements with W"): every organization in the subject, W if named, and the verb."""
    span = sent.doc.char_span(match_start, match_start + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    while tok is not None and (tok.pos_ != "VERB" or tok.dep_ == "amod") and tok.head != tok:
        tok = tok.head  # past "revenue-sharing" used as an adjective, to the clause's verb
    if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in PAYER_VERBS:
        return [], None, None
    payers = [m.name for s in _subjects(tok) for t in s.subtree
              for m in [ents.mention_at(t)] if m and m.type in PARTY_TYPES and m.root.i == t.i
              and not _possessor(t)]
    heads = [tok, *[c for c in tok.children if c.dep_ == "dobj"]]  # "make deals with W"
    payees = [_org_in(ents, g) for h in heads for c in h.children if c.dep_ == "prep"
              and c.lower_ in PAYEE_PREPS for g in c.children if g.dep_ == "pobj"]
    return list(dict.fromkeys(payers)), next((p for p in payees if p), None), tok


def _possessor(tok) -> bool:
    """ "Alphabet Inc.'s Google": Alphabet only owns the party named next."""
    return any(c.dep_ == "case" for t in (tok, tok.head) for c in t.children)


def _salient(ents, exclude) -> str | None:
    counts = ents.counts()
    orgs = [n for n, e in ents.entities.items() if e.type == "ORG" and n not in exclude]
    return max(orgs, key=lambda n: counts.get(n, 0)) if orgs else None


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
    # else the organization the article is most about, among those in the sentence that the
    # article names more than once (a stray capitalised word is no party) if any
    counts = ents.counts()
    others = [m.name for m in ents.mentions_in(sent) if m.type == "ORG" and m.name != holder
              and counts.get(m.name, 0) > 1]
    if others:
        return max(others, key=lambda n: counts.get(n, 0))
    return _salient(ents, {holder})


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


def extract_clauses(ents, document) -> list[Clause]:
    sents = ents.sents  # the document's view: sentences built once
    found: list[Clause] = []
    seen = set()
    for index, sent in enumerate(sents):
        text = ents.view.sent_text(sent)
        action = _action(text)
        if action is None or GIVEN_UP.search(text):
            continue
        payers, payee, verb = [], None, None
        if action == "revenue_share":
            start = sent.start_char + _match(action, text).start()
            payers, payee, verb = _payers(sent, ents, start)
            payee = payee or _salient(ents, set(payers))
        if payers and payee:
            pairs = [(payee, payer) for payer in payers]
        else:
            holder, granter, verb = _parties(sent, ents)
            if holder is None:
                continue
            pairs = [(holder, granter or _counterparty(sent, ents, sents, index, holder, verb))]
        trigger = TRIGGER.search(text)
        for key in ((h, c, action) for h, c in pairs):
            if key in seen:
                continue
            seen.add(key)
            ev = evidence(document, sent.start_char, sent.end_char,
                          f"clause:{action}:{verb.lemma_.lower()}", 0.5)
            found.append(Clause(key[0], key[1], action, _object(verb, sent),
                                trigger.group("t").strip().rstrip(".") if trigger else None,
                                _decider(ents, sents, index), ev))
    return found
