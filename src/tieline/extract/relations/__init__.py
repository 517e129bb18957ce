"""Relation extraction: trigger words and the entities their syntactic slots hold.

Triggers and slots are data (patterns/relations.json): a spaCy Matcher finds trigger lemmas, and
each rule says which dependency slot (subject, object, prep:with, possessor, ...) holds the head
and which the tail, covering active and passive voice and nominalizations ("the partnership
between A and B", "A's $13B bet on B"). Rules that are not about one trigger word: makers of
products in makers.py, supply and use stated by a sentence's shape in supply.py, and headline
forms ("A vs. B") in headlines.py; roles in people.py and people moving between employers in
moves.py; finding the mentions a slot stands for in arguments.py.
"""
from __future__ import annotations

from ...model import Relation
from ..appointments import announced_appointments
from ..moves import moves
from ..boards import board_seats
from ..came_from import came_from_lists
from ..implied_bodies import implied_bodies
from ..people import roles
from ..successions import successions
from ..tenure import ended_by_death
from .absolute_rivals import absolute_rivals
from .blocked_deals import blocked_deals
from .brand_labels import brand_label_facts
from .brands import OWNED_RULE, brand_facts
from .contract_deals import contract_deals
from .filed_cases import filed_cases
from .regulator_orders import regulator_orders
from .flagships import flagship_facts
from .headlines import headline_forms
from .hires import hires
from .joint_ventures import venture_owners
from .makers import maker_facts
from .launches import launch_facts
from .mergers import merger_facts, without_merged_pairs
from .nouns import apply_noun
from .offtake import offtake_deals
from .orders import order_facts
from .paid_use import paid_use
from .partnership_parts import partnership_parts
from .parts import part_facts
from .round_followers import round_followers
from .rules import ROLE_EXCLUDES, load_patterns, trigger_starts, verb_forms
from .sink import Sink
from .stables import stable_facts
from .supply import supply_forms
from .talks import partner_talks
from .tenders import tenders
from .verbs import apply_verb

__all__ = ["extract_relations"]


def extract_relations(sdoc, ents, document) -> list[Relation]:
    sink = Sink(document, ents)
    verbs, nouns, objects = load_patterns()
    triggers = trigger_starts(sdoc)
    for sent in ents.sents:
        headline_forms(sent, ents, sink)
    # makers first: "the maker of ChatGPT" lets a later "a ChatGPT rival" name OpenAI
    for develop_pass in (True, False):
        for i in triggers:
            tok = sdoc[i]
            sent = ents.sents[ents.sent_index(tok)]
            lemma = tok.lemma_.lower()
            if tok.pos_ in {"VERB", "AUX"}:
                lemma = lemma if lemma in verbs else verb_forms().get(tok.lower_, lemma)
                rules, apply = verbs.get(lemma, ()), apply_verb
            else:
                rules, apply = nouns.get(lemma, ()) or nouns.get(tok.lower_, ()), apply_noun
            for rule in rules:
                if (rule.type == "develop") == develop_pass:
                    apply(rule, tok, sent, ents, sink, objects)
        for r in sink.found:
            product = ents.entities.get(r.tail)
            if r.type == "develop" and product is not None and not product.maker:
                product.maker = r.head
    round_followers(ents, sink)  # "B and C also participated" after a round's sentence
    roles(sdoc, ents, sink)
    announced_appointments(sdoc, ents, sink)  # "X announced the appointment of A as CEO"
    came_from_lists(sdoc, ents, sink)  # "came from companies including B and C"
    implied_bodies(sdoc, ents, sink)  # "Attorney General A" where the Justice Department is named
    maker_facts(ents, sink)
    brand_facts(ents, sink)
    brand_label_facts(ents, sink)  # "snacks sold under the Zephyr brand"
    launch_facts(ents, sink)  # "Acme launched the Zephyr X2 laptop"
    stable_facts(ents, sink)
    flagship_facts(ents, sink)
    part_facts(ents, sink)  # "X, part of Y", "X belongs to Y"
    venture_owners(ents, sink)
    merged = merger_facts(ents, sink)  # "A merged with B to form C"
    supply_forms(ents, sink)
    blocked_deals(ents, sink)  # "sued to block X's purchase of Y": a case against X
    filed_cases(ents, sink)  # "B faces a lawsuit filed by A": the participle's agent sues
    regulator_orders(ents, sink)  # "the Bureau ordered X's project to halt": an enforcer's act
    contract_deals(ents, sink)  # "signed a deal to buy jets from X": a sale agreement
    offtake_deals(ents, sink)
    tenders(ents, sink)  # "the Air Force is considering proposals from X": X bids to supply
    partner_talks(ents, sink)  # "in talks with X about a partnership": hedged
    absolute_rivals(ents, sink)  # "Acme is a target, with rivals A and B circling"
    partnership_parts(ents, sink)  # "invested in X as part of a partnership"
    order_facts(ents, sink)  # orders filled, goods taken in, a maker's listed sellers
    paid_use(ents, sink)  # "paid X to license its technology": the payer uses X's
    moves(sdoc, ents, sink)
    hires(sdoc, ents, sink)
    successions(sdoc, ents, sink)  # "replacing Bo Kim": Kim's post at the newcomer's employer
    board_seats(sdoc, ents, sink)  # after moves: a seat is held beside a job, no start of a move
    # a job of someone the text says has died is a past one, whichever rule found it
    found = _without_owned_brand_stakes(_without_role_pairs(sink.found))
    found = without_merged_pairs(_without_deal_partners(found), merged)
    return ended_by_death(found, sdoc, ents)


def _without_role_pairs(found: list[Relation]) -> list[Relation]:
    """Drop a use/supply/invest/partner fact between a person and the organization the same
    sentence says they hold a role at."""
    roles_in = {(r.evidence.start, r.head, r.tail) for r in found if r.type == "employ"}
    return [r for r in found if r.type not in ROLE_EXCLUDES or not (
        {(r.evidence.start, r.head, r.tail), (r.evidence.start, r.tail, r.head)} & roles_in)]


def _without_owned_brand_stakes(found: list[Relation]) -> list[Relation]:
    """"Acme owns brands such as Zephyr": the owning verb's rule also reads the brand, typed a
    company, as a firm Acme holds. A brand owned is a product (the guide: develop is building
    or owning a product; invest is a stake or a unit held), so only the develop stays: the
    verb's invest of the same pair in the same sentence goes."""
    owned = {(r.evidence.start, r.head, r.tail) for r in found
             if r.type == "develop" and r.evidence.rule == OWNED_RULE}
    return [r for r in found if not (
        r.type == "invest" and r.evidence.rule.startswith("verb:invest")
        and (r.evidence.start, r.head, r.tail) in owned)]


def _without_deal_partners(found: list[Relation]) -> list[Relation]:
    """Drop partner facts between two organizations one of which acquires the other: "agreed to
    acquire its rival X, the latest deal", "A's agreement with B" is the takeover, not an
    alliance. A takeover that is only possible or called off leaves the alliance standing."""
    taken = {frozenset((r.head, r.tail)) for r in found if r.type == "acquire"
             and r.modality not in {"hedged", "negated"}}  # "could have obliged A to buy B"
    return [r for r in found if r.type != "partner" or frozenset((r.head, r.tail)) not in taken]
