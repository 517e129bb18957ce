"""talent_move and employ, round 27 review: near shapes of the round's hire rules that must
not read as a move or an ended post (another subject, a step to come, a founder who was no
employee, a place or event founded, a hire of someone's services), and the mood of a "now" move.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


# "joined X ... and became CEO of Y": the second step must be hers, and done
@pytest.mark.parametrize("text", [
    "Piet Arns joined Orvane in 2010, and Mira Dovic later became chief executive of Brisk "
    "Harbor.",
    "Piet Arns joined Orvane in 2010 and will later become chief executive of Brisk Harbor.",
    "Piet Arns joined Orvane in 2010 and would later become chief executive of Brisk Harbor.",
])
def test_a_later_post_of_another_or_to_come_is_no_move(nlp, text):
    assert not of_kind(nlp, text, "talent_move")
    assert of_kind(nlp, text, "employ").get(("Orvane", "Piet Arns")) == "asserted"


# a founder moved only from a firm where the roles read her post as ended
@pytest.mark.parametrize("text", [
    "Mira Dovic, a former Quillfield Systems customer, founded Tandlow Labs.",
    "Mira Dovic, a former Quillfield Systems shareholder, founded Tandlow Labs.",
    "Mira Dovic, the former wife of a Quillfield Systems engineer, founded Tandlow Labs.",
    # named only by the apposition whose relative clause founds: checked the same way
    "Mira Dovic, a former Quillfield Systems adviser who founded Tandlow Labs, spoke on Monday.",
])
def test_a_founder_who_was_no_employee_moved_from_nowhere(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text", [
    # a place, an event or a prize is no organization joined
    "Mira Dovic, a former Quillfield Systems analyst, established Paris as her base.",
    "Mira Dovic, a former Quillfield Systems engineer, started the Berlin Marathon.",
    "Mira Dovic, a former Quillfield Systems engineer, founded the Tandlow Prize.",
])
def test_a_founder_moves_to_an_organization_only(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


def test_a_founder_who_left_still_moves(nlp):
    text = "Mira Dovic, a former Quillfield Systems analyst, founded Tandlow Labs in 2018."
    assert of_kind(nlp, text, "talent_move").get(("Quillfield Systems", "Tandlow Labs")) == "asserted"


# "A, now CEO of Y, left X": the move keeps the mood of the clause; a leaving to come is none
def test_a_now_move_told_by_a_report_is_reported(nlp):
    text = "Piet Arns, now chief executive of Brisk Harbor, reportedly left Tandlow in 2019."
    assert of_kind(nlp, text, "talent_move").get(("Tandlow", "Brisk Harbor")) == "reported"


def test_a_leaving_to_come_is_no_now_move(nlp):
    text = "Piet Arns, now chief executive of Brisk Harbor, will leave Tandlow in 2027."
    assert not of_kind(nlp, text, "talent_move")


# "hired Globex's Ann Lee as its lawyer": her services are hired, her post at Globex stays
@pytest.mark.parametrize("text", [
    "Brisk Harbor hired Tandlow's Piet Arns as a lawyer.",
    "Brisk Harbor hired Tandlow's Piet Arns as a consultant.",
    "Brisk Harbor hired Tandlow's Piet Arns to advise on the deal.",
    "Brisk Harbor hired Tandlow's Piet Arns to defend it.",
])
def test_a_hire_of_services_keeps_the_post_on_the_name(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Tandlow", "Piet Arns")) == "asserted"


def test_a_hire_away_still_ends_the_post(nlp):
    text = "Brisk Harbor hired Tandlow's Piet Arns as finance chief."
    assert of_kind(nlp, text, "employ").get(("Tandlow", "Piet Arns")) == "negated"
