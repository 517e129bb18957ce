"""Names found, bounded and typed beyond the tagger's label (issue 9, names first).

Every sentence is invented; each rule has sentences from two industries that must fire and
one that must not.
"""
from __future__ import annotations

import pytest

from tieline.extract.document import extract
from tieline.extract.entities import DocEntities
from tieline.model import Document
from tieline.names import clean_name


def entities(nlp, text):
    return DocEntities(nlp(text)).entities


def relations(nlp, text):
    ex = extract(Document(text=text, source="test"), nlp(text))
    return {(r.type, r.head, r.tail) for r in ex.relations}


@pytest.mark.parametrize("text,name", [
    ("Kestrel Foods acquired Brambleway Dairy.", "Brambleway Dairy"),
    ("Halvorsen Marine signed a five-year partnership with Trellis Analytics on Tuesday, "
     "the companies said.", "Halvorsen Marine"),
    ("Tarsk Lithography said it has orders from Pell Semiconductor.", "Tarsk Lithography"),
    # the tagger calls each of these a person without the industry word's vote
    ("Orrin Chemicals agreed to buy Zephyr Coatings for $2bn.", "Zephyr Coatings"),
    ("Ilsa Resources bought Deneb Steelworks.", "Deneb Steelworks"),
    ("Brack Laboratories partnered with Ovel Labs.", "Brack Laboratories"),
])
def test_an_industry_word_at_the_end_makes_an_organization(nlp, text, name):
    assert entities(nlp, text)[name].type == "ORG"


def test_a_person_without_an_industry_word_stays_a_person(nlp):
    ents = entities(nlp, "Astrid Kell, the chief executive of Halvorsen Marine, said the deal was good.")
    assert ents["Astrid Kell"].type == "PERSON"
    assert ents["Halvorsen Marine"].type == "ORG"


def test_industry_typing_gives_the_fact(nlp):
    assert ("acquire", "Kestrel Foods", "Brambleway Dairy") in relations(
        nlp, "Kestrel Foods acquired Brambleway Dairy.")
    assert ("acquire", "Orrin Chemicals", "Zephyr Coatings") in relations(
        nlp, "Orrin Chemicals agreed to buy Zephyr Coatings for $2bn.")


@pytest.mark.parametrize("text,names", [
    ("Vantor Corp said it will supply sensors to Meridel Technologies Inc.",
     {"Vantor", "Meridel Technologies"}),
    ("Orrin Corporation and Tessa Corporation signed a supply deal.", {"Orrin", "Tessa"}),
])
def test_a_company_suffix_is_never_a_name_alone(nlp, text, names):
    ents = entities(nlp, text)
    assert names <= set(ents)
    assert not {"Corp", "Corporation", "Inc"} & set(ents)


def test_a_name_ending_in_a_fragment_word_is_kept(nlp):
    ents = entities(nlp, "In 2003 Brakton acquired the largest copper miner - Quill Holdings.")
    assert "Quill Holdings" in ents and "Holdings" not in ents


@pytest.mark.parametrize("text,name,fragment", [
    ("Norwick Ventures invested $50 million in Lumo Payments.", "Lumo Payments", "Payments"),
    ("Brisk Capital invested $20 million in Lumo Robotics last year.", "Lumo Robotics", "Robotics"),
])
def test_an_industry_word_stays_attached_to_its_name(nlp, text, name, fragment):
    ents = entities(nlp, text)
    assert name in ents and fragment not in ents


def test_x_of_a_region_is_one_name_but_a_firm_of_a_country_is_not(nlp):
    assert "Blue Harbor of Oregon" in entities(
        nlp, "Blue Harbor of Oregon partnered with Marlow Health.")
    ents = entities(nlp, "Ferron of Germany partnered with Marlow Health.")
    assert "Ferron" in ents and "Ferron of Germany" not in ents


@pytest.mark.parametrize("text,name", [
    ("Regulators said the Fisheries and Coastal Authority fined Ferron Foods on Monday.",
     "Fisheries and Coastal Authority"),
    ("On Monday the Department of Ports and Inland Waterways (DPIW) sued the boat maker "
     "over unpaid fees, a spokesperson said.",
     "Department of Ports and Inland Waterways"),
])
def test_a_public_body_named_with_and_is_one_name(nlp, text, name):
    ents = entities(nlp, text)
    assert ents[name].type == "ORG"
    assert not any(e.type == "PRODUCT" for e in ents.values())  # its acronym is no product


def test_two_firms_named_with_and_are_two(nlp):
    ents = entities(nlp, "Alder Ventures and Brisk Capital invested in Lumo Payments.")
    assert {"Alder Ventures", "Brisk Capital"} <= set(ents)


@pytest.mark.parametrize("text,word", [
    ("Covid-19 hit sales at Ferron Foods, the grocer said.", "Covid-19"),
    ("Americans bought fewer boats from Halvorsen Marine.", "Americans"),
    ("Ferron paid CHF 40 million to Aldis Group, the miner said.", "CHF"),
    ("Severe Acute Respiratory Syndrome slowed travel, Velta Airlines said.",
     "Severe Acute Respiratory Syndrome"),
])
def test_diseases_demonyms_and_currencies_are_no_parties(nlp, text, word):
    ex = extract(Document(text=text, source="test"), nlp(text))
    assert word not in {e.name for e in ex.entities}
    assert not any(word in (r.head, r.tail) for r in ex.relations)


def test_a_state_acting_as_a_party_stays_an_organization(nlp):
    assert ("sue", "Texas", "Ferron") in relations(
        nlp, "Ferron sells boats. Texas sued Ferron over its prices.")


@pytest.mark.parametrize("text", [
    "Avalon's Bishop's University opened a new lab.",
    "Marden College's Wilder Bowl hosted the event.",
])
def test_institutions_and_venues_are_no_products_of_their_possessor(nlp, text):
    ents = entities(nlp, text)
    assert not any(e.type == "PRODUCT" for e in ents.values())
    assert not any(r[0] == "develop" for r in relations(nlp, text))


def test_a_firms_possessed_app_is_still_its_product(nlp):
    rels = relations(nlp, "Kestrel's Velora app is popular with cooks.")
    assert ("develop", "Kestrel", "Velora") in rels


def test_brackets_inside_a_quoted_name_are_dropped():
    assert clean_name("[J.B.] Tarrow") == "J.B. Tarrow"


@pytest.mark.parametrize("text,name,cut", [
    ("Ferron sells gear to streamers.\n\nEstablished Ferron streamers like Dova earn more.",
     "Ferron", "Established Ferron"),
    ("Quill makes boats.\n\nRenowned Quill yachts sold out, the shipyard said.", "Quill",
     "Renowned Quill"),
])
def test_a_sentence_opening_adjective_is_cut_from_a_name_seen_without_it(nlp, text, name, cut):
    ents = entities(nlp, text)
    assert cut not in ents



def test_a_time_zone_is_no_name(nlp):
    ents = entities(nlp, "Ferron Foods will report results at 4 p.m. ET on Tuesday, the grocer said.")
    assert "ET" not in ents


def test_a_centre_for_x_and_y_services_is_one_name(nlp):
    ents = entities(nlp, "Families were referred to the Refugee and Migrant Center for Housing and "
                         "Legal Services, which said it could not cope.")
    assert "Refugee and Migrant Center for Housing and Legal Services" in ents
