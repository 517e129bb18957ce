"""Money round 14 (issue 9, from judged samples of real news): a divorce settlement is a
person's own; what reserves or a stake are worth is no valuation; a figure "likely" or
"probably" so is hedged; a yearly figure ("spends $3bn a year") takes no date from the words
near it; a figure a name that owns nothing possesses ("just behind the Liberals' £2.7m")
is no one's; a world market's sales, a budget deficit or a trade surplus are no company's;
"it" after a firm the tagger took for a person is not the organization named before that
firm; a photo credit ("Jo Roe/AP") is no name; a public body's fund is no investment.
Invented sentences from several industries."""
import pytest

from extracted import money, money_facts
from tieline.extract.money import yearly


@pytest.mark.parametrize("text, fact", [
    # the company's own figures and a named part's stay (the gold sets give a division's
    # figure to its parent, "its music division saw profits fall to $61m": kept too)
    ("Halvard Media said its music division saw profits fall 12% to $61 million.",
     ("Halvard Media", "profit", 61e6)),
    ("Halvard Media said profits fell 12% to $61 million.",
     ("Halvard Media", "profit", 61e6)),
    ("Nimbra, the cloud unit of Orvia Systems, raised $50 million from investors.",
     ("Nimbra", "funding", 50e6)),
    ("Corvane Tobacco sold its vaping unit to Brightwell Capital for £300 million.",
     ("Brightwell Capital", "deal_value", 300e6)),
    ("Kestrel Foods reported revenue of $2.1 billion, helped by its frozen meals unit.",
     ("Kestrel Foods", "revenue", 2.1e9)),
])
def test_a_companys_own_figure_stays(nlp, text, fact):
    assert fact in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Jane Corvin, the founder of Pexa Systems, agreed to a divorce settlement of $30 million.",
    "Tom Halvard, who runs Orvia Steel, made a $2 million alimony payment last year.",
])
def test_a_divorce_is_a_persons_own_money(nlp, text):
    assert not money(nlp, text)


@pytest.mark.parametrize("text", [
    "In May the value of Halvern Bank's silver reserves rose by $2 billion, reaching a value "
    "of about $41 billion.",
    "The value of Tollan Insurance's stake in Corvane Steel reached $2 billion.",
])
def test_what_reserves_or_a_stake_are_worth_is_no_valuation(nlp, text):
    assert not [m for m in money(nlp, text) if m.kind == "valuation"]


def test_a_companys_market_value_stays_a_valuation(nlp):
    assert ("Adrona Biotech", "valuation", 3.2e9) in money_facts(
        nlp, "Adrona Biotech has a market value of about $3.2 billion.")


@pytest.mark.parametrize("text, owner", [
    ("Norvex Labs said its loss for the year would likely be less than $40 million.",
     "Norvex Labs"),
    ("Brightwell Foods said quarterly revenue was probably more than $2 billion.",
     "Brightwell Foods"),
])
def test_a_likely_figure_is_hedged(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.modality == "hedged" for m in found)


def test_a_figure_without_hedge_stays_asserted(nlp):
    found = money(nlp, "Norvex Labs said its loss for the year was $40 million.")
    assert found and all(m.modality == "asserted" for m in found)


@pytest.mark.parametrize("text, times", [
    ("Travelia normally spends about $3 billion a year on marketing, but this year it plans "
     "to spend less than $800 million.", {3_000_000_000: None, 800_000_000: "2021"}),
    ("Last year Gorman Retail spent $300 million annually on marketing.", {300_000_000: None}),
    ("Orvia Mining spends $40 million a year in 2019 on safety.", {40_000_000: "2019"}),
])
def test_a_yearly_figure_takes_no_date_near_it(nlp, text, times):
    found = {round(m.amount): m.time for m in money(nlp, text, published="2021-06-01")}
    assert {a: found.get(a, "missing") for a in times} == times


@pytest.mark.parametrize("text, rate", [
    ("$5 billion a year on advertising", True),
    ("$300 million annually", True),
    ("$75 million a year ago", False),  # a date, not a rate
    ("$75 million a year earlier", False),
    ("$75 million in a year", False),
])
def test_yearly_rate_words(text, rate):
    end = text.index("n ") + 1
    assert (yearly(text, end) is not None) == rate


@pytest.mark.parametrize("text, owner", [
    ("Kelvar Party spent £1.4m on adverts, just behind the Liberals' £2.7m.", "Kelvar Party"),
    ("Orvia Air raised $40m, well short of Germany's $90m.", "Orvia Air"),
])
def test_a_figure_a_non_owner_possesses_is_no_ones(nlp, text, owner):
    facts = money(nlp, text)
    assert [m for m in facts if m.entity == owner and m.amount in (1.4e6, 40e6)]
    assert not [m for m in facts if m.amount in (2.7e6, 90e6)]


def test_a_figure_an_owner_possesses_is_its_own(nlp):
    assert ("Brightwell Capital", "investment", 13e9) in money_facts(
        nlp, "The deal follows Brightwell Capital's $13 billion investment in Kestrel Labs.")


@pytest.mark.parametrize("text", [
    "However, world coffee sales fell 2% to $21 billion, the Arabica Traders Federation said.",
    "Global smartphone sales rose to $400 billion last year, according to Tallis Research.",
])
def test_a_world_markets_sales_are_no_companys(nlp, text):
    assert not money(nlp, text)


def test_a_companys_world_sales_stay(nlp):
    assert ("Corvane Audio", "revenue", 2e9) in money_facts(
        nlp, "Corvane Audio's worldwide sales rose to $2 billion.")


@pytest.mark.parametrize("text", [
    # a firm the tagger takes for a person ("Karen Millward", "Harriet Vane") was the subject
    # since the organization last named: "it" is no more that organization
    "Its shares trade on the Tarrow Stock Exchange. Karen Millward, which makes dresses, has "
    "been hit by poor sales. Last September it reported losses of £6m.",
    "Its head also runs Pellora Group, a retailer. Harriet Vane, which makes dresses, has been "
    "hit by poor sales. In March it reported that losses had risen to £1.2m.",
])
def test_it_after_a_firm_taken_for_a_person_is_not_the_last_organization(nlp, text):
    assert not [m for m in money(nlp, text) if m.entity in ("Tarrow Stock Exchange", "Pellora Group")]


def test_it_after_a_person_introduced_as_one_is_the_organization(nlp):
    text = ("Its head also runs Pellora Group, a retailer. Chief executive Jo Roe said sales were "
            "poor. In March it reported that losses had risen to £1.2m.")
    assert ("Pellora Group", "loss", 1.2e6) in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Halvard Foods reported strong results. Halvard Foods hired staff. Halvard Foods opened a "
    "plant. The budget deficit widened to $95bn in the year to March.",
    "Orvia Mining plans to expand. Japan's trade surplus rose to $5 billion in March.",
])
def test_a_countrys_budget_or_trade_balance_is_no_companys(nlp, text):
    assert not money(nlp, text)


def test_a_companys_results_after_its_name_stay(nlp):
    text = ("Halvard Foods reported strong results. Halvard Foods hired staff. Halvard Foods "
            "opened a plant. Net income fell 30% to $118 million.")
    assert ("Halvard Foods", "profit", 118e6) in money_facts(nlp, text)


@pytest.mark.parametrize("name, one", [
    ("Dana Whitcombe/AP", False),  # a photo credit
    ("Orvia Mining", True),
    ("Tallis & Roe", True),
])
def test_a_photo_credit_is_not_one_name(nlp, name, one):
    from tieline.extract.money.parties import not_one_name
    assert not_one_name(nlp("Orvia Mining said so."), name) != one


@pytest.mark.parametrize("text", [
    "The Small Business Administration's $60 billion fund for disaster loans is nearly empty.",
    "The European Commission's €40 billion innovation fund will support Kestrel Motors.",
    "The Tarrow Development Agency's $500 million fund will back local startups.",
])
def test_a_public_bodys_fund_is_no_investment(nlp, text):
    assert not [m for m in money(nlp, text) if m.kind == "investment"]


@pytest.mark.parametrize("text, fact", [
    ("Brightwell Capital's $500 million fund will back local startups.",
     ("Brightwell Capital", "investment", 500e6)),
    ("The Tarrow Development Agency invested $5 million in Orvia Labs.",
     ("Tarrow Development Agency", "investment", 5e6)),
])
def test_a_firms_fund_or_a_public_bodys_investment_stays(nlp, text, fact):
    assert fact in money_facts(nlp, text)
