"""Money figures told of someone who does not own them (issue 9, round 5, from a judged
sample of real news): a verb "deal", traded credits, a change given beside a percentage, a
saving, trillions, an allegation, a person's foundation, a firm named like its founder, "it"
after a public subject, a name that only modifies a noun, a name cut after "Arts for", a
warning, a bound over many, a person's budget, and revenue lost. Invented sentences from several industries."""
import pytest

from extracted import money_facts


def facts(nlp, text):
    return {(owner, kind, round(amount)) for owner, kind, amount in money_facts(nlp, text)}


@pytest.mark.parametrize("text", [
    # "deal with" is no deal
    "Tarrow Health needs $3 million to deal with the backlog of claims.",
    "Brinmoor Aid says it now needs $59 million to continue operations, plus another "
    "$24 million to deal with the extra burden of the floods.",
    # credits traded, not lent
    "Kestrel Motors sold $354 million worth of regulatory credits in the quarter.",
    "Halden Power sold $40 million worth of carbon credits to airlines.",
    # a change, told as a sum beside its percentage or as "an increase of"
    "Pell Semiconductor said sales rose 9%, an increase of nearly $1.5 billion.",
    "Profit at Halden Power is up 12%, or about $80 million, compared to last April.",
    "Tarrow Freight's revenue is down 30%, or almost $2 billion, from a year earlier.",
    # a saving; a trillion that is no valuation
    "Kestrel Health could save $1.7 billion a year by cutting its profit margins.",
    "Orvell Logistics can potentially save $300 million by trimming its revenue-sharing fees.",
    "Tarrow Bank said its revenue could reach $1.2 trillion.",
    # an allegation: the one who alleges owns nothing, and an alleged sum is no one's
    "The Halden Fraud Office, which has brought the case, claims a total of $6 million was "
    "offered to Jo Roe in exchange for contracts.",
    "The Orvell Mining Union claims that $4 million was paid to inspectors to ignore the "
    "flooding.",
    "Kestrel Bank denies paying the alleged $5 million fee to Tarrow Ports.",
    "Investors await the purported $2 billion offer from Pell Capital for Tarrow Mills.",
    # a person's foundation or charity is not the person
    "Lena Vossberg's charity raised $2 million for flood victims.",
    "The singer Dax Orlen performed on Friday. Orlen's nonprofit raised $500,000 for school "
    "meals.",
    # a firm named like its founder: a person is never valued
    "He founded the bookstore chain Halvers, which was valued at $190 million when Jo "
    "Halvers sold it to Tarrow Retail in 1992.",
    # "it" after a public subject, through a new (indefinite) fund
    "The government is also trying to keep Pelham's economy healthy. It's providing "
    "financial support to businesses through an $824 million fund, so that salaries continue "
    "to be paid on time.",
    "The state is also trying to keep Orvell Bank's borrowers afloat. It is giving grants to "
    "farmers through a $90 million fund.",
    # a warning: the one who warns owns nothing
    "The Orvell Development Bank has warned that the drought could cause damages to farms "
    "of up to $8.5bn by the end of the year.",
    "Tarrow Insurance warned that the storm could cause losses to homeowners of $3bn.",
    # a name that only modifies the antecedent of "who"
    "He claimed he knew a doctor with Kestrel Pharma ties who was on his way to the resort "
    "and promised a $300,000 investment in his company would yield a $30 million return.",
    # a results sentence that lost its name is not the article's main company's
    "Pell Stores said sales fell. Elsewhere, said Thursday that revenue climbed 23 percent to "
    "$19.8 billion.",
    "Kestrel Foods reported on Monday. Read more below.Net income climbed 23 percent to "
    "$4 billion during the quarter.",
    # a bound over many ("members have budgets of under $75,000"), a budget told by a person
    "The Pelham League of Theatres says 93 of its 237 members have budgets of under $75,000 "
    "a year.",
    "The Orvia Dental Association says most of its clinics have revenues of less than "
    "$2 million.",
    "We are grateful, said Mira Castell, artistic direct of Tarrow Playhouse, with an "
    "operating budget of $250,000.",
    "Dax Orlen, who runs Kestrel Robotics, has a budget of $4 million for the season.",
    # results coordinated names share; the size of a named fund
    "Between them, Kestrel Motors and Orvell Motors had nearly $300 billion in revenue last "
    "year.",
    "Halden Foods and Brisk Dairy reported combined profit of $2 billion.",
    "David Roe is the chief investment officer at the $150 million Harbor Bear Fund.",
    "The $2 billion Tarrow Growth Fund lost money this year.",
    # results told with no name, far from where the main company was last named
    "Kestrel Foods reported results on Monday. Kestrel Foods is big. Kestrel Foods is old. "
    "Orvell Bank sold its stake in Pell Mining. Pell Mining was pleased. Analysts were too. "
    "The earnings included $1.2 billion in dividends.",
    "Tarrow Air flew more passengers. Tarrow Air hired pilots. Tarrow Air is growing. Pell Jets "
    "builds planes. Pell Jets hired engineers. Orvia Bank lent money. Net income rose 5% to "
    "$90 million.",
    # a pool for an industry or a class, not any one member's money
    "Kestrel Air shares rose after the trade group for airlines suggested a $50 billion "
    "bailout for the industry.",
    "Pell Farms shares rose after the growers' lobby proposed a $2 billion loan fund for "
    "farmers.",
    "Tarrow Steel said it would seek a $3 billion credit line for the steel sector.",
    # a place the tagger knows only as one, never called a company
    "Restaurants in Pelham City are closing. Pelham City is now facing a yearly budget gap "
    "of $13.3 billion.",
])
def test_a_figure_told_of_someone_else_has_no_owner(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    ("Kestrel Foods struck a $24 million deal with Pell Farms.",
     ("Kestrel Foods", "deal_value", 24e6)),
    ("Orvell Oil received $6bn in credits from Tarrow Bank.", ("Orvell Oil", "funding", 6e9)),
    ("Kestrel Health made a profit of $1.7 billion.", ("Kestrel Health", "profit", 1.7e9)),
    ("Pell Semiconductor is now valued at $1.2 trillion.",
     ("Pell Semiconductor", "valuation", 1.2e12)),
    ("Kestrel Foods claims $3.3 billion in revenue last year.",
     ("Kestrel Foods", "revenue", 3.3e9)),
    ("The chain Halvers Books was valued at $190 million.", ("Halvers Books", "valuation", 1.9e8)),
    ("Kestrel Foods met the government on Monday. It's investing $824 million in a new plant.",
     ("Kestrel Foods", "investment", 8.24e8)),
    ("Kestrel Foods warned that its revenue would fall to $2bn.",
     ("Kestrel Foods", "revenue", 2e9)),
    ("Analysts praised the chipmaker Pell Semiconductor, which posted revenue of $2bn.",
     ("Pell Semiconductor", "revenue", 2e9)),
    ("The Friends of Harbor Trust raised $2 million.", ("Friends of Harbor Trust", "funding", 2e6)),
    ("The Chairman of Kestrel Foods said Kestrel Foods raised $2 million.",
     ("Kestrel Foods", "funding", 2e6)),
    ("Orvell Motors reported its results. Net income fell 64% to $284 million.",
     ("Orvell Motors", "profit", 2.84e8)),
    ("Norvalia lost 330m euros in 2003 as the airline struggled with high costs.",
     ("Norvalia", "loss", 3.3e8)),
    ("Tarrow Playhouse has a budget of $250,000 for the season.",
     ("Tarrow Playhouse", "cost", 2.5e5)),
    ("Kestrel Foods said its sales of under $2 million fell.", ("Kestrel Foods", "revenue", 2e6)),
    # a trillion in a currency where it is a company's price
    ("The Orvia Treasury sold its stake in Pell Bank to the Orvia Ministry of Finance for 2.14 "
     "trillion rubles.", ("Orvia Ministry of Finance", "deal_value", 2.14e12)),
    ("Tarrow Bank gave Kestrel Foods a $2 billion loan for its new plant.",
     ("Kestrel Foods", "funding", 2e9)),
    # revenue lost is a loss
    ("Vossa Opera lost $6.2 million in revenue after the cancellations.",
     ("Vossa Opera", "loss", 6.2e6)),
    ("Tarrow Books said its losses from the strike were $3 million in revenue.",
     ("Tarrow Books", "loss", 3e6)),
])
def test_the_owner_named_still_owns_it(nlp, text, fact):
    assert facts(nlp, text) == {fact}
