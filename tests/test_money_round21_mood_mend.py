"""Mend of round-21 money modality (reviewer E): a report in another clause does not make a
figure hearsay; a report telling a "would" is hearsay first; a person telling a firm's figure
is the firm's own telling; "'d spent" and "would later raise" are past, not hedged; a hearsay
cue outside the reporting clause and an outlet as the reporter keep "reported"; the cut
verb is the verb itself, not its first matching text; a charge reported is a firm's own
result. Invented sentences from several industries."""
import pytest

from extracted import money


def modalities(nlp, text):
    return [m.modality for m in money(nlp, text)]


@pytest.mark.parametrize("text, modality", [
    # the report is in a joined or adverbial clause, not telling the figure
    ("Kestrel Foods reported higher sales, and Orvia Labs spent $1 million on new equipment.",
     "asserted"),
    ("When Orvia Labs paid $5 million for the mill, Kestrel Foods reported a jump in orders.",
     "asserted"),
    # near shapes: the report tells the figure
    ("The Daily Ledger reported that Nettlefield Insurance earned $4 million last year.",
     "reported"),
    ("Tamsin Games spent $25 million on the studio, the Coastal Herald reported.", "reported"),
])
def test_a_report_in_another_clause_is_no_hearsay(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("The Harbor Tribune reported that Kestrel Foods would pay $5 million to settle the case.",
     "reported"),
    ("The newspaper reported that Pellam Steel would spend $7 million on the site.", "reported"),
    # near shape: no report, the "would" stays a hedge
    ("Kestrel Foods would pay $5 million to settle the case.", "hedged"),
])
def test_a_reported_would_is_hearsay(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("Jane Roe, chief executive of Kestrel Foods, reported that the company earned $2 million.",
     "asserted"),
    ("Chief financial officer Tom Bale reported that Marlow Freight lost $3 million in May.",
     "asserted"),
    # near shape: another firm tells it
    ("Corbel Motors reported that Darnley Parts lost $3 million in the quarter.", "reported"),
])
def test_a_person_telling_a_firms_figure_is_no_other_teller(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("Orvia Labs said it'd spent $2 billion on the plant.", "asserted"),
    ("Founded in 2010, Orvia Labs would later raise $300 million from investors.", "asserted"),
    ("Kestrel Foods grew fast and would often pay $5 million for a single campaign.", "asserted"),
    # near shapes: "'d" and "would" before a bare verb stay a commitment or a hedge
    ("Orvia Labs said it'd spend $2 billion on the plant.", "forecast"),
    ("Kestrel Foods would pay $5 million for a single campaign under the plan.", "hedged"),
])
def test_a_had_or_narrative_would_is_past(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modality", [
    # a passive under "would" is no past: the participle is the passive's
    ("Orvia Labs said it would be paid $5 million under the deal.", "forecast"),
    ("The Kestrel Foods deal would be valued at $3 billion.", "hedged"),
])
def test_a_passive_would_stays_a_commitment_or_hedge(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("The Harbor Tribune reported a loss of $2 million at Marlow Foods.", "reported"),
    ("The Coastal Herald reported a profit of $5 million at Tamsin Games.", "reported"),
    # near shapes: the firm (or "the company", "it") reports its own results
    ("Marlow Foods makes cheese. The company reported a loss of $3 million.", "asserted"),
    ("Tamsin Games makes puzzles. It reported a profit of $5 million.", "asserted"),
])
def test_an_outlet_reporting_results_tells_hearsay(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("Kestrel Foods reported a loss of $2 million, a person familiar with the matter said.",
     "reported"),
    ("Pellam Steel reported a profit of $9 million, a person familiar with the accounts said.",
     "reported"),
    # near shape: the firm tells that it reported
    ("Kestrel Foods said it reported a loss of $2 million.", "asserted"),
])
def test_results_told_by_an_unnamed_source_stay_hearsay(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modalities_", [
    ("Kestrel Foods, long dogged by unreported costs, reported a loss of $2 million.",
     ["asserted"]),
    ("Kestrel Foods reported revenue of $3 billion and Orvia Labs reported revenue of $2 billion.",
     ["asserted", "asserted"]),
    # near shape: a hearsay adverb stays with its own verb; since round 23 a verb coordinated
    # after the figure is another clause, so the revenue the firm reported is asserted
    ("Kestrel Foods reported revenue of $3 billion and reportedly lost $2 million on bonds.",
     ["asserted", "reported"]),
])
def test_the_cut_report_is_the_verb_itself(nlp, text, modalities_):
    assert modalities(nlp, text) == modalities_


@pytest.mark.parametrize("text, modality", [
    # a verb of forecasting tells a commitment as a speech verb does
    ("Halden Air expects it would spend $40 million on new aircraft.", "forecast"),
    ("Brindle Bank projected that it would lose $30 million on the loans.", "forecast"),
    # a told "would" under a condition is a hedge
    ("Halden Air said it would spend $40 million on new aircraft if regulators approved the route.",
     "hedged"),
    ("Ferrow Textiles said it would invest $8 million in the mill unless prices fell.", "hedged"),
    # near shape: a clause of time is no condition
    ("Halden Air said it would spend $40 million on new aircraft as the route opened.",
     "forecast"),
])
def test_a_forecast_governs_and_a_condition_hedges(nlp, text, modality):
    assert modalities(nlp, text) == [modality]


@pytest.mark.parametrize("text, modality", [
    ("Halden Air reported a charge of $50 million for the quarter.", "asserted"),
    ("Kestrel Foods reported costs of $12 million tied to the recall.", "asserted"),
    # near shapes: an outlet's report and a hearsay adverb stay hearsay
    ("The Coastal Herald reported a charge of $50 million at Halden Air.", "reported"),
    ("Kestrel Foods reportedly spent $12 million on the recall.", "reported"),
])
def test_a_charge_reported_is_a_firms_own_result(nlp, text, modality):
    assert modalities(nlp, text) == [modality]



def test_results_under_a_verb_other_than_telling_stay_the_owners(nlp):
    # a relative "which reported" that the parse hangs from "challenge": no teller
    text = ("She said it would take years before Tamsin could challenge Brindle - which in 2018 "
            "reported revenues of $9bn - but it remained a goal.")
    assert modalities(nlp, text) == ["asserted"]


@pytest.mark.parametrize("text, modality", [
    # guards the first round-21 tests left open (each reading held before this mend too)
    ("Brantley Mutual said it would have paid $3 million for the site.", "hedged"),
    ("The newspaper reported that Pellam Steel paid $7 million for the site.", "reported"),
    ("Pellam Steel will report revenue of $2 billion.", "forecast"),
])
def test_would_have_news_nouns_and_coming_reports_hold(nlp, text, modality):
    assert modalities(nlp, text) == [modality]
