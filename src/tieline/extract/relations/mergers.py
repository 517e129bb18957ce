"""acquire facts from a merger that forms a new firm: "A merged with B to form C", "A and B
merged to form C", "C was formed by the merger of A and B", "C, created through the merger of A
and B", "the merger of A and B created C". The guide's convention: a merger that creates a new
company is acquire by the new company of each party.

The new firm is a named company the forming verb (form, create) takes as object, as passive
subject, or (a participle) describes; the parties are the merging verb's subject and its "with"
object, or the names "of" / "between" the merger noun lists; at least two named companies, the
new one not among them. Refused: a joint venture ("A and B teamed up to form C": both parties
live on, C is theirs, which is another rule's), a merger of one named firm ("A merged its units
to form C"), and a formed thing that is no named company ("to form the largest brewer").

The parties of such a merger are no buyer and target of each other, nor partners: the merging
verb's own reading ("A merged with B": acquire of B by A; "A and B merged": partners) is dropped
for them in that sentence (`without_merged_pairs`), also when the new firm has no name but a
company noun ("merged with B to form the largest brewer": a new firm, not A, took B over).
"""
from __future__ import annotations

from ..arguments import Named, mentions_of
from ..lexicon import ORG_DESCRIPTORS
from ..modality import modality_at
from ..wordlists import words

MERGING_VERBS = words("relation_words", "merging_verbs")  # merge, combine ...
MERGER_NOUNS = words("relation_words", "merger_nouns")  # merger, combination ...
FORMING_VERBS = words("relation_words", "merger_forming_verbs")  # form, create
FORMING_PREPS = words("relation_words", "merger_forming_preps")  # "formed by / through ..."
RULE = "merger:form"
MERGER_CUES = ("merg", "combin", "amalgam")  # a sentence without one forms no merger


def merger_facts(ents, sink) -> list:
    """Add the acquire facts of each merger that forms a named firm; return where the mergers
    are, for `without_merged_pairs`: (sentence start, sentence end, the party names) of every
    merger forming a new firm, named or a company noun ("to form the largest brewer")."""
    merged = []
    for sent, verb in _forming_verbs(ents):
        formed = _formed_token(verb)
        new = named_company(formed, ents)
        if new is None and (formed is None or formed.lemma_.lower() not in ORG_DESCRIPTORS):
            continue  # "merged with B to create value": no new firm said
        parties, clause = _parties(verb, ents)
        names = {m.name for m in parties}
        if len(names) >= 2:
            merged.append((sent.start_char, sent.end_char, names))
        if new is not None:
            _add_facts(new, parties, clause, verb, sent, sink)
    return merged


def _forming_verbs(ents):
    # lower case for "Merger of A and B forms C" in a headline or at the start
    low = ents.text.lower()
    if not any(cue in low for cue in MERGER_CUES):
        return  # no sentence can hold one
    for sent in ents.sents:
        text = ents.view.sent_text(sent).lower()
        if not any(cue in text for cue in MERGER_CUES):
            continue  # cheap cue first
        for verb in sent:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in FORMING_VERBS:
                yield sent, verb


def _add_facts(new, parties, clause, verb, sent, sink) -> None:
    names = {m.name for m in parties if m.name != new.name}
    if len(names) < 2:
        return
    modality = modality_at(clause, sent)
    for name in sorted(names):
        sink.add("acquire", Named(new.name, "ORG"), Named(name, "ORG"), verb, RULE, sent,
                 modality=modality, confidence=0.6)


def _formed_token(verb):
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if obj is None and verb.dep_ == "acl":
        obj = verb.head  # "C, formed by the merger of A and B,"
    return obj


def _parties(verb, ents):
    """(the merging parties' mentions, the token whose clause says how sure the merger is)."""
    head = verb.head
    if verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in MERGING_VERBS:
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects and head.dep_ == "acl":
            subjects = [head.head]  # "Acme, which merged ...": the parser hangs it on the name
        withs = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
        return [m for t in subjects + withs for m in _companies(t, ents)], head
    nouns = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in MERGER_NOUNS]
    nouns += [p for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ in FORMING_PREPS
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MERGER_NOUNS]
    listed = [p for n in nouns for c in n.children if c.dep_ == "prep"
              and c.lower_ in {"of", "between"} for p in c.children if p.dep_ == "pobj"]
    return [m for t in listed for m in _companies(t, ents)], verb


def _companies(tok, ents) -> list:
    return [m for m in mentions_of(tok, ents) if getattr(m, "kind", "name") == "name"
            and m.type == "ORG" and m.name not in ents.places]


def named_company(tok, ents):
    """The organization a token names by its own name (no description, pronoun or place)."""
    m = ents.mention_at(tok) if tok is not None else None
    if m is None or m.kind != "name" or m.type != "ORG" or m.name in ents.places:
        return None
    return m


def without_merged_pairs(found: list, merged: list) -> list:
    """Drop the acquire and partner facts between two parties of a merger that formed a new
    firm in the same sentence (`merged`, from `merger_facts`): neither bought the other, and
    they did not ally, they merged. A fact belongs to the sentence its evidence overlaps (the
    evidence may be trimmed of the sentence's leading space, or span a quote's sentences)."""
    if not merged:
        return found
    return [r for r in found if r.type not in {"acquire", "partner"} or r.evidence is None
            or r.evidence.rule == RULE
            or not any({r.head, r.tail} <= names for start, end, names in merged
                       if r.evidence.start < end and r.evidence.end > start)]
