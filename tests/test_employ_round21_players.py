"""Round 21, employ: a team player's position is a role at the club named before it. In random
corpus text (sports pages) "Globex United striker Ann Lee", "Harlow Rovers' goalkeeper Bo Park"
gave no employ fact, as striker, midfielder, defender, winger, goalkeeper and keeper were no
role words ("footballer" and "player" were). Written with no club ("striker Ann Lee scored")
the position borrows none: the sentence's other team is as often the opponent. "A defender of
the accord" is a supporter, no player; a "far-right winger" or a party's "defender" holds no
post; a bare "keeper" is a player only on a sports page (not a lighthouse or hotel keeper).
A town before a club post ("Dunmore striker Ann Lee") names its club; a town's "boss" or
"manager" only on a sports page; never a country's, a state's or a national side.

Every sentence and name is invented; towns and countries are labelled as the tagger labels
places (GPE), and the country and state lists are stood in for by invented names.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relabel
from tieline.extract import bare_roles, extract
from tieline.model import Document


def _employ(nlp, text: str, labels: dict) -> dict[tuple, str]:
    sdoc = nlp(text)
    relabel(sdoc, labels)
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.head, r.tail): r.modality for r in facts if r.type == "employ"}


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
    # handball (a club named by its nickname; a bare keeper on a sports page)
    ("Dunmore Vikings keeper Omar Haddad saved three penalties in the handball final.",
     "Dunmore Vikings", "Omar Haddad"),
])
def test_a_position_before_a_name_is_a_post_at_the_club(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


def test_a_former_club_position_is_a_past_post(nlp):
    facts = of_kind(nlp, "Former Marlow Hawks defender Ravi Shah will miss the play-offs with a knee injury.",
                    "employ")
    assert facts.get(("Marlow Hawks", "Ravi Shah")) == "negated"


def test_a_bare_position_borrows_no_club(nlp):
    # two teams in the sentence: the bare position names neither
    text = "Brinmoor Athletic beat Harlow Rovers 2-1 after striker Tomas Varga scored late."
    assert not of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,orgs", [
    # a supporter of a cause, no player
    ("Ann Lee was a staunch defender of the Veldoria Accord for decades.", ["Veldoria Accord"]),
    ("Ann Lee, Globex's fiercest defender, said the merger was fair.", ["Globex"]),
    # a party's wing or defender holds no post
    ("Harlow Party defender Ann Lee said the bill was fair.", ["Harlow Party"]),
    ("Ravi Shah, a far-right winger at Tarvik Media, opposed the bill.", ["Tarvik Media"]),
    # a trade's keeper off a sports page
    ("Acme Hotels keeper Tomas Varga retired last year.", ["Acme Hotels"]),
    ("Brackwell Zoo keeper Tomas Varga said the lions were well.", ["Brackwell Zoo"]),
])
def test_no_player_post_for_a_supporter_a_party_or_a_trade(nlp, text, orgs):
    assert not _employ(nlp, text, {o: "ORG" for o in orgs})


@pytest.mark.parametrize("text,org,person", [
    # a football club named by its town (the tagger keeps the town a place)
    ("Dunmore striker Ravi Shah is discussing a loan move.", "Dunmore", "Ravi Shah"),
    ("Brackwell manager Peter Novak insists he will not sell the midfielder.",
     "Brackwell", "Peter Novak"),
    # a rugby club named by its town, its boss on a sports page
    ("Tarnmouth boss Peter Novak said the squad had been superb.", "Tarnmouth", "Peter Novak"),
])
def test_a_town_before_a_club_post_names_its_club(nlp, text, org, person):
    assert _employ(nlp, text, {org: "GPE"}).get((org, person)) == "asserted"


@pytest.mark.parametrize("text", [
    # a town's boss or manager off a sports page: a city manager, a firm's local boss
    "Dunmore manager Ann Lee said the city budget was balanced.",
    "Dunmore boss Ann Lee said the plant would close in May.",
    # a town's official and a trade in a town hold no club post
    "Dunmore city manager Ann Lee said the league budget was balanced.",
    "Dunmore fund manager Ann Lee said she had sold the club's shares.",
])
def test_no_club_post_for_a_town_official(nlp, text):
    assert not _employ(nlp, text, {"Dunmore": "GPE"})


def test_a_firms_town_boss_is_the_firms(nlp):
    facts = _employ(nlp, "Globex's Dunmore boss Ann Lee said the club would stay open.",
                    {"Globex": "ORG", "Dunmore": "GPE"})
    assert facts == {("Globex", "Ann Lee"): "asserted"}


@pytest.mark.parametrize("names", ["NATIONAL_SIDES", "us_states", "place_names"])
def test_no_club_for_a_country_a_state_or_a_national_side(nlp, monkeypatch, names):
    text = "Veldoria striker Ravi Shah scored twice against the visitors."
    stand_in = frozenset({"Veldoria"})
    monkeypatch.setattr(bare_roles, names, stand_in if names == "NATIONAL_SIDES" else lambda: stand_in)
    assert not _employ(nlp, text, {"Veldoria": "GPE"})
    monkeypatch.undo()
    assert _employ(nlp, text, {"Veldoria": "GPE"}) == {("Veldoria", "Ravi Shah"): "asserted"}
