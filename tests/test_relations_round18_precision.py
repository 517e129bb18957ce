"""Round 18, relation precision on random real news: error classes of four judged stores.

- use: a person is no user party (a consumer's test, an official's fund, a trader's use of an
  agency's tools), and a firm-typed name used outright is mostly a product the tagger called a
  firm; a firm's own thing is named with its noun ("Acme's kits", "the Acme kits").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,user,maker", [
    # health
    ("Orbiton Health is using Kestrel Labs' rapid test kits at three clinics.",
     "Orbiton Health", "Kestrel Labs"),
    # logistics
    ("Harbor Freight Lines uses mapping software from Quillon Systems in its depots.",
     "Harbor Freight Lines", "Quillon Systems"),
])
def test_a_firm_using_a_makers_thing_is_kept(nlp, text, user, maker):
    assert (user, maker) in of_kind(nlp, text, "use")


@pytest.mark.parametrize("text,person", [
    # health: a patient's or doctor's own use
    ("Dr. Maya Lintell used Kestrel Labs' rapid test to check her family.", "Maya Lintell"),
    # government: an official recommends using a fund
    ("Commissioner Jessica Orrin has recommended using Veyra Bank's relief fund to pay for "
     "hotspots.", "Jessica Orrin"),
    # finance: traders misusing an agency's tools
    ("Tom Garrow and Ed Pallis used the Harbor Authority's tracking tools to defraud investors.",
     "Tom Garrow"),
])
def test_a_person_is_no_user(nlp, text, person):
    assert not any(h == person for h, _ in of_kind(nlp, text, "use"))


@pytest.mark.parametrize("text,thing", [
    # health: a treatment's initials
    ("Orbiton Health also began using VXC at low doses in its wards.", "VXC"),
    # motor sport: a car model
    ("Kestrel Rally uses a Veyra Astra GTI with an automatic gearbox.", "Veyra Astra GTI"),
    # education: a software product
    ("Quillon Schools uses SkillPath in its classrooms.", "SkillPath"),
    # software: a feature's protocol
    ("Orbiton Stream will rely on iPlay, and Orbiton Stream is using ZephyrCast.", "ZephyrCast"),
])
def test_a_name_used_outright_is_no_supplier(nlp, text, thing):
    assert not any(t == thing for _, t in of_kind(nlp, text, "use"))

