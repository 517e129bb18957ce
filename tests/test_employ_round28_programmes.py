"""A show named as such is no employer: "In this episode of Night Desk, host Ann Lee ..." gives
the programme its host, not a firm its employee. The text must give the name an episode; an
outlet's "edition" stays the outlet, and a firm whose chief appears on a show keeps its chief.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    # a news programme
    "In this episode of Night Desk, host Ann Vale speaks with Ben Ortiz about the election.",
    # a farming podcast, named again later in the text
    "Harvest Hour returns this week. In this episode of Harvest Hour, host Ben Ortiz talks to"
    " growers about the drought.",
    # a guest on a quarrying show, the name closing the sentence
    "Dara Finch, a host, spoke about blasting on the latest episode of Quarry Notes.",
])
def test_programme_hosts_are_no_employees(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not found, (text, found)


@pytest.mark.parametrize("text,pair", [
    # the firm's chief is a guest: the firm still employs her
    ("Ann Vale, chief executive of Kestrel Foods, appeared on an episode of Harvest Hour last"
     " week.", ("Kestrel Foods", "Ann Vale")),
    # an outlet's edition is still the outlet
    ("Ben Ortiz, chief executive of Halvorsen Press, said the Sunday edition of Halvorsen Press"
     " would shrink.", ("Halvorsen Press", "Ben Ortiz")),
    # an episode of the outlet's show: the outlet itself is no show
    ("The latest episode of Trellis Broadcasting Dispatch aired on Monday. Trellis Broadcasting"
     " chief executive Ann Vale said the network would add two shows.",
     ("Trellis Broadcasting", "Ann Vale")),
    # the firm's own show ("X's podcast"), a stretch of its past, a firm-like name, and a name
    # the episode runs on into the sentence: the firm is no programme
    ("Ann Vale, chief executive of Brambleway Dairy, told an episode of Brambleway Dairy's"
     " podcast that milk prices would rise.", ("Brambleway Dairy", "Ann Vale")),
    ("Ann Vale, chief executive of Orvane Capital, spoke about the episodes of Orvane Capital"
     " history that shaped the fund.", ("Orvane Capital", "Ann Vale")),
    ("Kestrel Foods chief executive Ann Vale said sales rose. In an episode of Kestrel Foods, a"
     " documentary series, viewers saw the plant.", ("Kestrel Foods", "Ann Vale")),
    ("Ben Ortiz, a reporter for Halvorsen Radio, said on an episode of Halvorsen Radio that the"
     " port would close.", ("Halvorsen Radio", "Ben Ortiz")),
    # no episode named: the network's chief stays its employee
    ("Trellis Broadcasting chief executive Ann Vale said the network would add two shows.",
     ("Trellis Broadcasting", "Ann Vale")),
])
def test_firms_beside_a_show_keep_their_people(nlp, text, pair):
    found = of_kind(nlp, text, "employ")
    assert pair in found, (text, found)
