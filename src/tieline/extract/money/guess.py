"""An owner guessed where the parse names none, for the figures a clause plainly tells of
its own party: "Boeing reported a loss of $2.9bn", "a charge taken by the company", "net
income fell to $284m" in a story about one company. On real news most guesses were wrong
(a name in a "for" or "of" phrase, a page on a fundraising site, a person's income credited to
the agency that taxes it), so a guess is only a name the figure's clause gives as its party:
a head the figure hangs from, the subject of one of its verbs or that subject's possessor;
never a class ("businesses secured $15bn"), a place, or a name that only modifies a noun
("a GoFundMe page raised ...")."""
from __future__ import annotations

import re

from ..entities import is_source
from .binding import passed_over
from .kinds import governing_path, kind_word
from .owner_names import is_place
from .parties import NOBODY, is_class, tells
from .words import OBJECT_OWNER_VERBS, SALIENT_KINDS, SPEECH_VERBS, WORD_KIND

# words of a person's own money: "your adjusted gross income", "those who earned", "they"
PERSONAL_WORDS = ("i", "we", "you", "he", "she", "they", "my", "our", "your", "his", "her",
                  "their", "those", "anyone", "everyone")
SUBJECTS = ("nsubj", "nsubjpass")
UNNAMING = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")  # no owner
GLUED = re.compile(r"[a-z]\.[A-Z]")  # two sentences run together: "event.Acme said"


def guess_owner(owners, sent, amount_span, root, kind: str) -> str | None:
    """The party the figure's clause names when the parse gives no owner, else (for a
    company's results told with no name at all) the organization the article is about."""
    heads = list(root.ancestors)
    subjects = [c for h in heads for c in h.children if c.dep_ in SUBJECTS]
    # "Qwest, meanwhile, had to pay ...": a name before a verb with no subject, which the
    # parser attached some other way, is its subject
    subjects += [c for h in heads if h.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in (*SUBJECTS, "expl", "csubj") for c in h.children)
        for c in h.children if c.i < h.i and c.dep_ in ("advmod", "npadvmod", "dep")
        and owners.ents.mention_at(c) is not None]
    if any(is_class(s, owners.ents.mention_at(s) is not None) for s in subjects):
        return None  # "accommodation firms have received $30bn": a class's money
    # "the $600m round the firm closed": the subject of a clause on the figure's noun, unless
    # it gives the money ("the $4m grant the agency gave")
    subjects += [c for h in heads for r in h.children if r.dep_ == "relcl" and r not in heads
                 and r.lemma_.lower() not in OBJECT_OWNER_VERBS["funding"]
                 for c in r.children if c.dep_ in SUBJECTS]
    verb = next((h for h in heads if h.pos_ in ("VERB", "AUX")), None)
    # "Boeing reported a loss of $2.9bn", "X forecast revenue of $4bn": a name that tells its
    # own figure owns it
    reporters = {c.i for c in verb.children if c.dep_ in SUBJECTS} if verb is not None else set()
    parties = {t.i for t in [*heads, *subjects]}
    # "Acme forecast revenue of $4bn" with the verb taken for a noun: its name is a compound
    parties |= {c.i for h in heads if h.dep_ == "ROOT" and h.pos_ == "NOUN"
                for c in h.children if c.dep_ == "compound"}
    parties |= {c.i for s in subjects for c in s.children if c.dep_ in ("poss", "appos")}
    # "profits at US media giant X jumped": the owner a results noun names
    parties |= {g.i for s in subjects if kind_word(s) in WORD_KIND for c in s.children
                if c.dep_ == "prep" and c.lower_ in ("at", "of") for g in c.subtree}
    if kind != "funding":  # "a charge taken by the company"; a grant's giver is no owner
        verbs = [*heads, *(a for h in heads for a in h.children if a.dep_ == "acl")]
        parties |= {g.i for h in verbs for c in h.children if c.dep_ == "agent"
                    for g in c.children}
    payees = {t.i for d in sent if d.dep_ == "dative" for t in d.subtree}
    payees |= {t.i for v in governing_path(root, sent) if v.pos_ == "VERB" for d in v.children
               if d.dep_ == "dobj" and root not in d.subtree for t in d.subtree}
    present = [m for m in owners.ents.mentions_in(sent) if m.type in ("ORG", "PERSON")]
    mentions = [m for m in present if m.root.i in parties and m.root.i not in payees
                and (m.root.i in reporters or not is_source(m.root) and not tells(m.root)
                     and m.name not in owners.outlets)
                and not owners.is_dateline(m.name)
                and not (m.kind == "pronoun" and passed_over(owners.ents, m.name, m.root))
                and not placelike(owners, m.name)]
    before = [m for m in mentions if m.end <= amount_span.start_char]
    orgs = [m for m in before if m.type == "ORG"]
    after = [m for m in mentions if m.type == "ORG"]
    guess = (orgs or before or after or [None])[-1 if orgs or before else 0]
    if guess is None:
        return recent_salient(owners, sent) if not present and results_told(sent, subjects, kind) \
            else None
    if guess.kind != "description":
        return guess.name
    found = owners.description(guess.root, guess.name)  # "the ride-hailing firm"
    return found if found != NOBODY else None


def recent_salient(owners, sent) -> str | None:
    """The article's main organization, if it is named in this sentence or the two before: "The
    earnings included $1.2bn" after a paragraph on another company is not the main one's."""
    name = owners.salient()
    index = next(i for i, s in enumerate(owners.sents) if s.start == sent.start)
    near = [m.name for s in owners.sents[max(0, index - 2):index + 1]
            for m in owners.ents.mentions_in(s)]
    return name if name in near else None


def results_told(sent, subjects, kind: str) -> bool:
    """ "Net income fell 64% to $284m": a company's results with no one named, whose subject
    is the results noun itself and where no person speaks of their own money."""
    if kind not in SALIENT_KINDS or any(t.lower_ in PERSONAL_WORDS for t in sent):
        return False
    if glued(sent) or any(
            t.lemma_.lower() in SPEECH_VERBS and not any(c.dep_ in SUBJECTS for c in t.children)
            for t in sent if t.pos_ == "VERB" and t.dep_ == "ROOT"):
        return False  # "...happening.Intel, a chipmaker, said revenue climbed": a name was lost
    return all(kind_word(s) in WORD_KIND for s in subjects) and not any(map(names_part, subjects))


def names_part(subject) -> bool:
    """ "Revenue for the Zephyr console line", "sales of the Falcon truck", "income in Brazil":
    the results noun names a product, a place or a unit by name, whose results they are, not
    the article's company's ("revenue in March" names only a date)."""
    return any(t.pos_ == "PROPN" and t.ent_type_ not in UNNAMING for t in subject.subtree)


def glued(sent) -> bool:
    """The sentence ran together with the one before or after ("event.Acme said", split by the
    tokenizer, or a glued token it kept): the scraper may have lost a name at the seam."""
    doc = sent.doc

    def seam(i: int) -> bool:  # a period with no space after it, then more text
        return (0 <= i < len(doc) - 1 and doc[i].text == "." and not doc[i].whitespace_
                and not doc[i + 1].is_space)

    return seam(sent.start - 1) or seam(sent.end - 1) or any(GLUED.search(t.text) for t in sent)


def placelike(owners, name: str) -> bool:
    """A name the tagger took for a place wherever the text names it ("Los Angeles loses
    $600m a year"), or a country: a place's money is no company's."""
    labels = {m.root.ent_type_ for m in owners.ents.mentions if m.name == name and m.kind == "name"}
    return is_place(name) or bool(labels) and labels <= {"GPE", "LOC"}
