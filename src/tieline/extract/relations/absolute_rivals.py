"""Rivals named in an absolute "with" clause: "Acme is seen as a target, with rivals A and B
having looked at a deal", "with competitors A and B circling". The clause tells the main
clause's situation, so the rivals are those of its subject. The parser hangs the names as the
participle's subject or as the noun's apposition, and the "with" on either verb; neither is
read by the rival-list rules (no rival verb governs the noun)."""
from __future__ import annotations

from ..arguments import SUBJECT_DEPS, mentions_of, subjects_of
from ..modality import modality_at
from .deals import enforcer
from .rival_lists import RIVAL_AGENTS, listed_rivals
from .supply import org_mentions

RULE = "absolute:compete"


def absolute_rivals(ents, sink) -> None:
    for noun in ents.view.with_lemma(RIVAL_AGENTS):
        # "with" right before the noun (the parser makes it the noun's preposition or the
        # participle's marker); "its rivals", "rivals of B", "US rivals" name their own owner
        if noun.tag_ == "NNS" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "with" \
                and not any(c.dep_ in {"poss", "prep", "compound", "nmod", "amod", "det"}
                            for c in noun.children):
            _absolute(noun, ents.view.sent(noun), ents, sink)


def _absolute(noun, sent, ents, sink) -> None:
    named = ents.mention_at(noun.doc[noun.i + 1]) if noun.i + 1 < len(noun.doc) else None
    if named is None:
        return  # "with rivals, A and B": only names written right after the noun
    root = named.root
    if root.dep_ == "nsubj" and root.head.tag_ in {"VBG", "VBN"}:
        verb, rivals = root.head, mentions_of(root, ents)  # the participle's own subject
    else:
        rivals = listed_rivals(noun, ents)
        verb = _participle_after(max((m.span[1] for m in rivals), default=noun.i + 1), sent)
    if verb is None or not _absolute_verb(verb) or not rivals:
        return
    names = {m.name for m in rivals}
    subjects = _main_subjects(noun.doc[noun.i - 1], verb)
    # a pronoun's firm is a guess, as for rival lists; "the Authority cleared the deal, with
    # rivals A and B having objected": the merging firms' rivals, not the regulator's
    owners = [m for m in org_mentions(m for t in subjects for m in mentions_of(t, ents))
              if m.name not in names and m.kind != "pronoun" and not enforcer(m, ents)]
    # a rivalry stands whatever the main clause says of its subject; only a report is passed on
    mood = "reported" if modality_at(noun, sent) == "reported" else "asserted"
    rival_orgs = org_mentions(rivals)
    for owner in owners:
        for rival in rival_orgs:
            sink.add("compete", owner, rival, noun, RULE, sent, modality=mood, confidence=0.6)


def _absolute_verb(verb) -> bool:
    """A participle with no finite auxiliary: "having looked", "circling", "weighing bids"
    (not "rivals A and B have looked", a clause of its own)."""
    return verb.tag_ == "VBG" or any(a.lower_ == "having" for a in verb.children if a.dep_ == "aux")


def _participle_after(end: int, sent):
    """The participle that opens the clause right after a list ending at token `end`: "having"
    or an -ing verb, past one adverb ("with rivals A and B already circling"), within the
    sentence (a next sentence's "Having ..." opens no clause of this one)."""
    doc = sent.doc
    k = end + (1 if end < sent.end and doc[end].pos_ == "ADV" else 0)
    if k >= sent.end:
        return None
    tok = doc[k]
    if tok.lower_ == "having" and tok.dep_ == "aux":
        return tok.head
    return tok if tok.tag_ == "VBG" and tok.pos_ == "VERB" else None


def _main_subjects(with_, verb) -> list:
    """The subject of the clause the "with" phrase hangs from, past the absolute participle
    itself (the parser may hang the "with" on it)."""
    tok = with_
    for _ in range(8):
        if tok.head.i == tok.i:
            return []
        tok = tok.head
        if tok.i == verb.i or tok.pos_ not in {"VERB", "AUX"}:
            continue
        subj = subjects_of(tok) or [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            return subj
    return []
