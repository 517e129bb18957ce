"""Nearby names that are not the person's employer, round 13: a hospital unit a patient lies
in ("in ICU"), a legislature's building ("the Capitol"), a venue of a meeting after "at"
when the title already names the person's body, a name inside a relative clause of the
employer ("X Records, which includes A among its artists"), and "its" that refers to a place
described earlier in the sentence ("the country ..., its president") rather than to an
organization of an earlier sentence.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract import extract
from tieline.extract.arguments import Named
from tieline.extract.employers import no_workplace
from tieline.model import Document


@pytest.mark.parametrize("name", ["ICU", "Intensive Care Unit", "the emergency room", "U.S. Capitol"])
def test_a_unit_or_a_building_is_no_workplace(name):
    assert no_workplace(Named(name, "ORG"))


@pytest.mark.parametrize("name", ["Brightwater Hospital", "Capitol Records", "Capitol Bancorp",
                                  "Intensive Care Society"])
def test_an_organization_named_after_one_still_is(name):
    assert not no_workplace(Named(name, "ORG"))


@pytest.mark.parametrize("text,org,person", [
    # healthcare: the unit named nearer than the hospital is no employer
    ("Brightwater Hospital has turned its lobby into an ICU overflow area, according to "
     "hospital CEO Nora Hale.", "Brightwater Hospital", "Nora Hale"),
])
def test_a_bare_role_looks_past_a_hospital_unit(nlp, text, org, person):
    found = of_kind(nlp, text, "employ")
    # the CEO is the report's source: her job is the writer's, asserted (round 25)
    assert found.get((org, person)) == "asserted"
    assert not any(head == "ICU" for head, _ in found)


@pytest.mark.parametrize("text,venue,org,person", [
    # technology and banking chiefs at a forum they do not work for
    ("Analysts will hear from Quorlex Chief Executive Dana Colvin at the World Economic Forum "
     "in January.", "World Economic Forum", "Quorlex", "Dana Colvin"),
    ("Analysts will hear from Brisk Bank Chairman Omar Wells at the World Economic Forum in "
     "January.", "World Economic Forum", "Brisk Bank", "Omar Wells"),
])
def test_a_venue_after_a_titled_name_is_no_employer(nlp, text, venue, org, person):
    found = of_kind(nlp, text, "employ")
    assert (org, person) in found and (venue, person) not in found


def test_at_an_organization_without_a_title_still_employs(nlp):
    text = '"Prices will rise," said Bo Park at Initech Capital.'
    assert of_kind(nlp, text, "employ").get(("Initech Capital", "Bo Park")) == "asserted"


@pytest.mark.parametrize("text,employer,act,person", [
    # a record label's roster, a literary agency's clients: the parser hangs the first name
    # in the relative clause on the employer as an apposition
    ("Teodor Blume, president of Saltmarsh Records, which includes Lil’ Al & The Night Riders "
     "among its artists, said sales fell.", "Saltmarsh Records", "Al", "Teodor Blume"),
    ("Ana Ruiz, president of Redline Talent, which includes Lil’ Bo & The Crowns among its "
     "clients, said bookings fell.", "Redline Talent", "Bo", "Ana Ruiz"),
])
def test_a_name_in_the_employers_relative_clause_is_no_employer(nlp, text, employer, act, person):
    sdoc = nlp(text)
    org = next(t for t in sdoc if t.text == employer.split()[-1])
    name = next(t for t in sdoc if t.text == act)
    name.head, name.dep_ = org, "appos"  # the misparse met in real news, forced
    found = {(r.head, r.tail) for r in extract(Document(text, "test"), sdoc).relations
             if r.type == "employ"}
    assert (employer, person) in found
    assert not any(person == tail and act in head for head, tail in found)


@pytest.mark.parametrize("text", [
    # government and city hall: "its" is the country's or the city's
    "Visit Northwind News's homepage for more stories. Despite fears that the country will run "
    "short of grain, its president — Tomas Ledvina — refused to act.",
    "Visit Harbor Daily's homepage for more stories. Even as the city braces for floods, its "
    "president — Rina Lowe — has refused to order evacuations.",
])
def test_its_after_a_described_place_is_the_places(nlp, text):
    assert not of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,org,person", [
    # retail and shipping: "its" of a firm named in the sentence before
    ("Globex reported record sales on Monday. Its president, Ann Lee, said demand rose.",
     "Globex", "Ann Lee"),
    ("Harbor Freight Lines reported record volumes in the state. Its president, Omar Wells, "
     "said demand rose.", "Harbor Freight Lines", "Omar Wells"),
])
def test_its_of_a_firm_still_binds(nlp, text, org, person):
    assert (org, person) in of_kind(nlp, text, "employ")
