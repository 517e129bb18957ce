import pytest

from tieline.extract.entities import DocEntities
from tieline.extract.money import Owners, extract_money, find_amounts
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
    text = ("It earned 800m euros ($1bn; £550m), then two billion euros (roughly $2.1 billion), "
            "up from $3m to $4m.")
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


def facts(nlp, text):
    return {(m.entity, m.kind, m.amount) for m in money_in(nlp, text)}


@pytest.mark.parametrize("text", [
    "The list price of the jet is $90m per aircraft.",  # a unit price
    "Skyward Air paid $40m apiece for the jets.",  # a unit price
    "Kestrel Systems earned $2bn more than a year earlier.",  # a difference
    "The new offer for the club comes with £50m less debt than the last one.",  # a difference
    "The minimum investment in the Orchard Ventures fund was $50,000.",  # a statistic
    "The global cloud gaming market will be worth $8bn by 2027.",  # a market's size
    "The Quarry Homes sale raised more than the £90m analysts had expected.",  # a benchmark
    "It was made up of $30m in fines and $20m in refunds.",  # the parts of a total given before
    "Brazil could spend up to $20bn on new railways over the decade.",  # a country's spending
    "The regulator has imposed penalties totalling $900m on 12 brokers.",  # payers not named
    "A former finance director at Grayline has received a fine of $300,000.",  # a role, no name
    "Marlow Steel was sold for $2bn at an auction last year.",  # the buyer is not named
    "Jarrow Rail sold its bus unit for £80m.",  # the same: a price is the buyer's
    "Harbor Grid has cash after getting $846m from selling its property arm.",  # the same
    "Harbor Grid's rival may raise its bid to $1.5bn.",  # a party known by relation only
])
def test_figures_that_are_no_organizations_money(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    ("Norland Rail could spend up to $20bn on new railways over the decade.",
     ("Norland Rail", "cost", 20e9)),
    ("Skyward Air paid $400m for the jets.", ("Skyward Air", "deal_value", 400e6)),
    ("Quarry Homes reported revenue of £90m, as analysts had expected.",
     ("Quarry Homes", "revenue", 90e6)),
    ("The regulator imposed fines of $90m on Grayline Securities.",
     ("Grayline Securities", "other", 90e6)),
    ("Marlow Steel was bought by Tessaract Metals for $2bn.",
     ("Tessaract Metals", "deal_value", 2e9)),
    ("Jarrow Rail agreed the sale of its 40% stake to Polar Ports for £150m.",
     ("Polar Ports", "deal_value", 150e6)),
    ("Jarrow Rail sold its bus unit to Polar Ports for £80m.",
     ("Polar Ports", "deal_value", 80e6)),
    ("Harbor Grid's rival Polar Ports may raise its bid to $1.5bn.",
     ("Polar Ports", "deal_value", 1.5e9)),
])
def test_the_same_figures_owned_by_a_named_organization(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text, fact", [
    # the borrower of a loan, not the lender
    ("Regulators are studying Halden Bank's provision of a 300m euro loan to Ventra Airways.",
     ("Ventra Airways", "funding", 300e6)),
    # the payer of a payment received
    ("Corvid Foods, which is to receive a payment from Halden Bank of £12m, is buying a mill.",
     ("Halden Bank", "other", 12e6)),
    # the bidder, not the target that rejects the bid
    ("Tessaract Metals said Marlow Steel had rejected a deal worth $3bn.",
     ("Tessaract Metals", "deal_value", 3e9)),
    # the object a verb carries to the figure
    ("Orchard Capital took Pinecrest Robotics to a valuation of $12bn.",
     ("Pinecrest Robotics", "valuation", 12e9)),
    # the vehicle the figure is the size of
    ("Alder Power and Birch Energy are forming a $40bn joint venture named Helios.",
     ("Helios", "investment", 40e9)),
    # the business a relative clause is about
    ("Ann Lee becomes the third head of Ventra Airways, which is expected to make a 300m euro "
     "loss this year.", ("Ventra Airways", "loss", 300e6)),
])
def test_owner_named_by_the_construction(nlp, text, fact):
    assert facts(nlp, text) == {fact}


def test_a_sum_more_is_still_a_sum(nlp):
    assert facts(nlp, "Kestrel Systems will invest $2bn more in the plant.") == {
        ("Kestrel Systems", "investment", 2e9)}


def test_each_after_the_figure_is_one_per_party(nlp):
    text = "Halden Bank and Corvid Foods were fined 2m euros each by the regulator."
    assert facts(nlp, text) == {("Halden Bank", "other", 2e6), ("Corvid Foods", "other", 2e6)}


def test_a_verb_carries_its_object_only_to_a_figure(nlp):
    assert facts(nlp, "Orchard Capital took Brightwater Labs private in a $2bn deal.") == {
        ("Orchard Capital", "deal_value", 2e9)}


def test_each_of_several_owners(nlp):
    text = ("Halden Bank and its former chairman John Marsh were each fined 2m euros by the "
            "regulator.")
    assert facts(nlp, text) == {("Halden Bank", "other", 2e6), ("John Marsh", "other", 2e6)}


def test_a_description_is_not_the_subject_of_its_own_clause(nlp):
    text = ("Brightwater Labs is a young chip startup. Kestrel Systems did not buy it, but "
            "Kestrel Systems took on nearly every engineer at the $4 billion startup.")
    assert facts(nlp, text) == {("Brightwater Labs", "valuation", 4e9)}


def test_a_possessed_role_is_not_its_possessor(nlp):
    text = "Acme Motors' majority owner admitted that the plant was running $50m over budget."
    assert all(m.entity != "Acme Motors" for m in money_in(nlp, text))


def test_a_price_named_for_no_one_goes_to_the_buyer_just_told(nlp):
    text = ("Marlow Steel makes rails. Marlow Steel employs 900 people. Tessaract Metals is "
            "growing by acquiring Marlow Steel. The $2 billion acquisition will close in May.")
    assert facts(nlp, text) == {("Tessaract Metals", "deal_value", 2e9)}


def test_a_headline_and_the_text_repeating_its_figure_are_one_fact(nlp):
    text = ("Orbit Freight Invests $900M In Polar Ports\n\n"
            "Orbit Freight has agreed a $900 million deal with Polar Ports.")
    assert facts(nlp, text) == {("Orbit Freight", "deal_value", 900e6)}


@pytest.mark.parametrize("text, kind", [
    ("Harbor Grid's deal brings over $40 billion in investment.", "investment"),
    ("Lakeside Mining will receive $6bn in credits from two banks.", "funding"),
    ("Grayline Securities agreed to hand over $125m in penalties.", "other"),
    ("Harbor Grid reported $30 billion in revenue for the quarter.", "revenue"),
    ("Harbor Grid added $30 billion in future contract revenue in the quarter.", "other"),
])
def test_kind_named_by_what_the_figure_is_in(nlp, text, kind):
    (money,) = money_in(nlp, text)
    assert money.kind == kind


def test_an_outlet_the_text_only_cites_owns_no_figure(nlp):
    text = ("Harbor Grid and Lakeside Mining are in talks, Newswire reported on Monday. "
            "The company also added $30 billion in new orders during the quarter.")
    (money,) = money_in(nlp, text)
    assert money.entity in ("Harbor Grid", "Lakeside Mining")


def owner_of_word(nlp, text, word):
    sdoc = nlp(text)
    return Owners(sdoc, DocEntities(sdoc)).at(next(t for t in sdoc if t.text == word))


def test_a_relative_pronoun_stands_for_the_name_right_before_it(nlp):
    text = "Brightwater Labs and Kestrel Systems -- which has raised $650 million -- build servers."
    assert owner_of_word(nlp, text, "which") == "Kestrel Systems"


def test_a_dateline_agency_owns_nothing(nlp):
    text = ("Sept 25 (Newswire) – AI cloud provider Orbit Freight has expanded its partnership "
            "with Polar Ports in a new deal worth up to $700m.")
    assert owner_of_word(nlp, text, "Sept") is None


def test_the_value_of_agreements_is_a_deal_value_not_a_valuation(nlp):
    text = ("Orbit Freight has expanded its partnership with Polar Ports in a new deal worth up "
            "to $700m, bringing the total value of their agreements to $2.4 billion.")
    kinds = {m.amount: m.kind for m in money_in(nlp, text)}
    assert kinds[2.4e9] == "deal_value"


def test_a_lead_naming_a_role_is_about_the_person_named_next(nlp):
    text = ("A former finance director at Grayline has received a fine of $300,000. "
            "Ann Lee admitted hiding losses from auditors.")
    assert facts(nlp, text) == {("Ann Lee", "other", 300_000)}


def test_the_same_price_of_two_purchases_is_two_facts(nlp):
    text = ("Vintner Group bought Hillside Wines for $1bn in 2003. Since then, Vintner Group "
            "has paid $1bn for Riverbend Estates.")
    found = [(m.entity, m.kind, m.amount) for m in money_in(nlp, text)]
    assert found == [("Vintner Group", "deal_value", 1e9)] * 2


@pytest.mark.parametrize("text", [
    "Cloud provider Nimbus Compute has expanded its partnership with Orbit Freight in a new "
    "deal worth up to $700m.",
    "Orbit Freight has signed a $700m deal with Nimbus Compute, a cloud provider.",
])
def test_a_deal_belongs_to_the_customer_not_the_supplier(nlp, text):
    assert facts(nlp, text) == {("Orbit Freight", "deal_value", 700e6)}


@pytest.mark.parametrize("text, fact", [
    # a deal that values its target states the buyer's price (energy, food)
    ("Harlow Energy agreed to buy Tamsin Oil. The all-stock deal values Tamsin Oil at "
     "$12.5 billion, including debt.", ("Harlow Energy", "deal_value", 12.5e9)),
    ("Corvel Foods will acquire Brisa Dairy. The transaction values Brisa Dairy at about "
     "$900 million.", ("Corvel Foods", "deal_value", 9e8)),
    # a payment a court or regulator orders, a lawsuit's claim, a demand: other (parts, media)
    ("Ridgeway Parts was ordered to pay $12 million in a patent suit brought by Pellam Motors.",
     ("Ridgeway Parts", "other", 1.2e7)),
    ("Pellam Motors has filed a $40 million lawsuit against Ridgeway Parts.",
     ("Pellam Motors", "other", 4e7)),
    ("Quillon Media is demanding at least $50 million from Sorrel Studios.",
     ("Quillon Media", "other", 5e7)),
    ("Pellam Motors took a $1.2 billion charge in the quarter.", ("Pellam Motors", "cost", 1.2e9)),
])
def test_deal_values_payments_and_charges(nlp, text, fact):
    assert fact in facts(nlp, text)


@pytest.mark.parametrize("text", [
    # a total over an industry is nobody's deal (energy, shipping)
    "There was $180 billion in deal-making activity in the energy industry last year, "
    "including Harlow Energy's purchase of Tamsin Oil.",
    "Brokers counted $40 billion in leasing activity across the shipping sector, led by "
    "Corvel Lines.",
])
def test_industry_totals_are_no_ones_money(nlp, text):
    assert not {amount for *_, amount in facts(nlp, text)} & {1.8e11, 4e10}


def test_analysts_valuing_a_company_is_still_a_valuation(nlp):
    found = facts(nlp, "Analysts value Brisa Dairy at $900 million.")
    assert ("Brisa Dairy", "valuation", 9e8) in found


@pytest.mark.parametrize("text, fact", [
    ("Corvel Foods is spending more than two billion US dollars to buy Brisa Dairy.",
     ("Corvel Foods", "deal_value", 2e9)),  # a price, not a cost
    ("Sorrel Studios received a $216 million investment from Alder Ventures.",
     ("Sorrel Studios", "funding", 2.16e8)),  # the receiver raised it
    ("Halvorsen Marine plans to subscribe for new shares worth up to $900 million.",
     ("Halvorsen Marine", "investment", 9e8)),
    # must not change: spending on something else, an investment made
    ("Pellam Motors will spend $300 million to expand its plant.", ("Pellam Motors", "cost", 3e8)),
    ("Alder Ventures made a $50 million investment in Sorrel Studios.",
     ("Alder Ventures", "investment", 5e7)),
    ("Harlow Energy revealed a $2 billion investment in Tamsin Grid, securing a 30% stake.",
     ("Harlow Energy", "investment", 2e9)),
])
def test_spending_to_buy_and_receiving_an_investment(nlp, text, fact):
    assert fact in facts(nlp, text)


def test_since_a_year_is_not_the_time_of_a_running_total(nlp):
    doc = Document("Corvel Foods has raised more than $2 billion in funding since 2013. "
                   "Tamsin Oil raised $200 million in funding in 2021.", "test",
                   published="2024-05-01")
    sdoc = nlp(doc.text)
    times = {m.entity: m.time for m in extract_money(sdoc, DocEntities(sdoc), doc)}
    assert times == {"Corvel Foods": None, "Tamsin Oil": "2021"}


@pytest.mark.parametrize("text", [
    "With fraud projected to cost some $6 trillion by 2030, startups are building new defences.",
    "Shoppers are expected to spend $1.2 trillion online this year, analysts at Brisk Research said.",
])
def test_a_trillion_gets_no_guessed_owner(nlp, text):
    assert not any(amount >= 1e12 for *_, amount in facts(nlp, text))


def test_issues_and_offerings_are_funding(nlp):
    assert ("Brisk Wind", "funding", 9.4e9) in facts(
        nlp, "Brisk Wind announced a $9.4 billion rights issue to fund its offshore projects.")
    assert ("Harlow Energy", "funding", 5e8) in facts(
        nlp, "Harlow Energy announced a $500 million stock offering.")
