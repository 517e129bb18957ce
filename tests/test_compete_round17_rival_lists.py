"""Rivals listed after a bare "rivals" or "competitors", round 17: "Acme lost ground to rivals A
and B", "Acme is trailing behind competitors like A", "Acme now has competitors including A and
B" name the rivals of the clause's subject (the parser hangs the names as an apposition or a
list of the noun, which names no owner). A verb that ends a tie (lose, leave, sell, withdraw)
governing a rival noun ends no rivalry. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pairs", [
    ("Renfield Motors lost ground to rivals Tamsin Cars and Orvelle Auto last year.",
     [("Orvelle Auto", "Renfield Motors"), ("Renfield Motors", "Tamsin Cars")]),
    ("Brisa Airlines now has competitors including Velda Airways and Norjet.",
     [("Brisa Airlines", "Velda Airways"), ("Brisa Airlines", "Norjet")]),
    ("Halvard Bank is trailing behind competitors like Corbin Financial and Stellan Bank.",
     [("Corbin Financial", "Halvard Bank"), ("Halvard Bank", "Stellan Bank")]),
    ("Quillon Software ranks ahead of rivals such as Marlow Systems in the survey.",
     [("Marlow Systems", "Quillon Software")]),
])
def test_listed_rivals_are_the_subjects(nlp, text, pairs):
    found = of_kind(nlp, text, "compete")
    for a, b in pairs:
        assert found.get(tuple(sorted((a, b)))) == "asserted", (a, b, found)


@pytest.mark.parametrize("text, pair", [
    ("Kestrel Foods sold its snack unit to rival Dunmore Brands in March.",
     ("Dunmore Brands", "Kestrel Foods")),
    ("Ostbank has withdrawn its takeover offer for rival bank Lumen Bank.", ("Lumen Bank", "Ostbank")),
    # the tie verb's own negation or hedge is not the rivalry's
    ("Ostbank has not withdrawn its takeover offer for rival bank Lumen Bank.",
     ("Lumen Bank", "Ostbank")),
    ("Renfield Motors did not lose ground to rivals Tamsin Cars and Orvelle Auto.",
     ("Renfield Motors", "Tamsin Cars")),
    ("Kestrel Foods could lose ground to rivals Dunmore Brands and Orla Snacks.",
     ("Dunmore Brands", "Kestrel Foods")),
])
def test_a_verb_ending_a_tie_ends_no_rivalry(nlp, text, pair):
    assert of_kind(nlp, text, "compete").get(pair) == "asserted"


@pytest.mark.parametrize("text, kept_out", [
    ("Rivals Tamsin Cars and Orvelle Auto cut their prices.", "Tamsin Cars"),
    ("Ann Lee praised rivals Tamsin Cars and Orvelle Auto.", "Ann Lee"),
    ("It could take some awards from competitors Velda Airways and Norjet.", "Velda Airways"),
    ("Renfield Motors cut prices as rivals of Tamsin Cars such as Orvelle Auto did.",
     "Renfield Motors"),
])
def test_near_shapes_name_no_owner(nlp, text, kept_out):
    assert not any(kept_out in pair for pair in of_kind(nlp, text, "compete"))


@pytest.mark.parametrize("text, kept_out", [
    # investment, consulting, market research, media: the verb neither owns nor meets rivals
    ("Globex Capital has invested in rivals Tamsin Cars and Orvelle Auto.", "Globex Capital"),
    ("Kordal Partners advised competitors including Velda Airways and Norjet.", "Kordal Partners"),
    ("Velda Research surveyed competitors like Corbin Financial and Stellan Bank.",
     "Velda Research"),
    ("Pellam Media praised rivals such as Marlow Systems and Quillon Software.", "Pellam Media"),
])
def test_a_verb_of_no_rivalry_gives_no_owner(nlp, text, kept_out):
    assert not any(kept_out in pair for pair in of_kind(nlp, text, "compete"))


@pytest.mark.parametrize("text, pair", [
    ("Brisa Airlines faces competitors including Velda Airways and Norjet.",
     ("Brisa Airlines", "Velda Airways")),
    ("Marlow Systems is falling behind rivals like Quillon Software and Pellam Soft.",
     ("Marlow Systems", "Quillon Software")),
])
def test_a_verb_of_rivalry_still_gives_the_owner(nlp, text, pair):
    assert of_kind(nlp, text, "compete").get(pair) == "asserted"


def test_an_ended_rivalry_stays_ended(nlp):
    found = of_kind(nlp, "Kestrel Foods ended its long rivalry with Dunmore Brands.", "compete")
    assert found.get(("Dunmore Brands", "Kestrel Foods")) == "negated"
