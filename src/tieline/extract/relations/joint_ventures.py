"""invest facts from a joint venture named as two firms' own: "A and B are expanding their
Trellis Holdings joint venture" says A and B each hold a stake in it (the alliance of A and B is
the partner rules' business). Read from the surface, "their" + a name + "joint venture", because
the parser often breaks the name apart; the owners are the named subjects of the clause "their"
stands in, at least two firms and nothing else. A venture that is someone else's ("the X joint
venture of C and D", "their rivals' X joint venture"), "its" (one owner, a guess) or owners that
are a pronoun or a description ("they", "the two companies") give nothing. The name must read as
a firm's (a company word at its end, or an owner's first word): "their EV joint venture", "their
New Energy joint venture", "their Sarah Jenkins joint venture" say what it does or who runs it.
Ending the venture ("dissolved their X joint venture") is a holding that ended; creating it
("formed their X joint venture") is a holding only as a plain fact: planned, hedged, failed or
denied ("plan to set up", "will launch", "never formed") gives nothing; any other verb gives its
own mood ("may expand" hedged; "did not expand" nothing).
"""
from __future__ import annotations

from ..arguments import Named, mentions_of, subjects_of
from ..lexicon import ORG_NAME_TAILS
from ..modality import modality_at
from ..wordlists import words

# a place or a people says where a venture is: "their Chinese joint venture"
PLACE_TYPES = {"GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
UNDONE_AUX = words("relation_words", "venture_undone_aux")  # "must sell": not sold yet
ENDING_VERBS = words("relation_words", "venture_end_verbs")  # "ended their X joint venture"
STARTING_VERBS = words("relation_words", "venture_start_verbs")  # "formed their X joint venture"
# a verb another verb governs is that verb's plan or attempt: "plan to form", "failed to set up"
GOVERNED = {"xcomp", "ccomp", "pcomp", "csubj"}


def venture_owners(ents, sink) -> None:
    for tok in ents.view.with_lower(("jv", "joint")):
        if tok.lower_ == "jv" or tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].lower_ in {"venture", "ventures"}:
            _from_venture(tok, ents.view.sent(tok), ents, sink)


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
            m.kind != "name" or m.type != "ORG" for m in owners) or not _firm_name(name, names):
        return
    modality = _venture_mood(verb, sent)
    if modality is None:
        return
    for owner in sorted(names):
        sink.add("invest", Named(owner, "ORG"), Named(name, "ORG"), first,
                 "venture:their", sent, modality=modality, confidence=0.6)


def _venture_mood(verb, sent):
    """The holding's modality, or None when the clause does not say the venture exists."""
    mood = modality_at(verb, sent)
    undone = any(c.dep_ == "aux" and c.lower_ in UNDONE_AUX for c in verb.children)
    lemma = verb.lemma_.lower()
    if lemma in ENDING_VERBS:
        if mood == "asserted" and not undone:
            return "negated"  # "dissolved their X joint venture": held, no longer
        return "asserted" if undone and mood != "negated" else None  # "must sell": still held
    if lemma in STARTING_VERBS:
        if undone or verb.dep_ in GOVERNED or mood not in {"asserted", "reported"}:
            return None  # "will launch", "plan to set up", "never formed": not (yet) there
        return mood
    return None if mood == "negated" else mood  # "did not expand" says nothing of the stake


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
    "joint venture", else (None, None); a place or a people ("their Chinese joint venture")
    names where the venture is, not what. Whether the name is a firm's is _firm_name's call."""
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


def _firm_name(name: str, owners) -> bool:
    """Whether the words before "joint venture" name a firm rather than say what the venture does
    ("their EV / LNG / Cloud / New Energy joint venture", which the tagger may type a company)
    or a person: the name ends in a company word ("Trellis Holdings") or carries an owner's own
    first word ("Orvane Cruises" of Orvane Shipping), as a venture's name often does."""
    parts = name.split()
    if len(parts) >= 2 and parts[-1].lower() in ORG_NAME_TAILS:
        return True
    return len(parts) >= 2 and any(o.split()[0] == parts[0] for o in owners)
