"""Who raised a total told with a passive participle (issue 9, round 22): "this round brings
the total raised by X to $N" is X's funding, as is "the total raised by X reached $N"; the
clause's subject (the round, the total) is no party. Invented sentences."""
import pytest

from extracted import money_facts


@pytest.mark.parametrize("text, owner, amount", [
    ("This round of funding brings the total raised by Trellis Analytics to just under "
     "$180 million.", "Trellis Analytics", 180e6),
    ("The new round brings the total raised by Halvorsen Marine to $45 million.",
     "Halvorsen Marine", 45e6),
    ("The extension brings total funding raised by Kestrel Foods to $72 million.",
     "Kestrel Foods", 72e6),
    ("The round, led by Brindle Ventures, brings the total raised by Kestrel Foods to "
     "$31 million.", "Kestrel Foods", 31e6),
    ("The total raised by Trellis Analytics now stands at $60 million.", "Trellis Analytics",
     60e6),
    ("The total raised by Trellis Analytics reached $60 million last year.",
     "Trellis Analytics", 60e6),
])
def test_the_agent_of_raised_is_the_raiser(nlp, text, owner, amount):
    assert money_facts(nlp, text) == {(owner, "funding", amount)}


@pytest.mark.parametrize("text", [
    # the agent is no party, or the participle is not one of raising
    "The gift brings the total raised by fans for the club to $2 million.",
    "The loan brings the total owed by Kestrel Foods to $60 million.",
    "The total spent by Kestrel Foods on the plant reached $60 million.",
    # the sum is the subject of a verb of its own: its kind and mood are that verb's
    "The $20 million raised by Trellis Analytics will pay for new hires.",
])
def test_no_raiser_without_a_raising_agent(nlp, text):
    assert money_facts(nlp, text) == set()


def test_an_active_raiser_is_read_as_before(nlp):
    assert money_facts(nlp, "Trellis Analytics said the round brings its total raised to "
                            "$45 million.") == {("Trellis Analytics", "funding", 45e6)}
