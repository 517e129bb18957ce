"""The text-level modality (money figures use it): "ended" after a reporting period and "May"
the month inside a clause are no negation and no hedge; the verb "ended" and the auxiliary
"may" still are. Invented sentences from several industries."""
import pytest

from tieline.extract.modality import modality_of


@pytest.mark.parametrize("text", [
    "Halden Foods earned $40 million in the quarter ended June 30",
    "Orvia Motors had revenue of $2 billion in the year that ended in March",
    "Pellix Media made $5 million in the six months ended Sept. 30",
    "Kestrel Mining raised $30 million in May",
    "Brightwave Software said on 3 May that sales reached $9 million",
])
def test_periods_and_the_month_are_asserted(text):
    assert modality_of(text) == "asserted"


@pytest.mark.parametrize("text, mood", [
    ("Orvia Motors ended its $2 billion supply deal", "negated"),
    ("the $40 million contract that ended last year", "negated"),
    ("Halden Foods may spend $40 million on bakeries", "hedged"),
    ("Kestrel Mining said it may raise $30 million", "hedged"),
    ("May Pellix Media raise $5 million?", "hedged"),
])
def test_the_verb_ended_and_the_auxiliary_may_still_count(text, mood):
    assert modality_of(text) == mood
