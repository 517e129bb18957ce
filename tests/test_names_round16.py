"""Names, round 16 (issue 9, names target on fresh stores): one body under two entities across
documents, and an acronym written with dots shown cut.

- "U.S. Larch Energy Board" is the "Larch Energy Board" that documents name as often or more
  without the country;
- an acronym that stands alone in more documents than it is grouped goes to the name grown by
  "and" plus one word whose shorter name it spells ("HSB" of "Harbour Safety Bureau and
  Standards"), as the text-level grouping already does;
- "U.N." and "C.D.C." keep their last dot ("U.N" reads as a cut name).

Every name is invented.
"""
from __future__ import annotations

from tieline.model import Document, Entity, Extraction
from tieline.names import clean_name, key
from tieline.resolve import Resolver


def extraction(*entities):
    return Extraction(document=Document(text="x", source="t"), entities=list(entities))


def observe(r, times, *entities):
    for _ in range(times):
        r.observe(extraction(*entities))


# -- a country before a body's name ------------------------------------------------------------

def test_a_body_named_with_a_country_before_it_is_the_body():
    for body, prefixed in (("Larch Energy Board", "U.S. Larch Energy Board"),
                           ("Office for Harbour Statistics", "UK Office for Harbour Statistics"),
                           ("Vessa Institutes of Farming", "US Vessa Institutes of Farming")):
        r = Resolver()
        observe(r, 4, Entity(body, "ORG"))
        observe(r, 2, Entity(prefixed, "ORG"))
        assert r.canonical(prefixed) == body
        assert r.canonical(body) == body


def test_a_country_before_one_word_or_a_person_or_a_rarer_name_stays():
    r = Resolver()
    observe(r, 4, Entity("Steelworks", "ORG"))  # "U.S. Steelworks" is a firm of its own
    observe(r, 1, Entity("U.S. Steelworks", "ORG"))
    observe(r, 3, Entity("Dara Quill", "PERSON"))
    observe(r, 1, Entity("U.S. Dara Quill", "ORG"))  # typed otherwise: no merge
    observe(r, 1, Entity("Tarn Freight Lines", "ORG"))
    observe(r, 3, Entity("US Tarn Freight Lines", "ORG"))  # the short form is the rarer one
    assert r.canonical("U.S. Steelworks") == "U.S. Steelworks"
    assert r.canonical("U.S. Dara Quill") == "U.S. Dara Quill"
    assert r.canonical("US Tarn Freight Lines") == "US Tarn Freight Lines"


# -- an acronym of a name grown by "and" ------------------------------------------------------

def test_an_acronym_standing_alone_goes_to_the_grown_name_it_spells():
    for full, acronym in (("Harbour Safety Bureau and Standards", "HSB"),
                          ("Office of Rail Freight and Logistics", "ORF"),
                          ("Office of Rail Freight and Logistics", "O.R.F.")):
        r = Resolver()
        observe(r, 3, Entity(full, "ORG", [acronym]))
        observe(r, 8, Entity(acronym, "ORG"))  # most texts only write the acronym
        assert r.canonical(acronym) == full


def test_an_acronym_of_another_shape_or_type_stays_apart():
    r = Resolver()
    observe(r, 2, Entity("Department of Health and Welfare", "ORG", ["DH"]))  # two letters
    observe(r, 8, Entity("DH", "ORG"))
    observe(r, 2, Entity("Vale Union of Growers and Millers", "ORG", ["VGM"]))  # spells "VUG"
    observe(r, 8, Entity("VGM", "ORG"))
    observe(r, 2, Entity("Larch Area Board and Council", "ORG", ["LAB"]))
    observe(r, 8, Entity("LAB", "PRODUCT"))  # typed otherwise
    assert r.canonical("DH") == "DH"
    assert r.canonical("VGM") == "VGM"
    assert r.canonical("LAB") == "LAB"


# -- dotted acronyms -----------------------------------------------------------------------------

def test_a_dotted_acronym_keeps_its_last_dot():
    assert clean_name("the U.N.") == "U.N."
    assert clean_name("C.D.C") == "C.D.C."
    assert clean_name("U.K.'s") == "U.K."
    assert key("U.N.") == key("U.N") == "u n"


def test_other_names_ending_in_a_capital_keep_no_dot():
    assert clean_name("Ada B.") == "Ada B"
    assert clean_name("J.B. Pritzker.") == "J.B. Pritzker"
    assert clean_name("Vessa Corp.") == "Vessa"
    assert clean_name("NASA.") == "NASA"
