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
