"""Maker-named teams and contests, round 11: a name led by a club's or a promoter's name and
followed or governed by a word of sport ("the Brenna Harriers squad", "the Sallow Alpine
champion") is a team or an event, not a product the club or promoter develops;
a product named after its maker still is one, also beside sport words elsewhere.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

CLUB = ("Brenna opened a new clubhouse this spring. Brenna said on Friday that its members "
        "had raised the money themselves.\n\n")
SKIS = ("Sallow sells skis in forty countries. Sallow said on Tuesday that sales had risen "
        "by a fifth.\n\n")


@pytest.mark.parametrize("text,unit", [
    # running club: its team, its race title
    (CLUB + "A crisis in the Brenna Harriers squad led to Ann Lee being entered by her coach.",
     ("Brenna", "Brenna Harriers")),
    (CLUB + "Mara Tell, the reigning Brenna Cross-Country champion, came third on Sunday.",
     ("Brenna", "Brenna Cross-Country")),
    # ski maker: a contest named after it
    (SKIS + "Ola Brun, the Sallow Alpine champion, won again.", ("Sallow", "Sallow Alpine")),
])
def test_a_team_or_contest_named_after_a_body_is_no_product(nlp, text, unit):
    assert unit not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,product", [
    (CLUB + "Brenna launched the Brenna Pace app for runners.", ("Brenna", "Brenna Pace")),
    (SKIS + "Sallow launched the Sallow Glide app for skiers, and its squad tested it.",
     ("Sallow", "Sallow Glide")),
    (SKIS + "Sallow will ship the new Sallow Glide ski in May.", ("Sallow", "Sallow Glide")),
])
def test_a_product_named_after_its_maker_stays(nlp, text, product):
    assert product in of_kind(nlp, text, "develop")
