"""employ, round 21: a role whose holder the sentence says was fired, or whose resignation,
departure or dismissal it reports, is a past role (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail", [
    # media: the resignation of a titled person, and of the next one in the list
    ("The affair prompted the resignation of Trelvix chairman Gary Dunn.", "Trelvix", "Gary Dunn"),
    # banking: the departure of a titled person
    ("Shares fell after the departure of Tallow Bank chief executive Rita Moss.", "Tallow Bank",
     "Rita Moss"),
    # mining: an apposed holder of a role, fired (passive)
    ("Helix Mining's head Frank Dorn and two other executives were fired in January.",
     "Helix Mining", "Frank Dorn"),
    # media: the role written after the name, fired (passive)
    ("Tessa Ray, the chief executive of Trelvix Media, was fired in March.", "Trelvix Media",
     "Tessa Ray"),
    # airline: the sacking of a titled person
    ("Pilots cheered the sacking of Corvid Airlines boss Jon Beck.", "Corvid Airlines",
     "Jon Beck"),
])
def test_a_role_its_holder_lost_is_a_former_one(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "negated"


@pytest.mark.parametrize("text, head, tail", [
    # a departure only demanded
    ("Investors called for the removal of Globex chairman Ann Lee.", "Globex", "Ann Lee"),
    # a departure not yet happened
    ("Shares rose on the planned departure of Corvid Airlines chief executive Jon Beck.",
     "Corvid Airlines", "Jon Beck"),
    # a firing only possible, or denied
    ("Nadia Kim, the chief of Orlamo Health, could be fired.", "Orlamo Health", "Nadia Kim"),
    ("Omar Reyes, the head of Vennick Energy, was not ousted.", "Vennick Energy", "Omar Reyes"),
    # a departure of someone else: the role holder stays
    ("Tallow Bank chief executive Rita Moss announced the departure of director Gary Dunn.",
     "Tallow Bank", "Rita Moss"),
])
def test_a_departure_not_made_leaves_the_role_current(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "asserted"


@pytest.mark.parametrize("text, head, tail", [
    # universities: "professor emeritus", the title of a retired professor
    ("Kent Dorn, a professor emeritus of history at Harlow University, said the plan was flawed.",
     "Harlow University", "Kent Dorn"),
    ("Ada Fenn, professor emeritus at Brisk College, said the plan was flawed.", "Brisk College",
     "Ada Fenn"),
    # banking: an honorary title after retiring
    ("Ada Fenn, chairman emeritus of Tallow Bank, said the plan was flawed.", "Tallow Bank",
     "Ada Fenn"),
])
def test_an_emeritus_title_is_a_former_role(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "negated"


@pytest.mark.parametrize("text, head, tail", [
    ("Kent Dorn, a professor of history at Harlow University, said the plan was flawed.",
     "Harlow University", "Kent Dorn"),
    ("Ada Fenn, chairman of Tallow Bank, thanked Kent Dorn, a professor emeritus.", "Tallow Bank",
     "Ada Fenn"),
])
def test_a_title_without_emeritus_stays_current(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "asserted"
