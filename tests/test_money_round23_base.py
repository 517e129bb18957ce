"""The base of a comparison told for a year earlier ("fell to $2.2bn from $3.8bn a year
earlier") is dated the year before the figure compared with, else the year before publication
(as "last year" is), never that figure's own year; with neither it stays undated (issue 9,
round 23). Invented sentences."""
import pytest

from extracted import money


def dated(nlp, text, published="2020-05-01"):
    return {m.amount: m.time for m in money(nlp, text, published)}


@pytest.mark.parametrize("text, base, time", [
    ("Brambleway Dairy's profit rose to $40 million in 2018 from $30 million a year earlier.",
     3e7, "2017"),
    ("Brambleway Dairy said net sales fell to $2.16 billion from $3.82 billion a year earlier.",
     3.82e9, "2019"),
    ("Brambleway Dairy's income was $27 million, down from $75 million a year ago.", 7.5e7,
     "2019"),
    ("Brambleway Dairy's sales rose to $9 million, against $7 million in the year-ago quarter.",
     7e6, "2019"),
])
def test_a_year_earlier_base_is_dated_the_year_before(nlp, text, base, time):
    assert dated(nlp, text)[base] == time


def test_the_base_is_never_dated_by_the_current_figures_year(nlp):
    text = "Brambleway Dairy's profit rose to $40 million in 2018 from $30 million a year earlier."
    assert dated(nlp, text, published=None) == {4e7: "2018", 3e7: "2017"}


def test_a_base_with_nothing_to_date_it_stays_undated(nlp):
    text = "Brambleway Dairy said sales fell to $2.16 billion from $3.82 billion a year earlier."
    assert dated(nlp, text, published=None) == {2.16e9: None, 3.82e9: None}


@pytest.mark.parametrize("text, times", [
    # near shapes read as before: a base with its own year, a base with no year-earlier words
    ("Brambleway Dairy's revenue hit $1.9 billion in 2024, a jump from $228.9 million in 2023.",
     {1.9e9: "2024", 2.289e8: "2023"}),
    ("Brambleway Dairy said fourth quarter sales rose 2% to $11.1 billion from $10.9 billion.",
     {1.11e10: None, 1.09e10: None}),
])
def test_other_bases_read_as_before(nlp, text, times):
    assert dated(nlp, text) == times
