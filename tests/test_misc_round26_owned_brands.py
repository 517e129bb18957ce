"""invest and develop (round 26): a brand owned is one fact. "Acme owns brands such as Zephyr and
Bolt", the names typed as companies, gave the owning verb's invest and the brand list's develop
of each; the invest stays (a held company, the stables convention) and no develop is given
beside it. A brand list with no such invest keeps its develop ("whose brands include", goods
named as such, "which owns the Zephyr and Bolt brands"). Sentences written for these tests
(invented organizations and brands)."""
from __future__ import annotations

import pytest

from extracted import relations


def test_owned_brands_give_one_fact_each(nlp):
    found = relations(nlp, "Kestrel Foods owns brands such as Seaspray and Dunmore.")
    kinds = {(t, h, tl) for t, h, tl in found if h == "Kestrel Foods"}
    assert kinds == {("invest", "Kestrel Foods", "Seaspray"),
                     ("invest", "Kestrel Foods", "Dunmore")}, found


@pytest.mark.parametrize("text", [
    "Kestrel Foods, whose brands include Seaspray and Dunmore, reported higher sales.",
    "Kestrel Foods owns brands including Seaspray soap and Dunmore shampoo.",
    "Kestrel Foods, which owns the Seaspray and Dunmore brands, reported higher sales.",
])
def test_brand_list_without_a_stake_keeps_develop(nlp, text):
    found = relations(nlp, text)
    for brand in ("Seaspray", "Dunmore"):
        assert ("develop", "Kestrel Foods", brand) in found, (text, found)
        assert ("invest", "Kestrel Foods", brand) not in found, (text, found)
