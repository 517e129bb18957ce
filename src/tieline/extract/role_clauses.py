"""Role nouns a clause or the parser puts away from the person's name: "Ann Lee is the chief
executive of Globex", "Lee, who was CFO of Globex", "A, one of the founders of Globex", "A, the
chairman of Globex, and the former head of Acme"; and the role words written before a name
("Globex chief executive Ann Lee"). Used by people.roles and moves."""
from __future__ import annotations

import re

from ..names import FORMS_OF_ADDRESS
from .appointments import raised_copulas
from .arguments import mentions_of, subjects_of
from .lexicon import POST_WORDS, in_waiting
from .modality import modality_at
from .wordlists import words

MODIFIER_ROLES = words("people", "modifier_roles")  # "senior vice president", not "seniors"
FOUNDERS = {"founder", "co-founder", "cofounder"}  # "one of the founders of Globex"
PROFESSIONS = words("people", "professions")  # "a virologist at Brinmoor University"
INSTITUTION_POSTS = words("people", "institution_posts")  # "dean of the Brinmoor School of Law"
# "is set to become", "is expected to become", "is due to become": a verb handing its subject on
# ("go on to become" is raised_copulas' own, read only when plain: "rose", "went on")
BECOME_RAISERS = words("people", "join_raisers") - {"go"}
SUBJECTS = {"nsubj", "nsubjpass"}
POST_NOUNS = POST_WORDS | PROFESSIONS | INSTITUTION_POSTS
# an article about an insolvency ("went into administration"), not "the Biden administration"
INSOLVENCY = re.compile(r"\b(?:into|in|entered|enters|enter) administration\b|insolven|"
                        r"receivership|bankrupt", re.I)


def is_role(noun) -> bool:
    if noun.lemma_.lower() in MODIFIER_ROLES:
        return False  # "Brinmoor University seniors A and B": students
    if noun.lemma_.lower() == "administrator" and INSOLVENCY.search(noun.doc.text):
        return False  # UK usage: a failed company's administrator runs its insolvency, no post
    return noun.lemma_.lower() in POST_NOUNS \
        or any(t.lower_ in POST_WORDS for t in noun.lefts) or in_waiting(noun)


def predicate_roles(tok) -> tuple[list, list, set]:
    """Role nouns a clause says the person holds: "Lee, who is the majority owner of Globex"
    (relative), "Ann Lee is the chief executive of Globex", "became CFO of Globex" (main); the
    indexes of those after "was" (a past job)."""
    clauses = [(c, True) for c in tok.children if c.dep_ == "relcl" and (c.lemma_ == "be" or kept_post(c))]
    if tok.dep_ == "nsubj" and (tok.head.lemma_ in {"be", "become"} or kept_post(tok.head)):
        clauses.append((tok.head, False))
    # "rose to become CEO of X", "went on to be CFO of X", "joined X and became CEO of Y"
    raised = raised_copulas(tok)
    # but not "could join X and become CEO of Y", "did not ...": the first verb's mood is theirs
    if tok.dep_ == "nsubj" and not any(c.dep_ in {"aux", "auxpass", "neg"} and c.lemma_.lower() != "have"
                                       for v in [tok.head, *tok.head.conjuncts] for c in v.children):
        raised += [c for c in tok.head.conjuncts if c.lemma_ == "become" and c.i > tok.head.i
                   and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)]
    raised += raised_becomes(tok)
    clauses += [(v, False) for v in dict.fromkeys(raised)]
    relative, main, was = [], [], set()
    for verb, rel in clauses:
        attrs = [c for c in verb.children if c.dep_ in {"attr", "oprd"} and c.pos_ in {"NOUN", "PROPN"}]
        if kept_post(verb):  # "who remains the firm's chief": which firm is a guess, left
            attrs = [a for a in attrs if not any(c.dep_ == "poss" and c.pos_ != "PROPN" for c in a.children)]
        if verb in raised:  # "rising to be CEO of X and then CEO of Y": each role a post held
            attrs += [j for a in attrs for j in a.conjuncts if j.pos_ == "NOUN" and is_role(j)]
        (relative if rel else main).extend(attrs)
        if verb.lemma_ == "be" and verb.tag_ == "VBD":
            was |= {a.i for a in attrs}
    return relative, main, was


def kept_post(verb) -> bool:
    """"A remains chief executive of X", "A, who stays Globex chairman": a post kept, told now or
    to come; "remained CEO of X" (when? until?) is left."""
    return verb.lemma_.lower() in {"remain", "stay"} and verb.tag_ not in {"VBD", "VBN"}


def raised_verbs(tok, targets, raisers) -> list:
    """The verb in `targets` a raising verb in `raisers` (or "due" beside it) hands its subject
    on to: "A is expected to join X", "is due to become"; not "urged Bo to join" (an object
    takes it), nor a target with a subject of its own."""
    if tok.dep_ not in SUBJECTS:
        return []
    verb = tok.head
    holders = [verb] + [c for c in verb.children if c.dep_ == "acomp"]  # "is due to become"
    return [x for h in holders if h.lemma_.lower() in raisers
            and not any(c.dep_ in {"dobj", "dative"} for c in h.children)
            for x in h.children if x.dep_ == "xcomp" and x.lemma_.lower() in targets
            and not any(c.dep_ in SUBJECTS for c in x.children)]


def raised_becomes(tok) -> list:
    """The "become" a person is handed on to a post to come: "A is set to become CEO of X", "is
    expected to become", "is due to become", "is to become", "has agreed to become". Not told in
    the past ("was set to become": the plan may have failed) nor denied ("is not expected to"),
    nor when an object takes the verb ("urged Bo to become")."""
    verb = tok.head
    if verb.tag_ == "VBD" or any(c.dep_ == "neg" or c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                 for c in verb.children):
        return []
    return [x for x in raised_verbs(tok, {"be", "become"}, BECOME_RAISERS | {"be"})  # "is to be"
            if not any(c.dep_ == "neg" for c in x.head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)]


def to_come(rtok, tok, sent) -> str | None:
    """"A has agreed to become CFO of X", "is poised to become": a post a raising verb hands on
    is one to come, though the raising verb itself reads as told ("has agreed")."""
    soon = {r.i for v in raised_becomes(tok) for a in v.children if a.dep_ in {"attr", "oprd"}
            for r in [a, *a.conjuncts]}
    return "forecast" if rtok.i in soon and modality_at(rtok, sent) == "asserted" else None


def field_role(noun):
    """"Globex's head of retail, Ann Lee": the parser hangs the name on the field ("retail"),
    but she holds the role noun the field belongs to. A bare field only: "the head of Globex's
    biggest customer, Ann Lee" heads the customer."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
            and is_role(prep.head) and not is_role(noun) \
            and all(c.dep_ in {"compound", "appos", "punct"} for c in noun.children):
        return prep.head
    return None


def side_roles(tok, ents) -> list:
    """Role nouns the parser hangs elsewhere: "A, one of the founders of Globex" (founders only:
    "one of the ... of X" with other roles cost precision on held-out news), "A, the chairman of
    Globex, and the former head of Acme" (a role joined to the name as if it were a second
    person)."""
    out = [p for c in tok.children if c.dep_ == "appos" and c.lower_ == "one"
           for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
           for p in q.children if p.dep_ == "pobj" and p.lemma_.lower() in FOUNDERS]
    # but not "A and the architect of the plan": another person, unless a role in apposition
    # comes first ("A, the chairman of Globex, and the former head of Acme")
    appos = [c.i for c in tok.children if c.dep_ == "appos" and is_role(c) and not list_item(c, tok)]
    return out + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and is_role(c)
                  and not ents.mention_at(c) and appos and min(appos) < c.i
                  and not titles_person(c, ents)]


def titles_person(noun, ents) -> bool:
    """"A, director of X, and Globex health coordinator Dr. B": a role with a person in
    apposition to it is the title of that person, not a second post of A."""
    for c in noun.children:
        m = ents.mention_at(c) if c.dep_ == "appos" else None
        if m is not None and m.type == "PERSON":
            return True
    return False


def next_persons_title(noun, tok, ents) -> bool:
    """"A, director of X, right, and Globex coordinator Dr. B" (the parser may hang the second
    role on A as an apposition): a role after an earlier apposition role of A, with a person of
    its own, is that person's title."""
    return titles_person(noun, ents) and any(
        c.dep_ == "appos" and c.i < noun.i and is_role(c) for c in tok.children)


def list_owner(tok, ents):
    """"Globex named three executives: A, chief financial officer; B, chief operating officer;
    and C, general counsel": each item of a list set after a noun takes the organization that
    noun belongs to (its possessor, or the subject of the verb it is the object of)."""
    first = tok
    while first.dep_ == "conj":
        first = first.head
    holder = first.head if first.dep_ == "appos" else None
    if holder is None or holder.pos_ != "NOUN" or not any(
            t.text == ":" for t in tok.doc[holder.i:first.i]):
        return None
    owners = [c for c in holder.children if c.dep_ == "poss"]
    owners += subjects_of(holder.head) if holder.dep_ == "dobj" else []
    return next((m for o in owners for m in mentions_of(o, ents) if m.type == "ORG"), None)


def list_item(noun, person) -> bool:
    """"President A, leaders in Congress, and the Globex Union's leaders": a plural beside one
    person's name is another item of a list, not her role ("A and B, co-founders of Globex" is
    theirs)."""
    return noun.tag_ in {"NNS", "NNPS"} and person.dep_ != "conj" \
        and not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in person.children)


def role_words(person_tok, ents) -> tuple[list, object]:
    """The role noun tied to a person, and the token holding the organization (if any)."""
    sdoc = person_tok.doc
    # "Microsoft CEO Satya Nadella", "Globex chairman Ann Lee": words left of the name
    m = ents.mention_at(person_tok)
    i = m.span[0] if m else person_tok.i
    k, end = i - 1, (m.span[1] if m else i + 1)
    if k > 0 and sdoc[k].lower_ in FORMS_OF_ADDRESS and sdoc[k - 1].lower_ in POST_WORDS:
        k -= 1  # "Globex manager Sir Ann Lee": the title of address stands between role and name
    role = []
    # but not a word of a longer title after the name ("senior Globex administration officials":
    # the officials are senior)
    while k >= 0 and not ents.mention_at(sdoc[k]) and (
            sdoc[k].lower_ in POST_WORDS and not (sdoc[k].head.i >= end
                                                  and sdoc[k].head.pos_ == "NOUN")
            or not role and in_waiting(sdoc[k])  # "Globex chairman-elect Ann Lee"
            # "chairman and chief executive Ann Lee"
            or (sdoc[k].lower_ in {"and", "&"} and role and k > 0 and sdoc[k - 1].lower_ in POST_WORDS)
            # "Secretary-General Ann Lee": the tokenizer splits the title at its hyphen
            or (sdoc[k].text == "-" and role and k > 0 and sdoc[k - 1].lower_ in POST_WORDS
                and not sdoc[k].whitespace_ and not sdoc[k - 1].whitespace_)
            # "Globex chief of staff Ann Lee": the title is written whole, not cut to "staff"
            or (sdoc[k].lower_ == "of" and role and k > 0 and sdoc[k - 1].lower_ in POST_WORDS
                and sdoc[k - 1].is_lower and all(t.is_lower for t in role))
            or (sdoc[k].head.i in set(range(k, end)) | {x.i for x in role}
                and sdoc[k].dep_ in {"compound", "amod"} and sdoc[k].pos_ in {"NOUN", "PROPN", "ADJ"}
                and role)):
        role.insert(0, sdoc[k])
        k -= 1
    return role, (sdoc[k] if k >= 0 else None)


def post_of_org(word, left, ents) -> bool:
    """"Globex president", "Brinmoor University professor": a lower-case title word written
    right after an organization's name is a post there, not a form of address."""
    owner = ents.mention_at(left) if left is not None else None
    return word.is_lower and owner is not None and owner.type == "ORG"


def joined_holder(left, ents, employer_of):
    """"Globex's finance chief Ann Lee and chief medical officer Bo Park": a role written
    before a name that follows "and" right after another holder's name is at that holder's
    employer."""
    if left is None or left.lower_ not in {"and", "&"} or left.i == 0:
        return None
    prev = ents.mention_at(left.nbor(-1))
    if prev is None or prev.type != "PERSON" or prev.span[1] != left.i:
        return None
    return employer_of.get(prev.root.i)


def profession_of(org, noun) -> bool:
    """"a nurse and member of the X Union", "a historian of Globex": a profession is held at a
    place ("a nurse at X"); an organization "of" it is a joined post's or the subject's, and one
    on a noun joined to the place ("at X Hospital and an ABC News contributor") or on a verb
    ("at a clinic run by X") is not the place. A title is a post wherever its body is written
    ("chief nurse of X")."""
    if noun.lemma_.lower() not in PROFESSIONS or any(t.lower_ in POST_WORDS for t in noun.lefts):
        return False
    tok, other = org.root, False
    while tok.head.i != noun.i and tok.head.i != tok.i:
        tok = tok.head
        other = other or tok.pos_ == "VERB" or tok.pos_ == "NOUN" and tok.dep_ == "conj"
    # "of" only when the organization's own preposition is it: "a historian of the Cold War
    # at X" holds the post at X
    return tok.lower_ == "of" and org.root.head.i == tok.i or other


def written_role_modality(rtok, person_tok, sent) -> str | None:
    """A role written inside the person's noun phrase ("Ann Lee of Globex", "Globex director Ann
    Lee", "Ann Lee, CEO of Globex") says who she is, whatever the clause around her: "talks with
    Ann Lee of Globex", "to see Ann Lee of Globex", "may set the stage for what Globex director
    Ann Lee ..." neither hedge nor forecast her post, and "did not meet Ann Lee of Globex" does
    not end it (a "former" is read apart, by the caller). A possessor employer ("Globex's Ann
    Lee") is written on the person's own token. None: the sentence's own modality stands (a role
    a clause states, "who may become CEO of Globex", keeps its hedge; "reported" stays)."""
    if not (rtok.i == person_tok.i or _inside(rtok, person_tok) or _inside(person_tok, rtok)):
        return None
    return "asserted" if modality_at(rtok, sent) in {"hedged", "forecast", "negated"} else None


def _inside(tok, holder) -> bool:
    """`holder` is reached from `tok` going up through no verb."""
    while tok.i != tok.head.i and tok.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
        if tok.i == holder.i:
            return True
    return False


def clause_subject(role, tok) -> bool:
    """"the employee Ann Lee had contact with tested positive", "the nurse Bo Park worked beside
    was let go": the name is the subject of a clause about the role noun (its "that" left out),
    so the role is someone else's. The parser makes the name that clause's subject and the role
    noun its relative head, or both subjects of one verb."""
    if not role or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    noun = role[-1]
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i == tok.head.i or any(
        c.dep_ == "relcl" and c.i == tok.head.i for c in noun.children)
