"""employ, round 24: a relative clause with a plural post shared by a list of people, and the
post of the person a newcomer replaces (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, names", [
    ("Ann Velt and Kai Lund, who joined Halvorsen Marine as directors last year, backed the plan.",
     "Halvorsen Marine", ["Ann Velt", "Kai Lund"]),
    ("Ann Velt, Piet Maas and Kai Lund, who joined Brambleway Dairy as directors in March, voted "
     "against the deal.", "Brambleway Dairy", ["Ann Velt", "Piet Maas", "Kai Lund"]),
    ("Lena Sorn and Tomas Eide, who joined Kestrel Foods as non-executive directors in 2023, will "
     "stand again.", "Kestrel Foods", ["Lena Sorn", "Tomas Eide"]),
])
def test_a_plural_post_in_the_clause_is_every_listed_name_s(nlp, text, head, names):
    facts = of_kind(nlp, text, "employ")
    assert all(facts.get((head, name)) == "asserted" for name in names)


def test_a_past_plural_post_is_past_for_every_name(nlp):
    facts = of_kind(nlp, "Lena Sorn and Tomas Eide, who served Orvane as advisers until 2020, "
                         "declined to comment.", "employ")
    assert facts.get(("Orvane", "Tomas Eide")) == "negated"


@pytest.mark.parametrize("text", [
    "Ann Velt and Kai Lund, who joined Halvorsen Marine as a director last year, backed the plan.",
    "Ann Velt and Kai Lund, who joined Halvorsen Marine last year, backed the plan.",
    "Ann Velt and Kai Lund, who joined Halvorsen Marine as customers last year, praised the "
    "ferries.",
])
def test_a_singular_role_or_no_post_stays_with_one_name(nlp, text):
    assert ("Halvorsen Marine", "Kai Lund") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head, name", [
    ("Kestrel Foods is seeking a new chief executive to replace the outgoing Helga Brun.",
     "Kestrel Foods", "Helga Brun"),
    ("Halvorsen Marine is looking for a finance chief to succeed Lena Sorn.",
     "Halvorsen Marine", "Lena Sorn"),
    ("Former Quillfield CEO Nora Quill will run Halvorsen Marine's Asia arm, replacing Piet Maas, "
     "the shipbuilder said Monday.", "Halvorsen Marine", "Piet Maas"),
    ("Nora Quill will run Orvane's European unit, replacing Piet Maas, the company said.",
     "Orvane", "Piet Maas"),
    ("Nora Quill will lead Trellis Analytics, replacing Piet Maas as chief executive.",
     "Trellis Analytics", "Piet Maas"),
    ("Lena Sorn will become chief financial officer of Brambleway Dairy in June, succeeding Tomas "
     "Eide.", "Brambleway Dairy", "Tomas Eide"),
    ("Kestrel Foods chairman Nora Quill will run Orvane's Asia arm, replacing Piet Maas.",
     "Orvane", "Piet Maas"),
])
def test_the_person_replaced_holds_the_post_now(nlp, text, head, name):
    assert of_kind(nlp, text, "employ").get((head, name)) == "asserted"


@pytest.mark.parametrize("text, head", [
    ("Nora Quill headed Orvane's European unit from 2019, replacing Piet Maas.", "Orvane"),
    ("Kestrel Foods hired Nora Quill to replace Piet Maas.", "Kestrel Foods"),
])
def test_a_replacing_told_in_the_past_ends_the_post(nlp, text, head):
    assert of_kind(nlp, text, "employ").get((head, "Piet Maas")) == "negated"


@pytest.mark.parametrize("text", [
    "Orvane will launch the new Quill tablet, replacing the Maas 3, the company said.",
    "Orvane is looking for a new supplier to replace Halvorsen Marine.",
    "Nora Quill, an analyst at Trellis Analytics, said Orvane will struggle to replace Piet Maas.",
    "Nora Quill, who advises Orvane and Quillfield, will help replace Piet Maas.",
    "Nora Quill will run Orvane's unit and chair Quillfield Bank, replacing Piet Maas.",
    "Halvorsen Marine replaced its ferry engines, Piet Maas said.",
    "Piet Maas's daughter Lena Sorn will replace him at the family farm.",
    "Kestrel Foods will replace the Brambleway Dairy contract, analyst Piet Maas said.",
    "Nora Quill, who was born in Quillfield, will replace Piet Maas on the team.",
    "Kestrel Foods chairman Nora Quill is to succeed Piet Maas at the head of Orvane later this "
    "year.",
])
def test_no_post_for_the_one_replaced_without_one_employer_of_the_newcomer(nlp, text):
    assert not any(name == "Piet Maas" for _, name in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text, mood", [
    ("Piet Maas runs Kestrel Foods. Nora Quill is now set to replace Mr Maas, ending the feud.",
     "forecast"),
    ("Piet Maas runs Kestrel Foods. Nora Quill replaced Piet Maas in May.", "asserted"),
])
def test_the_newcomer_takes_the_post_of_the_one_replaced(nlp, text, mood):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == mood


@pytest.mark.parametrize("text", [
    "Piet Maas runs Kestrel Foods and chairs Orvane. Nora Quill is set to replace Piet Maas.",
    "Piet Maas is the former chief of Kestrel Foods. Nora Quill replaced Piet Maas.",
    "Piet Maas runs Kestrel Foods. Nora Quill replaced Piet Maas as captain of the Quillfield "
    "rowing team.",
    "Piet Maas runs Kestrel Foods. Kai Lund said Orvane should replace Piet Maas.",
])
def test_no_post_for_the_newcomer_without_one_current_post_replaced(nlp, text):
    assert not any(name == "Nora Quill" for _, name in of_kind(nlp, text, "employ"))


def test_replace_with_names_the_newcomer_not_the_one_who_thinks_so(nlp):
    facts = of_kind(nlp, "Piet Maas runs Kestrel Foods. The decision to replace chief executive "
                         "Piet Maas with Nora Quill in May was crucial, thinks Mr Lund.", "employ")
    assert ("Kestrel Foods", "Nora Quill") in facts
    assert not any(name.endswith("Lund") for _, name in facts)
