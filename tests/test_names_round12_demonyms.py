"""Names, round 12: a city's or a state's people ("Chicagoans", "Torontonians", "New
Jerseyans") are a demonym, never a party, whatever label the tagger gives them; a team or a
trade or a club that only looks like one ("Mariners", "Lenders", a small town's "Corinthians")
and firms named for a city stay names.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names
from tieline.extract.entities.not_party import not_party_type


@pytest.mark.parametrize("text,labels,demonym", [
    # transit
    ("Chicagoans sued Vantor Transit over the fare rise.",
     [("Chicagoans", "ORG"), ("Vantor Transit", "ORG")], "Chicagoans"),
    # dairy
    ("Torontonians buy most of their milk from Brambleway Dairy.",
     [("Torontonians", "ORG"), ("Brambleway Dairy", "ORG")], "Torontonians"),
    # utilities
    ("New Jerseyans pay Quellon Power more than they did last year.",
     [("New Jerseyans", "NORP"), ("Quellon Power", "ORG")], "New Jerseyans"),
    # software
    ("Detroiters use the Marrowsoft app to book buses.",
     [("Detroiters", "ORG"), ("Marrowsoft", "ORG")], "Detroiters"),
])
def test_a_citys_people_are_no_party(nlp, text, labels, demonym):
    found = names(nlp, text, labels)
    assert found.get(demonym) in {None, "NORP"}


# a small town's would-be demonym is more often a club's name ("Corinthians", "Spartans")
@pytest.mark.parametrize("name", ["Mariners", "Lenders", "Partners", "Corinthians", "Spartans",
                                  "Detroit Partners", "Boston Brewers", "Chicago Dairy"])
def test_a_team_a_trade_or_a_firm_named_for_a_city_is_no_demonym(name):
    assert not_party_type(name) is None


@pytest.mark.parametrize("text,labels,name", [
    ("Ann Rollins, editor of the Daily Harbour Herald, said the paper would cut its print run.",
     [("Ann Rollins", "PERSON"), ("the Daily Harbour Herald", "ORG")], "The Daily Harbour Herald"),
    ("A reporter for the Larchmont Post asked Quellon Power about the outage.",
     [("the Larchmont Post", "ORG"), ("Quellon Power", "ORG")], "The Larchmont Post"),
])
def test_a_papers_kept_article_is_written_as_its_title(nlp, text, labels, name):
    found = names(nlp, text, labels)
    assert found.get(name) == "ORG"
    assert name.replace("The", "the", 1) not in found
