"""Money round 13 (issue 9, from judged samples of real news): a figure a noun of purpose
aims at ("in a bid to raise $40m", "in an effort to raise €300m") is what its verb names
(funding), not what the noun could mean ("bid" as an offer); a money word the tagger took for
a name ("Damages awarded to X totalled $12m") owns nothing; "launched a campaign to raise $X"
names a goal, hedged like "in a bid to raise"; "the lab" after "a lab in Tarrow" with no name
beside it is that unnamed lab, not the organization named before it. Invented sentences from several
industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, owner", [
    ("Brightwater Foods sold new shares in a bid to raise $40 million.", "Brightwater Foods"),
    ("Tessaly Pharma issued bonds in an effort to raise €300 million.", "Tessaly Pharma"),
])
def test_a_sum_raised_for_a_goal_is_funding(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.kind == "funding" for m in found)


@pytest.mark.parametrize("text, owner, kind", [
    # a bid to buy is still a price, and a deal valued at a sum still its deal's value
    ("Corvel Steel made a bid to buy Lanmar Metals for $2 billion.", "Corvel Steel",
     "deal_value"),
    ("Halvik Airlines signed an agreement valued at $900 million with Orsa Aero.",
     "Halvik Airlines", "deal_value"),
])
def test_a_bid_to_buy_stays_a_price(nlp, text, owner, kind):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.kind == kind for m in found)


@pytest.mark.parametrize("text", [
    "Damages awarded by the Tribunal to Kestrel Mining totalled $12 million.",
    "Compensation paid by the Regulator to Orvane Telecom customers reached £3 million.",
])
def test_a_money_word_taken_for_a_name_owns_nothing(nlp, text):
    assert not [m for m in money(nlp, text) if m.entity.lower() in ("damages", "compensation")]


@pytest.mark.parametrize("text, owner", [
    ("Kestrel Books launched a campaign to raise £2 million from its readers.", "Kestrel Books"),
    ("Corvane Biotech started a campaign to raise €15 million for a new laboratory.",
     "Corvane Biotech"),
])
def test_a_campaign_to_raise_is_hedged(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.modality == "hedged" and m.kind == "funding" for m in found)


@pytest.mark.parametrize("text, owner", [
    ("Tarvel Motors raised $300 million last year in a campaign led by Brisk Capital.",
     "Tarvel Motors"),
    ("Halden Games ran a campaign that raised $2 million from its players.", "Halden Games"),
])
def test_a_campaign_that_raised_stays_asserted(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.modality == "asserted" for m in found)


@pytest.mark.parametrize("text, named", [
    ("Dr. Jo Marsh teaches at the Velmont Institute of Biology. Officials claimed that a private "
     "lab in Tarrow had leaked samples. Critics said the agency had given the lab $7.5 million "
     "in grants.", "Velmont Institute of Biology"),
    ("Ms. Ana Ruiz works for Corvane Pictures. Her brother runs a small studio in Delft. The "
     "state gave the studio $40,000 in grants last year.", "Corvane Pictures"),
])
def test_a_description_after_an_unnamed_one_is_not_the_name_before(nlp, text, named):
    assert not [m for m in money(nlp, text) if m.entity == named]


@pytest.mark.parametrize("text, owner", [
    ("Dr. Jo Marsh teaches at the Velmont Institute of Biology. Critics said the state had "
     "given the lab $7.5 million in grants.", "Velmont Institute of Biology"),
    ("Corvane Pictures is a small studio in Delft. The state gave the studio $40,000 in grants "
     "last year.", "Corvane Pictures"),
])
def test_a_description_of_the_name_before_still_stands_for_it(nlp, text, owner):
    assert [m for m in money(nlp, text) if m.entity == owner]
