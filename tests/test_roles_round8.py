"""Role (employ) rules of round 8, from wrong parties judged on real news (sentences invented
for these tests, invented names, several industries): a role that names its own place or body
("the Tolland County emergency director") takes no other organization of the sentence; a name
set before the role word that the post deals with ("the government's top Supreme Court
lawyer", "a former Brexit secretary") is no employer; nor is a professor's field ("professor of
International Affairs"), nor the remit before "at" a named body ("vice dean for Rural Health
Practice at the Carrow Hill School"), nor a person's surname when the full name ends in "Jr."."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.employers import placed_at_name


def employers(nlp, text: str, person: str) -> list[str]:
    return [org for org, p in of_kind(nlp, text, "employ") if p == person]


# -- a role scoped by a named place or body takes no other organization -------------------------

@pytest.mark.parametrize("text, person", [
    ("Meridel Foods said it would close two plants. Ray Okafor, the Tolland County emergency "
     "director, expects more closures.", "Ray Okafor"),
    ("Lyle Dunn, the Harwick County fire marshal, said the Corvax Airlines hangar was safe.",
     "Lyle Dunn"),
])
def test_a_role_scoped_by_a_place_borrows_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Brambleway Dairy said on Monday that Ann Lee, the chief executive, would retire.",
     "Brambleway Dairy", "Ann Lee"),
    ("Ann Lee, chief executive of Brambleway Dairy, said prices would rise.",
     "Brambleway Dairy", "Ann Lee"),
    ("Corvax Airlines said on Friday that Lyle Dunn, its chief pilot, would retire.",
     "Corvax Airlines", "Lyle Dunn"),
])
def test_a_role_still_takes_its_own_organization(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- a name the post deals with, before the role word -----------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The judges gave the government's top Supreme Court lawyer, Noel Varden, a hard time.",
     "Noel Varden"),
    ("The firm's chief Kestrel Bank negotiator, Mia Ross, left the talks early.", "Mia Ross"),
    ("He once called a former Brexit secretary, Dale Hume, lazy.", "Dale Hume"),
])
def test_a_remit_before_the_role_is_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Halvorsen Bank's chief economist, Mia Ross, expects rates to fall.", "Halvorsen Bank",
     "Mia Ross"),
    ("Lyle Dunn, Corvax Airlines' chief pilot, said the fleet was safe.", "Corvax Airlines",
     "Lyle Dunn"),
    ("Mia Ross, the council's Transport and Works Committee chair, said the "
     "city's buses were late.", "Transport and Works Committee", "Mia Ross"),
    ("Bo Park, the board's Audit Committee chair, said the accounts were late.",
     "Audit Committee", "Bo Park"),
])
def test_an_organization_before_the_role_is_still_its_employer(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- a person's surname after a generational suffix ("Jr.") is no employer ---------------------

@pytest.mark.parametrize("text, person", [
    ("District Attorney Cy Varden Jr. dropped the case on Monday. Mia Ross, a spokeswoman for "
     "Varden, said the office would appeal.", "Mia Ross"),
    ("Senator Lyle Dunn Sr. voted against the farm bill. Omar Reyes, a spokesman for Dunn, said "
     "the senator had doubts.", "Omar Reyes"),
])
def test_a_spokesman_for_a_person_named_with_a_suffix_has_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


def test_a_spokeswoman_for_an_organization_keeps_it(nlp):
    text = "Ann Lee, a spokeswoman for Kestrel Bank, said rates would rise."
    assert employers(nlp, text, "Ann Lee") == ["Kestrel Bank"]


# -- a professor's field is no employer -------------------------------------------------------

@pytest.mark.parametrize("text, field, person", [
    ('"The talks will fail," said Nadia Pell, professor of International Affairs and senior '
     'research associate at the Harlow Institute.', "International Affairs", "Nadia Pell"),
    ("Dr. Lena Varga, professor of Marine Biology, said the reef was dying.", "Marine Biology",
     "Lena Varga"),
])
def test_a_professors_field_is_no_employer(nlp, text, field, person):
    assert field not in employers(nlp, text, person)


@pytest.mark.parametrize("text, org, person", [
    ('"The talks will fail," said Nadia Pell, professor of International Affairs and senior '
     'research associate at the Harlow Institute.', "Harlow Institute", "Nadia Pell"),
    ("Dr. Lena Varga, a professor of the Brinmoor College of Music, said the hall was full.",
     "Brinmoor College of Music", "Lena Varga"),
    ("Dr. Lena Varga, professor of economics at Brinmoor University, said rates would rise.",
     "Brinmoor University", "Lena Varga"),
    ("Dr. Ruth Amsel, a professor of history in the Department of History at Brinmoor "
     "University in Ohio, said the archive was lost.", "Brinmoor University", "Ruth Amsel"),
    # (round 21: a university's department named by its field gives way to the university)
])
def test_a_professor_keeps_the_academic_body(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- a remit or field before "at" a named body the tagger missed ---------------------------------

@pytest.mark.parametrize("text, role, placed", [
    ("Dr. Mira Sato is vice dean for Rural Health Practice at the Carrow Hill School.", "dean",
     True),
    ("Tom Ferris is director for Supply Chain Analytics at Pellham Dunmore Mills.", "director",
     True),
    ("Dr. Mira Sato is vice dean for Rural Health Practice.", "dean", False),
    ("Tom Ferris is director of sales at the plant.", "director", False),
])
def test_a_role_placed_at_a_name(nlp, text, role, placed):
    noun = next(t for t in nlp(text) if t.lower_ == role)
    assert placed_at_name(noun) is placed


def test_a_dean_at_a_named_school_keeps_the_school(nlp):
    text = ("Dr. Mira Sato is vice dean for Public Health Practice and Community Engagement at "
            "the Harlow Whitcombe School of Public Health.")
    assert employers(nlp, text, "Mira Sato") == ["Harlow Whitcombe School of Public Health"]
