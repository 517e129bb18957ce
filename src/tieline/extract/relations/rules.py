"""The relation rules: trigger words and slots read from patterns/relations.json, and the
type constraints every relation keeps."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import Matcher

from ..wordlists import load, words

ARG_TYPES = {  # which entity types may fill (head, tail) of each relation
    "partner": ({"ORG"}, {"ORG"}), "invest": ({"ORG", "PERSON"}, {"ORG"}),
    "supply": ({"ORG"}, {"ORG", "PERSON"}), "use": ({"ORG", "PERSON"}, {"ORG"}),
    "compete": ({"ORG"}, {"ORG"}), "develop": ({"ORG"}, {"PRODUCT"}),
    "acquire": ({"ORG", "PERSON"}, {"ORG"}), "employ": ({"ORG"}, {"PERSON"}),
    "talent_move": ({"ORG"}, {"ORG"}), "sue": ({"ORG", "PERSON"}, {"ORG", "PERSON"}),
}
MAKER_SIDE = {"partner", "invest", "supply", "use", "compete", "acquire", "sue"}
# Nouns whose infinitive states an aim, not a fact: "Nestle's bid to buy X"
INTENT_NOUNS = load("relation_words")["intent_nouns"]
DIVEST_NOUNS = words("relation_words", "divest_nouns")
RIVAL_NOUNS = words("relation_words", "rival_nouns")
JOINT_WORDS = words("relation_words", "joint_words")  # "their combined platform"
# "the Union-controlled Assembly", "a party that holds the Senate": power over a legislature or
# a territory, not a stake in a company
GOVERNING_BODIES = words("relation_words", "governing_bodies")
OWNER_NOUNS = words("relation_words", "owner_nouns")  # "owner of a fruit stand"
# a person and the organization they hold a role at are not each other's customer, supplier,
# investee or partner: "Ann Lee, who runs Revolut, ..." is a job, not use of Revolut
ROLE_EXCLUDES = {"use", "supply", "invest", "partner"}


@dataclass
class Rule:
    type: str
    lemmas: list[str]
    slots: dict[str, str]
    pos: str
    pair: str | None = None
    require_object: list[str] = field(default_factory=list)
    forbid_object: list[str] = field(default_factory=list)
    require_particle: str | None = None
    tail_types: list[str] | None = None
    head_types: list[str] | None = None
    forbid_head_types: list[str] = field(default_factory=list)
    object_slot: str | None = None
    via_slot: str | None = None
    negated: bool = False
    members_default_tail: bool = False
    governor_is_tail_with: list[str] = field(default_factory=list)
    require_class: bool = False  # supply only when the text says what is supplied
    forbid_object_types: list[str] = field(default_factory=list)
    object_names_only: bool = False
    require_compound: list[str] = field(default_factory=list)  # "a cloud deal"
    use_when: list[str] = field(default_factory=list)  # supply classes that are really use
    require_in_prep: list[str] = field(default_factory=list)  # "operates with Nvidia GPUs"
    manage_lemmas: list[str] = field(default_factory=list)  # "runs Globex": leads it, no use
    joint_object: bool = False  # "A and B launched a venture": one thing made together
    index: int = 0

    @property
    def id(self) -> str:
        return f"{self.pos.lower()}:{self.type}:{self.index}"


@lru_cache(maxsize=1)
def load_patterns() -> tuple[dict[str, list[Rule]], dict[str, list[Rule]], dict[str, list[str]]]:
    data = load("relations")
    verbs: dict[str, list[Rule]] = {}
    nouns: dict[str, list[Rule]] = {}
    for pos, table, target in (("VERB", data["verbs"], verbs), ("NOUN", data["nouns"], nouns)):
        for k, spec in enumerate(table):
            rule = Rule(pos=pos, index=k, **spec)
            for lemma in rule.lemmas:
                target.setdefault(lemma, []).append(rule)
    return verbs, nouns, data["supply_objects"]


# a trigger's surface form that is also another verb's inflection: "found a venture" is a
# trigger, "found its cast reunited" (find) is not
FORM_CLASHES = {"found": "find"}
# partner verbs with other common senses: a partnership only with "up" or "with" ("link to")
LOOSE_PARTNER_VERBS = {"link"}


def _inflections(lemma: str) -> set[str]:
    """Surface forms of a trigger verb, for when the lemmatizer slips ("fined" -> "fin")."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", stem + "ed", stem + "ing", lemma + "es"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) <= 4 and lemma[-1] not in "aeiouwy" and lemma[-2:-1] in set("aeiou"):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "ban" -> "banned"
    return forms


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    verbs, _, _ = load_patterns()
    return {form: lemma for lemma in verbs for form in _inflections(lemma)}


_MATCHER: dict[int, Matcher] = {}


def trigger_matcher(vocab) -> Matcher:
    if id(vocab) not in _MATCHER:
        verbs, nouns, _ = load_patterns()
        m = Matcher(vocab)
        m.add("VERB", [[{"LEMMA": {"IN": sorted(verbs)}, "POS": {"IN": ["VERB", "AUX"]}}],
                       [{"LOWER": {"IN": sorted(verb_forms())}, "POS": {"IN": ["VERB", "AUX"]}}]])
        m.add("NOUN", [[{"LEMMA": {"IN": sorted(nouns)}, "POS": {"IN": ["NOUN", "PROPN"]}}],
                       [{"LOWER": {"IN": sorted(nouns)}, "POS": {"IN": ["NOUN", "PROPN"]}}],
                       [{"LOWER": {"IN": ["rival", "rivals"]}, "POS": "ADJ"}]])  # "rival Euronext"
        _MATCHER[id(vocab)] = m
    return _MATCHER[id(vocab)]
