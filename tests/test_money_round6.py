"""Money figures told of someone who does not own them, or of a kind they are not (issue 9,
round 6, from a judged sample of real news): a pronoun standing for its own verb's payee, legal
charges, a fund's size, the recipients a giver names, a cut, a bound over people's incomes,
money held in cash, commitments from lenders, a person's business or title, a class in the
plural, a question, and a benchmark compared with. Invented sentences from several industries."""
import pytest

from extracted import money_facts
from tieline.extract.money.parties import not_one_name


def facts(nlp, text):
    return {(owner, kind, round(amount)) for owner, kind, amount in money_facts(nlp, text)}


@pytest.mark.parametrize("text", [
    # "it" never stands for the party its own verb pays
    "The Orvia Health Fund has many members. It paid $400 million to the Orvia Health Fund "
    "for 2023.",
    "Kestrel Motors opened a plant in Pelham. It paid $20 million to Kestrel Motors for the "
    "land.",
    # the fund's size, told again as what it "was" or "expanded to"
    "Established in 2019, Pell Mining\u2019s Green Metals Fund was a $1 billion fund \u2014 later "
    "expanded to $3 billion \u2014 that invests in recycling.",
    "Tarrow Bank's Harbor Growth Fund is a $500 million fund for shipping startups.",
    # a giver that names its recipients owns none of the money
    "The Pelham Small Business Fund announced its first 40 recipients, totaling more than "
    "$3 million in loans.",
    "The Orvell Arts Trust named its grantees, totaling $800,000 in awards.",
    # a cut or a rise by a sum is a change
    "A report from the state treasurer found that Orvell school districts could see funding "
    "cut by more than $2 billion.",
    "Kestrel Air saw its budget reduced by $40 million.",
    # a bound over people's incomes, and a household's income
    "Among Tarrow Bank customers, 30% have incomes below $35,000.",
    "Most workers at Pell Farms reported a household income of less than $50,000.",
    "The Orvia Relief Act lets Orvia Tax Office send $1,200 to Orvians earning up to $75,000 "
    "a year.",
    # money held in cash is no funding, investment or revenue
    "Halden Stores has $500 million in cash and a plan to reopen.",
    "Pell Pharma holds $2 billion in cash after the sale of its plant.",
    # a person's business left unnamed, through its possessive
    "Orvia Bank provided Jo Roe's investment firm with $1.5 billion in financing.",
    "Tarrow Capital gave Dax Orlen's startup $2 million in funding.",
    # a contract the subject "has": seller or customer, the clause does not say
    "It now has a $1 billion contract. The company has been supplying masks to hospitals.",
    "Pell Shipyards has a $400 million contract and more orders coming.",
    # a person known by a title owns no investment ("Mayor Jo Roe")
    "Mayor Jo Roe met Halden Bank. Roe's plan targets 10 neighborhoods for $500 million more "
    "from other government agencies.",
    # a kind of party in the plural, which the tagger took for a name
    "Ann Lee of Kestrel Research said that non-US ETFs lost roughly $19 billion last quarter.",
    "Jo Park of Orvell Advisors said SPACs raised $2 billion in March.",
    # a question asserts nothing
    "Did Tarrow Steel really pour $1 billion into the plant?",
    "\u201cWill Pell Mining raise $300 million this year?\u201d",
    # a benchmark compared with is no one's
    "While the $10 million award to Kestrel Labs is small compared to the $5 billion fund, "
    "it is still notable.",
    # under a speaker, a clause about an indefinite someone
    "A delivery driver can earn about $40,000, Orvell Post said.",
    "A nurse at a rural clinic can make $60,000, Tarrow Health said.",
    # a politician known by a title ("PM", "Mayor") owns no spending
    "PM Jo Roe confirmed he would send letters to every household at a cost of \u00a35.7 million.",
    # "which" after a source ("according to X, which ...") is the clause, not the source
    "Visits will fall by 20%, according to the Orvia Travel Council, which would amount to a "
    "loss of up to $450 billion in receipts.",
    "Sales of used cars will drop, according to Pell Research, which would mean a loss of "
    "$2 billion for dealers.",
    # money asked for all of a class
    "The Orvia Hospital Association responded Thursday by asking Congress for $100 billion for "
    "all hospitals to offset virus costs, citing their losses.",
    "The Tarrow Grocers Group responded Thursday by asking Congress for $5 billion for all "
    "stores to offset virus costs, citing their losses.",
    # a second clause with its own subject: not the first clause's party
    "Halden Rovers striker Jo Roe also received a one-game ban, and both teams received "
    "$250,000 fines.",
    "Kestrel Media came up with the campaign, and the state has paid the agency nearly "
    "$449,000 so far.",
    # money held in reserves
    "The union said the Legislature should direct money from the state's $2 billion in cash "
    "reserves toward schools.",
    # a person's purchase is not guessed for another name
    "Orvell Times, moreover, may have the best balance sheet, having paid down its debt with "
    "the proceeds of Dr. Jo Roe's purchase of Pell Daily and the Tarrow Post for $500 million.",
    # a person's own income and pay, and money a person raises for others
    "Jo Roe earned around $90,000 pre-tax last year with overtime.",
    "Dax Orlen earned about $60,000 last year driving for Kestrel Cabs.",
    "Jo Roe is stepping up again, raising more than $20 million for restaurant workers who "
    "lost their jobs.",
    "Dax Orlen raised $2 million for farm workers hit by the drought.",
    "Jo Roe is a few years into a $2.6 billion compensation plan at Kestrel Motors.",
    "Dax Orlen has a $40 million pay package at Pell Bank.",
    # what a holder's shares are worth, and its change
    "The value of his stock holdings in Kestrel Bio jumped nearly $2.4 million, to $12.4 "
    "million.",
    # an outlet that promotes itself is no company "the company" stands for
    "Visit Orvell Daily's homepage for more stories. Kathy Lee told Orvell Daily in 2018 that "
    "the company was growing. The company has nearly $4 billion in debt.",
    # an event's impact on an economy
    "The Pelham Marathon injected more than $200 million into the local economy.",
    "The Orvia Games pumped $1 billion into the regional economy.",
    # a regulator's deal in a probe is a settlement whose payer the clause does not give
    "Separately, the Orvia Markets Authority said it had reached a $140m deal - split between "
    "penalties and compensation - in its probe into Kestrel Funds.",
    "The Pelham Energy Board reached a $30 million deal with Halden Power to end its "
    "investigation into price rigging.",
])
def test_a_figure_told_of_someone_else_has_no_owner(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    # settling criminal charges is a payment, not a cost
    ("Pell Pharma agreed to pay $2 billion to settle criminal charges.",
     ("Pell Pharma", "other", 2e9)),
    ("Kestrel Bank paid $300 million to settle federal fraud charges.",
     ("Kestrel Bank", "other", 3e8)),
    # commitments from lenders are the borrower's funding
    ("Halden Stores has commitments from lenders for another $900 million.",
     ("Halden Stores", "funding", 9e8)),
    ("Halden Freight has commitments from banks for $2 billion to get through the crisis.",
     ("Halden Freight", "funding", 2e9)),
    # a price paid, not the verb of investing beside it
    ("Halden Stores paid $3.3 billion for Pell Online in 2016 and continued to invest heavily "
     "in the site.", ("Halden Stores", "deal_value", 3.3e9)),
    # debt and equity put into a company are an investment; borrowed debt is funding
    ("Orvell Capital agreed to inject $6.5 billion in debt and equity into Kestrel Offices.",
     ("Orvell Capital", "investment", 6.5e9)),
    ("Tarrow Air raised $2 billion in debt to buy planes.", ("Tarrow Air", "funding", 2e9)),
    # an order announced at a value is its price
    ("Kestrel Air announced an order of 50 Pell jets on Monday at a value of $16 billion.",
     ("Kestrel Air", "deal_value", 1.6e10)),
    ("Halden Rail announced an order of 20 trains at a value of $900 million.",
     ("Halden Rail", "deal_value", 9e8)),
    # a round led or joined is the raiser's funding
    ("Orvell Retail led a $700 million investment in Kestrel Motors.",
     ("Kestrel Motors", "funding", 7e8)),
    ("Halden Ventures joined a $50 million investment in Pell Bio.", ("Pell Bio", "funding", 5e7)),
    # half a million
    ("Orvell Capital has invested about half a million dollars in Kestrel Bio so far.",
     ("Orvell Capital", "investment", 5e5)),
    ("The Tarrow Fund has invested half a million euros in Pell Farms.",
     ("Tarrow Fund", "investment", 5e5)),
    # coordinated investors share an investment: it is the raiser's round
    ("Halden Motors and Pell Motors also announced a $110 million investment in Kestrel Vans.",
     ("Kestrel Vans", "funding", 1.1e8)),
    ("Orvell Bank and Tarrow Capital announced a $40 million investment in Pell Bio.",
     ("Pell Bio", "funding", 4e7)),
])
def test_the_kind_the_words_mean(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text, fact", [
    # what stays: "it" for an earlier name that is not its verb's payee
    ("Kestrel Motors opened a plant in Pelham. It paid $20 million to Orvia Land for the site.",
     ("Kestrel Motors", "deal_value", 2e7)),
    # a fund launched by a company is its investment; paying in cash is a price
    ("Pell Mining launched a $1 billion fund for recycling startups.",
     ("Pell Mining", "investment", 1e9)),
    ("Tarrow Foods agreed to buy Brisk Dairy for $2 billion in cash.",
     ("Tarrow Foods", "deal_value", 2e9)),
    # an investment from a named investor in a named company is the investor's
    ("Orvell Capital made a $5 million investment from its growth fund in Kestrel Labs.",
     ("Orvell Capital", "investment", 5e6)),
    # restructuring charges stay a cost; a fund gives from its own pot
    ("Halden Steel took $300 million in restructuring charges.",
     ("Halden Steel", "cost", 3e8)),
    ("Pell Pharma is giving $10 million from its Advanced Research Fund to Kestrel Labs.",
     ("Pell Pharma", "investment", 1e7)),
    # a company named like a plural word stays an owner
    ("Orvell Mills raised $20 million from investors.", ("Orvell Mills", "funding", 2e7)),
    # a speaker's own results stay theirs; a maximum fine is still a fine
    ("Kestrel Foods said revenue rose to $2 billion.", ("Kestrel Foods", "revenue", 2e9)),
    ("Pell Pharma faces up to a $250,000 fine.", ("Pell Pharma", "other", 2.5e5)),
    # one investor keeps its investment; a deal with no probe stays a price
    ("Orvell Bank announced a $40 million investment in Pell Bio.",
     ("Orvell Bank", "investment", 4e7)),
    ("Kestrel Foods reached a $2 billion deal to buy Pell Dairy.",
     ("Kestrel Foods", "deal_value", 2e9)),
    # the estimator of a figure is not its owner; what it estimates stays the company's
    ("Some creators run bigger ventures, like the studio Kestrel Media, which Orvell Weekly "
     "estimated earned $14 million before taxes last year.", ("Kestrel Media", "profit", 1.4e7)),
])
def test_the_owner_named_still_owns_it(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text, name, one", [
    ("Non-US ETFs lost money.", "ETFs", False),
    ("SPACs raised money; Kestrel Labs did not.", "SPACs", False),
    ("Airlines lost money, and airlines will cut jobs.", "Airlines", False),
    ("Such as Tarrow Play, Kestrel spent money.", "Tarrow Play, Kestrel", False),
    ("Orvell Mills raised money.", "Orvell Mills", True),
    ("Siemens raised money.", "Siemens", True),
    ("Halden Foods raised money.", "Halden Foods", True),
    ("The fund has now raised money for workers.", "Fund", False),
    ("The Plan was approved by the court.", "the Plan", False),
])
def test_a_name_that_is_no_one_organization(nlp, text, name, one):
    assert not_one_name(nlp(text), name) is not one
