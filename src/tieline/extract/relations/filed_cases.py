"""A case named with the participle of its filing: "a lawsuit filed by A against B", "B faces a
suit brought by A", "B was hit with a complaint lodged by A". The agent of the participle
brings the case (the noun rule reads only "a lawsuit by A", with "by" on the noun itself); the
defendant is the "against" phrase, or else the subject of a verb a defendant does to a case
(faces, fights, settles, loses, is hit with), or the owner of a trouble the case is said to
be ("B's biggest headache is a lawsuit filed by A").

Refused: any other verb over the case leaves its subject out ("a judge dismissed a lawsuit
filed by A", "B reported on a case brought by A", "B welcomed a suit filed by A": a court, a
paper or a bystander, not the defendant); a case someone asks for or only cites is left to
the noun rule; a participle with no agent names no bringer ("a lawsuit filed last year"); a
question states none. The mood of "face" and "be hit with" is the case's ("could face a lawsuit
filed by A" is hedged); a case fought, settled or lost exists whatever that verb's mood."""
from __future__ import annotations

from ..arguments import conjuncts, governor_subjects, mentions_of
from ..modality import asked, modality_at
from ..wordlists import words
from .deals import LAWYER_NOUNS, LEGAL_ACTIONS, judge_titled, litigant

CASE_NOUNS = words("relation_words", "filed_case_nouns")
FILING_PARTICIPLES = words("relation_words", "filed_case_verbs")
DEFENDANT_VERBS = words("relation_words", "case_defendant_verbs")
EXPOSURE_VERBS = words("relation_words", "case_exposure_verbs")  # "could face": the case's mood
CASE_VERBS = EXPOSURE_VERBS | {"be"}  # "faces a suit", "is a suit"
TROUBLE_NOUNS = words("relation_words", "case_trouble_nouns")  # "B's headache is a suit by A"
PASSIVE_ONLY = words("relation_words", "case_passive_verbs")  # "was served with": not "served B"
LOOSE_NOUNS = words("relation_words", "filed_case_loose_nouns")  # "strike action": no case
LEGAL_FILINGS = words("relation_words", "filed_case_legal_verbs")
PARTIES = {"ORG", "PERSON"}


def filed_cases(ents, sink) -> None:
    for noun in ents.view.with_lemma(CASE_NOUNS):
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        for part in noun.children:
            if part.dep_ == "acl" and part.tag_ == "VBN" \
                    and part.lemma_.lower() in FILING_PARTICIPLES and _a_case(noun, part):
                _filed(noun, part, ents, sink)


def _a_case(noun, part) -> bool:
    """"a lawsuit filed by A", "a legal challenge brought by A", "an action filed by A"; not
    "strike action launched by A" nor "a title challenge mounted by A" (a loose noun needs a
    legal modifier or a filing participle)."""
    return noun.lemma_.lower() not in LOOSE_NOUNS or part.lemma_.lower() in LEGAL_FILINGS or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in LEGAL_ACTIONS for c in noun.children)


def _lawyer_titled(mention) -> bool:
    """"Orvane Shipping lawyer Ann Lee": a name titled as a lawyer defends a client's case."""
    root = getattr(mention, "root", None)
    return root is not None and any(t.lemma_.lower() in LAWYER_NOUNS for t in root.children
                                    if t.dep_ == "compound" and t.i < root.i)


def _named(toks, ents) -> list:
    out = []
    for t in toks:
        for x in conjuncts(t):
            for m in mentions_of(x, ents):
                if m.type in PARTIES and m.name not in {o.name for o in out}:
                    out.append(m)
    return out


def _phrase(holders, word: str) -> list:
    return [p for h in holders for c in h.children if c.dep_ in {"prep", "agent"}
            and c.lower_ == word for p in c.children if p.dep_ == "pobj"]


def _defendant_verb(noun):
    """The verb a defendant does to the case the noun names ("faces a lawsuit", "was hit with
    a suit", "settled the case"), or None."""
    tok = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun
    if tok.dep_ not in {"dobj", "prep"} and not (tok is noun and noun.dep_ == "nsubjpass"):
        return None
    verb = tok.head
    if verb.lemma_.lower() in PASSIVE_ONLY and not any(
            c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None  # "Ann Lee served B with a suit filed by A": Ann Lee hands it over
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in DEFENDANT_VERBS else None


def _troubled(noun) -> list:
    """"B's biggest headache is a lawsuit filed by A", "one of B's problems is ...": the owner
    of the trouble the case is said to be (possessor tokens; none for any other subject)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return []
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "one":  # "one of B's headaches"
        subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None)
    if subj is None or subj.lemma_.lower() not in TROUBLE_NOUNS:
        return []
    return [c for c in subj.children if c.dep_ == "poss"]


def _filed(noun, part, ents, sink) -> None:
    agents = _phrase([part], "by")
    heads = _named(agents, ents)
    if not heads:
        return
    # "filed by A against B": the parser may hang "against B" on A
    tails = _named(_phrase([noun, part, *agents], "against"), ents)
    verb = None
    if not tails and (owners := _troubled(noun)):
        verb, tails = noun.head, _named(owners, ents)  # "B's biggest headache is a lawsuit ..."
    if not tails:
        verb = _defendant_verb(noun)
        if verb is None:
            return
        # a lawyer fighting the case stands for the client ("Ann Lee, a lawyer for B"); a
        # judge who faces or fights one is its defendant like anyone else
        tails = [p for m in _named(governor_subjects(noun), ents) if not _lawyer_titled(m)
                 and (p := m if judge_titled(m) else litigant(m, ents)) is not None]
    sent = ents.view.sent(noun)
    if asked(sent):
        return  # "Is B facing a suit filed by A?": asked, not stated
    mood = modality_at(verb if verb is not None else noun, sent)
    if verb is not None and verb.lemma_.lower() not in CASE_VERBS \
            and mood in {"negated", "hedged", "forecast"}:
        mood = "asserted"  # "would not settle the case brought by A": the case is there
    for h in heads:
        for t in tails:
            if h.name != t.name:
                sink.add("sue", h, t, part, "filed_cases:filed_by", sent,
                         modality=mood, confidence=0.6)
