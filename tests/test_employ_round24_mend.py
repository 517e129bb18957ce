"""employ, round 24 mend: a hiring that talks or a wish are about is no current post, and a
newcomer who replaces someone on a council or in a match takes no post at the replaced
person's firm (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, name", [
    ("Kestrel Foods is in talks to hire Ann Velt.", "Kestrel Foods", "Ann Velt"),
    ("Brambleway Dairy is in advanced negotiations to hire Kai Lund.", "Brambleway Dairy",
     "Kai Lund"),
    ("Halvorsen Marine held talks to hire Piet Maas last month.", "Halvorsen Marine", "Piet Maas"),
    ("Trellis Analytics wants to hire Lena Sorn.", "Trellis Analytics", "Lena Sorn"),
])
def test_a_hiring_under_talks_or_a_wish_is_hedged(nlp, text, head, name):
    assert of_kind(nlp, text, "employ").get((head, name)) == "hedged"


def test_every_listed_name_of_a_hiring_in_talks_is_hedged(nlp):
    facts = of_kind(nlp, "Kestrel Foods is in talks to hire Ann Velt and Kai Lund.", "employ")
    assert facts.get(("Kestrel Foods", "Ann Velt")) == "hedged"
    assert facts.get(("Kestrel Foods", "Kai Lund")) == "hedged"


def test_a_hiring_made_after_talks_stays_asserted(nlp):
    facts = of_kind(nlp, "Kestrel Foods hired Ann Velt after long talks.", "employ")
    assert facts.get(("Kestrel Foods", "Ann Velt")) == "asserted"


def test_a_newcomer_unlikely_to_replace_is_no_current_post(nlp):
    facts = of_kind(nlp, "Kai Lund is chief executive of Trellis Analytics. Ann Velt is unlikely "
                         "to replace Kai Lund.", "employ")
    assert facts.get(("Trellis Analytics", "Ann Velt")) in {None, "hedged"}


@pytest.mark.parametrize("where", ["on the council", "in the final of the tournament",
                                   "on the parish committee"])
def test_replacing_someone_elsewhere_takes_no_post_at_their_firm(nlp, where):
    facts = of_kind(nlp, f"Kai Lund is chief executive of Trellis Analytics. Ann Velt replaced "
                         f"Kai Lund {where}.", "employ")
    assert ("Trellis Analytics", "Ann Velt") not in facts


@pytest.mark.parametrize("when", ["in May", "last year"])
def test_a_dated_succession_still_takes_the_post(nlp, when):
    facts = of_kind(nlp, f"Kai Lund is chief executive of Trellis Analytics. Ann Velt succeeded "
                         f"Kai Lund {when}.", "employ")
    assert facts.get(("Trellis Analytics", "Ann Velt")) == "asserted"


def test_a_firing_that_did_not_happen_ends_no_post(nlp):
    facts = of_kind(nlp, "Halvorsen Marine did not sack Ann Velt and Kai Lund.", "employ")
    assert facts.get(("Halvorsen Marine", "Kai Lund")) != "negated"
    assert facts.get(("Halvorsen Marine", "Ann Velt")) != "negated"
