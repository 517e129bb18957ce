""""co-founded" comes split "co", "-", "founded", round 13: the parser makes "co" the verb, so
"Ann Lee, who co-founded Kestrel Labs" gave no founder; the verb meant is the word after the
hyphen. Other "co-" verbs ("co-wrote", "co-led") and a thing founded stay no employer.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,org,person", [
    # laboratory equipment
    ("Ann Lee, who co-founded Kestrel Labs in 2012, left last year.", "Kestrel Labs", "Ann Lee"),
    # food, a descriptor before the firm's name
    ("Dana Cole, who co-founded the bakery chain Crumbly Foods, said sales rose.", "Crumbly Foods",
     "Dana Cole"),
    # software, the name given in a sentence before
    ("Mara Quinn sued the firm. Quinn, who co-founded Vantor Software in 2015, has since left.",
     "Vantor Software", "Mara Quinn"),
])
def test_a_split_co_founded_names_the_founder(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


@pytest.mark.parametrize("text", [
    "Ann Lee, who co-wrote the report with Brisk Bank, said rates would fall.",
    "Ravi Shah, who co-founded a charity to help farmers, said prices fell.",
])
def test_other_co_verbs_and_things_founded_name_no_employer(nlp, text):
    assert not of_kind(nlp, text, "employ")
