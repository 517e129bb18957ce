"""A description that could mean more than one company binds to nothing: two firms that fit its
noun ("the automaker" after two carmakers; one the text places in another country is no
rival), or a pair named together ("buy the company" after "Acme and
Globex"). One fitting firm still binds. Invented sentences, invented names, several industries."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, kind", [
    # two firms fit the class noun
    ("Korvath Motors cut prices on Monday. Brenna Motors said its sales fell. The carmaker "
     "agreed to buy Trellis Parts Inc for $2 billion.", "acquire"),
    ("Halden Bank reported a profit. Ostrava Bank posted a loss. The state holds a 20% stake in "
     "the lender, officials said.", "invest"),
    # a pair named together
    ("Quendrin Pharma and Lassiter Labs both reported results. Orvel Capital agreed to buy the "
     "company.", "acquire"),
    ("Dunmore Software and Pellam Networks both missed forecasts. Tarvik Partners bought the "
     "company in March.", "acquire"),
])
def test_an_ambiguous_description_binds_to_nothing(nlp, text, kind):
    assert of_kind(nlp, text, kind) == {}


@pytest.mark.parametrize("text, kind, pair", [
    # the firm the text calls German, whatever else is named
    ("Voss Industrie, a German engineering group, reported earnings. Meridian Corp of Ohio also "
     "reported. The German firm wanted to buy Tallow Systems.",
     "acquire", ("Voss Industrie", "Tallow Systems")),
    ("Spain's Corvina Foods reported a loss. Marlow Dairy said prices rose. Rookwood Equity "
     "holds a stake in the Spanish company.", "invest", ("Rookwood Equity", "Corvina Foods")),
    # the other candidate is placed elsewhere by its own name
    ("Bosses of Halvorsen Boerse and the London Stock Exchange will meet on Friday. Last month, "
     "the German exchange agreed to buy Tallow Systems.", "acquire",
     ("Halvorsen Boerse", "Tallow Systems")),
    # a single firm fits the class noun
    ("Korvath Motors cut prices on Monday. Dunmore Foods said its sales fell. The carmaker "
     "wanted to buy Tallow Systems.", "acquire", ("Korvath Motors", "Tallow Systems")),
    ("Halden Bank reported a profit. Rookwood Equity holds a 20% stake in the lender, officials "
     "said.", "invest", ("Rookwood Equity", "Halden Bank")),
])
def test_an_unambiguous_description_still_binds(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


def test_a_description_said_of_the_subject_binds_to_it(nlp):
    text = ("Brisk Robotics, also known as BriskBot, is the name of the Korean company that "
            "partnered with Japan's Tarvik Institute to build the arm.")
    assert any("BriskBot" in pair for pair in of_kind(nlp, text, "partner"))
