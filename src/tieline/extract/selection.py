"""Which sentences of a document can hold a fact, judged before the parse.

The ingest parses (tagger, parser, lemmas) only these; spaCy's entities and sentence splitter
have run on the whole text. A sentence can hold a fact when it quotes someone, names a sum of
money, or names a party (an entity, a name the tagger missed, "it", "the company") together
with a second party or with a word some rule reads (any content word of the pattern files:
"acquire", "chief", "said", "stake"…; inflected forms are matched through the model's lemma
tables). The test is deliberately wide: a narrower one (only the trigger lists, fewer kinds of
party) skipped more but lost facts on the gold sets.
Everything else ("Shares fell 2% in early trading." has no party) is left unparsed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .wordlists import load

PATTERN_FILES = ("clauses", "entities", "lexicon", "modality", "money", "people", "quotes",
                 "relation_words", "relations", "validity")
PARTY_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "LOC",
                          "WORK_OF_ART", "EVENT", "LAW"})
MONEY_LABELS = frozenset({"MONEY"})
PRONOUNS = frozenset({"it", "its", "he", "she", "his", "her", "him", "they", "their", "them",
                      "we", "our", "us", "i", "my", "me"})
QUOTE_MARKS = frozenset('"“”‘’«»')
WORD = re.compile(r"[a-z][a-z'-]+")


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every content word the rules' pattern files name (lowercased, stop words aside)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if not key.startswith("_"):
                    walk(key)
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.update(WORD.findall(value.lower()))

    for name in PATTERN_FILES:
        walk(load(name))
    return frozenset(found - STOP_WORDS)


@lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    money = load("money")
    words = {w for phrase in money["currency_words"] for w in phrase.split()}
    return frozenset(words | {c.lower() for c in money["iso_codes"]} | set(money["scales"]))


class Selector:
    """Decides per sentence; remembers each word form it has looked up (one per process)."""

    def __init__(self, lookups=None):
        self.triggers = trigger_words()
        self.descriptors = frozenset(load("lexicon")["org_descriptors"])
        self.money_words = _money_words()
        self.symbols = tuple(load("money")["symbols"])
        self._exc, self._rules, self._index = {}, {}, {}
        if lookups is not None:
            for pos in ("verb", "noun", "adj"):
                self._exc[pos] = lookups.get_table("lemma_exc").get(pos, {})
                self._rules[pos] = lookups.get_table("lemma_rules").get(pos, [])
                self._index[pos] = set(lookups.get_table("lemma_index").get(pos, []))
        self._seen: dict[str, bool] = {}

    def is_trigger(self, lower: str) -> bool:
        hit = self._seen.get(lower)
        if hit is None:
            hit = self._seen[lower] = bool(self._lemmas(lower) & self.triggers)
        return hit

    def _lemmas(self, word: str) -> set[str]:
        """The word and every lemma the rule lemmatizer could give it as a verb, noun or
        adjective ("acquired" -> "acquire", "bought" -> "buy", "stakes" -> "stake")."""
        found = {word}
        for pos, exc in self._exc.items():
            found.update(exc.get(word, ()))
            for old, new in self._rules[pos]:
                if word.endswith(old) and len(word) > len(old):
                    form = word[: len(word) - len(old)] + new
                    if form in self._index[pos]:
                        found.add(form)
        return found

    def keep(self, sent) -> bool:
        """True when the sentence (a Span with entities set) may hold a fact."""
        parties, trigger = 0, False
        in_entity = set()
        for ent in sent.ents:
            if ent.label_ in MONEY_LABELS:
                return True
            if ent.label_ in PARTY_LABELS:
                parties += 1
                in_entity.update(range(ent.start, ent.end))
        previous_name = number = False
        for tok in sent:
            text = tok.text
            if text in QUOTE_MARKS or text.startswith(self.symbols):
                return True
            lower = tok.lower_
            # a run of capitalised words outside the entities: a name the tagger may have missed
            name = tok.i in in_entity or (tok.i > sent.start and text[:1].isupper()
                                          and tok.is_alpha)
            if name and not previous_name and tok.i not in in_entity:
                parties += 1
            previous_name = name
            if lower in PRONOUNS or lower in self.descriptors:
                parties += 1
            if tok.like_num:
                number = True
            elif number and lower in self.money_words:  # "27.2m euros", "5 billion"
                return True
            if not trigger and tok.is_alpha and not tok.is_stop:
                trigger = self.is_trigger(lower)
            if parties >= 2 or (parties and trigger):
                return True
        return False
