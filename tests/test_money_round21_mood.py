"""How surely a figure holds (issue 9, round 21, from every money figure of random corpus
stores): a figure under "would" is a commitment told ("said it would spend", forecast) or a
proposal or condition ("a fund which would provide", hedged), never asserted; a firm's own
results under "reported" are asserted, not hearsay. Invented sentences from several
industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, modality", [
    # a commitment told by a reporting verb
    ("Brantley Mutual said it would provide $200 million in dividends to its customers.",
     "forecast"),
    ("Halden Air announced it would spend $40 million on new aircraft.", "forecast"),
    ("Orvia Labs said it would invest $25 million in its Tarnby plant.", "forecast"),
    # a proposal or a condition, with no one telling it
    ("Kestrel Foods would spend $30 million on the plant under the plan.", "hedged"),
    ("Without the loan, Pellam Steel would have lost $90 million last year.", "hedged"),
    # near shapes: no "would" on the figure's own verb
    ("Pellam Steel said it spent $300 million on a new plant.", "asserted"),
    ("Brantley Mutual said it could provide $200 million in dividends to its customers.",
     "hedged"),
    ("Pellam Steel will invest $300 million in a new plant.", "forecast"),
])
def test_would_is_no_assertion(nlp, text, modality):
    assert [m.modality for m in money(nlp, text)] == [modality]


@pytest.mark.parametrize("text, modality", [
    ("Kestrel Foods reported revenue of $19.6 billion, up 11% from a year earlier.", "asserted"),
    ("Corvane Motors reported a net loss of $2.9 billion for the second quarter.", "asserted"),
    ("Tessaract Software has reported a profit of $45 million for the year.", "asserted"),
    # hearsay stays: an adverb or a source, or results not the verb's object
    ("Corvane Motors reportedly lost $2.9 billion in the quarter.", "reported"),
    ("Kestrel Foods reported revenue of $19.6 billion, according to people familiar with it.",
     "reported"),
])
def test_a_firms_own_reported_results_are_asserted(nlp, text, modality):
    assert [m.modality for m in money(nlp, text)] == [modality]


@pytest.mark.parametrize("text, modality", [
    ("The Ledger reported on Tuesday that Corvane Systems has settled a $52 million class "
     "action with former workers.", "reported"),
    ("The Harbor Tribune reported that Pellam Steel paid $40 million for the mill.", "reported"),
    ("Tessaract Software reported that Orvia Labs raised $30 million in a round led by "
     "Brindle Ventures.", "reported"),
    # no report by another name
    ("Pellam Steel paid $40 million for the mill, the company said.", "asserted"),
])
def test_a_figure_another_name_reports_is_reported(nlp, text, modality):
    assert [m.modality for m in money(nlp, text)] == [modality]
