"""Relation extraction: trigger words and the entities their syntactic slots hold.

Triggers and slots are data (patterns/relations.json): a spaCy Matcher finds trigger lemmas, and
each rule says which dependency slot (subject, object, prep:with, possessor, ...) holds the head
and which the tail, covering active and passive voice and nominalizations ("the partnership
between A and B", "A's $13B bet on B"). Rules that are not about one trigger word: makers of
products and headline forms ("A vs. B") here; roles and people moving between employers in
people.py; finding the mentions a slot stands for in arguments.py.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations

from spacy.matcher import Matcher

from ..model import Relation
from .arguments import (LIST_PREPS, SUBJECT_DEPS, Named, by_name, conjuncts, governor_subjects,
                        mentions_of, objects_of, owners_of, phrase, prep_objects, subjects_of)
from .entities import is_source
from .evidence import evidence
from .modality import modality_at
from .people import moves, roles
from .timex import time_of

PATTERNS = "patterns/relations.json"
ARG_TYPES = {  # which entity types may fill (head, tail) of each relation
    "partner": ({"ORG"}, {"ORG"}), "invest": ({"ORG", "PERSON"}, {"ORG"}),
    "supply": ({"ORG"}, {"ORG", "PERSON"}), "use": ({"ORG", "PERSON"}, {"ORG"}),
    "compete": ({"ORG"}, {"ORG"}), "develop": ({"ORG"}, {"PRODUCT"}),
    "acquire": ({"ORG", "PERSON"}, {"ORG"}), "employ": ({"ORG"}, {"PERSON"}),
    "talent_move": ({"ORG"}, {"ORG"}), "sue": ({"ORG", "PERSON"}, {"ORG", "PERSON"}),
}
MAKER_SIDE = {"partner", "invest", "supply", "use", "compete", "acquire", "sue"}
INTENT_NOUNS = {  # nouns whose infinitive states an aim, not a fact: "Nestle's bid to buy X"
    "plan": "forecast", "intention": "forecast", "commitment": "forecast", "pledge": "forecast",
    "attempt": "hedged", "bid": "hedged", "offer": "hedged", "effort": "hedged", "proposal": "hedged",
    "talks": "hedged", "push": "hedged", "ambition": "hedged", "move": "hedged", "option": "hedged",
    "refusal": "negated", "failure": "negated",
}
DIVEST_NOUNS = {"sale", "disposal", "divestment", "divestiture", "sell-off", "exit"}
RIVAL_NOUNS = {"rival", "competitor", "alternative", "challenger", "clone", "answer"}
JOINT_WORDS = {"combined", "joint", "merged", "shared", "common"}  # "their combined platform"
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
    index: int = 0

    @property
    def id(self) -> str:
        return f"{self.pos.lower()}:{self.type}:{self.index}"


@lru_cache(maxsize=1)
def load_patterns() -> tuple[dict[str, list[Rule]], dict[str, list[Rule]], dict[str, list[str]]]:
    data = json.loads(resources.files(__package__).joinpath(PATTERNS).read_text("utf-8"))
    verbs: dict[str, list[Rule]] = {}
    nouns: dict[str, list[Rule]] = {}
    for pos, table, target in (("VERB", data["verbs"], verbs), ("NOUN", data["nouns"], nouns)):
        for k, spec in enumerate(table):
            rule = Rule(pos=pos, index=k, **spec)
            for lemma in rule.lemmas:
                target.setdefault(lemma, []).append(rule)
    return verbs, nouns, data["supply_objects"]


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


def _matcher(vocab) -> Matcher:
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


def _object_lemmas(objs: list) -> set[str]:
    """Words naming what a verb acts on, for rules that require or forbid some objects."""
    lemmas = set()
    # "$6bn in credits", "$4bn of loans": what the amount is
    objs = objs + [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                   for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        for t in conjuncts(o):
            lemmas.add(t.lemma_.lower())
            lemmas.add(t.lower_)
            lemmas.update(c.lemma_.lower() for c in t.children if c.dep_ in {"compound", "nmod"})
    return lemmas


class _Sink:
    """Collects relations for one document with evidence, modality and time."""

    def __init__(self, document, ents):
        self.document, self.ents, self.found = document, ents, []
        self.last_tail: dict[str, str] = {}

    def add(self, rtype, head, tail, trigger, rule_id, sent, obj=None, via=None,
            modality=None, confidence=0.6) -> None:
        if head is None or tail is None:
            return
        if any(getattr(m, "root", None) is not None and is_source(m.root) for m in (head, tail)):
            return  # "..., Reuters reported": the source of a statement is not a party to it
        head, tail, obj, via = self._maker_side(rtype, head, tail, obj, via)
        if head is None or tail is None or head.name == tail.name:
            return
        if rtype != "develop" and head.type == tail.type == "ORG" and \
                head.name.split()[0] == tail.name.split()[0]:
            return  # "Mistral AI" and "Mistral Large": one brand family, not two parties
        htypes, ttypes = ARG_TYPES[rtype]
        if head.type not in htypes or tail.type not in ttypes:
            return
        ev = evidence(self.document, sent.start_char, sent.end_char, rule_id, confidence,
                      modality or modality_at(trigger, sent))
        ev.time = time_of(ev.sentence, self.document.published)
        self.found.append(Relation(rtype, head.name, tail.name, object=obj, via=via,
                                   modality=ev.modality, time=ev.time, evidence=ev))
        self.last_tail[rtype] = tail.name

    def _maker_side(self, rtype, head, tail, obj, via):
        """A product stands for its maker: "Amazon Web Services became X's cloud provider"."""
        if rtype not in MAKER_SIDE:
            return head, tail, obj, via
        ents = self.ents
        if head.type == "PRODUCT":
            maker = ents.entities[head.name].maker
            head, via = (Named(maker, "ORG"), via or head.name) if maker else (None, via)
        if tail.type == "PRODUCT":
            maker = ents.entities[tail.name].maker
            tail, obj = (Named(maker, "ORG"), obj or tail.name) if maker else (None, obj)
        return head, tail, obj, via


def extract_relations(sdoc, ents, document) -> list[Relation]:
    sink = _Sink(document, ents)
    verbs, nouns, objects = load_patterns()
    triggers = sorted({start for _, start, _ in _matcher(sdoc.vocab)(sdoc)})
    for sent in ents.sents:
        _headline_forms(sent, ents, sink)
    # makers first: "the maker of ChatGPT" lets a later "a ChatGPT rival" name OpenAI
    for develop_pass in (True, False):
        for i in triggers:
            tok = sdoc[i]
            sent = ents.sents[ents.sent_index(tok)]
            lemma = tok.lemma_.lower()
            if tok.pos_ in {"VERB", "AUX"}:
                lemma = lemma if lemma in verbs else verb_forms().get(tok.lower_, lemma)
                rules, apply = verbs.get(lemma, ()), _apply_verb
            else:
                rules, apply = nouns.get(lemma, ()) or nouns.get(tok.lower_, ()), _apply_noun
            for rule in rules:
                if (rule.type == "develop") == develop_pass:
                    apply(rule, tok, sent, ents, sink, objects)
        for r in sink.found:
            product = ents.entities.get(r.tail)
            if r.type == "develop" and product is not None and not product.maker:
                product.maker = r.head
    roles(sdoc, ents, sink)
    _makers(ents, sink)
    moves(sdoc, ents, sink)
    return _without_role_pairs(sink.found)


def _without_role_pairs(found: list[Relation]) -> list[Relation]:
    """Drop a use/supply/invest/partner fact between a person and the organization the same
    sentence says they hold a role at."""
    roles_in = {(r.evidence.start, r.head, r.tail) for r in found if r.type == "employ"}
    return [r for r in found if r.type not in ROLE_EXCLUDES or not (
        {(r.evidence.start, r.head, r.tail), (r.evidence.start, r.tail, r.head)} & roles_in)]


def _apply_verb(rule: Rule, verb, sent, ents, sink, objects) -> None:
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "CoreWeave, backed by Nvidia, ..."
    if reduced and verb.head.dep_ == "ROOT" and verb.head.i == verb.i - 1 and not any(
            c.dep_ == "agent" for c in verb.children):
        reduced = False  # "Siemens invested in Bosch" misread as a name with a participle
    # "Microsoft-backed OpenAI", "the Google-owned YouTube": the modifier names the agent
    hyphened = verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.i > 0 \
        and verb.doc[verb.i - 1].text == "-"
    reduced = reduced or hyphened
    # "Danone agreed to be bought by Nestle": the controller of the passive infinitive
    undergoer = [] if reduced or not passive or objects_of(verb, passive) else subjects_of(verb)
    objs = [verb.head] if reduced else objects_of(verb, passive) or undergoer
    if rule.require_particle and not any(c.dep_ == "prt" and c.lower_ == rule.require_particle
                                         for c in verb.children):
        return
    obj_lemmas = _object_lemmas(objs)
    if rule.type == "acquire" and any(c.dep_ == "nummod" and c.like_num for o in objects_of(verb, passive)
                                      for c in o.children):
        return  # "buy 15 new ATR 72-500s": goods are counted, companies are not
    if rule.require_object and not obj_lemmas & set(rule.require_object):
        return
    if rule.forbid_object and obj_lemmas & set(rule.forbid_object):
        return
    if rule.require_in_prep and not {
            t.lower_ for slot in rule.slots if slot.startswith("prep:")
            for p in prep_objects(verb, slot[5:]) for t in [p, *p.children]} & set(rule.require_in_prep):
        return
    if rule.object_names_only and any(
            not any(m.kind == "name" for m in [ents.mention_at(o)] + [
                ents.mention_at(c) for c in o.children if c.dep_ == "appos"] if m)
            for o in objects_of(verb, passive)):
        return  # "sold it to X": too vague to name what was sold; "its unit Osram" names it
    if rule.type == "develop" and any(_jointly_owned(o) for o in objs):
        return  # "make their combined platform the best": owned together, not built by each
    if rule.forbid_object_types and any(
            m.type in rule.forbid_object_types for o in objects_of(verb, passive)
            for m in mentions_of(o, ents)):
        return
    heads, tails, pairs, via, obj_word, mood_from = [], [], [], None, None, None
    for slot, role in rule.slots.items():
        if slot == "subject":
            toks = [a for c in verb.children if c.dep_ == "agent"
                    for a in c.children if a.dep_ == "pobj"] if passive or reduced else subjects_of(verb)
            if hyphened:
                toks = [c for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"}
                        and c.i < verb.i]
        elif slot == "object":
            toks = list(objs)
            # "fined Nestle 50 million euros" parses the name as a modifier of the amount
            toks += [c for o in toks if o.ent_type_ == "MONEY" or any(
                x.like_num for x in o.children if x.dep_ in {"nummod", "compound"})
                for c in o.children if c.dep_ in {"nmod", "compound"} and ents.mention_at(c)]
            if rule.tail_types == ["PRODUCT"]:  # "released a line of chips called Zephyr"
                toks = [t for o in toks for t in _naming_subtree(o) if ents.mention_at(t)
                        and ents.mention_at(t).type == "PRODUCT"]
        elif slot == "dative":
            toks = [c for c in verb.children if c.dep_ == "dative"]
        elif slot.startswith("prep:"):
            toks = prep_objects(verb, slot[5:])
        elif slot == "governor_dative":  # "paid the SEC $250m to settle charges"
            toks = [c for c in verb.head.children if c.dep_ == "dative"] \
                if verb.dep_ in {"advcl", "xcomp"} else []
        elif slot == "raiser":  # whose round: "led a round in X", "X raised $5m in a round led by Y"
            rounds = objs + prep_objects(verb, "in")
            toks = [t for n in rounds for t in [
                *(c for c in n.children if c.dep_ in {"poss", "compound"} and ents.mention_at(c)),
                *(p for c in n.children if c.dep_ == "prep" and c.lower_ in {"in", "for", "into"}
                  for p in c.children if p.dep_ == "pobj")]]
            if not toks and reduced:
                toks = governor_subjects(verb.head)
                mood_from = toks[0].head if toks else None  # "may raise $5m in a round led by"
        elif slot == "object_agent":  # "settle charges brought by the SEC"
            toks = [p for o in objects_of(verb, passive) for c in o.children if c.dep_ == "acl"
                    for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        else:
            continue
        if role.endswith("_owner"):
            found = [m for t in toks for m in owners_of(t, ents)]
            if found and toks and not ents.mention_at(toks[0]):
                obj_word = obj_word or phrase(toks[0])
        else:
            found = [m for t in toks for m in mentions_of(t, ents)]
        if rule.pair == slot and len(found) > 1 and not any(
                r in {"tail", "tail_owner"} and s != slot for s, r in rule.slots.items()
                if _slot_filled(verb, s, passive)):
            pairs.extend(combinations(by_name(found), 2))
        elif role.startswith("head"):
            heads.extend(found)
        elif role.startswith("tail"):
            tails.extend(found)
    if rule.via_slot:
        for t in prep_objects(verb, rule.via_slot[5:]):
            m = ents.mention_at(t) or next((ents.mention_at(c) for c in t.children
                                            if c.dep_ in {"compound", "nmod"}
                                            and ents.mention_at(c)), None)
            if m and m.type == "PRODUCT":
                via = m.name
    if rule.members_default_tail and heads and not tails:  # "The round was led by Accel"
        tails = _default_tail(rule.type, heads, ents, sink)
    obj = _object_class(rule, verb, objects, obj_word)
    modality = "negated" if rule.negated else None
    if mood_from is not None:
        modality = modality_at(mood_from, sent)
    if "governor_dative" in rule.slots and verb.dep_ in {"advcl", "xcomp"}:
        modality = modality_at(verb.head, sent)  # "may pay $5m to settle": the payment's mood
    if modality is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(
            c.lower_ == "to" for c in verb.children):  # "its plan to buy X was dropped"
        mood = modality_at(verb.head, sent)
        modality = mood if mood != "asserted" else INTENT_NOUNS.get(verb.head.lemma_.lower())
    _emit(rule, verb, sent, heads, tails, pairs, sink, ents, obj, via, modality, 0.6)


def _jointly_owned(obj) -> bool:
    """"their combined platform", "the two companies' joint venture": a product several owners
    share; the text does not say which of them built it."""
    holders = [obj, obj.head] if obj.dep_ == "appos" else [obj]
    holders += [c for c in obj.children if c.dep_ == "appos"]
    return any(
        any(c.dep_ == "poss" and (c.lower_ == "their" or c.tag_ == "NNS") for c in h.children)
        and any(t.lower_ in JOINT_WORDS for c in h.lefts for t in c.subtree)
        for h in holders)


def _naming_subtree(tok):
    """Tokens that name or list what a noun phrase is, not where or how it is used."""
    yield tok
    for c in tok.children:
        if c.dep_ in {"appos", "conj", "oprd"} or (
                c.dep_ in {"compound", "nmod"} and tok.lemma_.lower() not in RIVAL_NOUNS) or (
                c.dep_ == "prep" and c.lower_ in {"of", "like", "including", "as"}) or (
                c.dep_ in {"pobj", "acl"} and (c.dep_ == "pobj" or c.lemma_ in {"dub", "call", "name"})):
            yield from _naming_subtree(c)


def _slot_filled(verb, slot: str, passive: bool) -> bool:
    if slot.startswith("prep:"):
        return bool(prep_objects(verb, slot[5:]))
    if slot == "object":
        return bool(objects_of(verb, passive))
    return False


def _apply_noun(rule: Rule, noun, sent, ents, sink, objects) -> None:
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if rule.require_compound and not modifiers & set(rule.require_compound):
        return
    heads, tails, pairs, via, obj_word = [], [], [], None, None
    filled = {}
    for slot, role in rule.slots.items():
        if slot == "poss":
            toks = [c for c in noun.children if c.dep_ == "poss"]
            found = [m for t in toks for m in mentions_of(t, ents)]
        elif slot.startswith("prep:"):
            holders = [noun]
            if noun.dep_ == "dobj" and slot[5:] in {"from", "by"}:
                holders.append(noun.head)  # "accepted a buyout from Verizon"
            if noun.dep_ == "nsubj" and slot == "prep:between":
                # "the real fight will be between Acme and Globex"
                holders += [v for v in [noun.head, *noun.head.children]
                            if v.lemma_ == "be" and v.dep_ in {"ROOT", "xcomp", "ccomp", "conj"}
                            or v.i == noun.head.i]
            toks = [p for h in holders for c in h.children
                    if c.dep_ in {"prep", "agent"} and c.lower_ == slot[5:]
                    for p in c.children if p.dep_ in {"pobj", "pcomp"}]
            # "an investigation into whether Alitalia is receiving aid": the clause's subject
            toks = [x for t in toks
                    for x in (subjects_of(t) if t.pos_ in {"VERB", "AUX"} else [t])]
            found = [m for t in toks for m in (owners_of(t, ents) if role.endswith("_owner")
                                               else mentions_of(t, ents))]
            if role.endswith("_owner") and toks and not ents.mention_at(toks[0]):
                obj_word = phrase(toks[0])
                via = next((m.name for t in toks for m in [ents.mention_at(c) for c in t.children
                            if c.dep_ in {"compound", "nmod"}] if m and m.type == "PRODUCT"), via)
        elif slot == "self":
            m = ents.mention_at(noun)
            found = [m] if m and m.kind != "name" or (m and noun.pos_ == "PROPN") else []
        elif slot == "appos_of":
            found = mentions_of(noun.head, ents) if noun.dep_ == "appos" else []
        elif slot == "appos":
            found = [m for c in noun.children if c.dep_ == "appos" for m in mentions_of(c, ents)]
        elif slot == "compound_name":
            toks = [c for c in noun.children if c.dep_ == "compound"]
            if "compound_head" not in rule.slots and _modified_name(noun, ents) is not None:
                toks.append(_modified_name(noun, ents))
            found = [m for t in toks for m in ([ents.mention_at(t)] if ents.mention_at(t) else [])]
        elif slot == "compound_head":  # "Vivendi adviser Deutsche Bank": the name modified
            named = _modified_name(noun, ents)
            found = [ents.mention_at(named)] if named is not None else []
        elif slot == "compound_governor":
            # "a bid by rival Xstrata", "Both A and rival B": the rival of the clause's subject
            named = _modified_name(noun, ents)
            if named is None:
                continue
            if named.dep_ == "conj":
                found = mentions_of(named.head, ents)
            else:
                found = [m for t in governor_subjects(named) for m in mentions_of(t, ents)]
        elif slot in {"governor", "governor_attr"}:
            if rule.type != "sue" and _scrutinised(noun):
                continue  # "opened an inquiry into the investments of A": the investigator
            attr = noun.dep_ in {"attr", "oprd"} or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
            if slot == "governor_attr" and not attr or role.endswith("_unless_attr") and attr:
                continue
            found = [m for t in governor_subjects(noun) for m in mentions_of(t, ents)]
        elif slot == "of_holder":  # "Bertelsmann's purchase of a stake in X", "... by Bertelsmann"
            holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            toks = [c for c in holder.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                    ] if holder is not None and holder.pos_ == "NOUN" else []
            toks = [p for c in toks for p in ([c] if c.dep_ == "poss" else
                                              [x for x in c.children if x.dep_ == "pobj"])]
            found = [m for t in toks for m in mentions_of(t, ents)]
        elif slot == "small_subject":  # "making Globex its main cloud provider"
            found = [m for c in noun.children if c.dep_ == "nsubj" for m in mentions_of(c, ents)]
        elif slot == "members":
            found = _members(noun, ents)
        else:
            continue
        filled[slot] = found
        if not found:
            continue
        if role == "pair":
            if len(found) > 1:
                pairs.extend(combinations(by_name(found), 2))
            else:
                tails.extend(found)
        elif role == "head_if_no_poss":
            if not filled.get("poss"):
                heads.extend(found)
        elif role.startswith("head"):
            heads.extend(found)
        elif role.startswith("tail"):
            tails.extend(found)
    # "MCI accepted a buyout from Verizon": the governing subject is the target
    has_agent = any(c.dep_ in {"prep", "agent"} and "prep:" + c.lower_ in rule.governor_is_tail_with
                    for c in noun.children)
    if has_agent and not any(filled.get(s) for s in rule.governor_is_tail_with):
        heads = [h for h in heads if h not in filled.get("governor", [])]  # "an inquiry by regulators"
    if rule.governor_is_tail_with and any(filled.get(s) for s in rule.governor_is_tail_with):
        gov = [m for t in governor_subjects(noun) for m in mentions_of(t, ents)]
        by = [m for s in rule.governor_is_tail_with for m in filled.get(s, [])]
        heads = [h for h in heads if h not in gov or h in by]
        tails.extend(m for m in gov if m not in by)
    # "A and B signed a deal", "A and B are rivals": the two subjects are the parties
    gov = filled.get(rule.pair or "", [])
    if rule.pair in {"governor", "governor_attr"} and not tails and len(by_name(gov)) > 1:
        pairs.extend(combinations(by_name(gov), 2))
        heads = [h for h in heads if h not in gov]
    titled = filled.get("compound_head", [])  # "investor Marvin Davis" is a title, no holding
    if rule.members_default_tail and any(h not in titled for h in heads) and not tails:
        # "Other investors include A, B", "Microsoft's investment": in the story's company
        tails = _default_tail(rule.type, heads, ents, sink)
    obj = _object_class(rule, noun, objects, obj_word)
    if rule.require_class and obj in {None, "other"}:
        return
    # "the sale of its stake in X": the holding ends
    sold = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in DIVEST_NOUNS
    modality = "negated" if rule.type == "invest" and sold else None
    _emit(rule, noun, sent, heads, tails, pairs, sink, ents, obj, via, modality, 0.5)


def _scrutinised(noun) -> bool:
    """A noun that is what an inquiry looks into: "opened an inquiry into the investments of A",
    "a probe of its deals with B"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"into", "of", "over", "on"}:
        return False
    holder = noun.head.head
    scrutiny = {lemma for r in load_patterns()[1].get("inquiry", []) if r.type == "sue"
                for lemma in r.lemmas}
    return holder.lemma_.lower() in scrutiny or any(
        c.dep_ == "dobj" and c.lemma_.lower() in scrutiny for c in holder.children)


def _default_tail(rtype: str, heads, ents, sink) -> list:
    """The company the story is about, when a rule names only the investor or customer."""
    last = sink.last_tail.get(rtype) or ents.salient_org(exclude={h.name for h in heads})
    return [Named(last, ents.entities[last].type)] if last and last in ents.entities else []


def _modified_name(noun, ents):
    """The name a modifier noun belongs to: "rival Xstrata", "rival bank FleetBoston"."""
    tok = noun
    for _ in range(2):  # through one descriptor: "rival [bank] FleetBoston"
        if tok.dep_ not in {"compound", "amod"}:
            return None
        tok = tok.head
        if ents.mention_at(tok) and ents.mention_at(tok) is not ents.mention_at(noun):
            return tok
    return None


def _members(noun, ents) -> list:
    """Investors/customers listed: "investors include A, B", "customers such as A", "A, B"."""
    out = []
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        holders.append(noun.head.head)  # "Some of Acme's customers include A, B"
    subject = holders[-1]
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ in {
            "count", "list", "number", "include"}:  # "Acme counts Globex among its customers"
        out.extend(m for c in noun.head.head.children if c.dep_ == "dobj" for m in mentions_of(c, ents))
    if subject.dep_ in SUBJECT_DEPS and subject.head.lemma_ in {"include", "be", "comprise", "count"}:
        for c in subject.head.children:
            if c.dep_ in {"dobj", "attr"}:
                out.extend(mentions_of(c, ents))
    for c in [c for h in holders for c in h.children]:
        if c.dep_ == "prep" and c.lower_ in LIST_PREPS or c.dep_ == "appos":
            targets = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            for p in targets:
                out.extend(mentions_of(p, ents))
    return out


def _emit(rule, trigger, sent, heads, tails, pairs, sink, ents, obj, via, modality, conf):
    rtype = rule.type
    if rtype == "supply" and obj in rule.use_when:
        # "reliance on OpenAI's models": the dependent side uses what the other makes
        rtype, heads, tails = "use", tails, heads
    for a, b in pairs:
        sink.add(rtype, a, b, trigger, rule.id, sent, obj, via, modality, conf)
        if rule.type == "partner" and len(pairs) == 1:
            _purpose_supply(trigger, a, b, sink, sent, ents)
    for h in heads:
        for t in tails:
            if rule.tail_types and t.type not in rule.tail_types:
                continue
            if h.type in rule.forbid_head_types or rule.head_types and h.type not in rule.head_types:
                continue
            sink.add(rtype, h, t, trigger, rule.id, sent, obj, via, modality, conf)
            if rule.type == "partner":
                _purpose_supply(trigger, h, t, sink, sent, ents)


def _purpose_supply(trigger, customer, supplier, sink, sent, ents) -> None:
    """"A's pact with B is meant to grow its computing capacity": B supplies A."""
    _, _, objects = load_patterns()
    verbs = [trigger.head] if trigger.head.pos_ == "VERB" else []
    verbs += [c for c in trigger.children if c.dep_ in {"relcl", "acl"}]
    purposes = [x for v in verbs for x in [v, *v.children] if x.dep_ in {"xcomp", "advcl", "acl"}
                and any(a.lower_ == "to" for a in x.children)]
    for p in purposes:
        words = " ".join(t.lower_ for t in p.subtree)
        # "... to power OpenAI's infrastructure": whose needs the purpose names is the customer
        owners = {m.name for t in p.subtree if t.dep_ == "poss" for m in [ents.mention_at(t)] if m}
        if supplier.name in owners and customer.name not in owners:
            customer, supplier = supplier, customer
        elif customer.name not in owners:
            continue  # "A and B agreed to ...": who supplies whom is not said
        for cls in ("compute", "cloud", "chips"):
            if any(re.search(r"\b" + re.escape(k) + r"\b", words) for k in objects[cls]):
                sink.add("supply", supplier, customer, p, "partner:purpose", sent, obj=cls,
                         modality=modality_at(trigger, sent), confidence=0.4)
                return


def _object_class(rule, trigger, objects, obj_word) -> str | None:
    """`object` for supply (a fixed class) and use (the words naming what is used)."""
    if rule.type == "use":
        return obj_word
    if rule.type != "supply":
        return None
    words = [trigger.lower_, (obj_word or "").lower()]
    words += [t.lower_ for t in trigger.subtree]
    words += [t.lower_ for t in trigger.head.subtree] if trigger.dep_ in {"attr", "appos", "dobj"} else []
    text = " ".join(words)
    for cls, keys in objects.items():
        if any(re.search(r"\b" + re.escape(k) + r"\b", text) for k in keys):
            return cls
    return "other"


HEADLINE_VERBS = {  # title-case lines parse badly, so headlines are read word by word
    "acquire": {"acquires", "buys", "snaps", "purchases", "takes over"},
    "sue": {"sues", "suing", "sued"}, "invest": {"invests", "backs", "funds"},
    "partner": {"partners", "teams", "allies"}, "compete": {"vs.", "vs", "v", "v.", "versus"},
}
HEADLINE_JOINT = {"launch", "unveil", "release", "partner", "team", "form", "sign", "agree", "ink",
                  "strike", "join", "build", "develop", "create", "announce", "open"}
HEADLINE_BETS = {"bet", "investment", "stake", "backing", "funding"}


def _headline_forms(sent, ents, sink) -> None:
    """"A vs. B", "A's VP Departs to Join B", "B Soars After A's $2B Bet"."""
    ms = [m for m in ents.mentions_in(sent) if m.kind == "name" and m.type == "ORG"]
    text = ents.text
    for a, b in zip(ms, ms[1:]):
        between = text[a.end:b.start].strip().lower()
        if between in HEADLINE_VERBS["compete"]:
            sink.add("compete", a, b, a.root, "headline:vs", sent, confidence=0.7)
    if not ents.headline[ents.sent_index(sent[0])] or len(ms) < 2:
        return
    for a, b in zip(ms, ms[1:]):
        between = text[a.end:b.start]
        low = between.lower()
        after = ents.sdoc[b.span[1]].lower_ if b.span[1] < len(ents.sdoc) else ""
        if low.strip() in {"and", "&"} and after in HEADLINE_JOINT:
            sink.add("partner", a, b, a.root, "headline:joint", sent, confidence=0.5)
        for rtype, forms in HEADLINE_VERBS.items():
            if rtype != "compete" and any(re.search(r"\b" + re.escape(f) + r"\b", low) for f in forms):
                sink.add(rtype, a, b, a.root, f"headline:{rtype}", sent, confidence=0.5)
        if re.search(r"\b(depart|departs|leaves|quits|exits)\b.*\bjoin", low):
            role = re.match(r"\s*['’]s\s+(.*?)\s+(?:departs|leaves|quits|exits)\b", between, re.I)
            sink.add("talent_move", a, b, a.root, "headline:move", sent,
                     obj=role.group(1) if role else None, confidence=0.5)
    for m in ms:
        after = [t.lower_ for t in ents.sdoc[m.span[1]:m.span[1] + 5]]
        if after[:1] and after[0] in {"'s", "’s"} and HEADLINE_BETS & set(after):
            for other in ms:
                if other.name != m.name:
                    sink.add("invest", m, other, m.root, "headline:bet", sent, confidence=0.5)


def _makers(ents, sink) -> None:
    """develop facts from products whose maker the text names ("Microsoft's Azure servers")."""
    for product, (maker, head) in ents.makers.items():
        pname = ents._canonical_of(product)
        if pname is None or not isinstance(maker, str):
            continue
        maker = ents._canonical_of(maker) or maker
        sink.add("develop", Named(maker, "ORG"), Named(pname, "PRODUCT"), head, "maker",
                 ents.sents[ents.sent_index(head)],
                 modality="asserted", confidence=0.6)  # who makes what is stated, not planned

