"""A definite description followed by a name introduces that name ("at the rating agency
Tarvik"): it does not refer back to an organization named earlier. Invented sentences, invented
names, several industries."""
from __future__ import annotations

import pytest

from extracted import of_kind


def employers(nlp, text: str, person: str) -> list[str]:
    return sorted(org for org, p in of_kind(nlp, text, "employ") if p == person)


@pytest.mark.parametrize("text, person, org", [
    ("Brellow Steel reported higher quarterly profits on Monday. Maren Holt, a senior analyst at "
     "the rating agency Tarvik, said the results were strong.", "Maren Holt", "Tarvik"),
    ("Pellam Cosmetics launched a new perfume in Paris. Claire Dubois, a creative director at the "
     "advertising agency Sorvik, designed the campaign.", "Claire Dubois", "Sorvik"),
])
def test_a_description_that_names_its_firm_is_not_the_earlier_one(nlp, text, person, org):
    assert employers(nlp, text, person) == [org]


@pytest.mark.parametrize("text, person, org", [
    # a date after the description does not name it: "the company" still means Quorra Foods
    ("Quorra Foods is expanding into frozen meals. The company Tuesday hired Lena Abbott as its "
     "finance chief.", "Lena Abbott", "Quorra Foods"),
    # nor does a place: "the bank in London" is still Selwyn Bank
    ("Selwyn Bank cut its forecast in March. Omar Diaz, the chief economist at the bank in "
     "London, said rates would fall.", "Omar Diaz", "Selwyn Bank"),
])
def test_a_description_followed_by_a_date_or_place_still_refers_back(nlp, text, person, org):
    assert employers(nlp, text, person) == [org]
