"""employ, round 11: the wrong party picked from a nearby name. "A spokeswoman for the company"
never binds to a ministry or a department, and a role for an unnamed body ("officer for the
Globex-owned channels") borrows no other organization of the sentence (sentences and names
invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, wrong", [
    # energy: a ministry fines an oil firm, whose spokeswoman answers
    ("The Ministry of Energy fined Brightwater Oil on Monday. \"We will appeal,\" said Lena "
     "Hart, a spokeswoman for the company.", "Ministry of Energy"),
    # food: a department recalls a dairy's cheese
    ("The Agriculture Department ordered Marlow Creamery to recall its cheese. \"We are "
     "cooperating,\" said Tom Reyes, a spokesman for the firm.", "Agriculture Department"),
])
def test_a_firm_word_never_means_a_public_body(nlp, text, wrong):
    assert not any(head == wrong for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text, head, tail", [
    # software: the company named before is still the firm the spokeswoman speaks for
    ("Orbitline Software fixed the bug on Monday. \"The update is live,\" said Lena Hart, a "
     "spokeswoman for the company.", "Orbitline Software", "Lena Hart"),
    # aviation: a firm word for an airline
    ("Dunmore Airlines cancelled forty flights on Friday. \"Safety comes first,\" said Tom "
     "Reyes, a spokesman for the firm.", "Dunmore Airlines", "Tom Reyes"),
])
def test_a_spokesman_still_speaks_for_the_body_named(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, wrong", [
    # television: the officer works for the channels' owner, not the channel named first
    ("Brightview TV will air a new cooking show this fall, said Ann Cole, chief brand officer "
     "for the Halcyon-owned networks.", "Brightview TV"),
    # shipping: the manager works for the unnamed terminals, not the port named first
    ("Port Avalon expects fewer ships this year, said Bo Park, operations manager for the "
     "Norland-run terminals.", "Port Avalon"),
])
def test_a_role_for_an_unnamed_body_borrows_no_name(nlp, text, wrong):
    assert not any(head == wrong for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text, head, tail", [
    # the role's own body named: still its employer
    ("Brightview TV will air a new show, said Ann Cole, chief brand officer for Brightview TV.",
     "Brightview TV", "Ann Cole"),
    ("Port Avalon expects fewer ships, said Bo Park, chief executive of Port Avalon.",
     "Port Avalon", "Bo Park"),
])
def test_a_role_for_a_named_body_still_fires(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "employ")
