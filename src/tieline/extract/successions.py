"""The person a newcomer replaces holds the post at the newcomer's employer: "Ann Lee will run
Globex's Asia arm, replacing Bo Kim" (Kim runs it now), "Globex is seeking a new chair to
replace the outgoing Bo Kim", "Globex hired Ann Lee to replace Bo Kim". The employer is the
subject of the clause the replacing hangs on when that is an organization hiring or seeking,
or else the one employer the same sentence gives the newcomer now. A replacing told in the
past ("took over the arm in May, replacing Bo Kim") ends Kim's post. "replacing Bo Kim as
chief executive of Globex" names its own employer (people._person_verbs), a bare "as chief
executive" takes the newcomer's; a product or a firm
replaced ("replacing the Vela 3") is no person and gives nothing."""
from __future__ import annotations

from .arguments import Named, mentions_of, prep_objects, subjects_of
from .modality import modality_at
from .role_clauses import is_role
from .role_orgs import role_orgs
from .wordlists import words

SUCCEED_VERBS = words("people", "succeed_verbs")  # "replacing Bo Kim", "to succeed Bo Kim"
SEEK_VERBS = words("people", "seek_verbs") | words("people", "hire_verbs")  # the firm's own act
RULE = "verb:employ:replaced"


def successions(sdoc, ents, sink) -> None:
    for m in ents.mentions:
        tok = m.root
        verb = tok.head
        _newcomer(m, ents, sink)
        if m.type != "PERSON" or m.kind != "name" or tok.dep_ != "dobj" \
                or verb.lemma_.lower() not in SUCCEED_VERBS or verb.dep_ not in {"advcl", "xcomp"} \
                or any(role_orgs(r, ents) for r in prep_objects(verb, "as")):
            continue
        sent = ents.sents[ents.sent_index(tok)]
        holder = verb.head
        found = _posts(holder, verb, m, sink, sent, ents)
        if len({org.name for org, _ in found}) != 1:
            continue  # no employer, or two the replacing could be at
        org, role = found[0]
        sink.add("employ", org, Named(m.name, "PERSON"), verb, RULE, sent, obj=role,
                 modality="negated" if _told_past(holder) else "asserted")


def _posts(holder, verb, m, sink, sent, ents) -> list[tuple]:
    """(employer, role) pairs the replacing can be at."""
    subjects = [s for s in subjects_of(holder) for s in mentions_of(s, ents)]
    if holder.lemma_.lower() in SEEK_VERBS and subjects and all(s.type == "ORG" for s in subjects):
        # "Globex is seeking a new chair to replace B", "Globex hired Ann Lee to replace B"
        roles = [c for c in holder.children if c.dep_ == "dobj" and is_role(c)]
        return [(s, _role_words(roles[0]) if roles else None) for s in subjects]
    if not subjects or any(s.type != "PERSON" for s in subjects):
        return []
    # "Ann Lee will run Globex's Asia arm, replacing B": the newcomer's current employer there,
    # named in the clause the replacing hangs on; not a title on her name ("Acme chairman Ann
    # Lee is to succeed B at the head of Globex": Acme is where she is, not where B is)
    names = {s.name for s in subjects}
    text = sent.text.strip()
    told = {t.i for t in holder.subtree} - {t.i for s in subjects_of(holder) for t in s.subtree}
    here = {x.name for x in ents.mentions if x.root.i in told}
    return [(Named(r.head, "ORG"), r.object) for r in sink.found
            if r.type == "employ" and r.tail in names and r.modality != "negated"
            and r.evidence.sentence == text and r.head in here]


def _role_words(noun) -> str:
    return " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"
                    and t.lower_ not in {"new", "permanent"})


def _told_past(holder) -> bool:
    """"took over in May, replacing B", "was named to replace B": the change has happened."""
    return holder.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                       for c in holder.children)


def _newcomer(m, ents, sink) -> None:
    """"Ann Lee is set to replace Bo Kim", "Lee succeeded Kim", "to replace Kim with Lee": Lee
    takes the post Kim holds, at Kim's one current employer in the article (none or two: no
    post; Kim's former posts are not the one taken)."""
    tok, verb = m.root, m.root.head
    if m.type != "PERSON" or m.kind != "name" or tok.dep_ != "dobj" \
            or verb.lemma_.lower() not in SUCCEED_VERBS or prep_objects(verb, "as"):
        return  # "replaced Bo Kim as captain of the team": a post named, maybe elsewhere
    if any(_elsewhere(p) for p in verb.children if p.dep_ == "prep"):
        return  # "replaced Kim on the council", "in the final": a seat or a place, not Kim's post
    # "replace B with A", else the verb's own subject or that of the verb it completes ("A is
    # set to replace B"); not a subject further up ("the decision to replace B, thinks C")
    comers = [x for p in prep_objects(verb, "with") for x in mentions_of(p, ents)]
    holder = verb
    for _ in range(2):  # "A is set to replace B", "A is expected to succeed B"
        if holder.dep_ not in {"xcomp", "acomp"} or any(c.dep_ == "nsubj" for c in holder.children):
            break
        holder = holder.head
    comers = comers or [x for c in holder.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass"
                        and holder is not verb for x in mentions_of(c, ents)]
    if len(comers) != 1 or comers[0].type != "PERSON" or comers[0].kind != "name":
        return
    held = {r.head for r in sink.found if r.type == "employ" and r.tail == m.name
            and r.modality != "negated"}
    if len(held) == 1:
        sent = ents.sents[ents.sent_index(tok)]
        sink.add("employ", Named(held.pop(), "ORG"), Named(comers[0].name, "PERSON"), verb,
                 "verb:employ:replacing", sent)


def _elsewhere(prep) -> bool:
    """A place or body the replacing is in ("on the council", "in the final"), not its time
    ("in May", "last year") nor the newcomer ("replace Kim with Lee")."""
    return prep.lower_ != "with" and any(o.ent_type_ not in {"DATE", "TIME"}
                                         for o in prep.children if o.dep_ == "pobj")


def replaced_mood(verb) -> str:
    """The post of the one replaced ("A replaced B as chief executive of X"): it ended when the
    replacing happened; while the replacing is only wanted or to come ("investors want A to
    replace B", "A will replace B") B holds it now; a replacing denied ("did not replace B")
    says nothing of B's post ("none")."""
    mood = modality_at(verb)
    if mood == "negated":
        return "none"
    return "asserted" if mood in {"hedged", "forecast"} else "negated"
