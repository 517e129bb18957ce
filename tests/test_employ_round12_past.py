"""employ, round 12: a past lead verb tied to a time gone by, an end written after an
apposed role, and board seats (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail", [
    # insurance: a leading verb with a time gone by, no year
    ("Nora Quill led Brantwood Holdings during the earlier scandal.", "Brantwood Holdings",
     "Nora Quill"),
    # logistics: "at the time" on a relative clause
    ("Owen Pask, who ran Ferrovia Logistics at the time, declined to comment.",
     "Ferrovia Logistics", "Owen Pask"),
    # banking: the end hangs on the name after the apposed role
    ("Mara Vell, Halcyon Mutual's treasurer until her retirement, said costs rose.",
     "Halcyon Mutual", "Mara Vell"),
    # board seat in the past tense
    ("Jane Holt sat on the board of Pellucid Pharma.", "Pellucid Pharma", "Jane Holt"),
])
def test_a_role_tied_to_a_past_time_is_a_former_one(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "negated"


@pytest.mark.parametrize("text, head, tail", [
    # no time: the leader may still lead
    ("Nora Quill led Brantwood Holdings to record profits.", "Brantwood Holdings", "Nora Quill"),
    # a time up to now
    ("Nora Quill led Brantwood Holdings during the past decade.", "Brantwood Holdings",
     "Nora Quill"),
    # "at the same time" is no past time
    ("Owen Pask ran Ferrovia Logistics at the same time.", "Ferrovia Logistics", "Owen Pask"),
])
def test_a_lead_verb_without_a_past_time_stays_current(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "asserted"


@pytest.mark.parametrize("text, head, tail", [
    # pharma
    ("Jane Holt sits on the board of Pellucid Pharma.", "Pellucid Pharma", "Jane Holt"),
    # mining: "at" hangs on the verb
    ("Rita Sosa is on the board at mining group Arkose Resources but is to step down next year.",
     "Arkose Resources", "Rita Sosa"),
    # food: in a relative clause
    ("Rita Sosa, who sits on the board of Tallow Foods, said prices would rise.", "Tallow Foods",
     "Rita Sosa"),
    # a pronoun subject: the person last named
    ("Rita Sosa will join Pellucid Pharma in May. She is on the board at mining group Arkose "
     "Resources.", "Arkose Resources", "Rita Sosa"),
    # the clause describes an apposed description of the person
    ("Ivo Stal, a Brantwood Holdings adviser who sits on the boards of Pellucid Pharma and Tallow "
     "Foods, said so.", "Tallow Foods", "Ivo Stal"),
])
def test_a_board_seat_is_employ(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "asserted"


@pytest.mark.parametrize("text", [
    # an unnamed board, or a board that is no organization's
    "Jane Holt sits on the board of a local charity.",
    "Jane Holt sits on the board of directors.",
    # a company on a board is no employee
    "Pellucid Pharma sits on the board of the Arkose Resources fund.",
    # a place on a board, not a board seat
    "Jane Holt wrote the plan on the board at the Pellucid Pharma office.",
])
def test_no_board_seat_without_a_person_on_an_organizations_board(nlp, text):
    assert not [k for k in of_kind(nlp, text, "employ") if k[1] == "Jane Holt"
                or k == ("Arkose Resources", "Pellucid Pharma")]


def test_a_board_seat_is_no_start_of_a_move(nlp):
    text = ("Rita Sosa will join Pellucid Pharma in May. She is on the board at mining group "
            "Arkose Resources.")
    assert not of_kind(nlp, text, "talent_move")
