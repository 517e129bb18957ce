"""Who makes, supplies, uses and competes with whom, narrowed for news beyond tech (issue 9):
invented companies from several industries; each narrowed form still fires where the text
says so and no longer fires where it does not."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from extracted import relations as facts

from tieline.extract.relations.makers import _named_product, names_non_product, product_name


def kinds(nlp, text: str, kind: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(nlp, text) if f[0] == kind}


# -- develop: a possessive alone does not make a product -----------------------------------------

@pytest.mark.parametrize("text", [
    "Corvel Air's Blue Herons flew over the city on Sunday. Corvel Air said the show was free.",
    "Halden Group's Marlow Bar reopened in May. Halden Group owns hotels.",
])
def test_possessed_unit_or_venue_is_no_product(nlp, text):
    assert not kinds(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Trellix's Zephyr chips are made in Taiwan.", "Trellix", "Zephyr"),
    ("Brisk Energy's Charge app now has a million users.", "Brisk Energy", "Charge"),
    ("Orrin Motors' ZX5 sold well in Europe.", "Orrin Motors", "ZX5"),
    ("Corvel's Zephyr service now has a million users.", "Corvel", "Zephyr"),
])
def test_possessed_product_with_a_product_cue_is_made(nlp, text, maker, product):
    assert ("develop", maker, product) in facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Kestrel Foods and the UK signed a deal. The UK is trialing its own Zephyr tracking app.",
    "Vossa Telecom sells phones. France is testing its own Marlow contact app.",
])
def test_its_belongs_to_the_named_subject(nlp, text):
    assert not kinds(nlp, text, "develop")


def test_its_of_the_maker_still_makes(nlp):
    text = "Orrin Motors said it is trialing its own Zephyr tracking app."
    assert ("develop", "Orrin Motors", "Zephyr") in facts(nlp, text)


# -- develop: names led by the maker's name ------------------------------------------------------

def _ents(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, places={"Portsmouth"})


@pytest.mark.parametrize("name, maker, text", [
    ("Corvel Parks", "Corvel", "Corvel said Corvel Parks would close."),     # a department
    ("Pellam Motor", "Pellam", "Pellam said Pellam Motor would expand."),    # the company itself
    ("Vossa Politics", "Vossa", "Vossa said Vossa Politics will relaunch."),  # a section
    ("Lonvar Portsmouth", "Lonvar", "Lonvar said Lonvar Portsmouth hired."),  # a site
    ("Ravel Nast", "Ravel", "Ravel Nast Traveler's parent, Ravel Nast, cut pay."),  # one name
])
def test_maker_led_names_that_are_no_products(name, maker, text):
    assert not _named_product(name, maker, _ents(text))


@pytest.mark.parametrize("name, maker, text", [
    ("Nimbus Cloud", "Nimbus", "Nimbus said Nimbus Cloud grew 40%."),
    ("Korvan Tab", "Korvan", "Korvan said the Korvan Tab sells well."),
    ("Z20", "Brisk", "Brisk Z20 trucks sell well; Brisk is hiring."),
])
def test_maker_led_names_that_are_products(name, maker, text):
    assert _named_product(name, maker, _ents(text))


@pytest.mark.parametrize("name", ["5G", "LTE", "Wi-Fi"])
def test_standards_are_nobodys_product(name):
    assert not product_name(name, "Pellam Telecom")


def test_building_a_standard_network_develops_nothing(nlp):
    assert not kinds(nlp, "Pellam Telecom is building out its 5G network in the north.", "develop")
    assert ("develop", "Pellam Telecom", "Orbix") in facts(
        nlp, "Pellam Telecom is building out its Orbix network in the north.")


# -- develop: a product another name possesses ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Corvel Holdings, the owner of Tidewell's Kitchen, reported higher sales.",
    "Halden Group, the owner of Marlowe's Secret, said sales fell.",
])
def test_owner_of_a_possessed_name_gets_no_fragment(nlp, text):
    assert not kinds(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Corvel Holdings, the owner of the Tidewell Kitchen brand, reported higher sales.",
     "Corvel Holdings", "Tidewell Kitchen"),
    ("Halden Group, the owner of the Marlowe Secret label, reported higher sales.",
     "Halden Group", "Marlowe Secret"),
])
def test_owner_of_a_whole_brand_still_develops(nlp, text, maker, product):
    assert ("develop", maker, product) in facts(nlp, text)


# -- supply: what is provided must be something to supply ----------------------------------------

@pytest.mark.parametrize("text", [
    "Tarsk Labs could provide a template for Orrin Motors.",
    "Vossa Bank could offer a glimpse for Corvel Insurance and its rivals.",
    "Vossa League could provide a blueprint for Tidewell League and Marlow League.",
])
def test_providing_an_abstraction_is_no_supply(nlp, text):
    assert not kinds(nlp, text, "supply")


@pytest.mark.parametrize("text, head, tail", [
    ("Halden Power will provide turbines to Orrin Motors.", "Halden Power", "Orrin Motors"),
    ("Brisk Cloud will provide servers to Tarsk Labs.", "Brisk Cloud", "Tarsk Labs"),
])
def test_providing_goods_is_still_supply(nlp, text, head, tail):
    assert ("supply", head, tail) in facts(nlp, text)


# -- use: "run by" is a job --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pellam Pier Inc., run by Vossa Bank, reopened in May.",
    "Tarsk Freight Inc., run by Halden Group, cut 200 jobs.",
])
def test_a_firm_run_by_another_is_not_used_by_it(nlp, text):
    assert not kinds(nlp, text, "use")


# -- compete: events are not rivals --------------------------------------------------------------

def test_competitions_listed_are_events_not_rivals(nlp):
    text = "Pellam Rail said its competitions, the Orrin Prize and the Marlow Prize, would go ahead."
    assert not kinds(nlp, text, "compete")


@pytest.mark.parametrize("text, a, b", [
    ("Pellam Rail and its competitors, Orrin Freight and Marlow Rail, raised fares.",
     "Orrin Freight", "Pellam Rail"),
    ("Trellix's rivals, Orrin Chips and Zephyr Semiconductors, cut prices.", "Orrin Chips",
     "Trellix"),
])
def test_rivals_listed_still_compete(nlp, text, a, b):
    assert ("compete", a, b) in facts(nlp, text)


def test_a_case_caption_is_no_rivalry(nlp):
    assert not kinds(nlp, "Pellam Software v. Corvel Systems: the case goes to trial.", "compete")
    assert ("compete", "Corvel Systems", "Pellam Software") in facts(
        nlp, "Corvel Systems said the fight, Pellam Software vs. Corvel Systems, was heating up.")


# -- develop: a name led by the maker's short name is checked like one led by its full name -------

@pytest.mark.parametrize("text", [
    "The Velorian People's Army (VPA) said on Monday that the VPA Navy had changed its training plans.",
    "Marlow Valley Rail Authority, or MVRA, runs commuter trains. Ann Lee was a vice president with "
    "MVRA Transit, the region's bus system.",
    "Orrin Coastal Health Trust (OCHT) said the OCHT Navy clinic would close.",
])
def test_a_unit_led_by_the_makers_short_name_is_no_product(nlp, text):
    assert not kinds(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Quillon Data Systems (QDS) said on Tuesday that QDS Vault, its new backup service for banks, "
     "will ship in June. QDS expects strong demand.", "Quillon Data Systems", "QDS Vault"),
    ("Corvel Motor Works (CMW) said its CMW Roadster sports car sold out. CMW shares rose.",
     "Corvel Motor Works", "CMW Roadster"),
])
def test_a_product_led_by_the_makers_short_name_is_still_made(nlp, text, maker, product):
    assert ("develop", maker, product) in facts(nlp, text)


# -- develop: a hashtag is a campaign's tag, not a product ---------------------------------------

@pytest.mark.parametrize("text", [
    "Corvel said on Monday it had 2 billion users. More: Ann Lee and other stars share advice to "
    "grads on Corvel's #Graduation2024",
    "Pellam Brewing said sales rose. Fans posted clips under Pellam Brewing's #Summer2025",
])
def test_a_possessed_hashtag_is_no_product(nlp, text):
    assert not kinds(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Corvel said on Monday it had 2 billion users. Ann Lee shared advice to grads on Corvel's "
     "Graduation2024 app.", "Corvel", "Graduation2024"),
    ("Pellam Brewing said sales rose. Pellam Brewing's Zephyr25 lager sold out in May.",
     "Pellam Brewing", "Zephyr25"),
])
def test_a_possessed_coined_name_is_still_made(nlp, text, maker, product):
    assert ("develop", maker, product) in facts(nlp, text)


# -- develop: a possessed sum is no product -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The MPs found American IT giant Trellix' £456m system was nowhere near working.",
    "Regulators said Halvor Mining's $1.2bn copper system was behind schedule. Halvor Mining digs "
    "copper.",
])
def test_a_possessed_sum_is_no_product(nlp, text):
    assert not kinds(nlp, text, "develop")


def test_a_sum_is_not_shaped_like_a_product():
    assert not product_name("456m", "Trellix") and not product_name("1.2bn", "Halvor Mining")
    assert product_name("Z20", "Trellix") and product_name("Zephyr25", "Pellam Brewing")


# -- develop: titles, offices and people that only look made ---------------------------------------

@pytest.mark.parametrize("text", [
    "She thought of the movie Harlan's Orchard, where the farmer thanks Harlan. Harlan Foods sells "
    "apples.",
    "He reread the novel Corvel's Garden on the train. Corvel Books printed it.",
    "\"Sgt. Okafor represented the best of the Marlow County Sheriff's Office family,\" Marlow "
    "County Sheriff Ed Brant said.",
    "The Trellis City Mayor's Fund paid for the meals, and Halden Group's Marlow Bar cooked them.",
    "Klaus and Linda Varnet moved to Oslo in March. \"Halcyon Air has not helped us,\" Klaus said. "
    "Halcyon Air and Klaus Varnet did not reply.",
])
def test_titles_offices_and_kin_are_no_products(nlp, text):
    assert not {f for f in kinds(nlp, text, "develop")
                if f[2] in {"Orchard", "Garden", "Office", "Fund", "Klaus Varnet"}}


@pytest.mark.parametrize("text, maker, product", [
    ("Halcyon Studios' film Zephyr Nights opened on Friday.", "Halcyon Studios", "Zephyr Nights"),
    # the maker by its full name: "Games" ends the firm's name, no product of "Torvane"
    ("Torvane Games released a console in May. Torvane's Z9 sold out within hours.",
     "Torvane Games", "Z9"),
    ("Orrin Motors' ZX5 sold well in Europe, said Ann Varga, its sales chief.", "Orrin Motors",
     "ZX5"),
])
def test_products_beside_titles_and_people_are_still_made(nlp, text, maker, product):
    assert ("develop", maker, product) in facts(nlp, text)


@pytest.mark.parametrize("text, last, expected", [
    ("They cheered, in reference to this year's festival theme \u201cBrightfall Rises.\u201d",
     "Rises", True),
    ("Guests cheered the bank's campaign slogan \u201cHalvern Forward\u201d on Friday.", "Forward", True),
    ("Gamers queued for the new Torvane Z9 console on Friday.", "Z9", False),
    ("Farmers bought the Orrin Harvester tractor in May.", "Harvester", False),
])
def test_a_theme_or_slogan_named_before_the_name_is_no_product(nlp, text, last, expected):
    root = next(t for t in nlp(text) if t.text == last)
    assert names_non_product(root) is expected


@pytest.mark.parametrize("text", [
    "The English actor Ann Lee, who was in the CNX series \u201cThe Harbor,\u201d announced on Monday "
    "that she had tested positive.",
    "The actor Tom Varga, who starred in the Vexo drama \u201cThe Lantern,\u201d said on Friday he was "
    "well.",
])
def test_a_title_opened_by_the_is_not_cut_into_a_product(nlp, text):
    assert not {f for f in kinds(nlp, text, "develop") if f[2] in {"Harbor", "Lantern"}}


def test_a_series_launched_by_its_maker_is_still_made(nlp):
    text = "Halden Media launched its series \u201cHarbor Lights\u201d in May."
    assert ("develop", "Halden Media", "Harbor Lights") in facts(nlp, text)


# -- develop: two sentences run together are no product's name ----------------------------------

@pytest.mark.parametrize("name, maker", [
    ("vaccine?A", "Pellam Bio"),       # "develop a vaccine?A vaccine is months away"
    ("turbine?The", "Halvor Energy"),  # "build a turbine?The plan was dropped"
])
def test_a_lost_space_after_a_question_is_no_product(name, maker):
    assert not product_name(name, maker)


@pytest.mark.parametrize("name, maker", [("ZephyrGPT", "Pellam Labs"), ("Kaito 7", "Halvor Motors")])
def test_product_names_without_a_question_still_are(name, maker):
    assert product_name(name, maker)


@pytest.mark.parametrize("name, maker", [("May 15", "Corvel TV"), ("October 3, 2019", "Halvor Motors")])
def test_a_date_is_no_product(name, maker):
    assert not product_name(name, maker)


@pytest.mark.parametrize("name, maker", [("Mayfly 2", "Corvel TV"), ("Zephyr 2019", "Halvor Motors")])
def test_product_names_with_numbers_that_are_no_date_still_are(name, maker):
    assert product_name(name, maker)
