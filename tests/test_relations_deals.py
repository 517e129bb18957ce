"""Deal and dispute relations (acquire, partner, invest, sue) on patterns seen wrong in real news,
checked on sentences written for these tests (invented companies, several industries): each
narrowed pattern still fires where it should and no longer fires where it should not."""
from __future__ import annotations

import pytest

from extracted import relations as facts


def of_type(found: dict, rtype: str) -> list:
    return [k for k in found if k[0] == rtype]


# -- acquire: goods are bought, companies acquired ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Mira Tal purchased the cancer drug Zentrix and raised its price.",
    "Ardent Pharma bought the heart drug Cardiovax from Pell Biotech.",
    "Halvorsen Marine bought the cargo vessel Nordlys last year.",
    # the name modifies what was bought
    "Halvorsen Marine paid $5 million for the Trellis Analytics software.",
    "Shoppers bought Brambleway milk at Kestrel Foods stores.",
    # a unit combined with another company, and a job taken over
    "Kestrel Foods merged its frozen unit with Brambleway Dairy.",
    "Ann Lee took over Kestrel Foods in 2019 as chief executive.",
])
def test_buying_goods_is_no_acquisition(nlp, text):
    assert not of_type(facts(nlp, text), "acquire")


@pytest.mark.parametrize("text, head, tail", [
    ("Kestrel Foods acquired Brambleway Dairy.", "Kestrel Foods", "Brambleway Dairy"),
    ("Ardent Pharma bought Pell Biotech for $2 billion.", "Ardent Pharma", "Pell Biotech"),
    ("Kestrel Foods bought dairy maker Brambleway Dairy for $2 billion.", "Kestrel Foods",
     "Brambleway Dairy"),
    ("Halvorsen Marine paid $5 million for Trellis Analytics.", "Halvorsen Marine",
     "Trellis Analytics"),
    ("Kestrel Foods merged with Brambleway Dairy in 2019.", "Kestrel Foods", "Brambleway Dairy"),
])
def test_buying_a_company_is_still_an_acquisition(nlp, text, head, tail):
    assert facts(nlp, text).get(("acquire", head, tail)) == "asserted"


@pytest.mark.parametrize("text, head, tail", [
    ("Kestrel Foods made a bid for Brambleway Dairy on Monday.", "Kestrel Foods", "Brambleway Dairy"),
    ("Halvorsen Marine tabled an offer for Trellis Analytics.", "Halvorsen Marine", "Trellis Analytics"),
    # a noun in apposition is as hypothetical as the move it names
    ("If that fails, Halvorsen Marine could try a bolder move, a merger with Trellis Analytics.",
     "Halvorsen Marine", "Trellis Analytics"),
    ("Pell Semiconductor could try a bolder step, a takeover of Ardent Chips.", "Pell Semiconductor",
     "Ardent Chips"),
])
def test_offers_and_possible_moves_are_not_done_deals(nlp, text, head, tail):
    assert facts(nlp, text).get(("acquire", head, tail)) == "hedged"


def test_an_accepted_bid_is_a_deal(nlp):
    found = facts(nlp, "Kestrel Foods accepted a bid from Brambleway Dairy on Monday.")
    assert found.get(("acquire", "Brambleway Dairy", "Kestrel Foods")) == "asserted"


# -- sue: who brings the case --------------------------------------------------------------------

@pytest.mark.parametrize("text, head, tail", [
    ("Vossa Bank settled its case with the Securities Regulator out of court.",
     "Securities Regulator", "Vossa Bank"),
    ("After losing at first, Ardent Pharma settled its case with the Competition Bureau.",
     "Competition Bureau", "Ardent Pharma"),
])
def test_settling_a_case_with_someone_names_them_as_the_suer(nlp, text, head, tail):
    found = facts(nlp, text)
    assert ("sue", head, tail) in found
    assert ("sue", tail, head) not in found


@pytest.mark.parametrize("text, head, tail", [
    ("The Halden Regulator threatened to sue Brisk Energy.", "Halden Regulator", "Brisk Energy"),
    ("Vossa Bank tried to sue Pell Biotech over the patent.", "Vossa Bank", "Pell Biotech"),
])
def test_a_threat_or_attempt_to_sue_is_hedged(nlp, text, head, tail):
    assert facts(nlp, text).get(("sue", head, tail)) == "hedged"


@pytest.mark.parametrize("text", [
    "The Halden District Court fined Vossa Bank $5 million.",
    "Judge Ann Lee fined Vossa Bank $5 million for contempt.",
    "The Supreme Court of Halden ruled against Vossa Bank in its lawsuit against Pell Biotech.",
    "Ann Lee, a lawyer, sued Trellis Analytics on Monday.",
])
def test_courts_judges_and_lawyers_bring_no_case_themselves(nlp, text):
    assert not of_type(facts(nlp, text), "sue")


@pytest.mark.parametrize("text, client, tail", [
    ("Tom Ardent, an attorney for Kestrel Foods, filed a lawsuit against Trellis Analytics.",
     "Kestrel Foods", "Trellis Analytics"),
    ("Tom Ardent, who represents Ardent Pharma, sued Pell Biotech.", "Ardent Pharma", "Pell Biotech"),
])
def test_a_lawyer_sues_for_the_client(nlp, text, client, tail):
    found = of_type(facts(nlp, text), "sue")
    assert found == [("sue", client, tail)]


@pytest.mark.parametrize("text, head, tail", [
    ("The Department of Justice sued Vossa Bank on Monday.", "Department of Justice", "Vossa Bank"),
    ("The Halden Competition Authority fined Vossa Bank $5 million.", "Halden Competition Authority",
     "Vossa Bank"),
    ("Ardent Pharma lost its case against Pell Biotech.", "Ardent Pharma", "Pell Biotech"),
])
def test_regulators_and_losing_parties_still_sue(nlp, text, head, tail):
    assert facts(nlp, text).get(("sue", head, tail)) == "asserted"


def test_a_suit_filed_stays_asserted(nlp):
    found = facts(nlp, "Vossa Bank filed suit against Pell Biotech on Monday.")
    assert found.get(("sue", "Vossa Bank", "Pell Biotech")) == "asserted"


# -- partner: who works with whom ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mira Tal is a chemist at Halden University who has collaborated with Brisk Energy.",
    "Ona Reyes, a researcher at Kestrel Foods who worked with Trellis Analytics, said it was clear.",
])
def test_a_person_at_an_organization_who_works_with_another_is_no_partnership(nlp, text):
    assert not of_type(facts(nlp, text), "partner")


def test_an_organization_who_works_with_another_is_a_partner(nlp):
    found = facts(nlp, "Kestrel Foods, who has worked with Trellis Analytics since 2019, grew fast.")
    assert ("partner", "Kestrel Foods", "Trellis Analytics") in found


@pytest.mark.parametrize("text, a, b", [
    ("The growers' alliance, led by Kestrel Foods in collaboration with Trellis Analytics, unveiled "
     "the scheme.", "Kestrel Foods", "Trellis Analytics"),
    ("The bond plan, run by Vossa Bank in partnership with Halden Insurance, opened in May.",
     "Halden Insurance", "Vossa Bank"),
])
def test_a_plan_led_by_one_in_collaboration_with_another(nlp, text, a, b):
    found = of_type(facts(nlp, text), "partner")
    assert found == [("partner", a, b)]


@pytest.mark.parametrize("text", [
    'Several plays, including "Blue Harbor" and "Red Lantern", had scheduled to open in May.',
    "The Halden Hawks and the Vossa Vipers would open their seasons in July under a proposal.",
    "Globex Media's own Harbor Nights found its cast members reunited for one episode.",
])
def test_doing_the_same_thing_apart_is_no_partnership(nlp, text):
    assert not of_type(facts(nlp, text), "partner")


@pytest.mark.parametrize("text, a, b", [
    ("Kestrel Foods and Trellis Analytics launched a joint venture to sell frozen meals.",
     "Kestrel Foods", "Trellis Analytics"),
    ("Halden Bank and Vossa Insurance opened a joint office in Oslo.", "Halden Bank",
     "Vossa Insurance"),
])
def test_making_one_thing_together_is_a_partnership(nlp, text, a, b):
    assert ("partner", a, b) in facts(nlp, text)


def test_a_needed_cooperation_is_hedged(nlp):
    found = facts(nlp, "Kestrel Foods said the recovery will require cooperation with Trellis "
                       "Analytics.")
    assert found.get(("partner", "Kestrel Foods", "Trellis Analytics")) in {None, "hedged"}


# -- invest: holders, callings and family words --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Her new parents, John and Maria Parker, looked at each other.",
    "His parents, Tom and Ann Verlo, run a bakery.",
    "Tomas Lindqvist, a Silicon Valley investor and entrepreneur, predicted on Twitter that the "
    "lockdown would hurt Kestrel Foods.",
    "The most famous investor on the planet, Harold Brennan, appears to be in this camp, Kestrel "
    "Foods said.",
])
def test_a_calling_or_a_family_word_is_no_holding(nlp, text):
    assert not of_type(facts(nlp, text), "invest")


@pytest.mark.parametrize("text, head, tail", [
    ("Other investors include Harold Brennan and Brisk Capital, Kestrel Foods said.",
     "Harold Brennan", "Kestrel Foods"),
    ("Kestrel Foods raised $20 million. Its investors, Harold Brennan and Brisk Capital, backed "
     "the plan.", "Brisk Capital", "Kestrel Foods"),
    ("The Halden Heart Fund, whose main backer is Brisk Capital, opened a clinic.", "Brisk Capital",
     "Halden Heart Fund"),
    ("Vossa Clinics, whose largest shareholder is Corven Partners, opened a site in Leeds.",
     "Corven Partners", "Vossa Clinics"),
    ("Kestrel Foods, the parent of Brambleway Dairy, cut prices.", "Kestrel Foods",
     "Brambleway Dairy"),
    ("Brambleway Dairy and its parent, Kestrel Foods, cut prices.", "Kestrel Foods",
     "Brambleway Dairy"),
])
def test_listed_investors_and_whose_backer(nlp, text, head, tail):
    assert ("invest", head, tail) in facts(nlp, text)


def test_co_investors_are_not_each_others_investees(nlp):
    found = facts(nlp, "Brisk Capital, Alder Ventures and Corven Partners committed $125 million "
                       "to the fund.")
    names = {"Brisk Capital", "Alder Ventures", "Corven Partners"}
    assert not [k for k in of_type(found, "invest") if k[2] in names]


@pytest.mark.parametrize("text", [
    "Lastly, Ann Lee doubled the fund's stake in Brambleway Dairy, which fell 30%.",
    "In the remote town of Halden, a small-business owner, Tom Parker, travels to Oslo to stock "
    "up at Kestrel Foods.",
    "When Halden started dumping its holdings of Vossa Treasury bonds, it bought gold.",
    "Vossa Bank controls more than $2 trillion of assets in Germany, the Halden Union and the US.",
])
def test_no_holding_by_the_wrong_holder_or_in_debt_and_places(nlp, text):
    assert not of_type(facts(nlp, text), "invest")


@pytest.mark.parametrize("text, head, tail", [
    ("Kestrel Foods doubled its stake in Brambleway Dairy.", "Kestrel Foods", "Brambleway Dairy"),
    ("Kestrel Foods owns 5 million shares of Brambleway Dairy.", "Kestrel Foods", "Brambleway Dairy"),
    ("Kestrel Foods owns stores in Oslo and a stake in Brambleway Dairy.", "Kestrel Foods",
     "Brambleway Dairy"),
    ("Vossa Bank invested $5 million in Pell Biotech.", "Vossa Bank", "Pell Biotech"),
])
def test_stakes_and_investments_still_count(nlp, text, head, tail):
    assert ("invest", head, tail) in facts(nlp, text)


def test_linking_to_a_file_is_no_partnership(nlp):
    found = facts(nlp, "Many Kestrel Foods users and Trellis fans have been linking to the file "
                       "whenever copies are removed.")
    assert not of_type(found, "partner")


@pytest.mark.parametrize("text, a, b", [
    ("Kestrel Foods and Trellis Analytics linked up last year.", "Kestrel Foods", "Trellis Analytics"),
    ("Halden Bank linked with Vossa Insurance on payments.", "Halden Bank", "Vossa Insurance"),
])
def test_linking_up_is_a_partnership(nlp, text, a, b):
    assert ("partner", a, b) in facts(nlp, text)


@pytest.mark.parametrize("text", [
    "Tom Clay heads up Vossa First, a so-called \"talent investor\" out of London that helps "
    "founders, Kestrel Foods said.",
    "Tom Rayner, a private equity investor and political newcomer, said Kestrel Foods would grow.",
])
def test_a_kind_of_investor_is_no_holding_in_the_story_company(nlp, text):
    assert not of_type(facts(nlp, text), "invest")


@pytest.mark.parametrize("text", [
    "The industry knew recycling would fail, according to a joint investigation by Halden Radio "
    "and Vossa News.",
    "Governor Lee appealed the ruling and took it to the state's Supreme Court.",
    "The company once boasted it charged the Halden Defense Agency $7.63 for earplugs.",
])
def test_cited_inquiries_appeals_and_prices_are_no_dispute(nlp, text):
    assert not of_type(facts(nlp, text), "sue")


def test_charged_with_a_crime_is_still_a_dispute(nlp):
    found = facts(nlp, "The Halden Regulator charged Vossa Bank with fraud in May.")
    assert ("sue", "Halden Regulator", "Vossa Bank") in found


@pytest.mark.parametrize("text", [
    "The grant had been awarded to the New York-based group, Brisk Health Alliance.",
    "Vossa Air joined the Star Alliance in 2004.",
])
def test_a_trigger_word_inside_a_name_is_no_partnership(nlp, text):
    assert not of_type(facts(nlp, text), "partner")


def test_an_alliance_formed_is_a_partnership(nlp):
    found = facts(nlp, "Kestrel Foods and Trellis Analytics formed an alliance in May.")
    assert ("partner", "Kestrel Foods", "Trellis Analytics") in found
