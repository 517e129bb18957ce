"""Round 20, names: reviewer A's leftovers in names and entities (invented names throughout)."""
from __future__ import annotations

import pytest

from tieline.names import grown_initials, initial


@pytest.mark.parametrize("word,letters", [("U.S.", "US"), ("U.K.", "UK"), ("U.S", "US"),
                                          ("Navy", "N"), ("J.", "J")])
def test_initial_keeps_a_dotted_words_letters(word, letters):
    assert initial(word) == letters


def test_grown_initials_spells_a_dotted_word_whole():
    """"U.S. Bureau for Harbour Safety and Rescue" kept "USBHS", not "UBHS"."""
    assert grown_initials("U.S. Bureau for Harbour Safety and Rescue") == "USBHS"
    assert grown_initials("Bureau for Harbour Safety and Rescue") == "BHS"
    assert grown_initials("Office of Health and Welfare") == ""  # two letters: too few


def _field_targets(names, places=frozenset(), kinds=None):
    from tieline.extract.entities.shortforms import field_body_targets
    kinds = {**dict.fromkeys(names, "ORG"), **(kinds or {})}
    return field_body_targets(names, kinds, set(places))


@pytest.mark.parametrize("names,places", [
    # a country before a public body is its owner (health; transport; fisheries)
    (["US Department of Health", "Department of Health"], {"US"}),
    (["Ruritania Office of Rail Safety", "Office of Rail Safety"], {"Ruritania"}),
    (["Avalonia Ministry of Fisheries", "Ministry of Fisheries"], {"Avalonia"}),
    # a center for a field said again without its founder's name (added with "center")
    (["Harlan Moss Center for Harbour Studies", "Center for Harbour Studies"], set()),
])
def test_a_field_body_said_again_is_the_longer_name(names, places):
    assert _field_targets(names, places=places) == {names[1]: names[0]}


def test_a_country_before_a_field_body_is_its_owner():
    names = ["US Bureau of Mine Safety", "Bureau of Mine Safety"]
    assert _field_targets(names, places={"US"}) == {"Bureau of Mine Safety": "US Bureau of Mine Safety"}


@pytest.mark.parametrize("names,kinds", [
    # a university is no field body: the state's university is not its medical university
    (["Medical University of Avalonia", "University of Avalonia"], {}),
    (["Larch Institute of Marine Science", "Institute of Marine Science"], {}),
    # a place after "of": the department of a place, not a field
    (["Harbor Department of Avalonia", "Department of Avalonia"], {"Avalonia": "GPE"}),
    # a longer name whose extra words end in a comma lists two bodies
    (["Harlan School of Law, Office of Civic Affairs", "Office of Civic Affairs"], {}),
])
def test_a_distinct_body_is_not_grouped(names, kinds):
    assert _field_targets(names, kinds=kinds) == {}


@pytest.mark.parametrize("text,pair", [
    # medicine: the tagger takes the owner for a place
    ("Dr. Ben Orr, a researcher at Mount Carrow's School of Medicine, said the data was clear.",
     ("Mount Carrow", "Ben Orr")),
    # business: the tagger takes the owner for a location
    ("Kara Dunn, a lecturer at East Tarrow's School of Business, said the course filled.",
     ("East Tarrow", "Kara Dunn")),
])
def test_a_possessed_unit_of_an_owner_tagged_a_place_is_the_owners(nlp, text, pair):
    from extracted import of_kind
    assert pair in of_kind(nlp, text, "employ")


def test_a_country_owning_a_field_unit_is_no_employer(nlp):
    from extracted import of_kind
    text = "Ann Vale, a lecturer at France's School of Harbour Pilots, said the course filled."
    assert not any(head == "France" for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text,bounds,unsure", [
    # an academic title run into the body's first half (engineering; law)
    ("Tony Engle, Dean of College of Engineering at Avalon University, said so.", (3, 6, 8), True),
    ("Ruth Amos, Provost of School of Law at Brisco University, said so.", (3, 6, 8), True),
    # a body's own two halves
    ("Ann Vale works at the Harlan Moss School of Public Health now.", (5, 8, 11), False),
])
def test_a_title_opening_a_body_makes_its_bounds_unsure(nlp, text, bounds, unsure):
    from tieline.extract.entities.owned_units import _unsure_body
    sdoc = nlp(text)
    i, j, end = bounds
    assert sdoc[j].lower_ == "of"
    assert _unsure_body(sdoc, i, j, end) is unsure
