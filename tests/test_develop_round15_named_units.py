"""develop (round 15): a name led by its maker's is no product when its last word says it is an
estate, a theatrical arm or a kin title ("Velmora Estates", "Kestrel Theatrical", "the Queen
Mother"), or a match result ("went to Norland 3-1"); named products still count.
Every sentence and company name is invented (wine, theatre, sport, drinks, games)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, maker, name", [
    ("Velmora sold its wine through Velmora Estates for a decade. Velmora makes wine in three "
     "valleys.", "Velmora", "Velmora Estates"),
    ("Kestrel owns several theatres. Kestrel Theatrical gets no subsidy from the parent and its "
     "shows must pay for themselves.", "Kestrel", "Kestrel Theatrical"),
    ("Shares in Kestrel rose after Kestrel Theatrical reported record ticket sales. Kestrel runs "
     "six theatres.", "Kestrel", "Kestrel Theatrical"),
    ("Mr Brown unveiled plans for a memorial to the Queen Mother, funded through a coin to "
     "celebrate the Queen's 80th birthday.", "Queen", "Queen Mother"),
    ("The final at Brookfield went to Norland 3-1 after extra time. Norland had lost the year "
     "before.", "Norland", "Norland 3-1"),
    ("A thrilling Test at Cardiff Arms Park went to Wales 13-12, although the winning try was "
     "controversial. Wales had lost the year before.", "Wales", "Wales 13-12"),
])
def test_a_unit_title_or_score_is_no_named_product(nlp, text, maker, name):
    assert (maker, name) not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, name", [
    ("Velmora said its Velmora Reserve wine sold out. Velmora makes wine in three valleys.",
     "Velmora", "Velmora Reserve"),
    ("Nintendo said the Nintendo DS launch line-up is still to be confirmed. Nintendo sold 2 "
     "million units.", "Nintendo", "Nintendo DS"),
])
def test_a_named_product_still_counts(nlp, text, maker, name):
    assert (maker, name) in of_kind(nlp, text, "develop")
