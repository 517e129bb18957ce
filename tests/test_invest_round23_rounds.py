"""invest (round 23): firms that join a round beside its lead. "a round led by A, with B and C
(also) participating" and "led by A, with participation from B and C" say B and C invest in
the company raising, wherever the parser hangs the "with" phrase (on the lead's name, on the
verb over "a round led by A"); and the lead of a round is never the company raising it, so a
sentence that names only investors gives no fact. A name after "with" that joins nothing ("with
B as its first customer") is no investor. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind

RAISER = "Kestrel Foods"
ALL = {("Trellis Capital", RAISER), ("Quillfield Ventures", RAISER), ("Orvane Partners", RAISER)}


@pytest.mark.parametrize("text", [
    "Kestrel Foods raised $40 million in a round led by Trellis Capital, with Quillfield "
    "Ventures and Orvane Partners participating.",
    "Kestrel Foods raised $40 million in a round led by Trellis Capital, with Quillfield "
    "Ventures and Orvane Partners also participating.",
    "Kestrel Foods raised $40 million. The round was led by Trellis Capital, with Quillfield "
    "Ventures and Orvane Partners also participating.",
    "Kestrel Foods raised $40 million. The round was led by Trellis Capital, with participation "
    "from Quillfield Ventures and Orvane Partners.",
])
def test_firms_joining_beside_the_lead_invest(nlp, text):
    assert ALL <= set(of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text", [
    "The $40 million round was led by Trellis Capital, with participation from Quillfield "
    "Ventures and Orvane Partners.",
    "The $40 million round was led by Trellis Capital, with Quillfield Ventures and Orvane "
    "Partners also participating.",
])
def test_no_investor_is_taken_for_the_raiser(nlp, text):
    assert not of_kind(nlp, text, "invest")


def test_a_name_that_joins_nothing_is_no_investor(nlp):
    facts = of_kind(nlp, "Kestrel Foods raised $40 million in a round led by Trellis Capital, "
                         "with Brambleway Dairy as its first customer.", "invest")
    assert ("Trellis Capital", RAISER) in facts
    assert ("Brambleway Dairy", RAISER) not in facts
