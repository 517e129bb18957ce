"""invest facts from a joint venture named as two firms' own: "A and B are expanding their Trellis
joint venture" says A and B each hold a stake in Trellis (the alliance of A and B is the partner
rules' business). Read from the surface, "their" + a name + "joint venture", because the parser
often breaks the name apart; the owners are the named subjects of the clause "their" stands in,
at least two firms and nothing else. A venture that is someone else's ("the Trellis joint
venture of C and D", "their rivals' Trellis joint venture"), "its" (one owner, a guess) or owners
that are a pronoun or a description ("they", "the two companies") give nothing; ending the
venture ("dissolved their X joint venture") is a holding that ended.
"""
from __future__ import annotations

from ..arguments import Named, mentions_of, subjects_of
from ..modality import modality_at
from ..wordlists import words

# a place or a people says where a venture is: "their Chinese joint venture"
PLACE_TYPES = {"GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
UNDONE_AUX = {"must", "should", "would", "could", "may", "might", "will", "shall", "to", "'ll"}
ENDING_VERBS = words("relation_words", "venture_end_verbs")  # "ended their X joint venture"


def venture_owners(ents, sink) -> None:
    for sent in ents.sents:
        for tok in sent:
            if tok.lower_ == "jv" or tok.lower_ == "joint" and tok.i + 1 < len(tok.doc) \
                    and tok.doc[tok.i + 1].lower_ in {"venture", "ventures"}:
                _from_venture(tok, sent, ents, sink)


def _from_venture(first, sent, ents, sink) -> None:
    their, name = _named_between(first, ents)
    if name is None:
        return
    verb = _clause_verb(their, first.i)
    if verb is None:
        return
    owners = [m for s in subjects_of(verb) for m in mentions_of(s, ents)]
    names = {m.name for m in owners}
    if len(names) < 2 or name in names or any(
            m.kind != "name" or m.type != "ORG" for m in owners):
        return
    # "their" says the venture is theirs whatever the verb's mood ("may expand", "did not
    # expand"); only ending it says it is no longer, and a report stays a report
    mood = modality_at(verb, sent)
    ended = verb.lemma_.lower() in ENDING_VERBS and mood == "asserted" and not any(
        c.dep_ == "aux" and c.lower_ in UNDONE_AUX for c in verb.children)  # "must sell"
    modality = "negated" if ended else \
        "reported" if mood == "reported" else "asserted"
    for owner in sorted(names):
        sink.add("invest", Named(owner, "ORG"), Named(name, "ORG"), first,
                 "venture:their", sent, modality=modality, confidence=0.6)


def _clause_verb(their, end: int):
    """The verb whose clause holds "their": up its heads to the first verb outside the venture's
    words ("Cruises" in "their Trellis Cruises joint venture" may be tagged a verb)."""
    tok = their
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and not their.i < tok.i <= end + 1:
            return tok
    return None


def _named_between(first, ents):
    """("their", the venture's name) when "their" + one capitalised name stands right before
    "joint venture", else (None, None). The frame says the name is a firm, whatever the tagger
    typed it ("Trellis Cruises" read as a person) or if it left it out; a place or a people
    ("their Chinese joint venture", "their US JV") names where the venture is, not what."""
    doc = first.doc
    k = first.i - 1
    while k >= 0 and k > first.i - 5 and doc[k].lower_ != "their":
        k -= 1
    if k < 0 or doc[k].lower_ != "their" or k == first.i - 1:
        return None, None
    words = doc[k + 1:first.i]
    if any(not (w.is_title or w.is_upper) or w.ent_type_ in PLACE_TYPES or w.is_stop
           for w in words):
        return None, None
    m = ents.mention_at(words[-1])
    if m is not None and m.kind == "name" and m.span == (words.start, words.end):
        return doc[k], m.name
    if m is not None or any(w.text in ents.places for w in words) or words.text in ents.places:
        return None, None  # a mention that is wider or narrower: not one name
    return doc[k], words.text
