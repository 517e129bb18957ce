"""The verbs a person's name is the subject of, however the sentence hands them on: "A joined
Globex", "A, who co-founded Acme", "A is expected to join Globex", "A, who police say ran Globex's
finance team"; and the phrasal verbs whose "as" role is a post taken ("took over as CEO of X").
Read by people.py for the jobs those verbs give."""
from __future__ import annotations

from .arguments import SUBJECT_DEPS, split_verb
from .career import appointed_to_lead, raised_joins
from .post_changes import hedged
from .role_clauses import is_role
from .shared_clauses import listed_subject, shared_relatives
from .tenure import OWN_REPORTERS as RELATIVE_REPORTERS  # "A, who police say ran X"
from .wordlists import words

POST_PHRASALS = {tuple(p.split()) for p in words("people", "post_phrasals")}
RELATIVES = {"who", "that"}
THING_RELATIVES = {"which"}  # a clause a "which" opens is never a person's
PERSON_NOUNS = words("people", "other_person_nouns") | words("entities", "kin_words")


def subject_verbs(tok) -> list:
    """Verbs the person is the subject of: "X joined Globex", "X, who co-founded Acme"."""
    verb = tok.head
    verbs = [verb] if tok.dep_ == "nsubj" or tok.dep_ == "compound" and split_verb(verb) != verb else []
    listed = listed_subject(tok)  # "A and his son B have both resigned", "A, B and C joined X"
    if listed is not None:
        verbs.append(listed.head)
    verbs += raised_joins(tok)  # "A is expected to join Globex", "went on to join Globex"
    verbs += appointed_to_lead(tok)  # "A has been appointed to run Globex"
    # "Lee, who co-founded Globex"; "Lee, a former Globex executive who founded Acme"
    verbs += relative_clauses(tok)
    verbs += shared_relatives(tok)  # "A and B, who joined X as directors": the clause is both's
    verbs += reported_relatives(tok)  # "A, who police say ran X"
    verbs += [c for v in list(verbs) for c in v.conjuncts   # "... has since left and formed Acme"
              if not any(x.dep_ in SUBJECT_DEPS for x in c.children)]
    verbs += [c for v in list(verbs) for c in [*v.children, *(x for p in v.children if p.dep_ == "prep"
                                                             for x in p.children)]
              if c.dep_ in {"advcl", "pcomp"} and c.lemma_.lower() == "join"  # "before joining X"
              and not any(x.dep_ in SUBJECT_DEPS for x in c.children)]
    return verbs


def takes_post(verb) -> bool:
    """"took over as chief executive of X", "stepped in as interim CFO of X": the verb and its
    particle take a post, and every "as" object is a role ("took over as the largest
    shareholder" is none)."""
    roles = [r for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
             for r in p.children if r.dep_ == "pobj"]
    return bool(roles) and all(is_role(r) for r in roles) and any(
        (verb.lemma_.lower(), c.lower_) in POST_PHRASALS for c in verb.children
        if c.dep_ in {"prt", "advmod"})  # "stepped in": the parser may call "in" an adverb


def reported_relatives(tok) -> list:
    """"A, who police say ran Globex's finance team", "A, who it says headed X's sales": the
    parser makes the reporting verb the relative clause (the "who" and the reporter both its
    subjects) and what A did its complement, which has no subject of its own. Not a reporter
    that is itself "who" ("A, who says he ran X": A tells it, a plain clause read elsewhere), nor
    a denied or hedged report ("who police do not say", "who critics may claim"; "who police
    have said" is told), nor a wish ("who critics say should run X")."""
    out = []
    for rel in (c for c in relative_clauses(tok) if c.lemma_.lower() in RELATIVE_REPORTERS):
        subjects = [c for c in rel.children if c.dep_ in SUBJECT_DEPS]
        if not any(c.lower_ not in RELATIVES for c in subjects) \
                or any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in rel.children):
            continue
        # the "who" on the reporting verb or on the complement (the parser does both)
        told = [c for c in rel.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}
                and all(s.lower_ in RELATIVES for s in c.children if s.dep_ in SUBJECT_DEPS)
                # "who critics say should run X": a wish, no post ("will join X" is to come)
                and not hedged(c)]
        if any(c.lower_ in RELATIVES for c in subjects) or any(
                s.dep_ in SUBJECT_DEPS for c in told for s in c.children):
            out += told
    return out


def relative_clauses(tok) -> list:
    """The relative clauses on a person's name or on a role set beside it, and a "who" clause
    written right after the name and its comma that the parser hung on a noun before the name
    ("charges in a court against A, who it says headed X's sales": the clause is A's, as only a
    person is a "who")."""
    # but not a "which" clause the parser hung on the name ("A, the president of Globex, which
    # owns X": Globex owns X; a "which" is never a person)
    out = [c for x in [tok, *(a for a in tok.children if a.dep_ == "appos" and is_role(a))]
           for c in x.children if c.dep_ == "relcl" and not _thing_clause(c)]
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ == "who":
        clause = doc[tok.i + 2]
        while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i > tok.i:
            clause = clause.head
        noun = clause.head  # a thing, and no person between it and the name ("the son of A, who")
        if clause.dep_ == "relcl" and noun.pos_ == "NOUN" and noun.i < tok.i and clause not in out \
                and not any(_a_person(t) for t in doc[noun.i:_name_start(tok)]):
            out.append(clause)
    return out


def _thing_clause(clause) -> bool:
    """A relative clause whose subject is "which": a thing's, whatever the parser hangs it on."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in THING_RELATIVES for c in clause.children)


def _a_person(tok) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (is_role(tok) or tok.lemma_.lower() in PERSON_NOUNS
                                              or tok.ent_type_ == "PERSON")


def _name_start(tok) -> int:
    """The first token of the name `tok` ends."""
    first = tok.i
    while first > 0 and tok.doc[first].ent_iob_ == "I":
        first -= 1
    return first
