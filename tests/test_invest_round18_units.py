"""Round 18, ownership on real news.

- "A and B, a unit of C": a singular description set after a list describes the name it follows,
  so C owns B only, not A too ("A and B, both units of C" is another shape, left alone).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import relations


@pytest.mark.parametrize("text,owner,unit,other", [
    # energy, banking
    ("The ruling was challenged by Brandt Bank and Tessaro Oil, a unit of Galvor Energy.",
     "Galvor Energy", "Tessaro Oil", "Brandt Bank"),
    # retail, mining
    ("Halvex sued Corvane Labs and Pellar Mines, a subsidiary of Dunmore Industries.",
     "Dunmore Industries", "Pellar Mines", "Corvane Labs"),
    # the aside first, the other name after it
    ("The fine was appealed by Tessaro Oil, a unit of Galvor Energy, and Brandt Bank.",
     "Galvor Energy", "Tessaro Oil", "Brandt Bank"),
    # the parser hangs the aside on the first name of the list
    ("Investors include Brandt Bank and Tessaro, a unit of Galvor Energy.",
     "Galvor Energy", "Tessaro", "Brandt Bank"),
    # "one of" is one name too
    ("The ruling was challenged by Brandt Bank and Tessaro Oil, one of Galvor Energy's units.",
     "Galvor Energy", "Tessaro Oil", "Brandt Bank"),
])
def test_unit_aside_describes_the_name_before_it(nlp, text, owner, unit, other):
    facts = relations(nlp, text)
    assert ("invest", owner, unit) in facts
    assert ("invest", owner, other) not in facts
