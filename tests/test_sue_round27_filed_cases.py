"""Sue, round 27: a case named with the participle of its filing and that participle's agent
("a lawsuit filed by A", "a suit brought by A") is A's case; its defendant is the "against"
phrase or the subject of a verb a defendant does to a case ("faces", "was hit with",
"lost"). Sentences and names invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail, mood", [
    ("Orvane Shipping faces a lawsuit brought by Kestrel Foods.",
     "Kestrel Foods", "Orvane Shipping", "asserted"),
    ("Orvane Shipping is facing a lawsuit filed by Kestrel Foods over its recipes.",
     "Kestrel Foods", "Orvane Shipping", "asserted"),
    ("Orvane Shipping was hit with a lawsuit filed by Kestrel Foods.",
     "Kestrel Foods", "Orvane Shipping", "asserted"),
    ("Orvane Shipping lost a case brought by Kestrel Foods over its patents.",
     "Kestrel Foods", "Orvane Shipping", "asserted"),
    ("Orvane Shipping is fighting a complaint lodged by the Competition Authority.",
     "Competition Authority", "Orvane Shipping", "asserted"),
    ("The Halden court ruled on a lawsuit filed by Orvane Shipping against Trellis Analytics.",
     "Orvane Shipping", "Trellis Analytics", "asserted"),
    ("Orvane Shipping could face a lawsuit filed by Kestrel Foods.",
     "Kestrel Foods", "Orvane Shipping", "hedged"),
    ("Orvane Shipping reportedly faces a lawsuit filed by Kestrel Foods.",
     "Kestrel Foods", "Orvane Shipping", "reported"),
    ("Ann Lee faces a lawsuit filed by Kestrel Foods.", "Kestrel Foods", "Ann Lee", "asserted"),
])
def test_the_agent_of_a_filed_case_sues(nlp, text, head, tail, mood):
    assert of_kind(nlp, text, "sue").get((head, tail)) == mood


def test_each_side_of_listed_parties(nlp):
    found = of_kind(nlp, "Brambleway Dairy and Trellis Analytics face a lawsuit brought by "
                         "Kestrel Foods and Quillfield Bank.", "sue")
    assert {k for k in found} >= {("Kestrel Foods", "Brambleway Dairy"),
                                  ("Quillfield Bank", "Trellis Analytics")}


@pytest.mark.parametrize("text", [
    "Judge Ann Lee dismissed a lawsuit filed by Kestrel Foods.",
    "The Halden Times reported on a lawsuit filed by Kestrel Foods.",
    "Orvane Shipping welcomed a lawsuit filed by Kestrel Foods.",
    "Orvane Shipping faces a lawsuit filed last year.",
    "Is Orvane Shipping facing a lawsuit filed by Kestrel Foods?",
    "Orvane Shipping faces a lawsuit filed by shareholders of Kestrel Foods.",
])
def test_no_defendant_read_from_other_verbs(nlp, text):
    found = of_kind(nlp, text, "sue")
    assert not any(tail in {"Orvane Shipping", "Ann Lee", "Halden Times"}
                   for (_, tail) in found), found


@pytest.mark.parametrize("text, mood", [
    ("One of Orvane Shipping's biggest headaches is a lawsuit filed by Kestrel Foods.",
     "asserted"),
    ("Orvane Shipping's biggest problem is a lawsuit brought by Kestrel Foods.", "asserted"),
    ("Orvane Shipping's biggest problem could be a lawsuit brought by Kestrel Foods.", "hedged"),
])
def test_the_owner_of_the_trouble_a_case_is_is_its_defendant(nlp, text, mood):
    assert of_kind(nlp, text, "sue").get(("Kestrel Foods", "Orvane Shipping")) == mood


@pytest.mark.parametrize("text", [
    "Orvane Shipping's biggest success was a lawsuit brought by Kestrel Foods.",
    "The biggest headache is a lawsuit filed by Kestrel Foods.",
])
def test_no_defendant_from_other_subjects(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


def test_a_judge_over_a_case_is_no_defendant(nlp):
    assert of_kind(nlp, "Judge Ann Lee dismissed a lawsuit from Kestrel Foods.", "sue") == {}


def test_a_judge_sued_outright_is_still_sued(nlp):
    assert of_kind(nlp, "Kestrel Foods sued Judge Ann Lee.", "sue") == {
        ("Kestrel Foods", "Ann Lee"): "asserted"}
