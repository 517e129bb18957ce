"""Mend of the round 23 money rules (issue 9): a quarter or half told as the one just before is
no year-earlier base; a firm's own board speaking does not stop a pronoun from reaching the
firm; a complement under a negated verb is negated. Invented sentences."""
import pytest

from extracted import money

PUBLISHED = "2020-05-01"


def dated(nlp, text):
    return {m.amount: m.time for m in money(nlp, text, PUBLISHED)}


@pytest.mark.parametrize("text, base", [
    ("Kestrel Foods posted revenue of $40 million, up from $30 million in the prior quarter.", 3e7),
    ("Kestrel Foods' revenue rose to $40 million in the second quarter from $30 million in the "
     "previous quarter.", 3e7),
    ("Kestrel Foods posted revenue of $40 million in the first half, compared with $31 million "
     "in the previous half.", 3.1e7),
])
def test_the_period_just_before_is_not_a_year_earlier(nlp, text, base):
    assert dated(nlp, text)[base] is None


@pytest.mark.parametrize("text, base", [
    ("Kestrel Foods posted revenue of $40 million, up from $30 million in the previous year.", 3e7),
    ("Kestrel Foods posted revenue of $40 million in the fourth quarter, against $35 million in "
     "the same quarter a year earlier.", 3.5e7),
])
def test_a_year_earlier_period_still_dates_the_base(nlp, text, base):
    assert dated(nlp, text)[base] == "2019"


def test_a_firms_board_speaking_leaves_the_pronoun_to_the_firm(nlp):
    text = ("Trellis Analytics announced a new product on Monday. The board said it had approved "
            "the plan. It also committed $20 million to research.")
    assert {(m.entity, m.amount) for m in money(nlp, text, PUBLISHED)} == {
        ("Trellis Analytics", 2e7)}


def test_an_outside_body_speaking_still_stops_the_pronoun(nlp):
    text = ("Orvane Sports announced a sponsorship. The union said it voted to strike. It also "
            "committed 20 million pounds to members.")
    assert not {m.entity for m in money(nlp, text, PUBLISHED)} & {"Orvane Sports"}


def moods(nlp, text):
    return {m.modality for m in money(nlp, text, PUBLISHED)}


@pytest.mark.parametrize("text, mood", [
    ("Halvorsen Marine could not see itself paying $50 million for the unit.", "negated"),
    ("The strike did not see Halvorsen Marine losing $100 million.", "negated"),
    # "said it would ..." is a plan told, as "said it would spend $20 million" is
    ("Trellis Analytics said it would keep spending $20 million a year on research.", "forecast"),
])
def test_the_verb_above_a_bare_complement_gives_its_negation_and_plan(nlp, text, mood):
    assert moods(nlp, text) == {mood}


@pytest.mark.parametrize("text, mood", [
    ("Trellis Analytics said it would spend $20 million a year on research.", "forecast"),
    ("The closure would see Halvorsen Marine lose $40 million.", "hedged"),
    ("A strike could see Halvorsen Marine losing $100 million.", "hedged"),
])
def test_modals_above_a_complement_read_as_before(nlp, text, mood):
    assert moods(nlp, text) == {mood}


@pytest.mark.parametrize("text, kind", [
    ("Quillfield Orchestra said its lost revenue reached $6.2 million.", "loss"),
    ("Quillfield Orchestra said its revenue reached $6.2 million.", "revenue"),
    ("Quillfield Orchestra said its total revenue reached $6.2 million.", "revenue"),
])
def test_lost_revenue_told_by_the_firm_is_a_loss(nlp, text, kind):
    assert {m.kind for m in money(nlp, text, PUBLISHED)} == {kind}
