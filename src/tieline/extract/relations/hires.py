"""talent_move from hiring: "Acme hired a former Globex engineer", "Acme poached the No. 2
executive at its rival Globex", "Ex-Globex CEO Ann Lee to run Acme", "Globex's departing head
of retail will become chief executive of Acme".

The person (or the role standing for them) carries their old employer in their own noun phrase;
the new one is whoever hires them, or the organization of the role or job they take.
"""
from __future__ import annotations

from ..arguments import Named, mentions_of, phrase, prep_objects, subjects_of
from ..employers import quote_then_speaker
from ..lexicon import MOVER_NOUNS, ORG_PARTS, ROLE_WORDS
from ..modality import modality_at
from ..role_orgs import PLACE_TYPES
from ..wordlists import words

HIRE_VERBS = words("people", "hire_verbs") | words("people", "poach_verbs")
LEAD_VERBS = words("people", "lead_verbs")
FOUND_VERBS = words("people", "found_verbs")
# the founding verbs that make a new organization, read for a founder who left a firm (not
# "build", "create", "form": a firm grown, or a thing made)
FOUNDER_VERBS = FOUND_VERBS - {"build", "create", "form"}
FORMER = words("people", "former") | words("people", "departing")
# a hire told as done takes the person from the firm on her name ("Acme hired Globex's Ann
# Lee"); not "appoint", "name", "tap" (a board seat is held beside a job), nor "bring"
HIRE_AWAY_VERBS = HIRE_VERBS - {"appoint", "bring", "name", "tap"}
HIRED_AWAY_RULE = "hire:away"  # its ended post wins over the same sentence's "Globex's Ann Lee"
NOT_MADE_TYPES = PLACE_TYPES | {"EVENT", "PRODUCT", "WORK_OF_ART"}  # tagger labels
NOT_MADE_NOUNS = words("people", "awards") | words("people", "thing_nouns")
# "hired Globex's Ann Lee as its lawyer / to advise it": her services, not her, leave Globex
RETAINED_ROLES = words("people", "retained_roles")
RETAINED_TASKS = words("people", "retained_tasks")


def hires(sdoc, ents, sink) -> None:
    lemmas = ents.view.index("lemma")  # only the verbs one of the shapes below reads
    cues = HIRE_VERBS | LEAD_VERBS | FOUND_VERBS | {"make", "become"} \
        | {w for w in lemmas if w.endswith("found")}
    for v in ents.view.with_lemma(cues):
        if v.pos_ != "VERB":
            continue
        lemma = v.lemma_.lower()
        if lemma in HIRE_VERBS:
            _hired(v, ents, sink)
        elif lemma == "make":
            _made_role(v, ents, sink)
        elif lemma in LEAD_VERBS | {"become"}:
            _takes_job(v, ents, sink)
        elif lemma in FOUND_VERBS or lemma.endswith("found"):
            _founded_by(v, ents, sink)


def _hired(verb, ents, sink) -> None:
    """"Acme hired a former Globex engineer", "Ann Lee was appointed to run Acme"."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    movers = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if passive:
        targets = [m for a in verb.children if a.dep_ == "agent" for p in a.children
                   if p.dep_ == "pobj" for m in mentions_of(p, ents)]
        targets += _job_orgs(verb, ents)
    else:
        targets = [m for s in subjects_of(verb) for m in mentions_of(s, ents)]
    _emit(verb, movers, targets, ents, sink, need_former=False)


def _made_role(verb, ents, sink) -> None:
    """"Acme made former Globex executive Ann Lee its new CFO": the subject gives its own post
    (a role owned by "its") to someone marked as having left another employer."""
    movers = [c for c in verb.children if c.dep_ == "dobj" and any(
        r.dep_ in {"appos", "oprd"} and r.lemma_.lower() in ROLE_WORDS
        and any(p.dep_ == "poss" and p.lower_ == "its" for p in r.children) for r in c.children)]
    targets = [m for s in subjects_of(verb) for m in mentions_of(s, ents)]
    _emit(verb, movers, targets, ents, sink, need_former=True)


def _takes_job(verb, ents, sink) -> None:
    """"Ex-Globex CEO Ann Lee to run Acme": a mover marked as having left takes a new job."""
    movers = subjects_of(verb)
    _emit(verb, movers, _job_orgs(verb, ents, direct=True), ents, sink, need_former=True)


def _founded_by(verb, ents, sink) -> None:
    """"Acme was founded by former Globex staffers", "Acme, started by ex-Globex engineers":
    the founders left the organization they are marked as having left for the one they made."""
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if not agents:
        _founder_left(verb, ents, sink)
        return
    made = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
    targets = [m for t in made for m in mentions_of(t, ents) if m.type == "ORG"]
    # a named founder's move is read from his employers, not from how the founding is told
    movers = [x for a in agents for x in [a, *a.conjuncts]
              if not any(getattr(ents.mention_at(t), "type", None) == "PERSON" for t in x.subtree)]
    _emit(verb, movers, targets, ents, sink, need_former=True)


def _founder_left(verb, ents, sink) -> None:
    """"Ann Lee, a former Globex engineer, founded Acme", "a former Globex employee who
    started Acme": the founder left the organization the phrase marks as past for the one
    made. Not "built" or "created" (Acme grown, or a thing made), and not a unit of the same
    group ("a former Globex manager who set up Globex Labs")."""
    lemma = verb.lemma_.lower()
    if lemma not in FOUNDER_VERBS or lemma == "set" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return
    movers = [verb.head if s.lower_ in {"who", "that"} and verb.dep_ == "relcl" else s
              for s in subjects_of(verb)]
    # an organization, not a place, event or prize the tagger also calls one ("established
    # Paris as her base", "started the Riverside Marathon", "founded the Orvane Prize")
    made = [m for c in verb.children if c.dep_ == "dobj" for m in mentions_of(c, ents)
            if m.type == "ORG" and m.kind == "name" and m.root.ent_type_ not in NOT_MADE_TYPES
            and m.name.lower().split()[-1] not in NOT_MADE_NOUNS]
    _emit(verb, movers, made, ents, sink, need_former=True, past_jobs=True)


def _job_orgs(verb, ents, direct: bool = False) -> list:
    """The organization of the job a verb gives: "to run Acme", "become CEO of Acme"."""
    verbs = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"}
             and c.lemma_.lower() in LEAD_VERBS | {"become", "join"}]
    verbs += [verb] if direct else []
    out = []
    for v in verbs:
        objs = [c for c in v.children if c.dep_ in {"dobj", "attr", "oprd"}]
        out += [m for o in objs if o.lower_ not in ROLE_WORDS for m in mentions_of(o, ents)]
        # "run Globex's North America arm": the unit's owner is the new employer
        out += [m for o in objs if o.lemma_.lower() in ORG_PARTS for p in o.children
                if p.dep_ == "poss" for m in mentions_of(p, ents)]
        out += [m for o in objs if o.lemma_.lower() in ROLE_WORDS
                for p in prep_objects(o, "of") + prep_objects(o, "at") for m in mentions_of(p, ents)]
    roles = [c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.lemma_.lower() in ROLE_WORDS]
    out += [m for r in roles for p in prep_objects(r, "of") for m in mentions_of(p, ents)]
    return [m for m in out if m.type == "ORG" and m.kind == "name"]


def _emit(verb, movers, targets, ents, sink, need_former: bool, past_jobs: bool = False) -> None:
    """past_jobs: a named mover moves only from a firm whose post the roles read as ended (not
    "Ann Lee, a former Globex customer" or "the former wife of a Globex engineer")."""
    sent = ents.view.sent(verb)
    for mover in movers:
        if quote_then_speaker(verb.i, mover.i, verb.doc):
            continue  # "'... it can bring comfort,' Ann Lee said": a quote's verb, not hers
        person = ents.mention_at(mover)
        if person is not None and person.type != "PERSON":
            continue
        if person is None and mover.lemma_.lower() not in MOVER_NOUNS:
            continue
        phrase_toks = _mover_phrase(mover, person, ents)
        if need_former and not any(t.lower_.strip("-") in FORMER for t in phrase_toks):
            continue
        sources = {m.name: m for t in phrase_toks for m in [ents.mention_at(t)]
                   if m and m.type == "ORG" and m.kind == "name"}
        left = {m.name: m for p in prep_objects(verb, "from") for m in mentions_of(p, ents)
                if m.type == "ORG"}
        sources.update(left)
        # "its new CTO, Wei Chen, from Globex": the role stands for the named person after it
        person = person or next((x for c in mover.children if c.dep_ == "appos"
                                 for x in [ents.mention_at(c)] if x and x.type == "PERSON"), None)
        # "Ann Lee, a former Globex engineer who founded Acme": the role is her apposition
        person = person or next((x for x in [ents.mention_at(mover.head)] if mover.dep_ == "appos"
                                 and x and x.type == "PERSON"), None)
        # below the two lines above, so a founder named only by her apposition is checked too
        if past_jobs and person is not None:
            ended = {r.head for r in sink.found if r.type == "employ" and r.tail == person.name
                     and r.modality == "negated"}
            sources = {k: v for k, v in sources.items() if k in ended}
        name = person.name if person else phrase(mover)
        modality = modality_at(verb, sent)
        for t in targets:
            for s in sources.values():
                if s.name != t.name and not t.name.startswith(s.name + " "):
                    sink.add("talent_move", Named(s.name, "ORG"), t, verb, "hire", sent,
                             obj=name, modality=modality, confidence=0.5)
                if s.name != t.name and s.name in left and person is not None:
                    # hired from Globex: a past role there
                    sink.add("employ", s, Named(person.name, "PERSON"), verb, "hire", sent,
                             modality="negated")
                elif s.name != t.name and person is not None \
                        and _hired_away(verb, mover, person, s, ents, modality):
                    sink.add("employ", s, Named(person.name, "PERSON"), verb, HIRED_AWAY_RULE,
                             sent, modality="negated")


def _hired_away(verb, mover, person, source, ents, modality) -> bool:
    """"Acme hired Globex's Ann Lee", "poached Globex's Ann Lee": a hire told as done takes her
    from the firm written on her name, so the post there is an ended one. Not "appointed" or
    "named" (a board seat is held beside a job), nor a hire to come ("will hire")."""
    if verb.lemma_.lower() not in HIRE_AWAY_VERBS or modality != "asserted":
        return False
    if any(p.lemma_.lower() in RETAINED_ROLES for p in prep_objects(verb, "as")) or any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in RETAINED_TASKS for c in verb.children):
        return False
    # the firm's name right before hers ("Globex's Ann Lee"; not "Globex's lawyer Ann Lee", whom
    # a client may retain while she stays where she is)
    if ents.mention_at(mover) is not person:
        return False
    start = person.span[0]
    return any(c.dep_ == "poss" and getattr(ents.mention_at(c), "name", None) == source.name
               and all(t.dep_ == "case" for t in c.doc[c.i + 1:start]) for c in mover.children)


def _mover_phrase(mover, person, ents) -> list:
    """Tokens describing the mover: the role words before a name and its apposition ("Ann Lee,
    Globex's departing chief"), or the whole noun phrase of a role ("a former CFO of Globex")."""
    if person is None:  # not a relative clause, nor what an employer is ("X, the maker of Y")
        # (the mover itself may be an apposition: "Ann Lee, a former Globex engineer who ...")
        skip = {t.i for c in mover.subtree if c.dep_ == "relcl"
                or c.i != mover.i and c.dep_ == "appos"
                and ents.mention_at(c.head) and getattr(ents.mention_at(c), "kind", None) != "name"
                for t in c.subtree}
        return [t for t in mover.subtree if t.i not in skip]
    toks = [t for t in mover.doc[max(sent_start(mover), person.span[0] - 6):person.span[0]]]
    toks = toks[_last_break(toks):]
    toks += [t for c in mover.children if c.dep_ == "appos" for t in c.subtree]
    return toks


def sent_start(tok) -> int:
    return tok.sent.start


def _last_break(toks) -> int:
    """Start of the words that belong to the name: after the last verb or punctuation."""
    k = 0
    for i, t in enumerate(toks):
        if t.pos_ in {"VERB", "AUX", "PUNCT"} and t.text != "-" or t.lower_ in {"and", "or"}:
            k = i + 1
    return k
