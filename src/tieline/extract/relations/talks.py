"""Partnership talks: "A is in talks with B about a partnership", "... about licensing its
brand", "A held partnership talks with B", "A and B are in talks over an alliance". Talks
are no tie, but talks about one state it as a possibility: partner, hedged (the annotation
guide: "in talks" is hedged), negated when the clause denies the talks. A takeover, a sale
or a bare "deal" as the topic says nothing of a partnership (other rules read those)."""
from __future__ import annotations

from itertools import combinations, islice

from ..arguments import governor_subjects, mentions_of
from ..people import PLACE_TYPES
from ..modality import ENDING_PHRASALS, NEGATING_GOVERNORS, modality_at
from ..wordlists import words
from .supply import org_mentions

TALK_NOUNS = words("relation_words", "talk_nouns_plural")
# the lemma index is looked up by "talk" and, should the tagger leave a plural its own lemma,
# by "talks"; the plural tag and the written form below keep only the plural nouns
TALK_LEMMAS = TALK_NOUNS | {w[:-1] for w in TALK_NOUNS}
PARTNER_TOPICS = words("relation_words", "partner_topics")
TOPIC_PREPS = words("relation_words", "topic_preps")
TOPIC_HEADS = words("relation_words", "partner_topic_heads")  # "a licensing deal"
TOPIC_MODIFIERS = words("relation_words", "partner_topic_modifiers")  # "a joint venture"
PERMIT_NOUNS = words("relation_words", "permit_nouns")  # "its licence"
VERB_ONLY_TOPICS = words("relation_words", "verb_only_topics")  # "teaming up", not "team talks"
RULE = "talks:partner"


def partner_talks(ents, sink) -> None:
    for tok in ents.view.with_lemma(TALK_LEMMAS):
        if tok.pos_ == "NOUN" and tok.lower_ in TALK_NOUNS and tok.tag_ == "NNS":
            _talks(tok, ents.sents[ents.sent_index(tok)], ents, sink)


def _talks(talks, sent, ents, sink) -> None:
    withs = [p for c in talks.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    # the parser hangs "about a partnership" on the talks or on the name talked with
    topics = [c for c in talks.children if c.dep_ == "compound"] + [
        p for h in (talks, *withs) for c in h.children if c.dep_ == "prep"
        and c.lower_ in TOPIC_PREPS for p in c.children if p.dep_ in {"pobj", "pcomp"}]
    if not any(_partner_topic(t) for t in topics):
        return
    # "in talks with London": a place's government or a city, no partner firm
    others = org_mentions(m for p in withs if p.ent_type_ not in PLACE_TYPES
                          for m in mentions_of(p, ents))
    holders = org_mentions(m for t in governor_subjects(talks) for m in mentions_of(t, ents))
    # a talk is a hedge whoever reports it; "not in talks", "denied it was in talks", "ended
    # the talks" say no
    ended = any(t.pos_ == "VERB" and (t.lemma_.lower() in NEGATING_GOVERNORS or any(
        c.dep_ == "prt" and c.lower_ == ENDING_PHRASALS.get(t.lemma_.lower()) for c in t.children))
        for t in _governors(talks))  # "ended the talks", "broke off the talks"
    mood = "negated" if ended or modality_at(talks, sent) == "negated" else "hedged"
    pairs = [(h, o) for h in holders for o in others] if others else \
        list(combinations(holders, 2))  # "A and B are in talks about an alliance"
    for h, o in pairs:
        if h.name != o.name:
            sink.add("partner", h, o, talks, RULE, sent, modality=mood, confidence=0.6)


def _governors(tok) -> list:
    """The words above a token up to its sentence's root (at most six)."""
    return list(islice(tok.ancestors, 6))


def _partner_topic(tok) -> bool:
    """A topic that is a partnership: "a partnership", "licensing its brand", "a licensing
    deal", "a joint venture" (not "a deal", "a takeover", "the sale of its unit"). Refused: a
    topic that names its own party ("a partnership with C", "cooperating with its inquiry":
    not with the one talked with), a permit noun ("its licence"; a licence "for" or "to" use a
    thing is a licensing deal), and "team" but as a verb ("teaming up"; not "team talks", "its
    management team", "a team for the project")."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if lemma in VERB_ONLY_TOPICS and tok.pos_ != "VERB":
        return False  # "held team talks", "a team for the project": a staff, no tie
    if tok.pos_ in {"NOUN", "PROPN"} and lemma in PERMIT_NOUNS:
        return any(c.dep_ in {"prep", "acl"} and (c.lower_ == "for" or any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in tok.children) \
            and not any(c.dep_ == "poss" for c in tok.children)
    if lemma in PARTNER_TOPICS or tok.lower_ in PARTNER_TOPICS:
        return True
    return lemma in TOPIC_HEADS and any(
        c.dep_ in {"compound", "amod"} and (c.lemma_.lower() in PARTNER_TOPICS
                                           or c.lower_ in TOPIC_MODIFIERS)
        for c in tok.children)
