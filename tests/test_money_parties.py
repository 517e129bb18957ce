"""Parties that tell of a figure or receive it without owning it (issue 9, round 2): whoever
estimates or forecasts it, a law that sets it aside, a class of recipients, a description that
names no organization the text described with that word; and figures already received that
are no forecast. Invented sentences from several industries."""
import pytest

from tieline.extract.entities import DocEntities
from tieline.extract.money import extract_money
from tieline.extract.money.parties import cut_from_longer
from tieline.model import Document


def money(nlp, text):
    sdoc = nlp(text)
    return extract_money(sdoc, DocEntities(sdoc), Document(text, "test"))


def facts(nlp, text):
    return {(m.entity, m.kind, m.amount) for m in money(nlp, text)}


@pytest.mark.parametrize("text", [
    # the estimator's subject, or the estimate's object that is no organization
    "Analysts at Corvane Securities estimate the new smelter will cost $2 billion.",
    "Corvane Securities estimated the cost of the port closure at around $170 billion.",
    "Researchers at Halden Institute calculate that the outage cost $40 million.",
    "Brinmoor Insights projects that the tunnel will cost £900m.",
    # a law, a programme's bill, a class of recipients
    "The Harbor Relief bill includes $250 million for Rural Dental Clinics to hire staff.",
    "The Marlow Recovery Act sets aside $400 million for small businesses hit by the floods.",
    "Hospitals will receive $600 million under the plan, Tarrow Health said.",
    "Under the Pelham farm package, growers will get $90 million in grants.",
    # an income threshold credited to whoever reports it
    "According to the Pelham Budget Office, households earning under $75,000 will get a rebate.",
    "Households earning less than $80,000 can expect a payment of $1,500, the Pelham Budget "
    "Office said.",
])
def test_an_estimator_a_law_or_a_class_owns_no_figure(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, owner, kind", [
    # what the estimate is about, named, still owns it; a company's own forecast is its own
    ("Pell Semiconductor estimates its annual revenue at $2bn.", "Pell Semiconductor", "revenue"),
    ("Forecasters at Halden Research project that Tessaract Metals will post revenue of $4bn "
     "next year.", "Tessaract Metals", "revenue"),
    ("Tessaract Metals forecast revenue of $4bn for next year.", "Tessaract Metals", "revenue"),
    # a named organization's own sales, told with a plural noun, are not a class's
    ("Brightmoor Foods said its sales rose to $300m last year.", "Brightmoor Foods", "revenue"),
    ("Five Quorn Bank subsidiaries agreed to pay a total of $50m to settle the case.",
     "Quorn Bank", "other"),
])
def test_the_party_a_figure_is_about_still_owns_it(nlp, text, owner, kind):
    assert {(o, k) for o, k, _ in facts(nlp, text)} == {(owner, kind)}


@pytest.mark.parametrize("text, owner", [
    # a description names the organization the text described with that word ...
    ("The Orvell Football League met on Monday with Dunmore Capital. The league said it voted "
     "to invest 90 million pounds in a youth academy.",
     "Orvell Football League"),
    ("Dunmore Capital bought a stake in Kestrel Airways, a budget carrier. The carrier said it "
     "would spend $3bn on new jets.", "Kestrel Airways"),
    ("Pellor Bank advised Tarsk Studios on the sale. The studio said it would invest $70m in "
     "new sound stages.", "Tarsk Studios"),
    # ... and none when the text described none with it
    ("Dunmore Capital owns a stake in Orvell Sports. The league said it voted to advance funds "
     "of 90 million pounds to clubs in the Eastern Conference.", None),
    ("Halden Bank lent money to several growers. The cooperative said it would invest $20m in "
     "new silos.", None),
])
def test_a_description_is_the_organization_described_with_that_word(nlp, text, owner):
    assert {o for o, _, _ in facts(nlp, text)} == ({owner} if owner else set())


@pytest.mark.parametrize("text, modality", [
    ("So far, Brightmoor Clinic has received about $600,000 of aid, which it says will cover "
     "three weeks of payroll.", "asserted"),
    ("Quorn Retail said its sales jumped 27 percent to $75.5bn in March and that it expects "
     "more growth.", "asserted"),
    ("Arden Mills paid $3m for the site last year and will open a mill there.", "asserted"),
    # a figure still to come stays a forecast
    ("Tessaract Metals forecast revenue of $4bn for next year.", "forecast"),
    ("Corvo Insurance will spend $2bn on new offices.", "forecast"),
])
def test_a_figure_already_received_is_no_forecast(nlp, text, modality):
    assert [m.modality for m in money(nlp, text)] == [modality]


@pytest.mark.parametrize("text, expected", [
    ("Quorn Bank sparked rumours of a £10bn deal when it said it was in talks with Pellor Bank.",
     set()),
    ("Speculation of a $2bn bid for Tarsk Studios lifted its shares.", set()),
    ("Arden Mills denied talk of a $400m takeover of Corvo Foods.", set()),
    # a deal made is a deal
    ("Arden Mills agreed a $400m takeover of Corvo Foods.", {("Arden Mills", "deal_value")}),
])
def test_a_rumoured_deal_is_no_deal(nlp, text, expected):
    assert {(o, k) for o, k, _ in facts(nlp, text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("A report by the Halden Chamber of Commerce showed that trade between the two ports fell "
     "to $645 million in March.", set()),
    ("A survey by Brinmoor Insights found that the tunnel will cost £900m.", set()),
    ("Pellor News reported that US restaurants could suffer a $225 billion loss this year.",
     set()),
    # a company's own report still tells its own figure
    ("Arden Mills' annual report showed revenue of $400m.", {("Arden Mills", "revenue")}),
])
def test_a_report_or_a_class_it_describes_owns_no_figure(nlp, text, expected):
    assert {(o, k) for o, k, _ in facts(nlp, text)} == expected


@pytest.mark.parametrize("text", [
    "A report by Pelham's Chamber of Commerce published on Monday showed that the value of "
    "grain exports had fallen by half to stand at $645 million.",
    "Corvane Securities estimated on Tuesday that the market for cargo drones had grown to "
    "$3 billion.",
])
def test_who_tells_a_figure_is_not_guessed_as_its_owner(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, name, cut", [
    # found only inside a longer name: before another capitalized word, or before "'s X" or
    # "of X"
    ("Shares of Brava Energy Partners rose. Brava Energy Partners said it repaid a loan.",
     "Energy", True),
    ("Donors gave to the Mayor's Fund Westport. The Mayor's Fund Westport gave $2m.",
     "Mayor", True),
    ("The Pelham National Association of Grocers gave $5m. Its National Association of Grocers "
     "board met.", "National Association", True),
    # a name standing alone somewhere, or followed by a company suffix, is whole
    ("Target said sales rose. Shoppers went back to Target in May.", "Target", False),
    ("Dawson Seismic Co said it returned a loan. Analysts like Dawson Seismic.",
     "Dawson Seismic", False),
    ("Orvell Labs Inc raised $5m. The round valued Orvell Labs Inc at $40m.", "Orvell Labs",
     False),
])
def test_a_name_found_only_inside_a_longer_one_is_cut(nlp, text, name, cut):
    assert cut_from_longer(nlp(text), name) is cut


@pytest.mark.parametrize("text", [
    # an administration or a government told by a noun owns no company figure, nor does the
    # person or place that names it
    "The Roe administration will make $16 billion in direct payments to farmers, Mr. Roe said.",
    "The Dunmore administration will pay $2 billion to settle claims by Kestrel Rail.",
])
def test_an_administration_owns_no_figure(nlp, text):
    assert facts(nlp, text) == set()
