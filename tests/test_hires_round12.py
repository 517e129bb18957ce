"""talent_move and employ from hiring sentences (round 12), checked on sentences written for
these tests (invented organizations, several industries): a post given with "made X its CFO", a
unit's owner as the new employer, the named person behind a hired role, and the past role that
"hired X from Y" states."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract import extract
from tieline.model import Document


def _objects(nlp, text: str, kind: str) -> dict[tuple[str, str], str]:
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.head, r.tail): r.object for r in extract(doc, nlp(text)).relations if r.type == kind}


# -- "made former X executive Ann Lee its new CFO" -----------------------------------------------

@pytest.mark.parametrize("text, src, dst", [
    ("Halvorsen Marine made former Trellis Analytics executive Mark Olsen its new chief financial "
     "officer.", "Trellis Analytics", "Halvorsen Marine"),
    ("Pell Biotech made former Tarrowby Pharma executive Ann Kerr its head of research.",
     "Tarrowby Pharma", "Pell Biotech"),
])
def test_giving_its_own_post_to_a_former_employee_of_another_is_a_move(nlp, text, src, dst):
    assert (src, dst) in of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text", [
    "Kestrel Foods made former Brambleway Dairy executive Ann Kerr a millionaire.",
    "The listing made former Trellis Analytics executive Mark Olsen its largest shareholder.",
    "Pell Biotech made Tarrowby Pharma its main supplier of reagents.",
])
def test_make_without_a_post_of_its_own_is_no_move(nlp, text):
    assert of_kind(nlp, text, "talent_move") == {}


# -- "will run Globex's North America arm": the unit's owner ---------------------------------------

@pytest.mark.parametrize("text, src, dst", [
    ("Former Acme Corp. CEO Dana Ruiz will run Globex Corp.'s North America arm, the company said.",
     "Acme", "Globex"),
    ("Ex-Tarrowby Pharma chief scientist Ann Kerr will lead Pell Biotech's research division, the "
     "company said.", "Tarrowby Pharma", "Pell Biotech"),
])
def test_a_former_employee_running_a_unit_moves_to_its_owner(nlp, text, src, dst):
    assert (src, dst) in of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text", [
    "Former Acme Corp. CEO Dana Ruiz will oversee the sale of Globex Corp.'s North America arm, the "
    "company said.",
    "Halden Bank chief Ann Kerr will run Dunmore Capital's retail arm, the lender said.",
])
def test_no_move_without_the_unit_as_the_job_or_a_former_role(nlp, text):
    assert of_kind(nlp, text, "talent_move") == {}


# -- "poached its new CTO, Wei Chen, from Globex": the person, not the role -----------------------

@pytest.mark.parametrize("text, src, dst, person", [
    ("Orsted Logistics poached its new chief technology officer, Wei Chen, from Bramble Freight "
     "Inc.", "Bramble Freight", "Orsted Logistics", "Wei Chen"),
    ("Pell Biotech hired its research chief, Ann Kerr, from Tarrowby Pharma.", "Tarrowby Pharma",
     "Pell Biotech", "Ann Kerr"),
])
def test_a_hired_role_named_after_it_moves_that_person(nlp, text, src, dst, person):
    assert _objects(nlp, text, "talent_move").get((src, dst)) == person
    assert of_kind(nlp, text, "employ").get((src, person)) == "negated"


# -- "hired Ann Lee from Globex": a past role at Globex ------------------------------------------

@pytest.mark.parametrize("text, src, person", [
    ("Orsted Logistics hired Wei Chen from Bramble Freight Inc.", "Bramble Freight", "Wei Chen"),
    ("Kestrel Foods hired Maria Gonzalez from rival Brambleway Dairy Inc. to lead its marketing "
     "team.", "Brambleway Dairy", "Maria Gonzalez"),
])
def test_hired_from_an_organization_is_a_past_role_there(nlp, text, src, person):
    assert of_kind(nlp, text, "employ").get((src, person)) == "negated"


@pytest.mark.parametrize("text", [
    "Kestrel Foods hired Maria Gonzalez from a shortlist drawn up by Brambleway Dairy Inc.",
    "Orsted Logistics hired Wei Chen from Boston to run its depot.",
])
def test_hired_from_no_organization_gives_no_past_role(nlp, text):
    employ = of_kind(nlp, text, "employ")
    assert not any(m == "negated" for m in employ.values())


# -- "Lee, a former Globex executive who founded Acme": the role's relative clause is hers -------

@pytest.mark.parametrize("text, org, person", [
    ("Tom Reyes, a former Vostok Energy executive who founded Lumen Grid Inc., said the market was "
     "shifting.", "Lumen Grid", "Tom Reyes"),
    ("Ann Kerr, a former Halden Bank executive who founded Dunmore Capital, spoke on Monday.",
     "Dunmore Capital", "Ann Kerr"),
])
def test_a_founding_told_of_the_persons_role_is_hers(nlp, text, org, person):
    assert (org, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    "Ann Kerr, the analyst who covered Pell Biotech for years, spoke on Monday.",
    "Tom Reyes, a former Vostok Energy executive who praised Lumen Grid Inc., spoke on Monday.",
])
def test_other_verbs_of_the_role_give_no_employer(nlp, text):
    assert not any(org in {"Pell Biotech", "Lumen Grid"} for org, _ in of_kind(nlp, text, "employ"))
