"""Shapes of career sentences in real news that people.py's name-side rules do not reach:

- "he" or "she" as the subject ("She worked at Globex and Acme", "He joined Vellum Bank in
  2019"), in the career paragraph that follows a named person. The pronoun stands for a person
  only when that person is the one person the text names in its sentence (before it) and the two
  sentences before, and never inside a quotation (a speaker's "he" may be anyone).
- a join raised by another verb ("is expected to join Globex", "went on to join Globex");
- the body a person leads, in the passive ("Globex, which is headed by Ann Lee", "Acme, led by
  Ann Lee,"): a past tense or "at the time" makes it a past job;
- "stepped down from Globex" (a past job; "will step down from Globex" is still the present one).
"""
from __future__ import annotations

from .arguments import Named, mentions_of, owners_of, prep_objects
from .entities.tokens import Mention
from .modality import failed_subject, modality_at
from .quotes import quote_spans
from .role_clauses import POST_NOUNS, raised_verbs
from .tenure import dated_past, former_word, tenure_facts
from .wordlists import words

SUBJECT_PRONOUNS = frozenset({"he", "she"})
OTHER_GENDER = {"he": {"she", "her", "hers", "herself"}, "she": {"he", "him", "his", "himself"}}
REACH = 1  # sentences before the pronoun's own in which the person must be the only one named
PRONOUN_JOB_VERBS = words("people", "pronoun_job_verbs")  # no "started the show at X"
OWNING_VERBS = words("people", "pronoun_owning_verbs")  # "she owns the Kestrel Bakery"
LEAD_VERBS = words("people", "lead_verbs")
PRONOUN_VERBS = PRONOUN_JOB_VERBS | OWNING_VERBS  # the verbs read for a "he"/"she" subject
ORG_OBJECT_VERBS = LEAD_VERBS | OWNING_VERBS  # those that take an organization as their object
ARGUMENT_DEPS = {"dobj", "pobj", "conj"}  # not "joined 500 Acme students", "for her aide, X"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
BOUND_OBJECTS = {"it", "which", "that", "them", "this"}  # "exited it", "which he founded"
JOIN_RAISERS = words("people", "join_raisers")  # "is expected to join", "went on to join"
PASSIVE_LEADS = words("people", "passive_leads")  # "headed by", "led by": not "managed by"
JOINS = {"join", "rejoin"}
AGREE_VERBS = words("people", "agree_verbs")  # "has agreed to join X": a move agreed, not made
JOIN_DEALS = words("people", "join_deals")  # "but the deal fell through": the join failed
HIRE_VERBS = words("people", "hire_verbs")
OTHER_PERSON_NOUNS = words("people", "other_person_nouns")  # "met the new hire. He was ..."
OBJECT_DEPS = {"dobj", "dative", "pobj"}
# a noun that stands for someone as an argument ("met the new hire", "the new chief executive
# said"); not the named person's predicate (attr, appos) nor a modifier ("board-certified")
PERSON_SLOTS = OBJECT_DEPS | {"nsubj", "nsubjpass", "conj"}


def pronoun_people(sdoc, ents) -> list[Mention]:
    """A person mention for each "he"/"she" subject whose person is beyond doubt (found once per
    document: roles and moves both read them)."""
    found = vars(ents).get("career_pronouns")
    if found is None:
        found = ents.career_pronouns = _pronoun_people(sdoc, ents)
    return found


def _pronoun_people(sdoc, ents) -> list[Mention]:
    # one array pass, not a Python token per word: most words of a document are no "he"
    lower = sdoc.to_array("LOWER")
    wanted = [sdoc.vocab.strings.add(w) for w in SUBJECT_PRONOUNS]
    subjects = [sdoc[int(i)] for i in (lower == wanted[0]).nonzero()[0].tolist()
                + (lower == wanted[1]).nonzero()[0].tolist()]
    subjects = sorted((t for t in subjects if t.dep_ in SUBJECT_DEPS), key=lambda t: t.i)
    if not subjects:
        return []
    quoted = [(s.start, s.end) for s in quote_spans(sdoc.text)]
    out, last = [], None
    for tok in subjects:
        if any(a <= tok.idx < b for a, b in quoted):
            last = None  # a speaker's "he" may be anyone: the chain stops there
            continue
        name = _sole_person(tok, ents) or _chained(tok, last, ents)
        last = (tok, name) if name is not None else None
        if name is not None:
            out.append(Mention(name, "PERSON", tok.idx, tok.idx + len(tok), tok, "pronoun",
                               (tok.i, tok.i + 1)))
    return out


def _chained(tok, last, ents) -> str | None:
    """"Ann Lee brings experience. She worked at Globex. She went on to join Acme": the same
    pronoun as the subject of the sentence before, which stood for one person, stands for her
    again when no one is named (and no pronoun of the other gender comes) in between."""
    if last is None or last[0].lower_ != tok.lower_:
        return None
    k = ents.sent_index(tok)
    if ents.sent_index(last[0]) not in {k - 1, k}:
        return None
    named = {m.name for back in (k - 1, k) for m in ents.mentions_in(ents.sents[back])
             if m.type == "PERSON" and m.kind == "name" and last[0].idx < m.end <= tok.idx}
    between = tok.doc[last[0].i + 1:tok.i]
    if named or any(t.lower_ in OTHER_GENDER[tok.lower_] for t in between) \
            or someone_else_between(tok.doc, last[0].i + 1, tok.i, ents):
        return None
    return last[1]


def _a_person(t, ents) -> bool:
    """A person's name: one the names voting kept, or one the tagger saw that no longer name
    holds ("Church of Lincoln Gardens" is the church's; a lone "Ann Lee" typed a firm is hers)."""
    m = ents.mention_at(t)
    if m is not None and m.type == "PERSON":
        return True
    if t.ent_type_ != "PERSON" or not t.is_alpha:  # "Sr." ends the tagger's span, not the name
        return False
    ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
    return m is None or m.span[1] - m.span[0] <= len(ent)


def someone_else_between(doc, start: int, end: int, ents) -> bool:
    """Another person the text brings in between a name and a "he"/"she" that may then be
    theirs: a name, an object "him"/"her" ("Lee praised her. She was ..."), a post or person
    noun ("met the new hire. He was ...", "the new chief executive ... He is"); but not the
    named person's own predicate ("Ann Lee is a scientist. She was ...")."""
    for t in doc[start:end]:
        if _a_person(t, ents) or t.lower_ in {"him", "her"} and t.dep_ in OBJECT_DEPS:
            return True
        if t.pos_ == "NOUN" and t.dep_ in PERSON_SLOTS and not _predicate_conjunct(t) and \
                t.lemma_.lower() in POST_NOUNS | OTHER_PERSON_NOUNS:  # the noun itself, not
            # a post word before it ("media owner experience")
            return True
    return False


def _predicate_conjunct(noun) -> bool:
    """"She worked at A, before rising to be CEO of B and then CEO of C": a post joined to the
    clause's verb (as the parser often hangs it) or to a post said of the subject is the
    subject's next post, no one else brought in."""
    if noun.dep_ != "conj":
        return False
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.pos_ in {"VERB", "AUX"} or first.dep_ in {"attr", "oprd"}


def _sole_person(tok, ents) -> str | None:
    """The one person named before the pronoun in its sentence and the REACH sentences before
    it; None when none or several are, or when a pronoun of the other gender comes between
    ("a Jane Roe essay about how her father ... He joined the Navy": someone else)."""
    k = ents.sent_index(tok)
    people = [m for back in range(max(0, k - REACH), k + 1)
              for m in ents.mentions_in(ents.sents[back])
              if m.type == "PERSON" and m.kind == "name" and m.end <= tok.idx]
    if len({m.name for m in people}) != 1 or not _full_name(people[-1].name) \
            or not _a_subject(people[-1].root):
        return None
    between = tok.doc[people[-1].span[1]:tok.i]
    return None if any(t.lower_ in OTHER_GENDER[tok.lower_] for t in between) else people[-1].name


def _full_name(name: str) -> bool:
    """"Ann Lee", "Ann B. Lee": a person's full name, not a one-word or run-on "person" the
    voting typed so ("Eton", "Friends for Lee")."""
    parts = name.split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts)


def _a_subject(root) -> bool:
    """The person was last named as a subject (or in apposition to one): "Ann Lee brings
    experience. She worked at ..."; not "... to succeed Ann Lee. He has been working for X",
    where "he" is the sentence's subject told by a description."""
    return root.dep_ in SUBJECT_DEPS or root.dep_ in {"appos", "conj", "compound"} \
        and root.head.dep_ in SUBJECT_DEPS


def pronoun_verb(verb, ents) -> bool:
    """A verb read for a "he"/"she" subject: a job's verb, and one of leading only with an
    organization as its object ("he runs Globex", not "he runs experiments at Fort Dunmore")."""
    lemma = verb.lemma_.lower()
    if lemma not in PRONOUN_VERBS or any(
            c.dep_ == "dobj" and c.lower_ in BOUND_OBJECTS for c in verb.children):
        return False  # "exited it", "which he founded": a second guess, or a list's
    if lemma in LEAD_VERBS and prep_objects(verb, "to"):
        return False  # "he led the Rovers to their first cup": a captain's, a match's
    # leading and owning take an organization as their object: "he owns Globex", not "she
    # owns a farm in Dunmore"
    return lemma not in ORG_OBJECT_VERBS or any(
        c.dep_ == "dobj" and getattr(ents.mention_at(c), "type", None) == "ORG" for c in verb.children)


def named_argument(org) -> bool:
    """An organization a "he"/"she" fact may take: named (not "it", not "the company", whose
    binding adds a second guess to the pronoun's) and an argument of its own, not the
    modifier of another noun ("joined 5,000 Brinmoor students")."""
    root = org.root
    return getattr(org, "kind", "name") == "name" and root.dep_ in ARGUMENT_DEPS \
        and not (root.dep_ == "pobj" and root.head.lower_ == "as")  # "served as the X Representative"


def keep_named(sink, start: int, sent, ents) -> None:
    """Drop the facts found since `start` for a "he"/"she" subject whose organization is not a
    named argument of the sentence."""
    mentions = ents.mentions_in(sent)
    bound = {m.name for m in mentions if getattr(m, "kind", "name") != "name"}
    named = {m.name for m in mentions if named_argument(m)} - bound
    sink.found[start:] = [r for r in sink.found[start:] if r.head in named]


def raised_joins(tok) -> list:
    """"Ann Lee is expected to join Globex", "went on to join Globex", "is due to join"."""
    return raised_verbs(tok, JOINS, JOIN_RAISERS)


def agreed_join(verb, sent) -> str | None:
    """"A has agreed to join Globex", "agrees to join X": a move agreed and not yet made, so the
    job is to come (forecast, as a deal agreed but not closed), though "agree" itself reads as
    told. Not told in the past ("agreed to join X in 2019", "had agreed": it may have happened
    or failed) nor denied or hedged ("has not agreed to join X": the clause's own mood); but
    told with its failure ("had agreed to join X, but the deal fell through") it was never held."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in AGREE_VERBS:
        return None
    if any(c.dep_ in {"conj", "advcl"} and any(s.dep_ in {"nsubj", "nsubjpass"} and failed_subject(s)
                                                and s.lemma_.lower() in JOIN_DEALS for s in c.children)
           for c in [*head.children, *verb.children]):  # ("... before the talks collapsed")
        return "negated"  # "had agreed to join X, but the deal fell through": never taken
    if head.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                 for c in head.children):
        return None
    return "forecast" if modality_at(verb, sent) == "asserted" else None


def appointed_to_lead(tok) -> list:
    """"Ann Lee has been appointed to run Globex", "was named to lead Acme's bank": the lead verb
    a passive hiring hands its subject to (not "was asked to run the race": no hiring verb);
    also of a name set beside the subject ("Acme's chief, Ann Lee, has been appointed to ...")."""
    subject = tok.head if tok.dep_ == "appos" else tok
    if subject.dep_ != "nsubjpass" or subject.head.lemma_.lower() not in HIRE_VERBS:
        return []
    return [x for x in subject.head.children if x.dep_ == "xcomp" and x.lemma_.lower() in LEAD_VERBS
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in x.children)]


def led_by(m, ents, sink, sent) -> None:
    """"Globex, which at the time was headed by Ann Lee", "Acme, led by Ann Lee,", "Acme is run
    by Ann Lee": employ at the named organization the passive verb leads."""
    tok = m.root
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return
    verb = tok.head.head
    if verb.lemma_.lower() not in PASSIVE_LEADS or verb.tag_ != "VBN":
        return
    led = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
        [verb.head] if verb.dep_ == "acl" else [])
    past = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children) \
        or any(former_word(c) or c.lower_ == "previously" for c in verb.children) or dated_past(verb)
    for t in led:  # the led noun itself: not "Senate Republicans led by Ann Lee"
        for org in mentions_of(t, ents):
            if org.type == "ORG" and org.kind == "name" and (
                    org.root.i == t.i or t.lower_ in {"which", "that", "who"}):
                sink.add("employ", org, Named(m.name, "PERSON"), verb, "verb:employ:led_by", sent,
                         modality="negated" if past else "asserted")


def stepped_down_from(verb, m, ents, sink, sent) -> None:
    """"Ann Lee stepped down from Globex('s board)": a past job there; "will step down from
    Globex" (a modal or an infinitive) is the job she holds until then."""
    if verb.lemma_.lower() != "step" or not any(c.lower_ == "down" for c in verb.children):
        return
    ended = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    for org in {o.name: o for p in prep_objects(verb, "from") for o in owners_of(p, ents)
                if o.type == "ORG"}.values():
        sink.add("employ", org, Named(m.name, "PERSON"), verb, "verb:employ:step-down", sent,
                 modality="negated" if ended else "asserted")


def ended_jobs(verb, m, ents, sink, sent) -> None:
    """Jobs a verb says were held for a time or left: "spent ten years at Globex" (tenure.py),
    "stepped down from Globex"."""
    tenure_facts(verb, m, ents, sink, sent)
    stepped_down_from(verb, m, ents, sink, sent)


def job_verbs(m, verbs, ents) -> list:
    """The verbs read for a person: all for a name, job verbs only for "he"/"she"."""
    return [v for v in verbs if m.kind != "pronoun" or pronoun_verb(v, ents)]
