"""employ, round 26 mend: a holder's own report of a firing ("A, a Globex engineer, says she was
fired") only ends her job when the pronoun can be hers and the firing names no other post; a
join agreed and then told as failed is no job.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

PAIR = ("Kestrel Foods", "Tomas Pell")


@pytest.mark.parametrize("text", [
    "Ann Lee lost her post in May. Tomas Pell, a Kestrel Foods engineer, says she was fired "
    "after the strike.",
    "Quorra Vantelle lost her post in May. Tomas Pell, a Kestrel Foods engineer, says she was "
    "fired after the strike.",
    "Tomas Pell, a Kestrel Foods engineer, says he was sacked by Orvane in 2010.",
    "Tomas Pell, a Kestrel Foods engineer, says he was fired as a driver at Orvane years ago.",
    "Tomas Pell, a Kestrel Foods engineer, says he was fired from a previous job.",
])
def test_a_firing_someone_else_had_or_from_another_post_keeps_the_job(nlp, text):
    assert of_kind(nlp, text, "employ").get(PAIR) == "asserted"


@pytest.mark.parametrize("text", [
    "Tomas Pell, a Kestrel Foods engineer, says he was fired after the strike.",
    "Kestrel Foods engineer Tomas Pell says he was fired after the strike.",
    "The strike ended in May. Tomas Pell, a Kestrel Foods engineer, says he was fired for it.",
])
def test_his_own_report_of_his_firing_still_ends_the_job(nlp, text):
    assert of_kind(nlp, text, "employ").get(PAIR) == "negated"


@pytest.mark.parametrize("text,modality", [
    ("Tomas Pell had agreed to join Kestrel Foods, but the deal fell through.", "negated"),
    ("Tomas Pell agreed to join Kestrel Foods, but the move collapsed.", "negated"),
    ("Tomas Pell agreed to join Kestrel Foods in 2019 but the deal fell through.", "negated"),
    ("Tomas Pell has agreed to join Kestrel Foods, but the deal could still fall through.",
     "forecast"),
    ("Tomas Pell agreed to join Kestrel Foods last month.", "asserted"),
    ("Tomas Pell had agreed to join Kestrel Foods as finance director before the talks "
     "collapsed.", "negated"),
    ("Tomas Pell has agreed to join Kestrel Foods after the old plant collapsed.", "forecast"),
])
def test_a_join_agreed_then_failed_was_never_held(nlp, text, modality):
    assert of_kind(nlp, text, "employ").get(PAIR) == modality


@pytest.mark.parametrize("text,pair,present", [
    ("Speaking with the Quillfield Ledger, spokeswoman Mara Olsen said the plant would close.",
     ("Quillfield Ledger", "Mara Olsen"), False),
    ("Speaking with the Quillfield Ledger at Kestrel Foods, spokeswoman Mara Olsen said the plant "
     "would close.", ("Quillfield Ledger", "Mara Olsen"), False),
    ("Speaking at Kestrel Foods, spokeswoman Mara Olsen said the plant would close.",
     ("Kestrel Foods", "Mara Olsen"), True),
    ("Speaking for Kestrel Foods, spokeswoman Mara Olsen said the plant would close.",
     ("Kestrel Foods", "Mara Olsen"), True),
])
def test_an_outlet_she_spoke_with_is_not_her_employer(nlp, text, pair, present):
    assert (pair in of_kind(nlp, text, "employ")) is present
