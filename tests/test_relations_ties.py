"""Trigger words that state no tie between the two names they sit near (issue 9, round 5):
hosting a team, a name that only says which residents or customers are meant, a person using
their own thing, two parties who give a contract to a third, owning "X's Y", makers that are only the
first word of other names, event days and causative "make ... available". Invented companies from
several industries; each narrowed form still fires where the text states the tie."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from extracted import relations as facts

from tieline.extract.relations.makers import _named_product


def kinds(nlp, text: str, kind: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(nlp, text) if f[0] == kind}


# -- supply: hosting a guest is no service --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ravens hosted the Falcons on Sunday.",
    "The Falcons will host the Ravens at Brisk Stadium.",
    "The Brisk Arena hosted the Corvel Cup final on Sunday.",
])
def test_hosting_a_team_or_event_supplies_nothing(nlp, text):
    assert not kinds(nlp, text, "supply")


def test_hosting_a_customers_website_is_supply(nlp):
    assert ("supply", "Nimbus Cloud", "Kestrel Foods") in facts(
        nlp, "Nimbus Cloud hosts Kestrel Foods' website.")


# -- a name that only says which people are meant is no party -------------------------------------

@pytest.mark.parametrize("text", [
    "Halden Bank provides loans via federal funds to Oregon residents who are unemployed.",
    "Norrin Telecom offers discounts to Vossa customers.",
])
def test_people_named_by_a_modifier_are_not_the_organization(nlp, text):
    assert not kinds(nlp, text, "supply")


@pytest.mark.parametrize("text, supplier, customer", [
    ("Halden Bank provides loans to Pellam Foods.", "Halden Bank", "Pellam Foods"),
    ("Brisk Energy supplies power to Corvel Steel.", "Brisk Energy", "Corvel Steel"),
])
def test_supply_to_a_named_organization_still_fires(nlp, text, supplier, customer):
    assert ("supply", supplier, customer) in facts(nlp, text)


# -- partner: two parties giving or winning a contract are not each other's partners --------------

@pytest.mark.parametrize("text", [
    "Corvel and Brisk combined to grant it a massive television contract.",
    "Kestrel Labs and Pellam Health combined to award it a research contract.",
])
def test_a_contract_given_to_a_third_party_is_no_partnership(nlp, text):
    assert not kinds(nlp, text, "partner")


def test_an_agreement_the_two_make_is_still_a_partnership(nlp):
    assert ("partner", "Kestrel Labs", "Pellam Health") in facts(
        nlp, "Kestrel Labs and Pellam Health agreed a research partnership.")


# -- invest: owning "X's Y" is no stake in X ------------------------------------------------------

def test_owner_of_a_possessed_name_holds_nothing_in_the_possessor(nlp):
    text = "Pellam Group, the owner of Marlow's Secret, shot back at the investor."
    assert not kinds(nlp, text, "invest")


def test_owner_of_a_company_still_invests(nlp):
    assert ("invest", "Pellam Group", "Marlow Foods") in facts(
        nlp, "Pellam Group, the owner of Marlow Foods, said sales rose.")


# -- develop: makers, hashtags, events and "make ... available" -----------------------------------

@pytest.mark.parametrize("name, maker, text", [
    # a prefix never written alone: two ships, not a maker
    ("Tarn Avalon", "Tarn", "The Tarn Avalon and the Tarn Brill sailed from Oslo."),
    # a family name: a person, not a product of "Wang"
    ("Wang Lei", "Wang", "The book by Chen Bo and Wang Lei was published by Wang Press."),
])
def test_a_maker_never_named_alone_makes_nothing(name, maker, text):
    assert not _named_product(name, maker, SimpleNamespace(text=text, places=set()))


@pytest.mark.parametrize("name, maker, text", [
    ("Korvan Tab", "Korvan", "Korvan said the Korvan Tab sells well."),
    ("Nimbus Drive", "Nimbus", "Files sit on Nimbus Drive, which Nimbus launched in May."),
])
def test_a_maker_named_alone_still_makes(name, maker, text):
    assert _named_product(name, maker, SimpleNamespace(text=text, places=set()))


@pytest.mark.parametrize("text", [
    "Vossa launched Vossa National Hiring Days in May. Vossa said 300 people came.",
    'Most Lumo courses are in English, but the company would make transcripts of '
    '"Mechanical Ventilation for Nurses" available in other languages.',
    'Brisk Games made "Harbor Kings" available on phones in May.',
])
def test_event_days_and_made_available_are_no_products(nlp, text):
    assert not kinds(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Lumo's Spring2024 app has a million users.", "Lumo", "Spring2024"),
    ('Brisk Games made "Harbor Kings" in 2019.', "Brisk Games", "Harbor Kings"),
])
def test_products_still_made(nlp, text, maker, product):
    assert ("develop", maker, product) in facts(nlp, text)


# -- requests and parties acting apart ------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Both Kestrel Foods and Brisk Energy were asked to partner with the Corvel Fund.", "partner"),
    ("Senator Ann Lee is calling on prosecutors to open an antitrust investigation into "
     "Brisk Energy.", "sue"),
    ("Vossa Group urged Pellam Bank to invest in Corvel Steel.", "invest"),
    ("The Hawks and the Lions are working overtime to block the film.", "partner"),
    ("The mayor sent letters to chiefs from Kestrel, The Brisk-Cola Company, Lumo Eats and "
     "other chains to partner with the Corvel Fund.", "partner"),
    ("Olsen said he personally sent letters to heads from Pellam Bank, The Harlow Trust "
     "Company, Tandry Capital and other lenders to invest in the Corvel Steel plant.", "invest"),
])
def test_a_request_or_parallel_work_states_no_tie(nlp, text, kind):
    assert not kinds(nlp, text, kind)


@pytest.mark.parametrize("text, fact", [
    ("Kestrel Foods and Brisk Energy are working together on a new plant.",
     ("partner", "Brisk Energy", "Kestrel Foods")),
    ("Kestrel Foods and Brisk Energy launched a joint venture.",
     ("partner", "Brisk Energy", "Kestrel Foods")),
    ("Pellam Bank agreed to invest in Corvel Steel.", ("invest", "Pellam Bank", "Corvel Steel")),
    ("Pellam Bank became the first lender to partner with Corvel Steel.",
     ("partner", "Corvel Steel", "Pellam Bank")),
    ("Orvick Media is the latest broadcaster to invest in Tandry Studios.",
     ("invest", "Orvick Media", "Tandry Studios")),
])
def test_joint_work_and_own_acts_still_fire(nlp, text, fact):
    assert fact in facts(nlp, text)


# -- invest: "holding clinics in a town" is no stake ----------------------------------------------

def test_holding_events_in_a_place_is_no_stake(nlp):
    text = ("The Halden Health Department is holding free flu clinics this week in Milton and "
            "Gary in the north.")
    assert not kinds(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Pellam Capital holds a 5% stake in Corvel Steel.",
    "Pellam Capital owns 3 million shares of Corvel Steel.",
])
def test_holding_a_stake_still_invests(nlp, text):
    assert ("invest", "Pellam Capital", "Corvel Steel") in facts(nlp, text)


# -- supply: speeches and a person's pressure supply nothing --------------------------------------

@pytest.mark.parametrize("text", [
    "Orbis Health delivered a keynote address to Vossa Pharma.",
    "Lee said she will be leaning on Kestrel Foods to keep the plant open.",
])
def test_speeches_and_pressure_are_no_supply(nlp, text):
    assert not kinds(nlp, text, "supply")


# -- use: one person called a customer is not the story's company's customer ----------------------

@pytest.mark.parametrize("text", [
    "Corvel Barbers reopened on Monday. A customer, Ann Lee, said she had waited for weeks.",
    "Brisk Foods cut prices in May. One customer, Tom Vale, said the cuts were welcome.",
])
def test_one_person_called_a_customer_uses_no_named_company(nlp, text):
    assert not kinds(nlp, text, "use")


# -- use: a person's own means is no business tie ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tom Vale used his own Kestrel Protocol on patients in the ward.",
    "Ann Lee recommends tapping your Brisk Savings account.",
])
def test_a_persons_own_means_are_no_use_fact(nlp, text):
    assert not kinds(nlp, text, "use")


@pytest.mark.parametrize("text, user, maker", [
    ("Tom Vale uses Brisk Analytics.", "Tom Vale", "Brisk Analytics"),
    ("Chef Ann Lee has adopted Kestrel Systems, the ordering platform.", "Ann Lee", "Kestrel Systems"),
])
def test_a_person_using_a_company_is_no_use_fact(nlp, text, user, maker):
    # round 18: on real news a person's use is a consumer's or an official's (a patient's
    # telehealth service, a senator's fund), never a tie between parties; every such fact of
    # four judged stores and of the corpus check was wrong
    assert ("use", user, maker) not in facts(nlp, text)


# -- develop: model-number tails and places or offices led by the maker's name ---------------------

def test_tail_of_a_model_number_is_no_product(nlp):
    text = "Corvel's new 350-8x private jet is astonishingly large."
    assert not kinds(nlp, text, "develop")


def test_whole_model_number_is_still_a_product(nlp):
    assert ("develop", "Corvel", "350X") in facts(
        nlp, "Corvel's new 350X private jet is astonishingly large.")


@pytest.mark.parametrize("name, maker, text", [
    ("Corvel World", "Corvel", "Corvel said Corvel World would reopen."),      # a theme park
    ("Waikoa Beach", "Waikoa", "Waikoa is quiet; Waikoa Beach is empty."),   # a place
    ("Tarn Archives", "Tarn", "Tarn said the Tarn Archives hold her work."),  # a collection
])
def test_maker_led_places_and_collections_are_no_products(name, maker, text):
    assert not _named_product(name, maker, SimpleNamespace(text=text, places=set()))
