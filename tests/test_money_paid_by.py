"""Money round 12: a passive whose subject holds the figure and whose "by" party paid it
("Payments of $25m were made by X, Y said") is the payer's, not the speaker's; a "by" party
who imposed or awarded a sum on another ("a fine imposed by the regulator") never owns it.
Invented sentences from several industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, owner", [
    ("Payments of $25m to the member clubs were made by the Harbor League, the Valley League "
     "said on Monday.", "Harbor League"),
    ("A $40 million investment in the plant was made by Corvane Steel, the Ostrel Union said.",
     "Corvane Steel"),
    ("The $3m bill was paid by Telvane Airlines, Halvard Group said.", "Telvane Airlines"),
    ("$2 billion was spent by Marlow Foods on new plants, the Grain Council said.",
     "Marlow Foods"),
])
def test_the_payer_named_by_a_passive_owns_the_figure(nlp, text, owner):
    assert {m.entity for m in money(nlp, text)} == {owner}


@pytest.mark.parametrize("text, wrong", [
    ("A $1m fine was imposed by the Pellow Authority on Brisk Energy.", "Pellow Authority"),
    ("A $2 million payment was demanded by the Dunmore Council from Kestrel Media.",
     "Dunmore Council"),
    ("A $10 million grant was made by the Orvan Foundation to Quillon Labs.", "Orvan Foundation"),
])
def test_who_imposed_or_gave_a_sum_does_not_own_it(nlp, text, wrong):
    assert wrong not in {m.entity for m in money(nlp, text)}
