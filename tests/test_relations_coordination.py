"""Issue 9 (part B): coordinated nominalizations, takeover deals that are not alliances, and
people hired away from a named employer. Invented sentences from several industries, each with
sentences that must not fire."""
from __future__ import annotations

import pytest

from test_relations import triples

NESTED = [
    # energy
    ("There was activity, including Halvor Energy's $60 billion acquisition of Pioneer Drilling "
     "and Brant Oil's $53 billion takeover of Kessel Petroleum.",
     {("acquire", "Halvor Energy", "Pioneer Drilling"), ("acquire", "Brant Oil", "Kessel Petroleum")},
     {("acquire", "Pioneer Drilling", "Kessel Petroleum")}),
    # banking
    ("The year saw Lumo Bank's purchase of Corrin Finance and Tadley Capital's acquisition of "
     "Osprey Lending.",
     {("acquire", "Lumo Bank", "Corrin Finance")},
     {("acquire", "Corrin Finance", "Osprey Lending"), ("acquire", "Corrin Finance", "Tadley Capital")}),
]


@pytest.mark.parametrize("text,wanted,unwanted", NESTED)
def test_coordinated_nominalizations_keep_their_own_owner(nlp, text, wanted, unwanted):
    found = triples(nlp, text)
    assert wanted <= found
    assert not unwanted & found


TAKEOVERS = [
    # energy
    ("Halvor Energy agreed on Wednesday to acquire its smaller rival, Brant Oil, the latest deal "
     "in a wave of consolidation.", ("acquire", "Halvor Energy", "Brant Oil"),
     ("partner", "Brant Oil", "Halvor Energy")),
    # telecoms
    ("Norvik Telecom agreed to buy Pellam Networks. Norvik Telecom's agreement with Pellam Networks needs "
     "a shareholder vote.", ("acquire", "Norvik Telecom", "Pellam Networks"),
     ("partner", "Norvik Telecom", "Pellam Networks")),
]


@pytest.mark.parametrize("text,wanted,unwanted", TAKEOVERS)
def test_a_takeover_agreement_is_not_a_partnership(nlp, text, wanted, unwanted):
    found = triples(nlp, text)
    assert wanted in found
    assert unwanted not in found


def test_a_partnership_without_a_takeover_stays(nlp):
    assert ("partner", "Alder Systems", "Corven Software") in triples(
        nlp, "Alder Systems signed a partnership agreement with Corven Software.")


HIRED = [
    # cars / technology
    ("Orrin Labs has snatched a former Velto Motors engineer to lead its hardware efforts.",
     ("talent_move", "Velto Motors", "Orrin Labs")),
    # retail / logistics
    ("Velto Motors's departing head of retail will become chief executive of Corvane Logistics.",
     ("talent_move", "Velto Motors", "Corvane Logistics")),
    # banking
    ("Ross Pell, Kestrel Bank's departing chief executive, has been appointed to run Harlow Bank.",
     ("talent_move", "Kestrel Bank", "Harlow Bank")),
    # logistics: a role with its old employer takes a new job
    ("Velto Motors's former finance chief will run Corvane Logistics.",
     ("talent_move", "Velto Motors", "Corvane Logistics")),
    # airlines: people hired away from a named rival
    ("Pell Airlines poached three engineers from Norvik Air.",
     ("talent_move", "Norvik Air", "Pell Airlines")),
]


@pytest.mark.parametrize("text,wanted", HIRED)
def test_hired_from_a_named_employer_is_a_talent_move(nlp, text, wanted):
    assert wanted in triples(nlp, text)


NOT_MOVES = [
    "Velto Motors hired 200 engineers in Texas.",
    "Ann Kell, the chief executive of Corvane Logistics, will run the new unit.",
    "Corvane Logistics hired Ann Kell as its finance chief.",
    "The chief executive of Velto Motors will run Corvane Logistics' board meeting.",
]


@pytest.mark.parametrize("text", NOT_MOVES)
def test_no_talent_move_without_a_left_employer(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "talent_move"}


LISTS = [
    # machinery
    ("Arrow Motors said it has orders from Pell Airlines, Norvik Air and Corvane Freight.",
     {("supply", "Arrow Motors", "Pell Airlines"), ("supply", "Arrow Motors", "Norvik Air"),
      ("supply", "Arrow Motors", "Corvane Freight")}),
    # logistics
    ("Kestrel Logistics plans to buy 10,000 electric trucks from Arrow Motors.",
     {("supply", "Arrow Motors", "Kestrel Logistics")}),
    # consumer goods
    ("Arrow Motors filled a $5 million order for Kroger Foods.",
     {("supply", "Arrow Motors", "Kroger Foods")}),
    # pharmaceuticals: plaintiffs joining a suit named in the sentence before
    ("The Justice Department sued Velto Pharma. Brisk Health and Corven Care joined the lawsuit "
     "on Monday.",
     {("sue", "Justice Department", "Velto Pharma"), ("sue", "Brisk Health", "Velto Pharma"),
      ("sue", "Corven Care", "Velto Pharma")}),
]


@pytest.mark.parametrize("text,wanted", LISTS)
def test_orders_purchases_and_joined_suits_give_each_party(nlp, text, wanted):
    assert wanted <= triples(nlp, text)


NOT_SUPPLY_OR_SUE = [
    "Arrow Motors has an order book worth $4 billion.",
    "Norvik Air has orders for 40 jets.",
    "Brisk Health joined the board of Corven Care.",
]


@pytest.mark.parametrize("text", NOT_SUPPLY_OR_SUE)
def test_orders_without_a_customer_and_joined_boards_do_not_fire(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] in {"supply", "sue"}}


OWNERS = [
    # media: a parenthetical owner belongs to the name before the bracket, not to the list
    ("Hulu Plus was backed by Kestrel Media, Norvo Pictures (owned by Tarsk Telecom) and Brisk "
     "Studios.",
     {("invest", "Tarsk Telecom", "Norvo Pictures")},
     {("invest", "Tarsk Telecom", "Brisk Studios"), ("invest", "Tarsk Telecom", "Kestrel Media"),
      ("invest", "Tarsk Telecom", "Hulu Plus")}),
    # logistics: "X, a subsidiary of Y"
    ("The carrier bought LF Freight, a subsidiary of Li Holdings, for $3 billion.",
     {("invest", "Li Holdings", "LF Freight")}, set()),
    # telecoms: "Y's unit X"
    ("Tarsk Telecom's unit Norvo Pictures signed a deal with Lumo Streaming.",
     {("invest", "Tarsk Telecom", "Norvo Pictures")},
     {("partner", "Lumo Streaming", "Tarsk Telecom")}),
]


@pytest.mark.parametrize("text,wanted,unwanted", OWNERS)
def test_owners_in_asides_own_only_their_name(nlp, text, wanted, unwanted):
    found = triples(nlp, text)
    assert wanted <= found
    assert not unwanted & found


def test_a_unit_that_is_not_a_company_owns_nothing(nlp):
    found = triples(nlp, "Velto Motors opened a new unit in Ohio. Kestrel Media sold its cable "
                         "division to Tarsk Telecom.")
    assert not {t for t in found if t[0] == "invest"}


@pytest.mark.parametrize("text,mood", [
    # cloud: the exclusivity ends, the supply stays
    ("Microsoft is no longer OpenAI's exclusive cloud provider.", "asserted"),
    # aerospace
    ("Arrow Motors is no longer Pell Airlines' sole engine supplier.", "asserted"),
    # without an exclusivity word the tie itself has ended
    ("Arrow Motors is no longer Pell Airlines' engine supplier.", "negated"),
    ("Microsoft is no longer OpenAI's cloud provider.", "negated"),
])
def test_no_longer_exclusive_ends_exclusivity_not_supply(nlp, text, mood):
    from test_relations import relations

    supply = [r for r in relations(nlp, text) if r.type == "supply"]
    assert supply and {r.modality for r in supply} == {mood}
