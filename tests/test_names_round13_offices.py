"""Names cut short, round 13: a prosecutor's, coroner's or medical examiner's office is named
whole, as a sheriff's is; the short form ("the Prosecutor's Office") stands for the one longer
office name of the text; a place that opens such a name ("El Paso County Sheriff's Office")
is part of it; a place never stands for a firm whose name it opens ("in Corvale" beside
"Corvale Mesa University").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from test_names_round3 import names
from tieline.extract.entities import DocEntities


@pytest.mark.parametrize("text,kind,head,tail", [
    # a justice office hiring from a law firm
    ("The Bramley County Prosecutor's Office hired Dana Whitfield as a trial lawyer.",
     "employ", "Bramley County Prosecutor's Office", "Dana Whitfield"),
    # a coroner's office buying lab equipment
    ("The Marlow County Coroner's Office bought drones from Skylark Robotics.",
     "supply", "Skylark Robotics", "Marlow County Coroner's Office"),
    # a medical examiner's office sued by a lab
    ("Quorn Diagnostics sued the Ellery County Medical Examiner's Office over unpaid bills.",
     "sue", "Quorn Diagnostics", "Ellery County Medical Examiner's Office"),
])
def test_an_office_is_named_whole(nlp, text, kind, head, tail):
    assert (head, tail) in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,junk", [
    ("The Bramley County Prosecutor's Office hired Dana Whitfield as a trial lawyer.", "Office"),
    ("The Marlow County Coroner's Office bought scanners from Tessel Imaging.",
     "Marlow County Coroner"),
])
def test_no_piece_of_an_office_name(nlp, text, junk):
    assert junk not in names(nlp, text)


@pytest.mark.parametrize("text,full,short", [
    ("The Bramley County Prosecutor's Office charged two men. The Prosecutor's Office "
     "declined to comment.", "Bramley County Prosecutor's Office", "Prosecutor's Office"),
    ("The Dunmore County Sheriff's Office bought drones from Skylark Robotics. The Sheriff's "
     "Office said the drones arrive in May.", "Dunmore County Sheriff's Office", "Sheriff's Office"),
])
def test_the_short_form_groups_with_the_full_office(nlp, text, full, short):
    ents = DocEntities(nlp(text)).entities
    assert short not in ents and short in ents[full].aliases


def test_two_offices_leave_the_short_form_alone(nlp):
    text = ("The Bramley County Sheriff's Office and the Marlow County Sheriff's Office bought "
            "drones. The Sheriff's Office said the drones arrive in May.")
    ents = DocEntities(nlp(text)).entities
    assert not any("Sheriff's Office" in e.aliases for e in ents.values())


def test_a_place_opens_an_office_name(nlp):
    text = "Ray Tolman was a deputy with the El Paso County Sheriff's Office in Texas."
    assert ("El Paso County Sheriff's Office", "Ray Tolman") in of_kind(nlp, text, "employ")


def test_a_place_is_no_short_form_of_a_firm(nlp):
    text = ("Ada Roe teaches at Corvale Mesa University. Tom Brill, 41, was a nurse in "
            "Corvale, where he worked for Pine Health.")
    mentions = DocEntities(nlp(text)).mentions
    assert not any(m.name == "Corvale Mesa University" and m.span[1] - m.span[0] == 1
                   for m in mentions)
