"""Round 21, employ: a team player's position is a role at the club named before it. In random
corpus text (sports pages) "Globex United striker Ann Lee", "Harlow Rovers' goalkeeper Bo Park"
gave no employ fact, as striker, midfielder, defender, winger, goalkeeper and keeper were no
role words ("footballer" and "player" were). Written with no club ("striker Ann Lee scored")
the position borrows none: the sentence's other team is as often the opponent. "A defender of
the accord" is a supporter, no player.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,org,person", [
    # football
    ("Kestrel United striker Ravi Shah was injured in training on Tuesday.",
     "Kestrel United", "Ravi Shah"),
    ("Harlow Rovers midfielder Ann Lee was injured in training on Tuesday.",
     "Harlow Rovers", "Ann Lee"),
    ("The coach praised Kestrel United goalkeeper Peter Novak after the draw.",
     "Kestrel United", "Peter Novak"),
    # ice hockey
    ("Marlow Hawks defender Ravi Shah will miss the play-offs with a knee injury.",
     "Marlow Hawks", "Ravi Shah"),
    ("Avalon Icemen winger Nina Patel scored twice in the third period.",
     "Avalon Icemen", "Nina Patel"),
    # handball (a club named by its nickname)
    ("Dunmore Vikings keeper Omar Haddad saved three penalties.",
     "Dunmore Vikings", "Omar Haddad"),
])
def test_a_position_before_a_name_is_a_post_at_the_club(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


def test_a_former_club_position_is_a_past_post(nlp):
    facts = of_kind(nlp, "Former Marlow Hawks defender Ravi Shah will miss the play-offs with a knee injury.",
                    "employ")
    assert facts.get(("Marlow Hawks", "Ravi Shah")) == "negated"


@pytest.mark.parametrize("text", [
    # two teams in the sentence: the bare position names neither
    "Brinmoor Athletic beat Harlow Rovers 2-1 after striker Tomas Varga scored late.",
    "While Kestrel United confirmed a case, Marlow Hawks said goalkeeper Bo Park was well.",
    # a supporter of a cause, no player
    "Ann Lee was a staunch defender of the Veldoria Accord for decades.",
    "Ravi Shah, a fierce defender of the Harlow Tenants Union, spoke at the rally.",
])
def test_no_club_no_player_post(nlp, text):
    assert not of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,org,person", [
    # a football club named by its town (the tagger keeps the town a place)
    ("Newcastle striker Ravi Shah is discussing a loan move.", "Newcastle", "Ravi Shah"),
    ("Birmingham manager Peter Novak insists he will not sell the midfielder.",
     "Birmingham", "Peter Novak"),
    # a rugby club named by its town
    ("Gloucester boss Peter Novak said the forwards had been superb.", "Gloucester", "Peter Novak"),
])
def test_a_town_before_a_club_post_names_its_club(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


@pytest.mark.parametrize("text", [
    # a country's side is no employer
    "England striker Ravi Shah scored twice against the visitors.",
    "France winger Peter Novak was named man of the match.",
    # a town's own officials and a trade in a town hold no club post
    "Dunmore city manager Ann Lee said the budget was balanced.",
    "London fund manager Ann Lee said she had sold the shares.",
    "Chicago police chief Ann Lee said the street would stay closed.",
])
def test_no_club_post_for_a_country_or_a_town_official(nlp, text):
    assert not of_kind(nlp, text, "employ")
