"""invest facts from a house set beside its owner's brand noun: "Halvorsen Group named a chief to
revive Kestrel Foods, its flagship brand" says Halvorsen Group holds Kestrel Foods. "its" cannot
be the house itself, so it stands for the firm the clause is about: the named subject of the
nearest verb above the house that has one (a subject that is no name, like "sales", or the
house itself is passed over; a person, a pronoun or a place names no owner). Read from the
surface, "X, its [modifiers] brand", because the parser often hangs the brand noun on a later
verb. The modifiers must say the brand is the firm's own and central ("flagship", "best-known",
"main"): "its closest brand", "its new brand" may be anyone's, "its rival / supplier brand" is
someone else's; a former one is a holding that ended. The verb over the house must leave it
where it is: buying, selling, licensing or closing it ("agreed to buy X, its first brand",
"sold X, its flagship brand, to Y") says it is not yet or no longer held, and "its" may be the
seller; a planned, hedged or denied clause gives nothing, a report stays a report.
"""
from __future__ import annotations

from ..arguments import Named
from ..modality import modality_at
from ..wordlists import words

BRAND_NOUNS = words("relation_words", "flagship_brand_nouns")  # brand, label, house, marque
NOT_OWN = words("relation_words", "flagship_not_own")  # "its rival brand", "its partner label"
OWN_MARKS = words("relation_words", "flagship_own_marks")  # "its flagship brand"
ENDED = words("relation_words", "flagship_ended")  # "its former flagship label"
MOVING = words("relation_words", "flagship_moving_verbs")  # "sold X, its flagship brand, to Y"
# "will acquire", "must sell"; not "to": "named a chief to revive X" leaves X where it is, and
# "agreed to buy X" is a moving verb anyway
UNDONE_AUX = words("relation_words", "venture_undone_aux") - {"to"}
SPEECH_VERBS = words("money", "speech_verbs")  # "Orvane said Halvorsen was reviving X, its ..."
MAX_MODIFIERS = 3  # "its best-known luxury brand"


def flagship_facts(ents, sink) -> None:
    for tok in ents.view.with_lower(("its",)):
        if tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
            _from_its(tok, ents.view.sent(tok), ents, sink)


def _from_its(its, sent, ents, sink) -> None:
    doc = its.doc
    house = ents.mention_at(doc[its.i - 2])
    if house is None or house.kind != "name" or house.type != "ORG" or house.span[1] != its.i - 1:
        return
    k = its.i + 1
    while k < sent.end and k - its.i <= 2 * MAX_MODIFIERS and doc[k].lower_ not in BRAND_NOUNS:
        if doc[k].pos_ not in {"ADJ", "NOUN", "ADV", "PUNCT"} or doc[k].text in {",", ";", "("}:
            return
        k += 1
    if k >= sent.end or doc[k].lower_ not in BRAND_NOUNS:
        return
    mods = set(doc[its.i + 1:k].text.lower().split())  # "best-known" stays one word
    if len(mods) > MAX_MODIFIERS or mods & NOT_OWN or not mods & (OWN_MARKS | ENDED):
        return
    modality = _house_mood(doc[house.span[1] - 1], sent, ended=bool(mods & ENDED))
    if modality is None:
        return
    owner = _clause_owner(doc[house.span[1] - 1], house, ents)
    if owner is None:
        return
    if modality == "asserted" and _told_by_other(doc[house.span[1] - 1], owner, ents):
        modality = "reported"
    sink.add("invest", Named(owner.name, "ORG"), Named(house.name, "ORG"), doc[k],
             "flagship:its", sent, modality=modality, confidence=0.6)


def _house_mood(tok, sent, ended: bool):
    """The holding's modality from the verb over the house, or None when that verb moves the
    house (buys, sells, licenses, closes it) or the clause is not a plain fact."""
    verb = tok
    while verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return "negated" if ended else "asserted"
    mood = modality_at(verb, sent)
    if mood not in {"asserted", "reported"} or any(
            c.dep_ == "aux" and c.lower_ in UNDONE_AUX for c in verb.children):
        return None  # "will acquire X, its largest brand", "may revive X"
    if ended:
        return "negated"  # "sold X, its former flagship label": held, no longer
    if verb.lemma_.lower() in MOVING:
        return None
    return mood


def _told_by_other(tok, owner, ents) -> bool:
    """Whether a verb of speech above tok has a subject other than the owner: a third party's
    word ("Orvane said Halvorsen was reviving X, its flagship brand"), not the owner's own."""
    for _ in range(10):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS:
            said = [ents.mention_at(c) for c in tok.children if c.dep_ == "nsubj"]
            return any(m is None or m.name != owner.name for m in said)
    return False


def _clause_owner(tok, house, ents):
    """The named firm subject of the nearest verb above tok that has a subject naming something."""
    for _ in range(10):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects:
            continue  # "entrusting him with reviving X, its brand": up to the clause's verb
        named = [m for s in subjects for m in [ents.mention_at(s)] if m is not None]
        if not named and all(s.pos_ == "NOUN" for s in subjects) or \
                [m.name for m in named] == [house.name]:
            continue  # "sales at X, its flagship brand, rose", "X, its brand, grew": not "its"
        if len(named) != 1 or len(subjects) != 1:
            return None
        m = named[0]
        if m.kind != "name" or m.type != "ORG" or m.name in ents.places:
            return None
        return m
    return None
