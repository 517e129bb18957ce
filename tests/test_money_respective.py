"""Money round 12: "respectively" pairs a list of named parties with as many figures, one by
one ("A and B received $5m and $2m respectively"); without such a list the owner found by the
parse keeps every figure. Invented sentences from several industries."""
import pytest

from extracted import money


def owners(nlp, text):
    return {(m.entity, round(m.amount)) for m in money(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    ("Brightwell Foods and Tarnside Mining received $5.5m and $2.2m respectively from the "
     "regional fund.", {("Brightwell Foods", 5_500_000), ("Tarnside Mining", 2_200_000)}),
    ("Quillon Pharma and Dastrel Motors raised $30 million and $12 million, respectively, in "
     "new funding.", {("Quillon Pharma", 30_000_000), ("Dastrel Motors", 12_000_000)}),
    ("Shipping firms Morvane Lines Corp (MVL.N) and Ostrel Freight Inc received $4 million and "
     "$1.5 million respectively.", {("Morvane Lines", 4_000_000), ("Ostrel Freight", 1_500_000)}),
])
def test_respective_figures_go_to_their_own_party(nlp, text, expected):
    assert expected <= owners(nlp, text)


@pytest.mark.parametrize("text, owner", [
    # one named party: its figures stay its own
    ("Halvard Steel reported revenue of $3 billion and profit of $400 million, up 8 percent and "
     "12 percent respectively.", "Halvard Steel"),
    # fewer named parties than figures: no pairing
    ("Corvane Bank and its rival received $5 million and $3 million respectively.",
     "Corvane Bank"),
])
def test_without_a_list_of_as_many_parties_the_owner_stays(nlp, text, owner):
    found = money(nlp, text)
    assert found and all(m.entity == owner for m in found)
