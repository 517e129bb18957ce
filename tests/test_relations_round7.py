"""Guards of issue 9 (round 7) against misread parties of non-employ relations on real news, on
sentences written for these tests (invented organizations, two industries each): a company's own
full name is no product of it; a clause with a singular verb after a list is about the nearest
name; a name after a semicolon is the next item of a list; a regulator is no buyer; a deal that
"could have" happened did not; a city sharing "-based" with the next one is no party. Each guard
still lets the plain statement through."""
from __future__ import annotations

import pytest

from extracted import of_kind


# -- develop: "Acme Laboratories" is Acme itself, not a product Acme makes -----------------------

@pytest.mark.parametrize("text, maker, name", [
    ("Mayor still confident in Corvanta's virus test despite false results\n"
     "The mayor expressed his confidence in the test from Corvanta Laboratories after a study by "
     "university researchers reported problems with it. Regulators said early data suggests "
     "Corvanta Laboratories' rapid test may miss cases. In just a few weeks, Corvanta has shipped "
     "a million tests.", "Corvanta", "Corvanta Laboratories"),
    ("Growers still loyal to Tessaro's seed despite poor harvest\n"
     "The minister praised the seed from Tessaro Alliance after a study by farm researchers found "
     "problems with it. Officials said early data suggests Tessaro Alliance's hardy seed may fail "
     "in drought. In just a few weeks, Tessaro has shipped a million bags.",
     "Tessaro", "Tessaro Alliance"),
])
def test_own_full_name_is_no_product(nlp, text, maker, name):
    assert (maker, name) not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, name", [
    ("Corvanta said on Monday that Corvanta Cloud will host the new data service.",
     "Corvanta", "Corvanta Cloud"),
    ("Pellmar said Pellmar Pay is used by many stores.", "Pellmar", "Pellmar Pay"),
])
def test_products_named_after_their_maker_still_developed(nlp, text, maker, name):
    assert (maker, name) in of_kind(nlp, text, "develop")


# -- a singular relative clause after a list is about the nearest name ---------------------------

@pytest.mark.parametrize("text, owner, other, owned", [
    ("Orvanta Systems and Plexar Holdings, which owns Dunmore Foods, have already put similar "
     "systems in place.", "Plexar Holdings", "Orvanta Systems", "Dunmore Foods"),
    ("Brisk Labs and Nalvo Health, which has backed Cendra Therapeutics, declined to comment.",
     "Nalvo Health", "Brisk Labs", "Cendra Therapeutics"),
])
def test_singular_clause_after_list_binds_nearest(nlp, text, owner, other, owned):
    found = of_kind(nlp, text, "invest")
    assert (owner, owned) in found and (other, owned) not in found


def test_plural_clause_after_list_binds_all(nlp):
    found = of_kind(nlp, "Quillon Media and Teverra Group, which own Harbor Radio, have added new "
                         "stations.", "invest")
    assert {("Quillon Media", "Harbor Radio"), ("Teverra Group", "Harbor Radio")} <= set(found)


# -- a semicolon list of investigators: none of them investigates another ------------------------

@pytest.mark.parametrize("text", [
    "The fraud is being investigated by the Department of Commerce; the Federal Trade Commission; "
    "and the Federal Bureau of Investigation.",
    "The outbreak is being examined by the Health Ministry; the Food Safety Agency; and the "
    "Veterinary Office.",
])
def test_semicolon_list_is_no_suit(nlp, text):
    assert not of_kind(nlp, text, "sue")


def test_investigation_still_a_suit(nlp):
    assert ("Federal Trade Commission", "Halvex Payments") in of_kind(
        nlp, "The Federal Trade Commission is investigating Halvex Payments.", "sue")


# -- acquire: a regulator is no buyer; a deal that could have happened did not -------------------

@pytest.mark.parametrize("text, regulator_, target", [
    ("Reports that the Health Department was considering action against Velmora Pharma in regards "
     "to their planned purchase of Quell Biotech came true on Friday.",
     "Health Department", "Quell Biotech"),
    ("Reports that the Energy Commission was considering action against Corvant Oil in regards to "
     "their planned purchase of Bramble Gas came true on Monday.", "Energy Commission", "Bramble Gas"),
])
def test_regulator_is_no_buyer(nlp, text, regulator_, target):
    assert (regulator_, target) not in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text", [
    "Orvane Motors ended an alliance which could have obliged Kestrel Auto to buy the Danish "
    "carmaker outright.",
    "A contract which would have required Pellmar Media to acquire Quinto Studios was torn up.",
])
def test_counterfactual_deal_is_no_takeover(nlp, text):
    assert not of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text, pair", [
    ("The Health Department approved Velmora Pharma's purchase of Quell Biotech.",
     ("Velmora Pharma", "Quell Biotech")),
    ("Kestrel Auto could buy Orvane Motors next year.", ("Kestrel Auto", "Orvane Motors")),
])
def test_takeovers_still_found(nlp, text, pair):
    assert pair in of_kind(nlp, text, "acquire")


# -- a city sharing "-based" with the next one is where a party sits -----------------------------

LISBON = ("The regulator cleared the takeover of Brightline Bank by Lisbon- and Madrid-based Corvo "
          "Financial.")


@pytest.mark.parametrize("text, place, target", [
    (LISBON, "Lisbon-", "Brightline Bank"),
    ("The regulator cleared the purchase of Kelvane Mining by Zurich and London-based Ostrava "
     "Metals.", "Zurich", "Kelvane Mining"),
])
def test_city_before_based_is_no_party(nlp, text, place, target):
    assert (place, target) not in of_kind(nlp, text, "acquire")


def test_buyer_after_based_still_found(nlp):
    assert ("Corvo Financial", "Brightline Bank") in of_kind(nlp, LISBON, "acquire")


# -- develop: a possessed surname or a platform account is no product ----------------------------

@pytest.mark.parametrize("text, maker, name", [
    ("\"They acted early,\" says John McKerrow, a doctor who advised the agency. The Health "
     "Agency's McKerrow is not worried.", "Health Agency", "McKerrow"),
    ("\"Demand is strong,\" said Maria DeVane, who runs sales at Brisk Foods. Brisk Foods's DeVane "
     "expects growth.", "Brisk Foods", "DeVane"),
    ("Fans will have to watch on Eurofest's YouTube channel, where the show will be streamed.",
     "Eurofest", "YouTube"),
    ("Viewers can stream the match on Corvo Sports's Twitch channel this weekend.",
     "Corvo Sports", "Twitch"),
])
def test_surname_or_platform_account_is_no_product(nlp, text, maker, name):
    assert (maker, name) not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, name", [
    ("Orvane Motors's ZephyrX car sold well this year.", "Orvane Motors", "ZephyrX"),
    ("Marvane said its Zephyr channel app reached a million users.", "Marvane", "Zephyr"),
    ("Fans can watch on Eurofest's Zephyr-2 app, which streams every show.", "Eurofest", "Zephyr-2"),
])
def test_possessed_products_still_developed(nlp, text, maker, name):
    assert (maker, name) in of_kind(nlp, text, "develop")


# -- partner: a person's partner is no alliance between the names around it ----------------------

@pytest.mark.parametrize("text", [
    "\"Frank protected travellers with his canine partner, Bullet, a German Pointer,\" the agency "
    "said.",
    "\"Ann sailed with her longtime partner, Marlo, a Swiss Pilot,\" the club said.",
    "The chef opened the bistro with his business partner, Kestrel Foods, a Danish Group.",
])
def test_persons_partner_is_no_alliance(nlp, text):
    assert not of_kind(nlp, text, "partner")


@pytest.mark.parametrize("text, pair", [
    ("Orvane Motors's partner, Kestrel Auto, builds its engines.", ("Kestrel Auto", "Orvane Motors")),
    ("Halvex Payments has partnered with Tessaly Bank on the program.",
     ("Halvex Payments", "Tessaly Bank")),
])
def test_company_partners_still_found(nlp, text, pair):
    assert pair in of_kind(nlp, text, "partner")


# -- compete: "A vs. B" after a court word names a case, not a rivalry ---------------------------

@pytest.mark.parametrize("text", [
    "The ruling in Corvo Foods vs. Brisk Markets will be appealed, lawyers said.",
    "The court case in Velmora Health vs. Halden Pharma ended on Monday.",
])
def test_case_name_is_no_rivalry(nlp, text):
    assert not of_kind(nlp, text, "compete")


@pytest.mark.parametrize("text", [
    "Orvane Motors vs. Kestrel Auto: which electric truck wins?",
    "It is Orvane Motors vs. Kestrel Auto in the race for electric trucks.",
])
def test_vs_rivalry_still_found(nlp, text):
    assert ("Kestrel Auto", "Orvane Motors") in of_kind(nlp, text, "compete")


# -- "X, which said it ...": the pronoun is X's, not the main clause subject's -------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("Rhode Island has said it will launch a tracing system built by software giant Corvanta, "
     "which has said it is also working with Massachusetts on a similar approach.",
     ("Corvanta", "Massachusetts"), ("Massachusetts", "Rhode Island")),
    ("Halden Foods said it will sell a snack made by Brisk Labs, which said it is also working "
     "with Marlo Markets on a new bar.", ("Brisk Labs", "Marlo Markets"),
     ("Halden Foods", "Marlo Markets")),
])
def test_pronoun_in_relative_clause_is_the_relatives(nlp, text, right, wrong):
    found = of_kind(nlp, text, "partner")
    assert right in found and wrong not in found


# -- sue: a speaker who comments on probes brings none ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Cases are rising, says analyst Maria Tavener, shedding light on looming probes against Halvex "
    "Payments amid the crisis.",
    "Sales are falling, says strategist Ann Lee, shedding light on looming charges against Orvane "
    "Motors in Europe.",
    "Demand is weak in the region, says industry analyst Tom Reyes, shedding light on plant "
    "closures and looming antitrust probes against Velmora Pharma amid the slump.",
])
def test_commenting_on_probes_is_no_suit(nlp, text):
    assert not of_kind(nlp, text, "sue")


@pytest.mark.parametrize("text, pair", [
    ("Halvex Payments responded by filing a lawsuit against Tessaly Bank.",
     ("Halvex Payments", "Tessaly Bank")),
    ("The Energy Commission opened a probe into Corvant Oil.", ("Energy Commission", "Corvant Oil")),
])
def test_suits_still_found(nlp, text, pair):
    assert pair in of_kind(nlp, text, "sue")


# -- develop: a name beside a party noun ("its backer X") is a party, not a product ---------------

@pytest.mark.parametrize("text, name, party", [
    ("An investment from its backer TerraBank fell through.", "TerraBank", True),
    ("An order from its customer, GridWorks, was cancelled.", "GridWorks", True),
    ("Sales of its new ZephyrX car rose.", "ZephyrX", False),
    ("It launched its VoltaCell battery, a rival product.", "VoltaCell", False),
])
def test_name_beside_party_noun_is_no_product(nlp, text, name, party):
    from tieline.extract.relations.makers import names_non_product
    tok = next(t for t in nlp(text) if t.text == name)
    assert names_non_product(tok) is party


# -- a name the parser joins to a list but which starts the next clause is no list item ----------

@pytest.mark.parametrize("text", [
    "The Ministry of Health got another $4 billion from the relief bill and the National Grain "
    "Reserve received $16 billion.",
    "The Transport Agency got another $2 billion from the stimulus law and the Rail Safety Board "
    "received $900 million.",
])
def test_next_clause_subject_is_no_funder(nlp, text):
    assert not of_kind(nlp, text, "invest")


def test_listed_funders_still_found(nlp):
    found = of_kind(nlp, "Halden Pharma received $40 million from Kestrel Capital and Brisk "
                         "Ventures.", "invest")
    assert {("Kestrel Capital", "Halden Pharma"), ("Brisk Ventures", "Halden Pharma")} <= set(found)
