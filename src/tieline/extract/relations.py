"""Relation extraction: verbs and nouns that signal a relation, with the entities they govern.

A first honest version: a lexicon of trigger lemmas per relation type; the subject side and the
object side of the trigger are found through the dependency tree.
"""
from __future__ import annotations

from ..model import Evidence, Relation
from .modality import modality_of
from .timex import time_of

TRIGGERS = {
    "partner": {"partner", "team", "collaborate", "ally"},
    "invest": {"invest", "back", "fund"},
    "supply": {"supply", "provide", "power"},
    "use": {"use", "adopt", "deploy"},
    "compete": {"compete", "rival"},
    "acquire": {"acquire", "buy", "purchase"},
    "sue": {"sue"},
}
LEMMA_TYPE = {lemma: rtype for rtype, lemmas in TRIGGERS.items() for lemma in lemmas}


def _side(token, deps):
    return [t for t in token.children if t.dep_ in deps]


def _entities_under(tokens, ents):
    names = []
    for tok in tokens:
        for sub in tok.subtree:
            mention = ents.mention_at(sub)
            if mention and mention.type == "ORG" and mention.name not in names:
                names.append(mention.name)
    return names


def extract_relations(sdoc, ents, document) -> list[Relation]:
    found: list[Relation] = []
    for sent in sdoc.sents:
        for tok in sent:
            rtype = LEMMA_TYPE.get(tok.lemma_.lower())
            if rtype is None or tok.pos_ != "VERB":
                continue
            heads = _entities_under(_side(tok, {"nsubj", "nsubjpass"}), ents)
            objs = _entities_under(_side(tok, {"dobj", "prep", "dative"}), ents)
            for head in heads:
                for tail in objs:
                    if head == tail:
                        continue
                    ev = Evidence(document.id, sent.start_char, sent.end_char, sent.text.strip(),
                                  f"verb:{rtype}:{tok.lemma_.lower()}", 0.6)
                    ev.modality = modality_of(sent.text)
                    ev.time = time_of(sent.text, document.published)
                    found.append(Relation(rtype, head, tail, modality=ev.modality,
                                          time=ev.time, evidence=ev))
    return found
