"""Entity mentions: cleaning, grouping, type voting, products and their makers, anaphora."""
from __future__ import annotations

import pytest

from tieline.extract.entities import DocEntities, clean_name


@pytest.mark.parametrize("raw,clean", [
    ("Microsoft Corp.", "Microsoft"),
    ("Acme Holdings, Inc.", "Acme Holdings"),
    ("Barclays plc", "Barclays"),
    ("Nokia's", "Nokia"),
    ("the Coca-Cola Company", "Coca-Cola Company"),
    ("The New York Times", "The New York Times"),
    ("Mr Camus", "Camus"),
])
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


def entities(nlp, text):
    return DocEntities(nlp(text))


def test_company_suffix_and_possessive_share_one_name(nlp):
    ents = entities(nlp, "Microsoft Corp. agreed a deal. Microsoft's shares rose.")
    assert "Microsoft" in ents.entities
    assert ents.counts()["Microsoft"] == 2


def test_short_forms_group_under_the_full_name(nlp):
    ents = entities(nlp, "Satya Nadella spoke in Seattle. Nadella said the plan would work.")
    assert ents.entities["Satya Nadella"].type == "PERSON"
    assert "Nadella" in ents.entities["Satya Nadella"].aliases


@pytest.mark.parametrize("text,full,short", [
    # biotech: the firm's first word alone, later in the text
    ("Tarvik Biotechnologies is now valued at $4.7 billion. Tarvik raised $300 million, said "
     "Ada Vale, the chief executive of Tarvik.", "Tarvik Biotechnologies", "Tarvik"),
    # advocacy: a movement's first word alone
    ("Members of the Sunrise Movement marched on Friday. Sofie Karasek, a spokeswoman for "
     "Sunrise, said more protests were planned.", "Sunrise Movement", "Sunrise"),
])
def test_a_first_word_alone_is_the_full_name_with_its_tail(nlp, text, full, short):
    ents = entities(nlp, text).entities
    assert short not in ents and short in ents[full].aliases


def test_a_first_word_stays_apart_from_a_unit_named_after_it(nlp):
    ents = entities(nlp, "Orvane launched a cloud service. Orvane Cloud will sell it to banks.")
    assert all("Orvane" not in e.aliases for e in ents.entities.values())


def test_bracketed_acronym_is_an_alias(nlp):
    ents = entities(nlp, "Advanced Micro Devices (AMD) makes chips. AMD grew quickly.")
    assert "AMD" in ents.entities["Advanced Micro Devices"].aliases
    assert ents.counts()["Advanced Micro Devices"] == 3


def test_type_is_voted_across_mentions(nlp):
    text = ("Ford is investing $500 million in Rivian. Rivian is making Ford its battery "
            "supplier. Rivian said the deal helps.")
    assert entities(nlp, text).entities["Rivian"].type == "ORG"


def test_countries_are_not_organizations(nlp):
    ents = entities(nlp, "Siemens opened a plant in Germany and another in Switzerland.")
    assert "Germany" not in ents.entities and "Switzerland" not in ents.entities


@pytest.mark.parametrize("text,product,maker", [
    ("Volvo keeps using Nvidia's chips in its EX90 car.", "EX90", "Volvo"),
    ("Samsung's Galaxy smartphones sold well in Korea.", "Galaxy", "Samsung"),
    ("Zalando's reliance on Amazon's AWS servers keeps growing.", "AWS", "Amazon"),
    ("Airbus's A350 aircraft burns less fuel.", "A350", "Airbus"),
])
def test_products_are_linked_to_their_maker(nlp, text, product, maker):
    ent = entities(nlp, text).entities[product]
    assert (ent.type, ent.maker) == ("PRODUCT", maker)


def test_descriptive_anaphora_resolves_to_the_salient_company(nlp):
    ents = entities(nlp, "Nvidia reported strong sales. The chipmaker said demand was rising.")
    m = next(m for m in ents.mentions if m.kind == "description")
    assert (m.name, ents.sdoc.text[m.start:m.end]) == ("Nvidia", "The chipmaker")


def test_description_is_not_the_subject_of_its_own_clause(nlp):
    text = ("Ford is investing $500 million in Rivian and taking a minority stake in the electric "
            "truck startup.")
    ents = entities(nlp, text)
    m = next(m for m in ents.mentions if m.kind == "description")
    assert m.name == "Rivian"


def test_its_resolves_to_the_clause_subject(nlp):
    ents = entities(nlp, "Shell said profits rose. Siemens expanded its wind business.")
    its = next(t for t in ents.sdoc if t.lower_ == "its")
    assert ents.mention_at(its).name == "Siemens"


def test_attribution_is_not_an_antecedent(nlp):
    text = "Unilever grew fast. According to Reuters, its purchase of Dollar Shave Club was the largest."
    ents = entities(nlp, text)
    its = next(t for t in ents.sdoc if t.lower_ == "its")
    assert ents.antecedent(its).name == "Unilever"


def test_lines_are_sentence_boundaries(nlp):
    doc = nlp("Acme Wins Big Contract\nBeta Corp said it would appeal")
    assert [s.text.strip() for s in doc.sents] == ["Acme Wins Big Contract", "Beta Corp said it would appeal"]


# ---- stock symbols and run-together names ---------------------------------------------------
def test_stock_symbols_after_a_company_are_no_names(nlp):
    text = ("Jane Roe praised the partnership between Vexor Platforms Inc. VXR and Dalton "
            "Corporation DLT to launch Zeta. Big firms like Hooli, Inc. HOOL and Acme Inc.'s "
            "ACM ACMX Acme will pay.")
    names = set(entities(nlp, text).entities)
    assert {"Vexor Platforms", "Dalton", "Hooli", "Acme"} <= names
    assert not any(sym in n.split() for n in names for sym in ("VXR", "DLT", "HOOL", "ACM", "ACMX"))


def test_exchange_and_symbol_in_brackets_are_no_names(nlp):
    names = set(entities(nlp, "Initrode (NASDAQ: INRD) signed a deal with Globex.").entities)
    assert "NASDAQ" not in names and "INRD" not in names


def test_org_run_into_a_person_is_split(nlp):
    text = ("The co-head of the aerospace group Vantex Pierre Lemaire is to leave his post. "
            "Mr Lemaire said he would go.")
    ents = entities(nlp, text)
    assert ents.entities["Pierre Lemaire"].type == "PERSON"
    assert "Vantex" in ents.entities and "Vantex Pierre Lemaire" not in ents.entities


# ---- types voted from evidence across the article -----------------------------------------
def test_possessor_tagged_a_person_once_still_makes_a_product(nlp):
    text = ("Zentra raised money. Critics said Zentra's Quillbot beat rivals. Zentra hired staff.")
    ent = entities(nlp, text).entities.get("Quillbot")
    assert ent is not None and (ent.type, ent.maker) == ("PRODUCT", "Zentra")


def test_a_publishers_newspaper_is_its_product(nlp):
    ent = entities(nlp, "Halvorsen's Morning Times said it would cut 40 jobs.").entities["Morning Times"]
    assert (ent.type, ent.maker) == ("PRODUCT", "Halvorsen")


def test_honorific_surname_makes_a_possessed_name_a_person(nlp):
    text = ("\"Sales are weak,\" says Barclays Capital's Hannah Pryce. Ms Pryce expects a cut.")
    assert entities(nlp, text).entities["Hannah Pryce"].type == "PERSON"


def test_brand_list_shares_the_maker_named_behind_it(nlp):
    text = ("Brewco bought 10% of Vinora, the winemaker behind the Kestrel, Marlowe and Tidewell "
            "brands.")
    ents = entities(nlp, text).entities
    for brand in ("Kestrel", "Marlowe", "Tidewell"):
        assert (ents[brand].type, ents[brand].maker) == ("PRODUCT", "Vinora")


# ---- descriptive anaphora -------------------------------------------------------------------
def _description(ents, text):
    return next(m for m in ents.mentions if m.kind == "description"
                and ents.sdoc.text[m.start:m.end].lower() == text)


def test_a_cited_outlet_is_not_the_company(nlp):
    text = ("Acme Robotics cut 200 jobs, the Daily Ledger reported. The company said demand fell.")
    ents = entities(nlp, text)
    assert _description(ents, "the company").name == "Acme Robotics"


def test_a_source_told_an_outlet_is_not_the_club(nlp):
    text = ("Rovers FC rejected the offer. A director at the club told the Evening Courier that "
            "fans urged the club to refuse.")
    ents = entities(nlp, text)
    assert all(m.name == "Rovers FC" for m in ents.mentions if m.kind == "description")


def test_the_carrier_is_neither_a_place_nor_a_public_body(nlp):
    text = ("Skyline Air is in trouble. Rome's Transport Commission will study a loan to the carrier.")
    ents = entities(nlp, text)
    assert _description(ents, "the carrier").name == "Skyline Air"


def test_description_fits_the_class_the_name_shows(nlp):
    text = ("Northbank Capital advised Orvell Bank on the sale of Kestrel Foods. "
            "The bank said the sale would close soon.")
    ents = entities(nlp, text)
    assert _description(ents, "the bank").name == "Orvell Bank"


def test_valuing_the_company_means_the_target(nlp):
    text = ("Brewco bought 18% of Vinora last week. A full bid would value the company at $3bn.")
    ents = entities(nlp, text)
    assert _description(ents, "the company").name == "Vinora"


def test_controlled_subject_is_not_the_description(nlp):
    text = ("Fabbro ended a pact with Kessel that could have obliged Kessel to buy the Italian "
            "firm outright.")
    ents = entities(nlp, text)
    assert _description(ents, "the italian firm").name == "Fabbro"


def test_share_of_its_revenue_is_not_the_relative_clause_owner(nlp):
    text = ("Cloudrun filed for an IPO. A risk is its dependence on Stratos, which accounted for "
            "62% of its revenue in 2024.")
    ents = entities(nlp, text)
    its = [t for t in ents.sdoc if t.lower_ == "its"][-1]
    assert ents.mention_at(its).name == "Cloudrun"


def test_unnamed_firm_introduced_before_is_not_resolved(nlp):
    text = ("Telco Ltd blamed its media buying agency for the adverts. The agency now checks "
            "every site.")
    ents = entities(nlp, text)
    assert not any(m.kind == "description" and "agency" in ents.sdoc.text[m.start:m.end].lower()
                   for m in ents.mentions)


def test_model_numbers_name_products(nlp):
    text = "Orbis said its Falcon 365 suite and the Corvid-40B model sold well. Orbis grew."
    ents = entities(nlp, text).entities
    assert ents["Falcon 365"].type == "PRODUCT"
    assert ents["Corvid-40B"].type == "PRODUCT"


def test_firm_name_plus_a_word_after_the_firm_is_a_product(nlp):
    text = ("Zandor reported results. Analysts expect Zandor Messenger to reach new phones "
            "next year, Zandor said.")
    ent = entities(nlp, text).entities["Zandor Messenger"]
    assert (ent.type, ent.maker) == ("PRODUCT", "Zandor")


def test_coordinated_with_a_person_is_a_person(nlp):
    text = ("Ann Kell will work with the co-leads Jeff Dane and Oriel Vance on the project, "
            "the company said.")
    assert entities(nlp, text).entities["Oriel Vance"].type == "PERSON"


def test_place_possessor_is_not_the_carrier(nlp):
    ents = entities(nlp, "Vantage Airways is in trouble. Officials will study Rome's loan to the carrier.")
    assert _description(ents, "the carrier").name == "Vantage Airways"


def test_honorific_name_the_tagger_skipped_is_a_person(nlp):
    text = ("Halvex shares fell. Ann Roe, an analyst at Grant Ledger, says Halvex's Tom Birch is "
            "leaving. Mr Birch declined to comment.")
    ents = entities(nlp, text).entities
    assert "Mr Birch" not in ents and "Birch" in ents["Tom Birch"].aliases


def test_name_said_to_be_a_product_noun_is_a_product(nlp):
    text = "Zephyr is the family of AI models being developed by Corvane, the lab said."
    ent = entities(nlp, text).entities["Zephyr"]
    assert (ent.type, ent.maker) == ("PRODUCT", "Corvane")


@pytest.mark.parametrize("text,product,maker", [
    ("Shares in Vantair rose on Monday. SkyOne ordered 30 Vantair V320 planes for $1bn.", "V320", "Vantair"),
    ("Halcyon said the Vantair 848 jumbo would retire. Vantair disagreed.", "Vantair 848", "Vantair"),
])
def test_maker_and_model_number(nlp, text, product, maker):
    ents = entities(nlp, text).entities
    assert product in ents and (ents[product].type, ents[product].maker) == ("PRODUCT", maker)


def test_name_introduced_as_a_firm_is_no_person(nlp):
    text = ("A report from investment firm Grant Ledwick valued the shares. Grant Ledwick said "
            "its figures were cautious. Grant Ledwick declined to comment further.")
    assert entities(nlp, text).entities["Grant Ledwick"].type == "ORG"


def test_mixed_case_surname_after_an_honorific_makes_a_person(nlp):
    text = ("The tycoons JP McAdam and John Doyle own 29% of Rovers. Mr McAdam declined to comment.")
    assert entities(nlp, text).entities["JP McAdam"].type == "PERSON"


def test_it_after_an_unnamed_possessed_body_is_not_resolved(nlp):
    text = ("Halvex bid for Orvell. Last month Norland's competition watchdog said it would not "
            "oppose the purchase.")
    ents = entities(nlp, text)
    it = next(t for t in ents.sdoc if t.lower_ == "it")
    assert ents.mention_at(it) is None


def test_unit_stuck_to_a_number_is_no_name(nlp):
    text = "Orbis sold a player which can hold 6GB compared to a previous 4GB."
    assert "GB" not in entities(nlp, text).entities


def test_a_product_whose_words_a_shorter_name_took_links_no_maker_and_does_not_fail(nlp):
    # "NoVa" (camel case, an ORG) takes the tokens of "NoVa House", which keeps no mention
    ents = entities(nlp, "Mr Carrow moved to New York in 1990. Speaking before the event at "
                         "New York's NoVa House, Mr Carrow said that his spirit belonged to "
                         "the hills.")
    assert "NoVa House" not in {m.name for m in ents.mentions}
    # a venue ("... House") is no product of its possessor, so it has no maker either way
    house = ents.entities.get("NoVa House")
    assert house is None or house.maker is None
    assert not any(e.maker for e in ents.entities.values())
