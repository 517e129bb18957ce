"""A post joined to a trade beside a name, round 13: "Mara Quinn, a housing advocate and chief
executive of Harbor Tenants Alliance" works for the alliance; the parser often hangs "of X"
on the trade, so an organization written after the post is the post's. A membership stays no
job, a former post stays past, and a trade alone names no employer.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,org,person", [
    # housing charity, "of" hung on the trade
    ('"It is critical," Mara Quinn, a longtime housing advocate and CEO of the Harbor Tenants '
     'Alliance, says in a statement.', "Harbor Tenants Alliance", "Mara Quinn"),
    ("Mara Quinn, a longtime housing advocate and chief executive of Harbor Tenants Alliance, "
     "said rents rose.", "Harbor Tenants Alliance", "Mara Quinn"),
    # pharmaceuticals, a board seat
    ("Ravi Shah, a chemist and board member of Tidewave Pharma, said the trial went well.",
     "Tidewave Pharma", "Ravi Shah"),
])
def test_a_post_joined_to_a_trade_names_its_employer(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


def test_a_former_post_joined_to_a_trade_stays_past(nlp):
    text = "Tom Reyes, a retired nurse and former director of Orchard Hospital, said so."
    assert of_kind(nlp, text, "employ").get(("Orchard Hospital", "Tom Reyes")) == "negated"


@pytest.mark.parametrize("text", [
    # a union's member is no employee of it
    "Lena Hart, a nurse and member of the Harbor Nurses Union, said wages lag.",
    # a critic or an author of something about a bank works for no bank
    "Dana Cole, an activist and critic of Brisk Bank, said the fees were unfair.",
    "Dana Cole, a lawyer and the author of a book on Brisk Bank, said the fees were unfair.",
])
def test_no_post_no_employer(nlp, text):
    assert not of_kind(nlp, text, "employ")
