"""Name bounds, round 10: a firm named for two partners cut at its "and", and the unit word
of a place ("District") left over as a name of its own.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,labels,whole", [
    # law: the first partner tagged a person, the second with the tail a firm
    ("Carla Fenn joined Dorset and Vale Partners as a partner in 2019.",
     [("Carla Fenn", "PERSON"), ("Dorset", "PERSON"), ("Vale Partners", "ORG")],
     "Dorset and Vale Partners"),
    # architecture: the first partner left untagged
    ("Brant and Hollis Associates designed the new terminal for Kepler Foods.",
     [("Hollis Associates", "ORG"), ("Kepler Foods", "ORG")], "Brant and Hollis Associates"),
    # retail: a family firm
    ("Shares in Pellow and Orrin Brothers fell after the warehouse fire.",
     [("Orrin Brothers", "ORG")], "Pellow and Orrin Brothers"),
])
def test_a_firm_named_for_two_partners_is_one_name(nlp, text, labels, whole):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG"
    assert whole.split(" and ")[1] not in found


@pytest.mark.parametrize("text,labels,first,second", [
    # the first name is a firm the tagger knows
    ("Telva and Vale Partners invested in Kepler Foods.",
     [("Telva", "ORG"), ("Vale Partners", "ORG"), ("Kepler Foods", "ORG")],
     "Telva", "Vale Partners"),
    # the first name stands alone elsewhere in the text
    ("Quorn and Hollis Associates bid for the site. Quorn said it would build flats.",
     [("Hollis Associates", "ORG"), ("Quorn", "ORG")], "Quorn", "Hollis Associates"),
    # a person's surname after her first name
    ("Ada Dorset and Vale Partners sued Kepler Foods.",
     [("Ada Dorset", "PERSON"), ("Vale Partners", "ORG"), ("Kepler Foods", "ORG")],
     "Ada Dorset", "Vale Partners"),
])
def test_two_parties_joined_by_and_stay_two(nlp, text, labels, first, second):
    found = names(nlp, text, labels)
    assert first in found and second in found


@pytest.mark.parametrize("text,labels", [
    # security news: the place's own name tagged, its unit word left over
    ("Two soldiers were hurt in Larchvale District of Orme Province on Monday.",
     [("Larchvale", "GPE"), ("Orme Province", "GPE")]),
    # farming news
    ("Wheat yields fell in the Pashto Valley Districts after the floods, Kepler Foods said.",
     [("Pashto Valley", "GPE"), ("Kepler Foods", "ORG")]),
])
def test_a_place_unit_alone_is_no_name(nlp, text, labels):
    found = names(nlp, text, labels)
    assert "District" not in found and "Districts" not in found


@pytest.mark.parametrize("text,labels,place", [
    ("Militants attacked posts in the Imran Dara Districts of Orme Province.",
     [("Imran Dara Districts", "PERSON"), ("Orme Province", "GPE")], "Imran Dara Districts"),
    ("Floods cut roads in Sima Rud Districts, Kepler Foods said.",
     [("Sima Rud Districts", "PERSON"), ("Kepler Foods", "ORG")], "Sima Rud Districts"),
])
def test_districts_tagged_a_person_are_a_place(nlp, text, labels, place):
    assert names(nlp, text, labels).get(place) != "PERSON"


@pytest.mark.parametrize("text,labels,reference", [
    # politics: a bill's number tagged a product
    ("Kepler Foods lobbied for H.R. 4512, which would cap grain tariffs.",
     [("Kepler Foods", "ORG"), ("H.R. 4512", "PRODUCT")], "H.R. 4512"),
    ("Senator Ada Crane said S. 2210 would help Orme Bank's borrowers.",
     [("Ada Crane", "PERSON"), ("S. 2210", "ORG"), ("Orme Bank", "ORG")], "S. 2210"),
    # medicine: a web address and a trial's registry number tagged firms
    ("Telva Bio posted the results at www.telvabio.example/trials under NCT01234567.",
     [("Telva Bio", "ORG"), ("www.telvabio.example/trials", "ORG"), ("NCT01234567", "ORG")],
     "NCT01234567"),
    ("Write to Larch Mutual, P.O. Box 4410, to claim a refund.",
     [("Larch Mutual", "ORG"), ("P.O. Box 4410", "ORG")], "P.O. Box 4410"),
])
def test_a_reference_number_is_no_party(nlp, text, labels, reference):
    found = names(nlp, text, labels)
    assert found.get(reference) in {None, "OTHER"}
    assert found.get(labels[0][0]) in {"ORG", "PERSON"}


@pytest.mark.parametrize("text,labels,name", [
    ("S. Korea's Hanro Steel signed a supply deal with Orme Motors.",
     [("S. Korea", "GPE"), ("Hanro Steel", "ORG"), ("Orme Motors", "ORG")], "Hanro Steel"),
    ("H.R. Vale, the chief of Pellam Airways, resigned.",
     [("H.R. Vale", "PERSON"), ("Pellam Airways", "ORG")], "H.R. Vale"),
])
def test_initials_before_a_name_are_no_reference(nlp, text, labels, name):
    assert names(nlp, text, labels).get(name) in {"ORG", "PERSON"}
