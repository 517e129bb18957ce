"""The relation rules: trigger words and slots read from patterns/relations.json, and the
type constraints every relation keeps."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB

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
OWNER_NOUNS = words("relation_words", "owner_nouns")
# "the Labour Party vied with the Tory party", "the army fought the rebels for the town": power,
# war or politics, not rivals in a market
NON_BUSINESS_BODIES = words("relation_words", "non_business_bodies")  # "owner of a fruit stand"
# "provides loans to Oregon residents", "a service for Acme hosts": the name only says which
# people are meant; they, not the named organization, are the party
PEOPLE_GROUPS = words("relation_words", "people_groups")
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
    # "the military arm of X"; read by noun rules only (a verb rule ignores it)
    forbid_compound: list[str] = field(default_factory=list)
    # the noun's determiner must be one of these: "another Kestrel company, Brambleway" (a
    # sister firm under one owner), not "the Kestrel company" (the owner itself)
    require_det: list[str] = field(default_factory=list)
    # an "appos" slot also reads a name the parser cut off after the comma: "another Orvane
    # company, Brambleway." (relations/owned_firms.cut_apposition)
    cut_appos: bool = False
    # a required object may be the sum's "in X" hung on the verb: "seeking millions of dollars
    # in damages" (the parser hangs "in damages" on "seeking", not on the sum)
    sum_in_object: bool = False
    plural_only: bool = False  # "X's shares in Y" (nouns only; "a share in" is too loose)
    singular_only: bool = False  # "A's sale of B", not "A's sales of B" (a sales figure)
    # the "of" object must itself be a mention of these types: "the sale of B", not "of B products"
    require_object_types: list[str] = field(default_factory=list)
    firms_only: bool = False  # owner and owned both firms: no army's unit, no in-house office
    use_when: list[str] = field(default_factory=list)  # supply classes that are really use
    require_in_prep: list[str] = field(default_factory=list)  # "operates with Nvidia GPUs"
    manage_lemmas: list[str] = field(default_factory=list)  # "runs Globex": leads it, no use
    joint_object: bool = False  # "A and B launched a venture": one thing made together
    bare_object: bool = False  # an idiom: "joined forces with", not "joined the armed forces"
    # one act of both parties: "published jointly by A and B", "co-developed by A and B"
    jointly: bool = False
    pair_types: list[str] = field(default_factory=list)  # types both ends of a pair must have
    firm_sold: bool = False  # "sold B to C", "selling property business B": a firm, not goods
    # a run service, not a fleet: "operates Brightwave", not "operates Vantair V320s"
    services_only: bool = False
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
# verbs whose plural subject works apart unless the text says together or toward one thing:
# "A and B are working overtime to block the film" is no partnership; "A and B are working
# together on X" and "were working toward an agreement" are
TOGETHER_VERBS = {"work"}
TOGETHER_WORDS = {"together", "jointly", "closely", "alongside", "toward", "towards"}
# asking someone to act states no act: "were asked to partner with the fund", "calling on
# prosecutors to open an investigation into X"
REQUEST_VERBS = words("relation_words", "request_verbs")
# what a holding verb's object is when it holds a share of the firm its "in"/"of" names
STAKE_WORDS = words("relation_words", "stake_words") | words("relation_words", "held_stake_words")


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


@lru_cache(maxsize=1)
def _trigger_ids() -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """String ids of the trigger verbs' lemmas, of their surface forms, and of the nouns."""
    verbs, nouns, _ = load_patterns()
    return tuple(frozenset(map(get_string_id, group)) for group in (verbs, verb_forms(), nouns))


VERB_POS, NOUN_POS = frozenset({VERB, AUX}), frozenset({NOUN, PROPN})
RIVAL_IDS = frozenset(map(get_string_id, ("rival", "rivals")))  # "rival Euronext"


def trigger_starts(doc) -> list[int]:
    """Indices of the trigger words, in order: a verb whose lemma or form is a trigger verb's,
    a noun or name whose lemma or lower case is a trigger noun, "rival" as an adjective.
    Read from the token arrays at once: a spaCy Matcher calls a Python predicate per token."""
    verbs, forms, nouns = _trigger_ids()
    return [i for i, (lemma, lower, pos) in enumerate(doc.to_array([LEMMA, LOWER, POS]).tolist())
            if pos in VERB_POS and (lemma in verbs or lower in forms)
            or pos in NOUN_POS and (lemma in nouns or lower in nouns)
            or pos == ADJ and lower in RIVAL_IDS]


def modifies_group(mention, tok, ents) -> bool:
    """Whether a mention only modifies the plural people noun a slot holds: "Oregon residents",
    "Acme hosts" (the people are the party, not Oregon or Acme)."""
    root = getattr(mention, "root", None)
    return root is not None and root.i != tok.i and tok.lower_ in PEOPLE_GROUPS \
        and ents.mention_at(tok) is None and root.dep_ in {"compound", "nmod"} \
        and root.head.i == tok.i


def requested(verb) -> bool:
    """"were asked to partner with X", "calling on prosecutors to open an inquiry into X",
    "sent messages to A and B to partner with X": a request, not the tie."""
    if not any(c.lower_ == "to" for c in verb.children) or verb.head.i == verb.i:
        return False
    if verb.dep_ in {"relcl", "acl"}:  # "messages to A and other companies to partner with X"
        return _governing_verb(verb.head).lemma_.lower() in REQUEST_VERBS
    return verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in REQUEST_VERBS


def _governing_verb(tok):
    """The verb a noun phrase hangs from, through prepositions and conjuncts."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok
