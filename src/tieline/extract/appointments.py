"""Posts told around a noun or a raising verb rather than the person's own verb:

- "Kestrel Foods announced the appointment of Ann Lee as chief executive": an organization that
  announces (confirms, unveils) a hire names its own new employee, unless the role names another
  body ("... as chief executive of its Orvane unit"). Only an announcing verb: "rejected",
  "opposed" or "called for the appointment" says nothing of a post held;
- "rose to become CEO of Globex", "before rising to be CEO of Globex and then CEO of Acme",
  "went on to become CFO of Globex": the copula a raising verb hands its subject on to
  (role_clauses.predicate_roles reads the roles it takes).
"""
from __future__ import annotations

from .arguments import Named, mentions_of, prep_objects, subjects_of
from .employers import not_an_employer
from .lexicon import POST_WORDS
from .modality import modality_at
from .role_text import role_phrase
from .view import view
from .wordlists import words

APPOINTMENT_NOUNS = words("people", "appointment_nouns")
ANNOUNCE_VERBS = words("people", "announce_verbs")
COPULA_RAISERS = words("people", "copula_raisers")
SUBJECTS = {"nsubj", "nsubjpass"}


def announced_appointments(sdoc, ents, sink) -> None:
    """employ(announcer, person) for "X announced the appointment of A as ROLE"."""
    for noun in view(sdoc).with_lemma(APPOINTMENT_NOUNS):
        if noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.lemma_.lower() not in ANNOUNCE_VERBS:
            continue
        people = [m for p in prep_objects(noun, "of") if p.head.head.i == noun.i
                  for m in mentions_of(p, ents) if m.type == "PERSON" and m.kind == "name"]
        # the role: "as CEO" on the noun, or on the verb or the name where the parser hangs it
        roles = [r for h in (noun, verb, *(m.root for m in people)) for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "as" for r in c.children if r.dep_ == "pobj"]
        roles = [r for r in roles if any(t.lower_ in POST_WORDS for t in r.subtree if t.i <= r.i)]
        if not people or not roles:
            continue
        role = roles[0]
        # "as chief executive of its Orvane unit": the role's own body employs her
        bodies = prep_objects(role, "of") + prep_objects(role, "at") + prep_objects(role, "for")
        own = [m for p in bodies for m in mentions_of(p, ents)]
        # "as chief executive of a dairy group", "at its rival", "hiring of A by Y": another
        # body, named or not, hires her; the announcer is then no employer to guess
        hirers = [p for h in (noun, verb, role, *(m.root for m in people)) for p in prep_objects(h, "by")]
        if hirers or (bodies and not own):
            continue
        orgs = own or [m for s in subjects_of(verb) for m in mentions_of(s, ents)]
        orgs = [o for o in orgs if o.type == "ORG" and o.kind == "name" and not not_an_employer(o, ents)]
        if own and len(orgs) != len(own):
            continue  # the role's body is no firm ("envoy of Norland"): no employer to guess
        sent = ents.sents[ents.sent_index(verb)]
        mood = modality_at(verb, sent)
        if mood == "negated":
            continue  # "did not announce the appointment": nothing said of the post
        text = role_phrase(role)
        for org in orgs:
            for person in people:
                sink.add("employ", org, Named(person.name, "PERSON"), verb,
                         "noun:employ:appointment", sent, obj=text, modality=mood)


def raised_copulas(tok) -> list:
    """The "be"/"become" a raising verb hands a subject on to: "A rose to become CEO of X",
    "A went on to be CFO of X", "A worked at Y before rising to be CEO of X"."""
    if tok.dep_ != "nsubj":
        return []
    verb = tok.head
    raisers = [verb] + [c for x in [verb, *(p for p in verb.children if p.dep_ == "prep")]
                        for c in x.children if c.dep_ in {"advcl", "pcomp"}
                        and not any(s.dep_ in SUBJECTS for s in c.children)]
    # "did not go on to become", "could/will go on to become", "is going to be": the raising
    # verb's own mood; only a plain or perfect one ("rose", "went on", "has gone on") tells a post
    if any(c.dep_ in {"aux", "auxpass", "neg"} and c.lemma_.lower() not in {"have", "to"}
           for r in {verb, *raisers} for c in r.children):
        return []
    return [x for r in raisers if r.lemma_.lower() in COPULA_RAISERS
            and not any(c.dep_ in {"dobj", "dative"} for c in r.children)
            for x in r.children if x.dep_ in {"xcomp", "advcl"} and x.lemma_.lower() in {"be", "become"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)  # not "went, and became"
            and not any(c.dep_ in SUBJECTS for c in x.children)]
