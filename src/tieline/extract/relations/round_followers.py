"""Investors a sentence adds to the round the sentence before it told of: "Quillfield raised
$40m in a round led by A. B and C also participated." / "Existing investors B and C also took
part." / "D also invested." The verb has no object of its own and says "also"; the sentence
before names a round (a round, or the company raising) and gave invest facts into exactly
one company, which the newcomers join. A verb with its own object or place ("also invested
in Y", "also joined the board") is left to the other rules."""
from __future__ import annotations

from ..arguments import Named, mentions_of, subjects_of
from ..wordlists import words

FOLLOW_VERBS = words("relation_words", "round_follow_verbs")  # participate, join, invest
ROUND_NOUNS = words("relation_words", "round_nouns")  # round
RAISE_VERBS = words("relation_words", "round_raise_verbs")  # raise, secure, close, land
RAISED = words("relation_words", "round_raise_objects")  # funding, a round: raised, besides a sum
ADDING_ADVERBS = {"also", "too"}
RULE_ID = "invest:round_followers"


def round_followers(ents, sink) -> None:
    sents = ents.sents
    for k in range(1, len(sents)):
        before, sent = sents[k - 1], sents[k]
        facts = [r for r in sink.found if r.type == "invest"
                 and before.start_char <= r.evidence.start < before.end_char]
        tails = {r.tail for r in facts}
        if len(tails) != 1 or _other_subject(before, facts, ents) or _raise_verbs(sent):
            continue  # no round fact, rounds of two companies, or a raising of the sentence's own
            # ("Quillfield also raised money, and B also participated": whose round is not said)
        tail = ents.entities.get(next(iter(tails)))
        if tail is None or not _names_round(before, tail.name, ents):
            continue  # "Kestrel, which owns Trellis, cut funding": a holding, no round
        for verb in sent:
            if not _joins(verb):
                continue
            heads = [m for s in subjects_of(verb) for m in mentions_of(s, ents)
                     if m.type in {"ORG", "PERSON"} and m.name != tail.name]
            for h in heads:
                sink.add("invest", h, Named(tail.name, tail.type), verb, RULE_ID, sent,
                         confidence=0.6)


def _names_round(sent, company: str, ents) -> bool:
    """The sentence tells of the company's round: it names a round, or the company is the
    subject of a raising ("Trellis raised $40m from A"); a funding word elsewhere ("Kestrel,
    which owns Trellis, cut funding") is no round."""
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in ROUND_NOUNS for t in sent):
        return True
    return any(m.name == company for t in _raise_verbs(sent) if _raised_money(t)
               for s in subjects_of(t) for m in mentions_of(s, ents))


def _raised_money(verb) -> bool:
    """The raise verb's object is money or a round ("raised $40m", "received funding"), not
    what a firm also wins or gets ("won a contract", "got approval", "received an award")."""
    return any(w.ent_type_ == "MONEY" or w.lower_ in RAISED or w.lemma_.lower() in RAISED
               for o in verb.children if o.dep_ == "dobj" for w in o.subtree)


def _raise_verbs(sent) -> list:
    return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in RAISE_VERBS]


def _other_subject(sent, facts, ents) -> bool:
    """A firm the sentence makes the subject of a clause, that is neither the raiser nor an
    investor its facts name ("A raised $5m from B and C raised $2m from D"): a second round."""
    if len(_raise_verbs(sent)) > 1:
        return True  # two raisings, whichever the parser joined to which name
    parties = {r.tail for r in facts} | {r.head for r in facts}
    return any(m.type == "ORG" and m.name not in parties for t in sent
               if t.dep_ in {"nsubj", "nsubjpass"} for m in mentions_of(t, ents))


def _joins(verb) -> bool:
    """"also participated", "also took part", "also invested", "joined too": no object, no
    place joined, and an adverb saying the subject adds to what was told."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in {"dobj", "attr", "prep", "xcomp", "ccomp"}]
    if lemma == "take":
        if [o.lower_ for o in objs] != ["part"]:
            return False
    elif lemma not in FOLLOW_VERBS or objs:
        return False
    return verb.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in ADDING_ADVERBS for c in verb.children)
