"""Money round 11 (issue 9, from judged samples of real news): an outlook whose figure is an
infinitive with its own subject ("expects revenue to be $5bn") is a forecast; a chief
officer's title the tagger took for a name ("the CIO of a $150m fund") owns nothing; an
abbreviation that only modifies a plural noun of loans or payments ("PPP loans of $349bn")
is a programme, not a borrower or payer. Invented sentences from several industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, modality", [
    ("Corvane Systems said revenue rose to $4.1 billion. The company expects revenue to be "
     "$4.5 billion in the current quarter.", None),
    ("Halvard Foods expects sales to reach €900 million next year.", "forecast"),
    ("Telvane Airlines expects its net loss to be $2 billion this quarter.", "forecast"),
    # a figure told as a fact stays asserted
    ("Halvard Foods said sales reached €900 million last year.", "asserted"),
])
def test_an_outlook_with_its_own_subject_is_a_forecast(nlp, text, modality):
    found = money(nlp, text)
    if modality is None:  # the first figure is a result, the second the outlook
        assert [m.modality for m in found] == ["asserted", "forecast"]
    else:
        assert {m.modality for m in found} == {modality}


@pytest.mark.parametrize("text", [
    "The CIO of a bearish $150 million fund says the market will fall further.",
    "The CTO of a $2 billion chipmaker says supply will stay tight.",
])
def test_a_chief_officers_title_owns_no_figure(nlp, text):
    assert money(nlp, text) == []


@pytest.mark.parametrize("text, owner", [
    ("The CIO of Brantley Capital said Brantley Capital raised $150 million for a new fund.",
     "Brantley Capital"),
    ("Dorlan Mining payments to the state reached $12 million last year.", "Dorlan Mining"),
    ("Kelso Farms loans of $3 million were refinanced.", "Kelso Farms"),
])
def test_a_firm_named_near_a_title_or_a_plural_still_owns_figures(nlp, text, owner):
    assert {m.entity for m in money(nlp, text)} == {owner}


@pytest.mark.parametrize("text", [
    "Small lenders said PPP loans of $349 billion ran out within two weeks.",
    "Across the region, the total QRX payments were approximately $484 billion that year.",
])
def test_an_abbreviation_on_plural_loans_or_payments_owns_nothing(nlp, text):
    assert money(nlp, text) == []


@pytest.mark.parametrize("text", [
    # food: a lost round, its label tagged as a name
    "For Dana Ruiz, the market slump in March led to the loss of $1.25 million in Series A "
    "funding she had expected for Brindle Oat Foods, which launched in February.",
    # robotics: a seed round with no named raiser in the clause
    "The slump cost her $900,000 in Seed funding she had counted on.",
])
def test_a_round_label_owns_no_figure(nlp, text):
    assert not any(m.entity.lower().startswith(("series", "seed")) for m in money(nlp, text))


def test_a_named_raiser_still_owns_its_series_round(nlp):
    found = money(nlp, "Lumo Payments raised $8 million in Series A funding led by Halcyon Capital.")
    assert {m.entity for m in found} == {"Lumo Payments"}
