"""Which sentences of a document can hold a fact, judged before the parse.

The ingest parses (tagger, parser, lemmas) only these; spaCy's entities and sentence splitter
have run on the whole text. A sentence can hold a fact when it quotes someone, names a sum of
money, or names a party (an entity, a name the tagger missed, "it", "the company") together
with a second party or with a word some rule reads (any word of the pattern files: "acquire",
"chief", "said", "stake"…; inflected forms are matched through the model's lemma tables).
Everything else ("Shares fell 2% in early trading." has no party) is left unparsed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .wordlists import load

# The word lists that make a rule fire (not those that only stop one): per pattern file, its keys.
TRIGGER_KEYS = {
    "relations": ("verbs", "nouns", "supply_objects"),
    "relation_words": ("intent_nouns", "divest_nouns", "rival_nouns", "joint_words",
                       "headline_verbs", "headline_joint", "headline_bets", "approval_verbs",
                       "owner_nouns", "request_verbs"),
    "people": ("join_verbs", "leave_verbs", "hire_verbs", "found_verbs", "executive_roles",
               "public_roles", "fire_verbs", "stay_verbs", "served_verbs", "lead_verbs",
               "poach_verbs", "departing", "mover_nouns", "portfolio_titles", "org_heads",
               "ranks", "member_posts", "legislators", "former"),
    "quotes": ("speech_verbs", "role_nouns"),
    "lexicon": ("role_words", "product_nouns", "org_parts"),
    "entities": ("maker_nouns", "develop_verbs", "launch_verbs", "brand_nouns", "naming_verbs",
                 "venture_nouns", "stake_words", "invest_words", "target_verbs",
                 "relational_nouns"),
    "money": ("kind_words", "object_owner_verbs", "receiving_verbs", "sale_verbs",
              "seller_words", "supplier_nouns", "target_verbs", "carry_verbs"),
    "clauses": ("permission_verbs", "possession_verbs", "right_nouns", "payer_verbs"),
}
PARTY_LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART",
                          "EVENT", "LAW"})
MONEY_LABELS = frozenset({"MONEY"})
PRONOUNS = frozenset({"it", "its", "he", "she", "his", "her", "him", "they", "their", "them",
                      "we", "our", "us", "i", "my", "me"})
QUOTE_MARKS = frozenset('"“”‘’«»')
WORD = re.compile(r"[a-z][a-z'-]+")


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every content word of the trigger lists (lowercased, stop words aside)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key not in ("slots", "pair", "type") and not key.startswith("_"):
                    walk(key)
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.update(WORD.findall(value.lower()))

    for name, keys in TRIGGER_KEYS.items():
        for key in keys:
            walk(load(name)[key])
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
        for ent in sent.ents:
            if ent.label_ in MONEY_LABELS:
                return True
            parties += ent.label_ in PARTY_LABELS
        after_name = number = False
        for tok in sent:
            text = tok.text
            if text in QUOTE_MARKS or text.startswith(self.symbols):
                return True
            lower = tok.lower_
            # a capitalised word outside any entity and not touching one: a name the
            # tagger missed ("Mr" before a person, "Monday" in a date are not)
            if tok.ent_iob == 2 and tok.i > sent.start and text[:1].isupper() and tok.is_alpha:
                if not after_name and (tok.i + 1 >= sent.end or tok.nbor().ent_iob == 2):
                    parties += 1
                after_name = True
            else:
                after_name = tok.ent_iob != 2
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
