"""Round 20, names: review 2a mended. A US state or a city before a possessed field unit is no
employer; a body the text writes after another owner's possessive is not the longer name's; a
board, commission or council said again is the one longer name of its body; a title run into a
longer name makes it no owner. Every company, person and body is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities.shortforms import field_body_targets


def _targets(names, text="", places=frozenset()):
    return field_body_targets(names, dict.fromkeys(names, "ORG"), set(places), text)


@pytest.mark.parametrize("text,place", [
    # medicine; engineering: a state's possessive, not an institution's
    ("Ann Vale, a lecturer at Ohio's College of Medicine, said the trial went well.", "Ohio"),
    ("Tom Reed, a researcher at Texas's College of Engineering, said the tests ran.", "Texas"),
])
def test_a_state_owning_a_field_unit_is_no_employer(nlp, text, place):
    assert not any(head == place for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("names,text", [
    # energy; fisheries: another country's body of the same field
    (["US Department of Harbours", "Department of Harbours"],
     "The US Department of Harbours set rules. Ann Vale, of Avalonia's Department of Harbours, said no."),
    (["Ruritania Ministry of Fisheries", "Ministry of Fisheries"],
     "The Ruritania Ministry of Fisheries met. Ben Orr spoke for Avalonia’s Ministry of Fisheries."),
])
def test_a_body_after_another_possessive_is_not_the_longer_name(names, text):
    assert _targets(names, text, places={"US", "Ruritania"}) == {}


@pytest.mark.parametrize("names", [
    # education; trade; arts
    ["Larch County Board of Education", "Board of Education"],
    ["Avalon Commission for Fair Trade", "Commission for Fair Trade"],
    ["Brisco City Council for the Arts", "Council for the Arts"],
])
def test_a_board_commission_or_council_said_again_is_the_longer_name(names):
    assert _targets(names, "The " + names[0] + " met.") == {names[1]: names[0]}


def test_a_commission_said_again_groups_in_a_text(nlp):
    text = ("The Avalon Commission for Fair Trade opened a review. Ben Orr, a lawyer at the "
            "Commission for Fair Trade, said it would take a year.")
    assert ("Avalon Commission for Fair Trade", "Ben Orr") in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("names", [
    # a court or an institute stays apart
    ["Larch County Court of Appeals", "Court of Appeals"],
    ["Brisco Institute of Marine Science", "Institute of Marine Science"],
    # an academic title run into the longer name (law; nursing)
    ["Dean Harlan Moss School of Law", "School of Law"],
    ["Provost Ada Kerr College of Nursing", "College of Nursing"],
])
def test_a_court_institute_or_titled_name_is_not_grouped(names):
    assert _targets(names, "The " + names[0] + " met.") == {}


@pytest.mark.parametrize("names,text", [
    # "the state's" body is the state's one named in full (health)
    (["Larch State Department of Health", "Department of Health"],
     "The Larch State Department of Health met. Ann Vale heads the state's Department of Health."),
    # a school after its university's possessive is that university's unit (public health)
    (["Harlan Moss School of Public Health", "School of Public Health"],
     "Ann Vale teaches at the Harlan Moss School of Public Health. Ben Orr called Brisco's School of Public Health."),
])
def test_a_common_possessor_or_an_academic_unit_still_groups(names, text):
    assert _targets(names, text) == {names[1]: names[0]}
