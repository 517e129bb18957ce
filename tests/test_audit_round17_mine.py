"""Round 17, from the thirty-third and thirty-fourth audits: error classes of the starting code.

- A name ending in "+" is its own service: "Vexa+" is "Vexa Plus", never the firm Vexa.
- What an investment or stake is in ("led an investment in the Ohio-based startup") is not a
  firm the sentence names as its subject (an investor).
- "created a GiveHub": a firm's name with "a" before it is one of its pages, not a firm founded.
- "Ann Lee, the former Council of Planners chair": a former title holding the name is past.
- UTF-8 read as cp1252 upstream is read back, so "Halvenâ\\x80\\x99s" is "Halven's".

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations
from tieline.names import key
from tieline.readers.clean import normalize_text


def test_a_plus_name_is_not_its_firm():
    assert key("Vexa+") == key("Vexa Plus") != key("Vexa")
    assert key("Orbis TV+") == key("Orbis TV Plus")


@pytest.mark.parametrize("text,right,wrong", [
    # media
    ("Vexa's new streaming service Vexa+ passed 40 million subscribers, Vexa said on Monday. "
     "Vexa Plus launched in November.", ("Vexa", "Vexa Plus"), ("Vexa Plus", "Vexa Plus")),
    # film
    ("Orbis Media launched its streaming service Orbis+ in May. Orbis said Orbis Plus would "
     "carry films.", ("Orbis Media", "Orbis Plus"), ("Orbis Plus", "Orbis Plus")),
])
def test_a_plus_service_has_its_firm_as_maker(nlp, text, right, wrong):
    found = of_kind(nlp, text, "develop")
    assert right in found
    assert wrong not in found


@pytest.mark.parametrize("text,investor,target,not_target", [
    # cars
    ("Halden Motors announced a $300 million investment in Quillon Robotics last year, just two "
     "months after Pellam led a $500 million investment in the Ohio-based startup.",
     "Pellam", "Quillon Robotics", "Halden Motors"),
    # energy
    ("Vantor Energy announced a $200 million investment in Solvane Technologies in 2022, months "
     "after Kessler Partners led a $400 million investment in the Denver-based startup.",
     "Kessler Partners", "Solvane Technologies", "Vantor Energy"),
])
def test_a_held_description_is_not_the_subject(nlp, text, investor, target, not_target):
    found = of_kind(nlp, text, "invest")
    assert (investor, target) in found
    assert (investor, not_target) not in found


def test_a_held_description_with_only_subjects_before_binds_to_none_of_them(nlp):
    text = ("Marlow Foods announced a $40 million investment in Brisket Bros. Inc. in March, a week "
            "after Tessel Capital led a $90 million investment in the Texas-based chain.")
    assert ("Tessel Capital", "Marlow Foods") not in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text,founder", [
    ("Pitcher Dale Orvin created a GiveHub to raise money for nurses.", "Dale Orvin"),
    ("Chef Ana Ruiz started a Kickfund for her kitchen staff.", "Ana Ruiz"),
    ("Mara Sel launched a FundRaiser.com campaign for the shelter.", "Mara Sel"),
    ("Coach Lena Brisk set up a GiveHub for the team's travel costs.", "Lena Brisk"),
])
def test_a_page_made_on_a_site_is_no_firm_founded(nlp, text, founder):
    assert not [k for k in of_kind(nlp, text, "employ") if k[1].endswith(founder)]


@pytest.mark.parametrize("text,fact", [
    ("Dale Orvin founded Brightwell Foods in 2001.", ("Brightwell Foods", "Dale Orvin")),
    ("Tom Vey founded an agency called Pellam Media.", ("Pellam Media", "Tom Vey")),
    # biotech, brewing: only adjectives between the a/an and the name
    ("Ann Lee founded an Ohio-based Kestrel Labs in 2010.", ("Kestrel Labs", "Ann Lee")),
    ("Tom Vey started a small Harlow Brewing in his garage in 2015.", ("Harlow Brewing", "Tom Vey")),
])
def test_a_firm_founded_is_still_one(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    # a franchise shop, a deli: a/an before a possessive name is one of many, no employer named
    "She earns about as much as she does when she is working at a Harlan's 24 Barbershop.",
    "He still works part-time at a Tom's Corner Deli in town.",
])
def test_a_before_a_possessive_name_gives_no_employer(nlp, text):
    assert not of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,fact,modality", [
    ("The panel criticised Jason Farrow, the former Council of Regional Planners chair under "
     "Governor Bell, who is well liked.", ("Council of Regional Planners", "Jason Farrow"), "negated"),
    ("Critics cited Dana Kell, the former Institute of Rail Engineers president, in the report.",
     ("Institute of Rail Engineers", "Dana Kell"), "negated"),
    ("Critics cited Dana Kell, the Institute of Rail Engineers president, in the report.",
     ("Institute of Rail Engineers", "Dana Kell"), "asserted"),
])
def test_a_former_title_holding_the_name(nlp, text, fact, modality):
    assert of_kind(nlp, text, "employ").get(fact) == modality


@pytest.mark.parametrize("broken,fixed", [
    ("Halven\u00e2\u0080\u0099s chief", "Halven\u2019s chief"),
    ("caf\u00c3\u00a9 prices", "caf\u00e9 prices"),
    ("\u00e2\u20ac\u0153Yes,\u00e2\u20ac\u009d she said", "\u201cYes,\u201d she said"),
    ("told Halven\u00c2 that", "told Halven that"),
])
def test_mojibake_is_read_back(broken, fixed):
    assert normalize_text(broken) == fixed


@pytest.mark.parametrize("text", ["ch\u00e2teau wines", "CAF\u00c9\u201d he wrote",
                                  "S\u00c3O PAULO", "na\u00efve\u00a0\u00a3 sign"])
def test_text_that_only_looks_like_mojibake_is_kept(text):
    assert normalize_text(text) == text.replace("\u00a0", " ")


def test_a_repaired_possessive_names_the_employer(nlp):
    text = normalize_text("Halven Mining\u00e2\u0080\u0099s chief executive Ann Lee said output rose.")
    assert ("employ", "Halven Mining", "Ann Lee") in relations(nlp, text)


@pytest.mark.parametrize("text,fact", [
    # auctions
    ("\"Bids were strong,\" said Ian Kell, an Ormond's senior vice president.",
     ("Ormond's", "Ian Kell")),
    # ratings
    ("\"Growth will slow,\" said Dora Fenn, a Pryce's assistant vice president.",
     ("Pryce's", "Dora Fenn")),
])
def test_a_before_name_s_keeps_the_s(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")


def test_a_possessive_after_a_name_is_still_one(nlp):
    text = ("Ann Reel, a Halvex senior vice president, spoke on Monday. Halvex's shares fell "
            "5% after the call.")
    found = of_kind(nlp, text, "employ")
    assert ("Halvex", "Ann Reel") in found and ("Halvex's", "Ann Reel") not in found


@pytest.mark.parametrize("text", [
    # politics beside a broadcaster
    "Harbor Daily was criticised after its editor defended PM adviser Dominic Rollins on Monday.",
    "Kestrel Radio said the President's adviser Tom Vey would testify next week.",
    # a city beside a newspaper
    "The Marlow Courier reported that the mayor's spokeswoman Ann Pell had resigned.",
])
def test_a_role_serving_an_office_holder_is_no_firm_job(nlp, text):
    assert not of_kind(nlp, text, "employ")


def test_a_bare_role_still_finds_the_firm_named_before(nlp):
    text = "At Halvex Mining, chief executive Ann Reel said output would rise."
    assert ("Halvex Mining", "Ann Reel") in of_kind(nlp, text, "employ")


def test_whose_role_is_the_relative_firms(nlp):
    text = ("Officials questioned the biggest farmers' group, the Dorvan Growers League, whose "
            "leader Pia Lund is seeking a second term.")
    assert ("Dorvan Growers League", "Pia Lund") in of_kind(nlp, text, "employ")
