"""Round 24 mend, a case to stop a deal: a case that names its own defendant ("X sued Y to block
the merger of A and B") is against Y only; a side of the deal suing to stop it names no
defendant; a regulator's own act to stop a deal is a case only when it happened ("could block",
"would block any merger" are a power, no case). Sentences and names invented for these tests."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, sue", [
    ("Kestrel Foods sued Trellis Analytics to block the merger of Orvane Systems and Brambleway "
     "Dairy.", {("Kestrel Foods", "Trellis Analytics")}),
    ("Kestrel Foods filed a lawsuit against Trellis Analytics to block the merger of Orvane "
     "Systems and Brambleway Dairy.", {("Kestrel Foods", "Trellis Analytics")}),
    ("Kestrel Foods sued Trellis Analytics to block its sale of its dairy unit to Brambleway "
     "Dairy.", {("Kestrel Foods", "Trellis Analytics")}),
])
def test_a_case_naming_its_defendant_sues_only_that_defendant(nlp, text, sue):
    assert set(of_kind(nlp, text, "sue")) == sue


@pytest.mark.parametrize("text", [
    "Brambleway Dairy sued to block its merger with Kestrel Foods.",
    "Brambleway Dairy filed a lawsuit to unwind its merger with Kestrel Foods.",
    "Kestrel Foods sued to block the merger of Kestrel Foods and Brambleway Dairy.",
    "The Marlow Competition Bureau could block the merger of Kestrel Foods and Brambleway Dairy.",
    "The Marlow Competition Bureau said it would block any merger of Kestrel Foods and "
    "Brambleway Dairy.",
])
def test_no_defendant_read_from_the_deal(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text, sue", [
    ("Halvorsen Marine is suing to block Brambleway Dairy's merger with Orvane Systems.",
     {("Halvorsen Marine", "Brambleway Dairy"), ("Halvorsen Marine", "Orvane Systems")}),
    ("The Marlow Competition Bureau prevented the merger of Kestrel Foods and Brambleway Dairy.",
     {("Marlow Competition Bureau", "Kestrel Foods"),
      ("Marlow Competition Bureau", "Brambleway Dairy")}),
])
def test_an_outsider_case_still_sues_both_sides(nlp, text, sue):
    assert set(of_kind(nlp, text, "sue")) == sue
