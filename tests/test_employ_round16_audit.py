"""Fixes from the twenty-eighth audit (employ and moves).

- A field written right after the role noun is part of the role ("chief of staff", "head of
  research"); a determiner or a name after "of" is not ("head of the unit", "chief of Globex").
- Leaving a building for a named place is a trip, not the end of a job ("departs the Vellum
  House for Camp Arden"), wherever the parser hangs the "for".
- A hire's former post in apposition still gives a talent_move, as the annotation guide counts
  it (a narrowing to one former post was tried and lost a right move on a confirmation set).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract import extract
from tieline.model import Document


def _roles(nlp, text: str) -> dict[tuple[str, str], str]:
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.head, r.tail): r.object for r in extract(doc, nlp(text)).relations
            if r.type == "employ"}


@pytest.mark.parametrize("text,pair,role", [
    # government, medicine, food, logistics
    ("Otto Brann served as White House chief of staff under President Ilse Quint.",
     ("White House", "Otto Brann"), "White House chief of staff"),
    ("Bo Park, professor of cardiology at Vellum University, said the risk was low.",
     ("Vellum University", "Bo Park"), "professor of cardiology"),
    ("Eli Stone, vice president of sales and marketing at Kestrel Foods, said demand held.",
     ("Kestrel Foods", "Eli Stone"), "vice president of sales and marketing"),
])
def test_a_field_after_the_role_is_part_of_it(nlp, text, pair, role):
    assert _roles(nlp, text).get(pair) == role


@pytest.mark.parametrize("text,pair,role", [
    ("Cara Dunn, head of the research unit at Brisk Labs, declined to comment.",
     ("Brisk Labs", "Cara Dunn"), "head"),
    ("Dev Rao, chief of Tarn Motors, said sales rose.", ("Tarn Motors", "Dev Rao"), "chief"),
])
def test_a_determiner_or_a_name_after_of_is_no_field(nlp, text, pair, role):
    assert _roles(nlp, text).get(pair) == role


@pytest.mark.parametrize("text", [
    "Senator Ilse Quint spoke on Monday.\n\nQuint departs the Vellum House for Camp Arden",
    "Mayor Ansel Dorr thanked the staff.\n\nDorr departs the Tarn Hall for Lake Morrow",
])
def test_leaving_a_building_for_a_place_is_a_trip(nlp, text):
    assert not [pair for pair, mood in of_kind(nlp, text, "employ").items() if mood == "negated"]


def test_leaving_a_firm_still_ends_the_job(nlp):
    text = "Ada Roe left Velto Foods for Brisk Capital in 2019."
    assert of_kind(nlp, text, "employ").get(("Velto Foods", "Ada Roe")) == "negated"


@pytest.mark.parametrize("text,move", [
    ("Acme hired Lena Ostrow, formerly chief financial officer at Brisk Foods, as its finance chief.",
     ("Brisk Foods", "Acme")),
    ("Tarn Shipping hired a former Velto Logistics engineer to lead its software team.",
     ("Velto Logistics", "Tarn Shipping")),
])
def test_one_former_post_is_still_a_move(nlp, text, move):
    assert move in of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text,pair", [
    # aviation, food
    ("Harlan Aviation has appointed former engineering chief Tom Marr to head a new safety effort.",
     ("Harlan Aviation", "Tom Marr")),
    ("Kestrel Foods hired former marketing director Ada Roe to run its new snacks unit.",
     ("Kestrel Foods", "Ada Roe")),
])
def test_a_hire_in_the_sentence_makes_the_job_current(nlp, text, pair):
    assert of_kind(nlp, text, "employ").get(pair) == "asserted"


@pytest.mark.parametrize("text,pair", [
    ("Ada Roe, former chief executive of Kestrel Foods, said the plan was sound.",
     ("Kestrel Foods", "Ada Roe")),
    ("Tom Marr, who led Harlan Aviation until 2019, now advises Brisk Air.",
     ("Harlan Aviation", "Tom Marr")),
])
def test_a_past_role_alone_stays_past(nlp, text, pair):
    assert of_kind(nlp, text, "employ").get(pair) == "negated"
