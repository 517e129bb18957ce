"""Which names a word of a figure's clause cannot stand for: a description or a pronoun never
means a party its own clause names otherwise ("it hired the staff of the startup": the startup is
not "it"; "It paid $400m to Acme": Acme is not "it"), nor a firm its nationality was never told
of ("the German group"); "its" stands for its verb's subject; a subject that caused a cost is no
payer."""
from __future__ import annotations

from ..entities.nations import same_nation
from ..lexicon import ORG_DESCRIPTORS, place_names
from .kinds import kind_word
from .words import SPEAKING_BODIES, TELLING_VERBS, WORD_KIND

# the objects of a verb that name a party other than its subject: "paid $1bn to X", "sued X"
OBJECT_DEPS = ("dobj", "dative", "iobj")
OBJECT_PREPS = ("to", "from", "with", "for", "against")


def bound_names(ents, tok) -> set[str]:
    """Names a description in tok's clause cannot stand for: the subjects above it ("it hired
    the staff of the startup"), the possessors of the phrases it sits in ("X's loan to the
    carrier") and the names coordinated with it ("X and the startup")."""
    names = set()
    # a description that is its clause's subject may stand for the subject of the clause above
    # ("Acme extended the plan and officials said the company is spending $5m")
    above = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else list(tok.ancestors)
    for anc in [tok, *above]:
        for c in anc.children:
            if c != tok and (c.dep_ in ("nsubj", "nsubjpass")
                                 or (anc != tok and c.dep_ == "poss")
                                 or (anc == tok and c.dep_ == "conj")):
                m = ents.mention_at(c)
                if m:
                    names.add(m.name)
    if tok.dep_ == "conj":
        m = ents.mention_at(tok.head)
        if m:
            names.add(m.name)
    return names


def object_names(ents, pronoun) -> set[str]:
    """Names the pronoun's own verb takes as its objects ("It paid $400m to the Fund for
    2024"): a subject pronoun stands for someone else."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = pronoun.head
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in OBJECT_PREPS
                for g in c.children if g.dep_ == "pobj"]
    # the objects themselves: a name deeper in them ("to expand Acme's platform") may be "it"
    return {m.name for o in objects for m in [ents.mention_at(o)]
            if m is not None and m.kind == "name"}


def spoken_of_other(ents, path, verb) -> bool:
    """ "Roe said ETFs lost $19bn": the clause under a speech verb is about a class of parties
    (a plural or indefinite noun that names no one), whose figure is never the speaker's ("Acme said revenue
    rose to $2bn" is Acme's: a results noun is no party)."""
    below = path[:path.index(verb)]
    subjects = [c for t in below if t.pos_ in ("VERB", "AUX") for c in t.children
                if c.dep_ in ("nsubj", "nsubjpass")]
    return any((s.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("a", "an") for c in s.children))
               and ents.mention_at(s) is None and kind_word(s) not in WORD_KIND
               for s in subjects)  # "SPACs raised", "a surrogate mother can earn"


def unnamed_antecedent(ents, pronoun) -> bool:
    """ "A bakery in Tarrow that announced its $2m loan": a pronoun inside a relative clause
    on an indefinite description no name stands beside stands for that unnamed business, not
    for the last name before it ("Acme, a bakery that ..." and "Acme is a bakery that ..." are
    Acme's)."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
    noun = clause.head if clause is not None else None
    return noun is not None and noun.pos_ == "NOUN" and noun.dep_ not in ("appos", "attr") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
        and ents.mention_at(noun) is None \
        and not any(c.dep_ in ("appos", "compound") and ents.mention_at(c) for c in noun.children)


def passed_over(ents, name: str, pronoun) -> bool:
    """ "... managing director of Pellora. Harriet Vane, which ..., has been hit by poor
    sales. ... it reported losses of £2m": a firm the tagger took for a person was the subject
    of a clause after `name` was last named; "it" more likely stands for that firm than for
    `name`."""
    named = [m.root.i for m in ents.mentions if m.name == name and m.kind == "name"
             and m.root.i < pronoun.i]
    if not named:
        return False
    for tok in pronoun.doc[max(named) + 1:pronoun.i]:
        mention = ents.mention_at(tok) if tok.dep_ in ("nsubj", "nsubjpass") else None
        if mention is not None and mention.kind == "name" and mention.type == "PERSON" \
                and firm_like(ents, mention.name):
            return True
        if unnamed_speaker(ents, tok, name):
            return True
    return False


def unnamed_speaker(ents, tok, name: str) -> bool:
    """ "X ... the league said it voted to ... It also committed £20m": a collective body told
    by its kind (a league, a union, a council) that no name was bound to, speaking, is another
    party than the firm named before it, unless the firm's name calls it so ("Orvane League");
    "the data seller said" may be the firm itself, and is not read so."""
    return tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
        and ents.mention_at(tok) is None and tok.head.lemma_.lower() in TELLING_VERBS \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
        and tok.lemma_.lower() in SPEAKING_BODIES \
        and tok.lemma_.lower() not in name.lower().split()


def firm_like(ents, name: str) -> bool:
    """A name typed as a person's that the text treats as a firm's: told with "which"
    ("Harriet Vane, which is due to report"), or the start of an organization's name
    ("Quillon" of "Quillon Games")."""
    if any(n.startswith(name + " ") and e.type == "ORG" for n, e in ents.entities.items()):
        return True
    return any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass")
                                         for g in c.children)
               for m in ents.mentions if m.name == name and m.kind == "name"
               for c in m.root.children)


def foreign_to(ents, noun, name: str) -> bool:
    """ "the German group may raise its bid", "the Italian-French fashion house saw profits
    fall": a description that carries a nationality stands for a firm the text set that word
    (or its country) beside in the name's own sentence, or the one that was a subject just
    before it; any other is another firm, or one the text leaves unclear."""
    marks = [t.lower_ for t in noun.doc[noun.left_edge.i:noun.i] if nationality(t)]
    if not marks or subject_before(ents, noun, name):
        return False
    return not any(same_nation(t, w) for t in _beside(ents, noun, name) for w in marks)


def _beside(ents, noun, name: str) -> list:
    """The words within six of each mention of `name`, in its own sentence and outside the
    description itself ("Acme rose. The German firm said": "German" is not told of Acme)."""
    own = range(noun.left_edge.i, noun.i + 1)
    words = []
    for m in ents.mentions:
        if m.name == name and m.kind == "name":
            sent = m.root.sent
            window = noun.doc[max(sent.start, m.span[0] - 6):min(sent.end, m.span[1] + 6)]
            words += [t for t in window if t.i not in own]
    return words


def described_subject(ents, pronoun):
    """ "the German group may raise its bid", "the carmaker said its profit fell": "its" on a
    verb's object, or on the subject of what a verb says, stands for that verb's subject; the
    description the subject is, or None when the subject is a name or a pronoun (the name is
    read as it stands) or a noun that names no firm."""
    if pronoun.lower_ != "its" or pronoun.dep_ != "poss":
        return None
    tok = pronoun.head
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp":
        tok = tok.head.head
    while tok.dep_ in ("pobj", "prep", "dobj") and tok.head != tok:
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok == pronoun.head:
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or not any(
            c.lower_ in ("the", "this") for c in subject.children):
        return None
    named = ents.mention_at(subject) is not None or subject.lemma_.lower() in ORG_DESCRIPTORS
    return subject if named else None


def caused(verb, subjects) -> bool:
    """ "Hurricane Roe (closed the port and) cost $40m": a named subject of "cost" is what
    caused the figure, not who bore it ("Acme's recall cost $5m" is told by its possessor)."""
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.pos_ == "PROPN" and not any(c.dep_ == "poss" for c in s.children)
               for s in subjects)


def subject_before(ents, noun, name: str) -> bool:
    """ "Acme backed the plan. The Norwegian firm will pay $9m": `name` was a subject, or the
    possessor or a compound of a subject ("Acme's board backed", "Acme shares fell"), in the
    sentence before the description or earlier in its own, where the description goes on
    about it."""
    start = ents.sents[max(0, ents.sent_index(noun) - 1)].start
    for m in ents.mentions:
        if m.name != name or m.kind != "name" or not start <= m.root.i < noun.i:
            continue
        root = m.root.head if m.root.dep_ in ("compound", "poss") else m.root
        if root.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def nationality(tok) -> bool:
    """ "German", "US" of "the German-US carmaker": a people or a country, not where a firm is
    based ("the Michigan-based startup", "a UK-based firm")."""
    after = tok.doc[tok.i + 1:tok.i + 3]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based":
        return False
    return tok.ent_type_ == "NORP" or (tok.ent_type_ == "GPE" and tok.text in place_names())


def entity_text(tok) -> str:
    """The whole entity a token sits in: "New Zealand", not "Zealand"."""
    start, end = tok.i, tok.i + 1
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end].text
