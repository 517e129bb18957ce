"""invest facts from a firm said to be a part of another, or to belong to it: "Kestrel Foods,
part of Halvorsen Group, ...", "Kestrel Foods is (now) part of the Halvorsen Group", "Kestrel
Foods, which belongs to Halvorsen Group, ..." say Halvorsen Group holds Kestrel Foods.

Strict on both ends, because "part of" is common and mostly says something else: the object of
"of" / "to" must be a named firm standing alone ("part of the Halvorsen supply chain", "part of
Halvorsen's plan", "part of the Trellis consortium" name a thing the firm is in, not its owner);
the owner's name may hold no word of a public body, a union, a party or a membership body
("the Quillfield Alliance", "the Orvane Index", "the Norland Ministry of Trade") and neither
end may be a school, an institute or a hospital (a faculty "part of" a university); "part" stands
bare ("a key part of", "a small part of" measure a share of something, not a holding) and is
the firm's own description (an aside on it, or what the firm is, becomes or remains); the owned
end is a named firm too. "no longer part of" is a holding that ended (negated, as the modality
of the clause says); "once / formerly part of" too; "will become part of" is forecast. A bare
past "X was part of Y", "X belonged to Y" gives nothing: it says the holding was, not whether
it ended.
"""
from __future__ import annotations

from ..arguments import Named, mentions_of
from ..modality import modality_at
from ..wordlists import words
from .holdings import NON_FIRM_OWNERS, firm_holds

MEMBER_BODIES = words("relation_words", "member_bodies")  # alliance, consortium, index ...
PART_COPULAS = words("relation_words", "part_copulas")  # be, become, remain
LEARNING = words("relation_words", "seat_of_learning_words")  # university, institute, hospital
LAPSED = words("relation_words", "lapsed_adverbs")  # "once part of X": no longer


def part_facts(ents, sink) -> None:
    for tok in ents.view.with_any(lemmas=("belong",), lowers=("part",)):
        sent = ents.view.sent(tok)
        if tok.pos_ == "NOUN" and tok.lower_ == "part":
            owner = _owner(tok, "of", ents)
            owned = _described(tok, ents) if owner is not None else []
        elif tok.pos_ == "VERB" and tok.lemma_.lower() == "belong" and not (
                tok.tag_ == "VBD" and not _lapsed(tok, tok)):  # "belonged to": as "was part of"
            owner = _owner(tok, "to", ents)
            owned = [m for c in tok.children if c.dep_ == "nsubj"
                     for m in _subject(c, ents)] if owner is not None else []
        else:
            continue
        for m in owned:
            if m.kind != "name" or m.type != "ORG" or m.name in ents.places \
                    or m.name == owner.name or not firm_holds(owner.name, m.name) \
                    or set(m.name.lower().split()) & LEARNING:
                continue  # "the Research Institute, part of the University": no firm
            sink.add("invest", Named(owner.name, "ORG"), Named(m.name, "ORG"), tok,
                     f"part:{tok.lemma_.lower()}", sent, modality=_mood(tok, sent),
                     confidence=0.6)


def _owner(tok, prep: str, ents):
    """The named firm that is the whole object of tok's preposition, else None."""
    if any(c.dep_ in {"amod", "compound", "nummod", "poss", "nmod"} for c in tok.children):
        return None  # "a key part of", "its part of", "a 10% part of"
    objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children if p.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].conjuncts:
        return None  # "part of A and B": a joint holding or a list, not said which
    m = ents.mention_at(objs[0])
    if m is None or m.kind != "name" or m.type != "ORG" or m.root.i != objs[0].i \
            or m.name in ents.places:
        return None  # "part of the Halvorsen supply chain": the object is the chain
    if set(m.name.lower().split()) & (NON_FIRM_OWNERS | MEMBER_BODIES | LEARNING):
        return None  # "part of the Quillfield Alliance", "part of the Ministry of Trade"
    return m


def _described(part, ents) -> list:
    """The names "part" describes: the name it is an aside to, or the subject of the copula it
    completes ("X is / became part of Y", "X, which is part of Y")."""
    if part.dep_ == "appos":  # "A and B, part of X": on both or on B alone, not said
        return [m for m in [ents.mention_at(part.head)] if m is not None
                and not part.head.conjuncts]
    verb = part.head
    if part.dep_ == "attr" and verb.lemma_.lower() in PART_COPULAS and not (
            verb.lemma_.lower() == "be" and verb.tag_ == "VBD" and not _lapsed(part, verb)):
        # "X was part of Y, bought by Z last year": then, not whether it still is; "became
        # part of" is a holding now, "was once part of" one that ended
        return [m for c in verb.children if c.dep_ == "nsubj" for m in _subject(c, ents)]
    return []


def _subject(tok, ents) -> list:
    """The names a subject stands for; a relative pronoun for the one name its clause is on,
    none after a list or a description ("A, B and C, which belongs to X": the parser may hang
    it on A; "A, a private firm and the C Lab, which belongs to X": on "firm"; only C is meant,
    and the parse cannot tell which)."""
    if tok.lower_ in {"which", "that"}:
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        ant = clause.head if clause is not None else tok
        m = ents.mention_at(ant)  # the name the clause is on itself, not a noun beside it
        listed = ant.conjuncts or any(t.dep_ == "cc" for t in tok.doc[ant.i:tok.i])
        return [m] if m is not None and not listed else []
    return mentions_of(tok, ents)


def _mood(tok, sent) -> str:
    """The clause's modality; "once / formerly part of" is a holding that ended."""
    verb = tok.head if tok.dep_ == "attr" else tok
    return "negated" if _lapsed(tok, verb) else modality_at(verb, sent)


def _lapsed(tok, verb) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in LAPSED for x in (tok, verb) for c in x.children)
