"""Names the tagger ran on to an "and" made whole (round 10 part 4: "the National Association
of County and" + "City ... Officials" cut at the "and"). Every sentence and name is invented."""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text, labels, whole", [
    # public bodies: the words after the "and" are no name of their own
    ("Mara Quill, the CEO of the National Association of Town and Village Water Boards, said "
     "the rules would change.",
     [("Mara Quill", "PERSON"), ("the National Association of Town and", "ORG")],
     "National Association of Town and Village Water Boards"),
    # labour unions: fields listed with commas, then the union's own words
    ("Ravi Denton, president of the Brewing, Bottling and Canning Workers Union, said in a "
     "statement on Friday.",
     [("Ravi Denton", "PERSON"), ("the Brewing, Bottling and", "ORG"),
      ("Canning Workers Union", "ORG")],
     "Brewing, Bottling and Canning Workers Union"),
])
def test_a_name_run_on_to_and_is_finished(nlp, text, labels, whole):
    assert whole in names(nlp, text, labels)


@pytest.mark.parametrize("text, labels, first, second", [
    # freight: a person after the "and" is no part of the firm's name
    ("Tomas Reed, a director at Orbis Freight and Jana Holt, a lawyer, met the board.",
     [("Tomas Reed", "PERSON"), ("Orbis Freight and", "ORG"), ("Jana Holt", "PERSON")],
     "Orbis Freight", "Jana Holt"),
    # steel and software: two firms, the first no list of fields
    ("Corvane Labs and Hollis Steel Works signed a supply deal on Monday.",
     [("Corvane Labs and", "ORG"), ("Hollis Steel Works", "ORG")],
     "Corvane Labs", "Hollis Steel Works"),
    # fields written apart elsewhere are firms of their own
    ("Brewing, Bottling and Canning Union grew. Bottling sued Brewing last year.",
     [("Brewing, Bottling and", "ORG"), ("Canning Union", "ORG"), ("Bottling", "ORG"),
      ("Brewing", "ORG")],
     "Canning Union", "Bottling"),
])
def test_two_names_about_an_and_stay_apart(nlp, text, labels, first, second):
    found = names(nlp, text, labels)
    assert first in found and second in found


def test_a_headline_and_joins_no_name(nlp):
    # software and health: a title-case headline's "And" parts two clauses
    text = "Corvane Funds Lumo And Files Patent For Scanner\n\nCorvane said on Monday it would fund Lumo."
    found = names(nlp, text, [("Corvane Funds Lumo And", "ORG"), ("Corvane", "ORG"),
                              ("Lumo", "ORG")])
    assert not any("Patent" in name for name in found)
