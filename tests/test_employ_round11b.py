"""employ, round 11b: a line ending with a colon leads into a quote, so a short one is prose, not
a headline whose names are dropped ("In 2019, Acme CEO Dana Ruiz said:") (sentences and names
invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities.tokens import is_headline


@pytest.mark.parametrize("text, head, tail", [
    # sensors: a dated lead-in, the quote on the next line
    ("Brontex Labs sells sensors.\n\nIn 2019, Brontex Labs CEO Dana Ruiz said:\n\n"
     "\"We will keep building.\"", "Brontex Labs", "Dana Ruiz"),
    # food: an undated lead-in
    ("Halvora Foods makes soups.\n\nHalvora Foods finance chief Omar Hale said:\n\n"
     "\"Costs rose.\"", "Halvora Foods", "Omar Hale"),
])
def test_a_line_leading_into_a_quote_keeps_its_names(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("line, headline", [
    ("In 2019, Brontex Labs CEO Dana Ruiz said:", False),
    ("Halvora Foods Names Omar Hale Finance Chief", True),  # a title-case headline still is
    ("Brontex Labs Hires Dana Ruiz From Halvora Foods:", True),  # all title case, even with ':'
])
def test_colon_line_is_prose_unless_title_case(nlp, line, headline):
    assert is_headline(next(iter(nlp(line).sents))) is headline


@pytest.mark.parametrize("text, head, tail", [
    # banking: the name hangs on the field "retail", the role is "head"
    ("Pellucid Bank's head of retail, Omar Hale, will retire in June.", "Pellucid Bank", "Omar Hale"),
    # cars: a departing head still holds the post
    ("Ferrix Motors' departing head of retail, Lee Park, will leave in May.", "Ferrix Motors",
     "Lee Park"),
])
def test_a_name_after_a_role_of_a_field_holds_the_role(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, wrong", [
    # food: she heads the customer, not Halvora
    ("The head of Halvora's biggest customer, Ann Cole, will visit in May.", "Halvora"),
    # software: he heads the unnamed partner, not Orbitline
    ("The head of Orbitline's new cloud partner, Tom Reyes, spoke on Monday.", "Orbitline"),
])
def test_a_name_after_a_described_body_is_not_the_possessors(nlp, text, wrong):
    assert not any(head == wrong for head, _ in of_kind(nlp, text, "employ"))
