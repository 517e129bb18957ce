"""Round 24, sue and partner shapes: a case brought, or a regulator's act, to stop a deal is a
case against the deal's makers; "is taking X to court" (the parser reads "to court" as an
infinitive); a deal or contract held with a party named only by "from" or "for" in its purpose
is a sale or manufacturing agreement, so a partnership; "X's partners include A, B and C"; the
verb of such a list carries its negation and auxiliaries; two firms that each sign a deal with a
third party are not each other's partners; and a name the parser joins to the place locating
the previous item ("A in Wales and Norway's B") is the next item of the list. Sentences and
names invented for these tests."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pairs", [
    ("The Marlow Competition Bureau blocked Kestrel Foods' takeover of Brambleway Dairy.",
     {("Marlow Competition Bureau", "Kestrel Foods")}),
    ("The Marlow Trade Commission sued to block Trellis Analytics' purchase of Orvane Systems.",
     {("Marlow Trade Commission", "Trellis Analytics")}),
    ("The Halden Justice Department filed a lawsuit to block Halvorsen Marine's acquisition of "
     "Quillfield Shipping.", {("Halden Justice Department", "Halvorsen Marine")}),
    ("The Halden Justice Department filed a lawsuit to block Halvorsen Marine's sale of its ferry unit "
     "to Kestrel Shipping.",
     {("Halden Justice Department", "Halvorsen Marine"), ("Halden Justice Department", "Kestrel Shipping")}),
    ("The Marlow Trade Commission sued to block the merger of Trellis Analytics and Orvane "
     "Systems.", {("Marlow Trade Commission", "Trellis Analytics"),
                  ("Marlow Trade Commission", "Orvane Systems")}),
    ("The Competition Authority sued to block Brambleway Dairy's merger with Kestrel Foods.",
     {("Competition Authority", "Brambleway Dairy"), ("Competition Authority", "Kestrel Foods")}),
    ("Halvorsen Marine sued to block Kestrel Foods' takeover of Brambleway Dairy.",
     {("Halvorsen Marine", "Kestrel Foods")}),
])
def test_a_case_to_stop_a_deal_sues_its_makers(nlp, text, pairs):
    sue = of_kind(nlp, text, "sue")
    assert {p: "asserted" for p in pairs} == sue


@pytest.mark.parametrize("text", [
    "Shareholders of Orvane Systems blocked Kestrel Foods' takeover of the company.",
    "A federal judge blocked Kestrel Foods' takeover of Brambleway Dairy.",
    "The Marlow Trade Commission did not sue to block Trellis Analytics' purchase of Orvane "
    "Systems.",
    "The Marlow Competition Bureau approved Kestrel Foods' takeover of Brambleway Dairy.",
    "Kestrel Foods used its votes to block Orvane Systems' bid for Brambleway Dairy.",
])
def test_no_case_when_no_regulator_acts_or_none_is_brought(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


def test_a_case_only_weighed_is_hedged(nlp):
    text = "The Marlow Trade Commission may sue to block Trellis Analytics' purchase of Orvane Systems."
    assert of_kind(nlp, text, "sue") == {("Marlow Trade Commission", "Trellis Analytics"): "hedged"}


@pytest.mark.parametrize("text, pair", [
    ("Halvorsen Marine is taking Kestrel Foods to court over unpaid invoices.",
     ("Halvorsen Marine", "Kestrel Foods")),
    ("Brambleway Dairy is taking Quillfield Bank to court over the loan terms.",
     ("Brambleway Dairy", "Quillfield Bank")),
])
def test_taking_someone_to_court(nlp, text, pair):
    assert of_kind(nlp, text, "sue") == {pair: "asserted"}


@pytest.mark.parametrize("text", [
    "Halvorsen Marine is taking Kestrel Foods to dinner after the launch.",
    "Halvorsen Marine is taking its case to court without a lawyer.",
])
def test_taking_someone_elsewhere_is_no_suit(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text, pair", [
    ("Halvorsen Marine has signed a deal to buy 12 ships from Quillfield Yards.",
     ("Halvorsen Marine", "Quillfield Yards")),
    ("Brisa Airways signed a contract to lease 20 jets from Kestrel Aviation.",
     ("Brisa Airways", "Kestrel Aviation")),
    ("Halvorsen Marine clinched the contract to build a new ship for Quillfield Cruises.",
     ("Halvorsen Marine", "Quillfield Cruises")),
    ("Halvorsen Marine won a contract from Quillfield Cruises to build two ferries.",
     ("Halvorsen Marine", "Quillfield Cruises")),
    ("Kestrel Aerospace secured a contract to supply 300 engines for Brisa Airways.",
     ("Brisa Airways", "Kestrel Aerospace")),
])
def test_a_sale_or_making_contract_is_a_partnership(nlp, text, pair):
    assert of_kind(nlp, text, "partner").get(pair) == "asserted"


@pytest.mark.parametrize("text", [
    "Halvorsen Marine signed a deal to buy back shares from Kestrel Bank.",
    "Halvorsen Marine won a $40m contract to build a plant for $2bn.",
    "Halvorsen Marine did not win the contract to build a ship for Quillfield Cruises.",
    "Halvorsen Marine won an award from Quillfield Cruises.",
])
def test_no_partnership_without_goods_a_party_or_a_deal(nlp, text):
    assert of_kind(nlp, text, "partner") == {}


def test_a_partners_list_names_the_possessors_partners(nlp):
    text = "Kestrel Foods' partners include Brambleway Dairy, Orvane Systems and Quillfield Bank."
    assert of_kind(nlp, text, "partner") == {
        ("Brambleway Dairy", "Kestrel Foods"): "asserted",
        ("Kestrel Foods", "Orvane Systems"): "asserted",
        ("Kestrel Foods", "Quillfield Bank"): "asserted"}


@pytest.mark.parametrize("text, kind, pair, mood", [
    ("Kestrel Foods' partners do not include Brambleway Dairy.", "partner",
     ("Brambleway Dairy", "Kestrel Foods"), "negated"),
    ("Kestrel Foods' investors do not include Brambleway Dairy.", "invest",
     ("Brambleway Dairy", "Kestrel Foods"), "negated"),
    ("Kestrel Foods' partners may include Brambleway Dairy.", "partner",
     ("Brambleway Dairy", "Kestrel Foods"), "hedged"),
    ("Kestrel Foods' rivals will include Brambleway Dairy.", "compete",
     ("Brambleway Dairy", "Kestrel Foods"), "forecast"),
])
def test_the_listing_verb_gives_the_mood(nlp, text, kind, pair, mood):
    assert of_kind(nlp, text, kind) == {pair: mood}


@pytest.mark.parametrize("text", [
    "Ann Lee's partners include Brambleway Dairy.",
    "Other partners include Trellis Analytics.",
])
def test_a_list_with_no_firm_owner_gives_no_partner(nlp, text):
    assert of_kind(nlp, text, "partner") == {}


@pytest.mark.parametrize("text", [
    "Trellis Analytics and Orvane Systems both signed deals with their unions.",
    "Halvorsen Marine and Brambleway Dairy each struck agreements with their lenders.",
])
def test_deals_each_signed_with_a_third_party_pair_no_signers(nlp, text):
    assert of_kind(nlp, text, "partner") == {}


@pytest.mark.parametrize("text, pair", [
    ("Trellis Analytics and Orvane Systems signed a deal with each other.",
     ("Orvane Systems", "Trellis Analytics")),
    ("Kestrel Group and Orvane Systems are continuing to expand their joint venture with a new "
     "order for vessels.", ("Kestrel Group", "Orvane Systems")),
])
def test_a_deal_with_each_other_or_with_a_thing_still_pairs(nlp, text, pair):
    assert pair in of_kind(nlp, text, "partner")


@pytest.mark.parametrize("text, pairs", [
    ("Other banks that work with Orvane Systems include Kestrel Bank in Wales and Norway's "
     "Quillfield Bank.", {("Kestrel Bank", "Orvane Systems"), ("Orvane Systems", "Quillfield Bank")}),
    ("Kestrel Foods' partners include Brambleway Dairy in Wales and Halvorsen Marine in Norway.",
     {("Brambleway Dairy", "Kestrel Foods"), ("Halvorsen Marine", "Kestrel Foods")}),
])
def test_a_list_item_after_a_place_is_still_listed(nlp, text, pairs):
    assert set(of_kind(nlp, text, "partner")) == pairs


def test_places_joined_after_a_name_are_no_items(nlp):
    text = "Other banks that work with Orvane Systems include Kestrel Bank in Wales and Norway."
    assert set(of_kind(nlp, text, "partner")) == {("Kestrel Bank", "Orvane Systems")}
