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


@pytest.mark.parametrize("text, late, pronoun_at, antecedent", [
    ("Brisk Foods' purchase of Selwyn Dairy makes Canada's Marlow Group a major supplier, as it "
     "already owns a stake in Quarry Farms.", "Selwyn Dairy", " it ", "Marlow Group"),
    ("Dunmore Mining's deal with Tarvik Metals makes Norway's Halden Resources a key buyer, as it "
     "already holds a stake in Ostrava Ore.", "Tarvik Metals", " it ", "Halden Resources"),
])
def test_it_means_the_nearest_company_before_whatever_pass_found_the_names(
        nlp, text, late, pronoun_at, antecedent):
    """Names found by a later pass (a name the tagger missed in this sentence) are appended to
    the mentions: "it" must still take the nearest company before it in the text."""
    from tieline.extract.entities import DocEntities

    ents = DocEntities(nlp(text))
    moved = [m for m in ents.mentions if m.name == late]
    ents.mentions[:] = [m for m in ents.mentions if m.name != late] + moved
    token = next(t for t in ents.sdoc if t.idx == text.index(pronoun_at) + 1)
    assert ents.antecedent(token).name == antecedent
