import pytest

from tieline.extract.entities import DocEntities
from tieline.extract.money import extract_money, find_amounts
from tieline.model import Document


def money_in(nlp, text):
    sdoc = nlp(text)
    return extract_money(sdoc, DocEntities(sdoc), Document(text, "test"))


@pytest.mark.parametrize("text, amount, currency", [
    ("It raised $6.6 billion.", 6.6e9, "USD"),
    ("a $13B bet", 13e9, "USD"),
    ("a €2bn plan", 2e9, "EUR"),
    ("about £450m", 450e6, "GBP"),
    ("some 500 million yen", 500e6, "JPY"),
    ("US$1.2 trillion", 1.2e12, "USD"),
    ("1.5bn euros", 1.5e9, "EUR"),
    ('a "$4 billion" price', 4e9, "USD"),
    ("up to $4 billion", 4e9, "USD"),
    ("two billion euros", 2e9, "EUR"),
    ("A$3.1bn", 3.1e9, "AUD"),
    ("7.4bn Australian dollar", 7.4e9, "AUD"),
    ("USD 5 million", 5e6, "USD"),
    ("a fine of $250,000", 250_000, "USD"),
])
def test_amounts_scales_and_currencies(text, amount, currency):
    (found,) = find_amounts(text)
    assert found.value == pytest.approx(amount)
    assert found.currency == currency


def test_restatements_in_other_currencies_are_dropped():
    text = ("It made 800m euros ($1bn; £550m) and then two billion euros, or about $2.1 billion, "
            "rising from $3m to $4m.")
    assert [a.value for a in find_amounts(text)] == [800e6, 2e9, 3e6, 4e6]


def test_small_prices_and_plain_numbers_are_not_money():
    assert find_amounts("Shares closed at $12.50, or 300p; 40,000 people came; 3 million users.") \
        == []


def test_ambiguous_currency_word_follows_the_country_named():
    assert find_amounts("In Argentina the firm will invest 242m pesos.")[0].currency == "ARS"


@pytest.mark.parametrize("text, kind", [
    ("Brightwater Labs said on Monday it had raised $250 million from investors.", "funding"),
    ("Investors valued Brightwater Labs at $9 billion in March.", "valuation"),
    ("Kestrel Systems will invest up to $4 billion in Brightwater Labs.", "investment"),
    ("Halden Bank said its sales rose to £3.2bn last year.", "revenue"),
    ("Halden Bank reported a pre-tax profit of £450m for 2023.", "profit"),
    ("Halden Bank said its losses could reach £200m by 2026.", "loss"),
    ("Halden Bank said the new plant's costs had climbed to £90m.", "cost"),
    ("Kestrel Systems agreed to buy Brightwater Labs for €2bn.", "deal_value"),
    ("Halden Bank was fined £5m by the regulator.", "other"),
    ("Halden Bank agreed to pay £40m to settle the case.", "other"),
])
def test_kind_from_the_words_around_the_amount(nlp, text, kind):
    (money,) = money_in(nlp, text)
    assert money.kind == kind
    assert money.evidence.sentence == text


def test_entity_is_the_subject_possessor_or_the_company_meant(nlp):
    text = ("Kestrel Systems agreed to buy Brightwater Labs for €2bn. "
            "The company also said its losses could reach €300m by 2026. "
            "Brightwater Labs' valuation of €1.5bn was set last year.")
    found = {(m.entity, m.kind, m.amount) for m in money_in(nlp, text)}
    assert found == {("Kestrel Systems", "deal_value", 2e9), ("Kestrel Systems", "loss", 3e8),
                     ("Brightwater Labs", "valuation", 1.5e9)}


def test_forecast_modality_and_time(nlp):
    (money,) = money_in(nlp, "Halden Bank said its losses could reach £200m by 2026.")
    assert money.modality == "forecast"
    assert money.time == "2026"


def test_repeated_figure_is_reported_once(nlp):
    text = ("Kestrel Systems will invest $4 billion in Brightwater Labs. "
            "Kestrel Systems will invest the $4 billion over two years.")
    assert len(money_in(nlp, text)) == 1


def test_no_money_in_plain_numbers(nlp):
    assert money_in(nlp, "Brightwater Labs hired 300 people and sold 2 million units.") == []
