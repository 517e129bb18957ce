"""A firm's function between the firm and a title, round 12: "Kestrel Foods Communications
Director Ann Lee" works for Kestrel Foods as its communications director; the function is
the title's field, not part of the employer's name. A firm whose own name ends in such a word
("Vantor Communications"), or a longer name the text also writes without the title, keeps
it.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,org,person", [
    # food
    ("Kestrel Foods Communications Director Ann Lee said sales rose.", "Kestrel Foods", "Ann Lee"),
    # banking, a title in lower case
    ("Vantor Bank Marketing director Tom Reyes said loans grew.", "Vantor Bank", "Tom Reyes"),
    # politics
    ("Avalon Green Party Communications Director Mara Fenn said the vote was close.",
     "Avalon Green Party", "Mara Fenn"),
])
def test_a_function_before_a_title_is_the_title_field(nlp, text, org, person):
    facts = of_kind(nlp, text, "employ")
    assert (org, person) in facts
    assert not any(head.startswith(org + " ") for head, _ in facts)


@pytest.mark.parametrize("text,org,person", [
    # a firm named for its trade, no firm word before the function
    ("Vantor Communications Director Ann Lee said the network grew.", "Vantor Communications",
     "Ann Lee"),
    # a research firm's own name
    ("Marlow Investment Research analyst Tom Reyes said the sale made sense.",
     "Marlow Investment Research", "Tom Reyes"),
])
def test_a_firm_named_with_such_a_word_keeps_it(nlp, text, org, person):
    assert (org, person) in of_kind(nlp, text, "employ")
