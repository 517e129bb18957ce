"""Role (employ) and move rules of round 5, from patterns judged wrong on real news (sentences
invented for these tests, invented names, several industries): a hometown or a city is no
employer; a membership is no job; a former word scopes only the role it is written before;
"retired" and a role left in the same sentence are former; a person described by a trade or a tie
to someone borrows no employer; leading an organization is no move into it."""
from __future__ import annotations

import pytest

from extracted import of_kind


def relations(nlp, text: str, kind: str = "employ") -> dict[tuple[str, str], str]:
    return of_kind(nlp, text, kind)


def people_employed(nlp, text: str, person: str) -> list[str]:
    return [org for org, p in relations(nlp, text) if p == person]


# -- where a person lives or works is no employer ---------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Ann Lee, 34, of Brackenford said her bakery lost half its customers.", "Ann Lee"),
    ("Jacob Miller, of Dunwich Vale, is a retired welder who joined the protest.", "Jacob Miller"),
    ("Maria Lopez, a police commissioner in Tarrowby, said the incident was under investigation.",
     "Maria Lopez"),
    ("Bo Park, a fire chief in Quellbridge, said the blaze was out by noon.", "Bo Park"),
])
def test_a_hometown_or_a_city_is_no_employer(nlp, text, person):
    assert people_employed(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Ann Lee, of the Brackenford Institute, said the data were thin.", "Brackenford Institute",
     "Ann Lee"),
    ("Jacob Miller of Dunwich Capital said the bond market was calm.", "Dunwich Capital",
     "Jacob Miller"),
    ("Maria Lopez, a partner in Tarrowby Ventures, said the fund was closed.", "Tarrowby Ventures",
     "Maria Lopez"),
])
def test_an_organization_after_of_or_in_is_still_the_employer(nlp, text, org, person):
    assert org in people_employed(nlp, text, person)


# -- former, retired and left roles ------------------------------------------------------------

@pytest.mark.parametrize("text, current, former, person", [
    ("Brinmoor Labs' president, ex-Kestrel Foods official Ann Lee, testified on Monday.",
     "Brinmoor Labs", "Kestrel Foods", "Ann Lee"),
    ("Halden Air's chief pilot, former Corvax Group official Jacob Miller, spoke first.",
     "Halden Air", "Corvax Group", "Jacob Miller"),
])
def test_a_former_word_scopes_only_the_role_after_it(nlp, text, current, former, person):
    found = relations(nlp, text)
    assert found.get((current, person)) == "asserted"
    assert found.get((former, person)) == "negated"


@pytest.mark.parametrize("text, org, person", [
    ("Ann Lee, the retired head of research at Brinmoor Pharma, said the trial was flawed.",
     "Brinmoor Pharma", "Ann Lee"),
    ("Jacob Miller, a retired Halden Steel engineer, said the furnace was unsafe.", "Halden Steel",
     "Jacob Miller"),
    ("Kestrel Foods chief executive Ann Lee resigned on Monday after a tense board meeting.",
     "Kestrel Foods", "Ann Lee"),
    ("Kestrel Airlines chairman Jacob Miller quit his post after the crash.", "Kestrel Airlines",
     "Jacob Miller"),
    ("Brinmoor Bank's finance chief, Maria Lopez, has stepped down.", "Brinmoor Bank",
     "Maria Lopez"),
])
def test_retired_and_left_roles_are_former(nlp, text, org, person):
    assert relations(nlp, text).get((org, person)) == "negated"


@pytest.mark.parametrize("text, org, person", [
    ("Kestrel Foods chief executive Ann Lee will resign next year, the board said.",
     "Kestrel Foods", "Ann Lee"),
    ("Kestrel Airlines chairman Jacob Miller left for Paris on Monday to meet buyers.",
     "Kestrel Airlines", "Jacob Miller"),
    ("Brinmoor Bank's finance chief, Maria Lopez, said profits rose.", "Brinmoor Bank",
     "Maria Lopez"),
    ("Kestrel Theatre has lived hand to mouth, as its artistic director Ann Lee put it, on "
     "guided tours and weddings.", "Kestrel Theatre", "Ann Lee"),
    ("Brinmoor Bank struggled for years, as its chief executive Jacob Miller described it, with "
     "bad loans.", "Brinmoor Bank", "Jacob Miller"),
])
def test_a_role_not_left_stays_current(nlp, text, org, person):
    assert relations(nlp, text).get((org, person)) == "asserted"


@pytest.mark.parametrize("text, earlier, current, person", [
    ("Jacob Miller started work at Kestrel Foods in May after eight years as a buyer for Halden "
     "Stores.", "Halden Stores", "Kestrel Foods", "Jacob Miller"),
    ("Ann Lee began her new job in April after a decade as an engineer at Brinmoor Water.",
     "Brinmoor Water", None, "Ann Lee"),
])
def test_a_job_held_before_the_one_started_is_former(nlp, text, earlier, current, person):
    found = relations(nlp, text)
    assert found.get((earlier, person)) == "negated"
    assert current is None or found.get((current, person)) == "asserted"


# -- a person described by a trade or by a tie to someone borrows no employer ------------------------

@pytest.mark.parametrize("text, person", [
    ("At the Brackenford trial, he and his business partner Jacob Miller had sold the shares.",
     "Jacob Miller"),
    ("In his 1961 book The Quiet Harbour, the great social scientist Ann Lee wrote about towns.",
     "Ann Lee"),
    ("The theatre, the dream of the Welsh actor and director Bo Park, opened in 1997.",
     "Bo Park"),
    ("Kestrel Foods sued Maria Lopez, the former pharmaceutical executive, on Monday.",
     "Maria Lopez"),
    ("The chairman of the committee, Halden Party lawmaker Jacob Miller, wrote to Brinmoor Rail.",
     "Jacob Miller"),
])
def test_a_described_person_takes_no_employer_from_the_sentence(nlp, text, person):
    assert people_employed(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Corvax Mining fined its staff, and new chief executive Ann Lee said so.", "Corvax Mining",
     "Ann Lee"),
    ("Kestrel Fashion said on Monday that Ann Lee, the creative director, will stay.",
     "Kestrel Fashion", "Ann Lee"),
    ("Halden Bank said on Monday that Jacob Miller, the chief financial officer, will stay.",
     "Halden Bank", "Jacob Miller"),
])
def test_a_post_still_takes_the_organization_of_the_sentence(nlp, text, org, person):
    assert org in people_employed(nlp, text, person)


# -- belonging to a club, society or party is no job; a board or staff seat is ---------------------

@pytest.mark.parametrize("text, person", [
    ("Jacob Miller, an original member of the Dunwich Motor Club, restored the car.", "Jacob Miller"),
    ("Ann Lee, a longtime member of the Tarrow Valley Gardening Association, grew the pumpkin.",
     "Ann Lee"),
    ("Jacob Miller, a member of the Halden Party, spoke at the rally.", "Jacob Miller"),
])
def test_a_membership_is_no_employment(nlp, text, person):
    assert people_employed(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Halden Steel board member Ann Lee said the plant would close.", "Halden Steel", "Ann Lee"),
    ("Ann Lee, a staff member at Kestrel Foods, said the recall was late.", "Kestrel Foods",
     "Ann Lee"),
    ("Ann Lee, a member of the Brinmoor Council, said the vote was close.", "Brinmoor Council",
     "Ann Lee"),
])
def test_a_board_or_staff_seat_is_still_employment(nlp, text, org, person):
    assert org in people_employed(nlp, text, person)


# -- owners and moves -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, org, owner, staff", [
    ("Ned Park, who served as spokesman for Ann Lee’s Brackenford House Trade Council, said so.",
     "Brackenford House Trade Council", "Ann Lee", "Ned Park"),
    ("Ned Park, who worked for Maria Lopez's Tarrow House Policy Council, said so.",
     "Tarrow House Policy Council", "Maria Lopez", "Ned Park"),
])
def test_a_possessed_name_with_a_descriptor_inside_is_no_ownership(nlp, text, org, owner, staff):
    found = relations(nlp, text)
    assert (org, owner) not in found and found.get((org, staff)) == "negated"


@pytest.mark.parametrize("text", [
    "Tarrowby Health head Ann Lee spoke on Monday. Lee heads the Tarrowby Health Agency after "
    "years at the Kestrel Clinic.",
    "Brinmoor Freight chief Ann Lee spoke. Lee heads the Corvax Logistics unit these days.",
])
def test_heading_an_organization_is_no_move(nlp, text):
    assert relations(nlp, text, "talent_move") == {}


@pytest.mark.parametrize("text, source, target", [
    ("Brinmoor Freight chief Ann Lee spoke. Lee heads to Corvax Logistics next month.",
     "Brinmoor Freight", "Corvax Logistics"),
    ("Halden Air chief executive Jacob Miller spoke. Miller joined Kestrel Airways this week.",
     "Halden Air", "Kestrel Airways"),
])
def test_heading_to_or_joining_an_organization_is_still_a_move(nlp, text, source, target):
    assert (source, target) in relations(nlp, text, "talent_move")
