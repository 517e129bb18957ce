"""When and how surely a figure holds (issue 9, round 9, from judged samples of real news): a
reporting period ("the quarter ended May 2") negates nothing, the month May hedges nothing,
and a year right after a figure dates it. Invented sentences from several industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, modality", [
    ("For the quarter ended May 2, Harlow Stores posted a net loss of $541 million.",
     "asserted"),
    ("Brindle Foods said its pretax profit for the year ended March 31 rose to $181 million.",
     "asserted"),
    ("In the six months that ended in June, Corvo Insurance had revenue of $2 billion.",
     "asserted"),
    # a negation of the figure's own clause still counts
    ("Harlow Stores did not report a loss of $5 million for the quarter.", "negated"),
    ("Pell Pharma ended its $40 million investment in Orvia Labs.", "negated"),
])
def test_a_reporting_period_that_ended_negates_nothing(nlp, text, modality):
    assert [m.modality for m in money(nlp, text)] == [modality]


@pytest.mark.parametrize("text, modality", [
    ("In May, Tessaract Metals raised $30 million from Orvia Capital.", "asserted"),
    ("Kestrel Foods paid $12 million for the plant on May 14.", "asserted"),
    ("Kestrel Foods may pay $12 million for the plant.", "hedged"),
])
def test_the_month_may_is_no_hedge(nlp, text, modality):
    assert [m.modality for m in money(nlp, text)] == [modality]


@pytest.mark.parametrize("text, times", [
    ("Halden Air logged losses of $374.3 million in 2019, $361.9 million in 2018 and "
     "$65.8 million in 2017.", {374_300_000: "2019", 361_900_000: "2018", 65_800_000: "2017"}),
    ("Corvo Insurance had revenue of $2.1 billion for fiscal 2021, up from $1.8 billion in 2020.",
     {2_100_000_000: "2021", 1_800_000_000: "2020"}),
    # no year right after the figure: the nearest one still dates it
    ("In 2019, Pell Pharma raised $40 million from Orvia Capital.", {40_000_000: "2019"}),
])
def test_a_year_right_after_a_figure_dates_it(nlp, text, times):
    assert {round(m.amount): m.time for m in money(nlp, text)} == times
