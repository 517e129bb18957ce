"""A financial district named for its market's traders owns no figure (issue 9, round 22, from
random corpus text): "Despite a rise in profit to $90m, Wall Street had hoped for more" is not
the street's profit, nor is "its market value" after "shares jumped on Wall Street". The
firm's own figure beside it stays. Invented firms."""
import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    "After watching net income jump 30% to $90 million, Wall Street still wanted more.",
    "Despite a rise in quarterly profit to $90 million, Wall Street had hoped for more.",
    "Wall Street cheered as Kestrel Foods reported a profit of $205 million.",
    "Halvorsen Marine shares jumped on Wall Street. That added $7 billion to its market value "
    "of $31 billion.",
    "Traders on Dalal Street expected Orvane to post a profit of $40 million.",
])
def test_the_market_owns_no_figure(nlp, text):
    assert not any(owner.endswith("Street") for owner, _, _ in money_facts(nlp, text))


def test_the_firms_figure_beside_the_market_stays(nlp):
    assert money_facts(nlp, "Kestrel Foods said net profit rose to $205 million, though Wall "
                            "Street had expected more.") == {("Kestrel Foods", "profit", 205e6)}
