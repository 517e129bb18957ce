"""Role (employ) rules of round 2, on sentences written for these tests (invented names, several
industries): the employer must be named in the sentence or be the article's company for a bare
executive title; no place, title word or cut name as employer; "served as"/"who was" jobs ended."""
from __future__ import annotations

import pytest

from tieline.extract import extract
from tieline.model import Document


def employ(nlp, text: str) -> dict[tuple[str, str], str]:
    """(employer, person) -> modality of every employ fact extracted from text."""
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.head, r.tail): r.modality for r in extract(doc, nlp(text)).relations
            if r.type == "employ"}


# -- no employer carried over from another sentence when the role has its own scope ----------------

@pytest.mark.parametrize("text, person", [
    ("Brinmoor Labs posted record sales. Dr. Maria Lopez, chief of surgery, said the wards were full.",
     "Maria Lopez"),
    ("Kestrel Foods opened a plant. The state's health director, Dr. Maria Lopez, said the plant "
     "was safe.", "Maria Lopez"),
    ("Halden Pharma sells test kits. Jacob Miller, chief medical officer for Britain, said the kits "
     "were untested.", "Jacob Miller"),
])
def test_a_scoped_role_takes_no_employer_from_other_sentences(nlp, text, person):
    assert not [k for k in employ(nlp, text) if k[1] == person]


@pytest.mark.parametrize("text, org, person", [
    ("Kestrel Foods opened a plant. Chief executive Jacob Miller said the plant would open in May.",
     "Kestrel Foods", "Jacob Miller"),
    ("Corvel Insurance grew. Chief financial officer Maria Lopez said margins rose.",
     "Corvel Insurance", "Maria Lopez"),
])
def test_a_bare_executive_title_still_takes_the_articles_company(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "asserted"


# -- no title word, cut name or place as employer ----------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The Harlow Group stood by the visit in a statement issued by Deputy Press Secretary "
     "Maria Lopez:", "Maria Lopez"),
    ("Voters chose County Board President Maria Lopez over the challenger.", "Maria Lopez"),
])
def test_a_word_inside_a_title_is_no_employer(nlp, text, person):
    assert not [k for k in employ(nlp, text) if k[1] == person]


def test_a_named_company_before_board_title_is_still_the_employer(nlp):
    found = employ(nlp, "Halden Pharma Board Chairman Jacob Miller said the deal was done.")
    assert found.get(("Halden Pharma", "Jacob Miller")) == "asserted"


@pytest.mark.parametrize("text, org, person", [
    ("“Cash is fading,” says Jacob Miller, an assistant professor at the department of economics "
     "at Halden University.", "Halden University", "Jacob Miller"),
    ("Maria Lopez, a researcher at the chemistry lab at Brinmoor Labs, said tests worked.",
     "Brinmoor Labs", "Maria Lopez"),
])
def test_a_department_at_an_organization_gives_the_organization(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "asserted"


@pytest.mark.parametrize("text, org, person, place", [
    ("Tomas Reyd, the lead engineer at the Pellston Research Facility at Fort Garnet in Ohio, spoke.",
     "Pellston Research Facility", "Tomas Reyd", "Fort Garnet"),
    ("Maria Lopez, a nurse manager at the Corvel Clinic at Dunmore Abbey in Kent, spoke.",
     "Corvel Clinic", "Maria Lopez", "Dunmore Abbey"),
])
def test_the_employer_is_the_first_at_not_where_it_stands(nlp, text, org, person, place):
    found = employ(nlp, text)
    assert (org, person) in found
    assert (place, person) not in found


def test_a_name_followed_by_its_state_is_a_town(nlp):
    from tieline.extract.employers import placed_in_town

    class Mention:  # a mention as the tagger may leave a town: tagged ORG, one token
        def __init__(self, i):
            self.span = (i, i + 1)

    doc = nlp("Jacob Miller of Stanbury, Texas, said the store was closed.")
    assert doc[5].ent_type_ == "GPE"  # the state the test relies on
    assert placed_in_town(Mention(3), doc)
    doc = nlp("Jacob Miller of Kestrel, Ohio's biggest grocer, said prices rose.")
    assert not placed_in_town(Mention(3), doc)


def test_an_organization_followed_by_a_description_is_still_the_employer(nlp):
    found = employ(nlp, "Jacob Miller of Kestrel Foods, Ohio's biggest grocer, said prices rose.")
    assert ("Kestrel Foods", "Jacob Miller") in found


# -- names kept whole ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, org, person", [
    ("Jacob Miller, a professor of soil science at the Marlow Institute of Hygiene and Tropical "
     "Farming, said yields fell.", "Marlow Institute of Hygiene and Tropical Farming", "Jacob Miller"),
    ("Maria Lopez, a senior fellow at the Urban-Halden Policy Center, said costs rose.",
     "Urban-Halden Policy Center", "Maria Lopez"),
])
def test_an_institute_name_with_and_is_one_employer(nlp, text, org, person):
    assert employ(nlp, text) == {(org, person): "asserted"}


def test_two_organizations_joined_by_and_stay_two(nlp):
    from tieline.extract.entities.tokens import is_one_body

    doc = nlp("The Halden University of Technology and Brisk Ventures Inc signed a deal.")
    assert not is_one_body(doc[1:10])
    doc = nlp("The Dunmore School of Mining and Applied Geology opened.")
    assert is_one_body(doc[1:8])


# -- past jobs ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org, person", [
    ("Brinmoor Labs said Maria Lopez, who was chief executive of Kestrel Foods, would join.",
     "Kestrel Foods", "Maria Lopez"),
    ("Maria Lopez, who worked at Kestrel Foods for a decade, said prices would rise.",
     "Kestrel Foods", "Maria Lopez"),
    ("“We will grow,” said Jacob Miller, who served as spokesperson for Corvel Insurance.",
     "Corvel Insurance", "Jacob Miller"),
])
def test_served_and_was_roles_are_ended(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "negated"


@pytest.mark.parametrize("text, org, person", [
    ("Maria Lopez, who has served as chief financial officer of Kestrel Foods since 2020, said "
     "costs rose.", "Kestrel Foods", "Maria Lopez"),
    ("Jacob Miller, who is chief executive of Halden Pharma, said the trial worked.",
     "Halden Pharma", "Jacob Miller"),
])
def test_present_roles_stay_current(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "asserted"


@pytest.mark.parametrize("text, person", [
    ("One of the best answers came from Denver's Jacob Miller.", "Jacob Miller"),
    ("The loudest cheer was for Portland's Maria Lopez.", "Maria Lopez"),
])
def test_a_city_before_a_name_is_no_employer(nlp, text, person):
    assert not [k for k in employ(nlp, text) if k[1] == person]


@pytest.mark.parametrize("text, org, person", [
    ("Kestrel Foods' Maria Lopez said prices rose.", "Kestrel Foods", "Maria Lopez"),
    ("Halden Pharma's Jacob Miller said the trial worked.", "Halden Pharma", "Jacob Miller"),
])
def test_a_company_before_a_name_is_still_the_employer(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "asserted"


@pytest.mark.parametrize("text, org, person", [
    ("On Monday Jacob Miller will lead the wreath laying ceremony at Kestrel Foods.",
     "Kestrel Foods", "Jacob Miller"),
    ("Maria Lopez led a prayer service at Halden Pharma on Sunday.", "Halden Pharma", "Maria Lopez"),
])
def test_leading_an_event_somewhere_is_no_job_there(nlp, text, org, person):
    assert (org, person) not in employ(nlp, text)


@pytest.mark.parametrize("text, org, person", [
    ("Maria Lopez leads the sales team at Halden Pharma.", "Halden Pharma", "Maria Lopez"),
    ("Jacob Miller runs the kitchen at Brinmoor Hotels.", "Brinmoor Hotels", "Jacob Miller"),
])
def test_leading_a_team_somewhere_is_still_a_job_there(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "asserted"


@pytest.mark.parametrize("text, person", [
    ("“We acted too late,” said Democratic Rep. Jacob Miller of Waterloo.", "Jacob Miller"),
    ("“We acted too late,” said state Senator Maria Lopez of Redhill.", "Maria Lopez"),
])
def test_a_legislators_of_place_is_no_employer(nlp, text, person):
    assert not [k for k in employ(nlp, text) if k[1] == person]


@pytest.mark.parametrize("text, org, person", [
    ("Jacob Miller of Kestrel Foods said prices rose.", "Kestrel Foods", "Jacob Miller"),
    ("“Prices rose,” said Maria Lopez of Halden Pharma.", "Halden Pharma", "Maria Lopez"),
])
def test_a_persons_of_company_is_still_the_employer(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "asserted"
