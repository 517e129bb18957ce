"""Round 27 review mends of the talks and rival-move rules (sentences written for these tests,
invented names): a partnership word that is a permit or a staff ("its licence", "its management
team"), a topic naming its own party ("a partnership with C", "cooperating with its inquiry"),
a place talked with, talks broken off; and a bare "rival" joined after another firm."""
from __future__ import annotations

import pytest

from extracted import of_kind

PAIR = ("Brambleway Dairy", "Kestrel Foods")


@pytest.mark.parametrize("text, pair", [
    ("Kestrel Telecom is in talks with Orvane Communications Authority about its broadcasting "
     "licence.", ("Kestrel Telecom", "Orvane Communications Authority")),
    ("Kestrel Foods is in talks with the Quillfield Securities Commission about cooperating with "
     "its inquiry.", ("Kestrel Foods", "Quillfield Securities Commission")),
    ("Kestrel Foods is in talks with Brambleway Dairy over its management team.", PAIR),
    ("Kestrel Foods is in talks with Brambleway Dairy about a partnership with Trellis Analytics.",
     PAIR),
    ("Kestrel Foods is in talks with the Orvane Telecom Regulator over its spectrum license.",
     ("Kestrel Foods", "Orvane Telecom Regulator")),
    ("Kestrel Foods is in talks with London about a partnership.", ("Kestrel Foods", "London")),
])
def test_talks_about_no_partnership_with_the_one_talked_with(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "partner")


@pytest.mark.parametrize("text", [
    "Kestrel Foods broke off partnership talks with Brambleway Dairy.",
    "Kestrel Foods broke off talks with Brambleway Dairy about a partnership.",
])
def test_talks_broken_off_are_negated(nlp, text):
    assert of_kind(nlp, text, "partner").get(PAIR) == "negated"


@pytest.mark.parametrize("text", [
    "Kestrel Foods will hold talks with Brambleway Dairy about a licence for its patents.",
    "Kestrel Foods is in talks with Brambleway Dairy about a joint venture.",
    "Kestrel Foods is in talks with Brambleway Dairy about teaming up.",
])
def test_talks_about_a_partnership_still_read(nlp, text):
    assert of_kind(nlp, text, "partner").get(PAIR) == "hedged"


@pytest.mark.parametrize("text", [
    "Mara Quint left Brambleway Dairy for Trellis Analytics in 2015 and then joined rival "
    "Kestrel Foods.",
])
def test_a_rival_joined_after_another_firm_is_not_the_first_ones(nlp, text):
    assert PAIR not in of_kind(nlp, text, "compete")


@pytest.mark.parametrize("text", [
    "Mara Quint, Brambleway Dairy's former chief, has joined rival Kestrel Foods.",
    "Mara Quint quit Brambleway Dairy to join rival Kestrel Foods, a unit of Orvane Group.",
])
def test_a_rival_joined_from_the_one_firm_named(nlp, text):
    assert of_kind(nlp, text, "compete").get(PAIR) == "asserted"


@pytest.mark.parametrize("text", [
    "Kestrel Foods is in talks with Brambleway Dairy about a team for the project.",
    "Kestrel Foods is in talks with Brambleway Dairy over a team to run the plant.",
    "Kestrel Foods held team talks with Brambleway Dairy on Monday.",
])
def test_team_as_a_noun_is_a_staff_not_a_tie(nlp, text):
    assert PAIR not in of_kind(nlp, text, "partner")
