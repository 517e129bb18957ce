"""Binding across sentences: a description in the object of a clause never stands for that
clause's own subject ("Quarry owns 82% of the company" is not Quarry owning itself), even when
that subject led the sentence before; the description then means the other company named before.
Invented sentences, invented names, several industries."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, kind, pair", [
    ("Dunmore Mining posted a quarterly loss on Monday. Halvorsen Partners said it would seek a "
     "seat on the board. Halvorsen Partners already owns 12 percent of the company.",
     "invest", ("Halvorsen Partners", "Dunmore Mining")),
    ("Corvina Foods opened a plant in Ohio. Rookwood Equity said on Friday that it was pleased "
     "with the results. Rookwood Equity bought the company in 2019.",
     "acquire", ("Rookwood Equity", "Corvina Foods")),
    ("Selwyn Pharma cut its forecast on Tuesday. Tarvik Capital, its largest shareholder, said it "
     "was unhappy with the guidance. Tarvik Capital holds 18% of the drugmaker.",
     "invest", ("Tarvik Capital", "Selwyn Pharma")),
])
def test_the_description_skips_its_own_clause_subject(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text, kind", [
    # no other company named: "the company" stays unbound rather than the subject itself
    ("Quarry Holdings reported record profits. Quarry Holdings owns 40 percent of the company, "
     "it said.", "invest"),
    ("Marlow Biotech raised its outlook. Marlow Biotech holds a 30% stake in the drugmaker.",
     "invest"),
])
def test_no_other_company_no_tie(nlp, text, kind):
    assert of_kind(nlp, text, kind) == {}
