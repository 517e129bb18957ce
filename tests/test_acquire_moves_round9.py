"""acquire and talent_move on sentence shapes seen wrong in general news, checked on sentences
written for these tests (invented organizations, several industries): each narrowed pattern
still fires where it should and no longer fires where it should not."""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- talent_move: what an organization owns moves only when it is a person's role ----------------


@pytest.mark.parametrize("text", [
    "Halden Bank's mortgage unit moved to Dunmore Capital in May.",
    "Corvax Radio's breakfast show will move to the Tarrow Broadcasting Company next year.",
    "Kestrel Rovers' cup tie against Dunmore Athletic was switched to the Brinmoor Sports Club.",
])
def test_an_organizations_unit_show_or_match_moving_is_no_talent_move(nlp, text):
    assert of_kind(nlp, text, "talent_move") == {}


@pytest.mark.parametrize("text, src, dst", [
    ("Halden Bank's retail chief moved to Dunmore Capital in May.", "Halden Bank", "Dunmore Capital"),
    ("Tarrowby Pharma's head of research joined Pell Biotech this week.", "Tarrowby Pharma",
     "Pell Biotech"),
])
def test_an_organizations_role_moving_is_still_a_talent_move(nlp, text, src, dst):
    assert (src, dst) in of_kind(nlp, text, "talent_move")


# -- acquire: shares bought are a stake, not the company -----------------------------------------

@pytest.mark.parametrize("text", [
    "Ormond Capital's purchase of Pinecrest Logistics shares lifted the stock.",
    "The purchase of Brambleway Dairy stock by Kestrel Foods was disclosed on Friday.",
])
def test_buying_a_companys_shares_is_no_acquisition(nlp, text):
    assert of_kind(nlp, text, "acquire") == {}


@pytest.mark.parametrize("text, head, tail", [
    ("Ormond Capital's purchase of Pinecrest Logistics closed in May.", "Ormond Capital",
     "Pinecrest Logistics"),
    ("Kestrel Foods completed its takeover of dairy group Brambleway Dairy.", "Kestrel Foods",
     "Brambleway Dairy"),
])
def test_buying_the_company_itself_is_still_an_acquisition(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "acquire")
