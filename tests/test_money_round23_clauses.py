"""A figure's time and mood come from its own clause (issue 9, round 23, from random corpus
text): a verb coordinated after the figure ("... but plans to spend $1bn in 2021") is another
clause, and a bare complement ("could see X losing $100m") takes the modal of the verb it
completes. Invented sentences."""
import pytest

from extracted import money

PUBLISHED = "2020-05-01"


def facts(nlp, text):
    return {(m.entity, m.kind, m.amount): (m.modality, m.time) for m in money(nlp, text, PUBLISHED)}


@pytest.mark.parametrize("text, figure, mood, time", [
    # the year and the plan of the second clause are not the first figure's
    ("Kestrel Foods usually spends $2 billion on marketing but expects to spend less than "
     "$500 million in 2021.", 2e9, "asserted", None),
    ("Kestrel Foods raised $40 million last year and plans to hire 200 engineers in 2026.",
     4e7, "asserted", "2019"),
    ("Kestrel Foods earned $40 million in 2019 but may not do so again.", 4e7, "asserted", "2019"),
])
def test_a_coordinated_clause_after_the_figure_is_not_its_own(nlp, text, figure, mood, time):
    found = {k[2]: v for k, v in facts(nlp, text).items()}
    assert found[figure] == (mood, time)


def test_a_negated_clause_after_a_funding_figure_keeps_the_figure(nlp):
    text = "Trellis Analytics said it raised $40 million but did not say from whom."
    assert facts(nlp, text) == {("Trellis Analytics", "funding", 4e7): ("asserted", None)}


@pytest.mark.parametrize("text, figure, mood, time", [
    # near shapes: the second clause's own figure, a modal of the figure's own verb
    ("Kestrel Foods usually spends $2 billion on marketing but expects to spend less than "
     "$500 million in 2021.", 5e8, "forecast", "2021"),
    ("Kestrel Foods spent $2 billion on marketing in 2019 and plans to spend $3 billion next "
     "year.", 3e9, "forecast", "2021"),
    ("Kestrel Foods may raise $40 million and hire 200 engineers.", 4e7, "hedged", None),
    ("Kestrel Foods will raise $40 million and hire 200 engineers.", 4e7, "forecast", None),
])
def test_the_figures_own_clause_still_counts(nlp, text, figure, mood, time):
    found = {k[2]: v for k, v in facts(nlp, text).items()}
    assert found[figure] == (mood, time)


@pytest.mark.parametrize("text, mood", [
    ("According to analysts, a monthlong shutdown could see Halvorsen Marine losing more than "
     "$100 million.", "hedged"),
    ("The closure would see Halvorsen Marine lose $40 million.", "hedged"),
])
def test_a_bare_complement_takes_the_modal_above_it(nlp, text, mood):
    assert {v[0] for v in facts(nlp, text).values()} == {mood}


@pytest.mark.parametrize("text, mood", [
    ("The closure saw Halvorsen Marine lose $40 million.", "asserted"),
    ("Halvorsen Marine could lose $100 million this year.", "hedged"),
])
def test_a_complement_with_no_modal_above_reads_as_before(nlp, text, mood):
    assert {v[0] for v in facts(nlp, text).values()} == {mood}
