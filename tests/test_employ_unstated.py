"""employ facts where no job is stated, and past roles written with "then" or beside a "now" job
(round 9; sentences and names invented, several industries): the person a body is named after,
a partner of several bodies at once, a title in quotation marks, "then-chief executive", and a
job joined or a move started before the one the person holds "now"."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.employers import quoted_name
from tieline.nlp import load


def employ(nlp, text: str) -> dict[tuple[str, str], str]:
    return of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, org, person", [
    ("Tom Brisk, then-chief executive of Ormond Petroleum, signed the deal in 2004.",
     "Ormond Petroleum", "Tom Brisk"),
    ("Sam Reed, the then chief financial officer of Quorra Systems, left in 2010.",
     "Quorra Systems", "Sam Reed"),
    ("The unions were targeted by then Ledger Media Group owner Ada Quell.",
     "Ledger Media Group", "Ada Quell"),
    ("The regulator fined the stations run by then-Ormond Broadcasting chairman Lia Varn.",
     "Ormond Broadcasting", "Lia Varn"),
])
def test_a_then_title_is_a_past_role(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "negated"


@pytest.mark.parametrize("text, org, person", [
    ("The board met, and then chief executive Ann Lee announced the plan for Halden Motors.",
     "Halden Motors", "Ann Lee"),
    ("Ormond Petroleum chief executive Tom Brisk signed the deal on Monday.",
     "Ormond Petroleum", "Tom Brisk"),
])
def test_then_on_the_verb_leaves_the_title_current(nlp, text, org, person):
    found = employ(nlp, text)
    assert found.get((org, person)) in {None, "asserted"}
    assert "negated" not in found.values()


@pytest.mark.parametrize("text, now, earlier, person", [
    ("Mira Sol, now an analyst for Pendle Securities, joined Ostrava Mining in 2001.",
     "Pendle Securities", "Ostrava Mining", "Mira Sol"),
    ("Ben Hart, who now runs Tallis Foods, joined Merrow Steel in 1999.",
     "Tallis Foods", "Merrow Steel", "Ben Hart"),
])
def test_a_job_joined_before_the_now_job_is_past(nlp, text, now, earlier, person):
    found = employ(nlp, text)
    assert found.get((now, person)) == "asserted"
    assert found.get((earlier, person)) == "negated"


def test_a_job_joined_with_no_now_job_stays_current(nlp):
    found = employ(nlp, "Ben Hart, a chemist, joined Merrow Steel in 1999.")
    assert found.get(("Merrow Steel", "Ben Hart")) == "asserted"


def test_a_move_does_not_start_at_the_now_job(nlp):
    text = "Mira Sol, now an analyst for Pendle Securities, left Ostrava Mining to join Castell Bank."
    moves = of_kind(nlp, text, "talent_move")
    assert ("Ostrava Mining", "Castell Bank") in moves
    assert ("Pendle Securities", "Castell Bank") not in moves
    assert employ(nlp, text).get(("Castell Bank", "Mira Sol")) == "negated"


def test_a_move_still_starts_at_an_employer_named_in_the_sentence(nlp):
    text = "Ormond Petroleum chief Tom Brisk left to join Castell Bank."
    assert ("Ormond Petroleum", "Castell Bank") in of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text, person", [
    ("Researchers at the Castell Institute of Oncology named after R. T. Amsel of the Valdoria "
     "Health Ministry tested the compound.", "R. T. Amsel"),
])
def test_the_person_a_body_is_named_after_is_no_employee(nlp, text, person):
    assert [org for org, p in employ(nlp, text) if p == person] == []


def test_a_member_of_a_body_named_with_of_is_still_employed(nlp):
    found = employ(nlp, "Researchers led by R. T. Amsel of the Valdoria Health Ministry tested it.")
    assert ("Valdoria Health Ministry", "R. T. Amsel") in found


@pytest.mark.parametrize("text, person", [
    ("Lia Varn, a partner with Ormond Capital and Pendle Securities in the fund, said the deal "
     "closed.", "Lia Varn"),
])
def test_a_partner_of_several_bodies_is_no_post(nlp, text, person):
    assert [org for org, p in employ(nlp, text) if p == person] == []


@pytest.mark.parametrize("text, org, person", [
    ("Maria Lopez, a partner with Tarrowby Ventures, said the fund was closed.",
     "Tarrowby Ventures", "Maria Lopez"),
    ("Maria Lopez, a partner in Tarrowby Ventures, said the fund was closed.",
     "Tarrowby Ventures", "Maria Lopez"),
])
def test_a_partner_of_one_firm_is_a_post(nlp, text, org, person):
    assert (org, person) in employ(nlp, text)


class _Span:
    def __init__(self, i: int, j: int):
        self.span = (i, j)


@pytest.mark.parametrize("text, i, j, quoted", [
    ("‘Harbour Lights’ star Jon Pell spoke.", 1, 3, True),
    ("“Velvet Harbour” producer Ben Hart spoke.", 1, 3, True),
    ("Harbour Lights star Jon Pell spoke.", 0, 2, False),
    ("Kestrel Brothers' chief Ada Quell spoke.", 0, 2, False),
])
def test_a_name_in_quotation_marks_is_a_title(text, i, j, quoted):
    assert quoted_name(_Span(i, j), load()(text)) is quoted
