"""Role (employ) rules of round 9, from wrong parties judged on real news (sentences invented
for these tests, invented names, several industries): a role word that belongs to a longer
title after the name ("senior Marlow administration officials") is no role of that name; a
plural beside one person's name is another item of a list; "its" after a country as subject is
the country's; joining a golf or country club, or joining a person, is no job; a candidate's
campaign or administration is no employer; nor is a place someone never left."""
from __future__ import annotations

import pytest

from extracted import of_kind


def employers(nlp, text: str, person: str) -> list[str]:
    return [org for org, p in of_kind(nlp, text, "employ") if p == person]


# -- a role word of a title after the name ----------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The Orvane Health Agency received about $58 million this year, senior Marlow "
     "administration officials said last month.", "Marlow"),
    ("Tarvik Motors recalled 4,000 cars, senior Halvorsen campaign staff said on Monday.",
     "Halvorsen"),
])
def test_a_role_word_of_a_later_title_is_not_the_names(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Brambleway Dairy senior economist Ann Lee said milk prices would rise.", "Brambleway Dairy",
     "Ann Lee"),
    ("Corvax Airlines chief executive Lyle Dunn said the fleet was safe.", "Corvax Airlines",
     "Lyle Dunn"),
])
def test_a_role_word_of_the_name_still_counts(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- a plural beside one name is another item of a list ---------------------------------------

@pytest.mark.parametrize("text, person", [
    ("A week ago, Governor Ada Quist, Democratic leaders in Congress, and the Coastal Mayors "
     "Association's bipartisan leaders all backed the relief bill.", "Ada Quist"),
    ("On Friday, Mayor Ray Okafor, union leaders, and the Dunmore Nurses Guild's regional "
     "organizers signed the pact.", "Ray Okafor"),
    ("A week ago, President Ada Quist, Democratic leaders in Congress, and the National Mayors "
     "Association's bipartisan leaders all expressed support for relief in the next bill.",
     "Ada Quist"),
])
def test_a_plural_list_item_is_no_role(nlp, text, person):
    assert employers(nlp, text, person) == []


def test_a_plural_role_of_two_people_still_counts(nlp):
    text = "Ann Lee and Bo Park, co-founders of Tarvik Robotics, said the robots would ship soon."
    assert "Tarvik Robotics" in employers(nlp, text, "Ann Lee")


# -- "its" after a country as subject ---------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The Orvane Health Agency said the letter was unfair. Norway hit back on Tuesday with its "
     "foreign ministry spokesman, Ann Lee, saying the letter was slanderous.", "Ann Lee"),
    ("Halvorsen Bank cut its rates again. Chile answered on Monday through its finance "
     "minister, Bo Park, who said the cut was premature.", "Bo Park"),
])
def test_its_after_a_country_is_the_countrys(nlp, text, person):
    assert employers(nlp, text, person) == []


def test_its_after_a_company_still_binds(nlp):
    text = "Corvax Airlines said on Friday that Lyle Dunn, its chief pilot, would retire."
    assert "Corvax Airlines" in employers(nlp, text, "Lyle Dunn")


# -- joining a leisure club or a person -------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Ann Weller, who recently signed with the Glenfield Hawks, has joined the fabled Marlow "
     "Golf Club in south Florida.", "Ann Weller"),
    ("Bo Park, the Tarvik Motors founder, joined the Eastbrook Country Club last spring.",
     "Bo Park"),
])
def test_joining_a_leisure_club_is_no_job_there(nlp, text, person):
    assert not any("Club" in org for org in employers(nlp, text, person))


def test_joining_a_person_is_no_job(nlp):
    text = ("Paul Grant, the founder of the Quill Rights Center, and Kevin Moss, a writer for "
            "Ledgerline, join John.")
    assert "John" not in employers(nlp, text, "Paul Grant")
    assert "John" not in employers(nlp, text, "Kevin Moss")


@pytest.mark.parametrize("text, org, person", [
    ("Ann Weller joined Tarvik Motors as chief financial officer in March.", "Tarvik Motors",
     "Ann Weller"),
    ("Lyle Dunn has joined the Dunwich Football Club on a two-year deal.", "Dunwich Football Club",
     "Lyle Dunn"),
])
def test_joining_a_firm_or_team_still_counts(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- a candidate's campaign or administration -------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("\"I think most people expected it,\" said Jason Reed, a senior adviser for Quist's 2016 "
     "campaign.", "Jason Reed"),
    ("Dana Cole, a senior official in the Marlow administration, said the tariff plan was risky.",
     "Dana Cole"),
    ("Halvorsen campaign adviser Jason Reed said the rally was full.", "Jason Reed"),
])
def test_a_candidates_campaign_is_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Dana Cole, head of communications for Halvorsen Bank's retail unit, said the branch would "
     "close.", "Halvorsen Bank", "Dana Cole"),
    ("Jason Reed, deputy head of the Small Business Administration, said loans would resume.",
     "Small Business Administration", "Jason Reed"),
])
def test_a_named_body_or_unit_still_counts(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- leaving a place ----------------------------------------------------------------------------

def test_leaving_a_place_is_no_job_ended(nlp):
    text = ("Outside of attending college at Brinmoor University, Rucker has never truly left "
            "Hyde Park.")
    assert "Hyde Park" not in employers(nlp, text, "Rucker")


@pytest.mark.parametrize("text, org, person", [
    ("Dana Cole left Brambleway Dairy in 2019 after a decade as its chief executive.",
     "Brambleway Dairy", "Dana Cole"),
    ("Lyle Dunn has left Corvax Airlines, the carrier said on Monday.", "Corvax Airlines",
     "Lyle Dunn"),
])
def test_leaving_a_firm_still_counts(nlp, text, org, person):
    assert org in employers(nlp, text, person)
