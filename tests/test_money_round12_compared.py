"""Money round 12, part 2 (issue 9, from judged samples of real news): a figure followed by a
comparison ("$5.9bn in revenue, up $1.5bn on its first quarter of 2019", "a profit of
$1.2bn, up from $900m in 2019") is not dated by the period compared with, and the change
itself ("up $1.5bn on its first quarter") is no sum anyone holds. Invented sentences from
several industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, owner, value", [
    ("Korvex Mining generated $5.9 billion in revenue, up $1.5 billion on its first quarter of "
     "2019.", "Korvex Mining", 5.9e9),
    ("Meridel Pharma posted a net profit of $1.2 billion, up from $900 million in 2019.",
     "Meridel Pharma", 1.2e9),
    ("Talvane Software reported revenue of $820 million, an increase of $95 million from 2020.",
     "Talvane Software", 8.2e8),
    ("Ostrova Airlines earned revenue of €3 billion, compared with €2.6 billion in 2018.",
     "Ostrova Airlines", 3e9),
])
def test_a_compared_period_does_not_date_the_figure(nlp, text, owner, value):
    found = [m for m in money(nlp, text) if m.entity == owner and m.amount == value]
    assert found and all(m.time is None for m in found)


@pytest.mark.parametrize("text, owner, value", [
    ("Brenna Capital swung to a loss of $2.6 billion in the first quarter, a steep slide from "
     "the same period last year, when it reported $1.1 billion in profit.", "Brenna Capital",
     2.6e9),
    ("Talvane Chips expects revenue to be $18.5 billion in the current quarter - up $2 billion "
     "from last year.", "Talvane Chips", 1.85e10),
])
def test_last_year_compared_with_does_not_date_the_figure(nlp, text, owner, value):
    found = [m for m in money(nlp, text, "2020-05-01") if m.entity == owner and m.amount == value]
    assert found and all(m.time != "2019" for m in found)


@pytest.mark.parametrize("text, owner, value, year", [
    # the figure's own year, and the year before the comparison, still date it
    ("Meridel Pharma posted a net profit of $1.2 billion, up from $900 million in 2019.",
     "Meridel Pharma", 9e8, "2019"),
    ("In 2021, Korvex Mining generated $5.9 billion in revenue, up from $4.4 billion.",
     "Korvex Mining", 5.9e9, "2021"),
    ("Halvard Foods raised $40 million from investors in 2020.", "Halvard Foods", 4e7, "2020"),
    ("Brenna Logistics reported revenue of $2 billion in 2022, up 8% on the year before.",
     "Brenna Logistics", 2e9, "2022"),
])
def test_a_figures_own_year_stays(nlp, text, owner, value, year):
    found = [m for m in money(nlp, text) if m.entity == owner and m.amount == value]
    assert found and all(m.time == year for m in found)


@pytest.mark.parametrize("text, value", [
    ("Korvex Mining generated $5.9 billion in revenue, up $1.5 billion on its first quarter.",
     1.5e9),
    ("Sales at Pellora Foods were €610 million, down €40 million on the same period a year "
     "earlier.", 4e7),
    ("Talvane Software's revenue was $820 million, up $95 million compared with last year.",
     9.5e7),
    ("Vestra Energy's sales rose $200 million over the quarter to $1.1 billion.", 2e8),
])
def test_a_change_on_a_period_is_no_sum(nlp, text, value):
    assert not [m for m in money(nlp, text) if m.amount == value]


@pytest.mark.parametrize("text, owner, value", [
    ("Brenna Logistics raised $300 million in new funding, up from $120 million last year.",
     "Brenna Logistics", 3e8),
    ("Korvex Mining generated $5.9 billion in revenue, up $1.5 billion on its first quarter.",
     "Korvex Mining", 5.9e9),
])
def test_the_sum_beside_a_change_stays(nlp, text, owner, value):
    assert [m for m in money(nlp, text) if m.entity == owner and m.amount == value]
