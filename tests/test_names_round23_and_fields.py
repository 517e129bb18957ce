"""Names cut at "and", round 23 (issue 9): a council's, committee's or commission's field
named "on" two things ("the Kestrel Council on Trade and Industry") is one name whether the
tagger kept it whole or cut it at "and", and two fields the tagger took for two
organizations right before the post they give ("Harbour Affairs and Consumer Protection
commissioner") are one office, not two employers, either half a fragment.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,employer,cut", [
    # trade, fisheries, shipping: the field "on" A "and" B stays whole
    ("Ona Pell, chair of the Kestrel Council on Trade and Industry, said it was fine.",
     "Kestrel Council on Trade and Industry", "Kestrel Council on Trade"),
    ("Ona Pell, who chairs the Senate Committee on Fisheries and Forests, said it was fine.",
     "Senate Committee on Fisheries and Forests", "Senate Committee on Fisheries"),
    ("Ona Pell, who leads the Northwest Commission on Harbours and Waterways, a regional "
     "agency, said it was fine.",
     "Northwest Commission on Harbours and Waterways", "Northwest Commission on Harbours"),
])
def test_a_body_on_two_fields_is_one_name(nlp, text, employer, cut):
    found = of_kind(nlp, text, "employ")
    assert (employer, "Ona Pell") in found and (cut, "Ona Pell") not in found, found


@pytest.mark.parametrize("text,body", [
    # a firm after "and" is a party of its own, never glued onto the body
    ("Tom Brill, a spokesman for the Committee on Energy and Halvorsen Holdings, said it was "
     "fine.", "Committee on Energy"),
    ("Tom Brill, a spokesman for the Commission on Energy and Halvorsen Marine, said it was "
     "fine.", "Commission on Energy"),
])
def test_a_firm_after_the_and_is_not_joined(nlp, text, body):
    found = of_kind(nlp, text, "employ")
    assert not any("Halvorsen" in head for head, _ in found), found
    assert (body, "Tom Brill") in found, found


@pytest.mark.parametrize("text", [
    "said Ona Pell, Harbour Affairs and Consumer Protection commissioner.",
    "\"We will act,\" said Ona Pell, the Harbour Affairs and Consumer Protection commissioner, "
    "on Monday.",
])
def test_two_fields_before_one_post_are_one_office(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert ("Harbour Affairs and Consumer Protection", "Ona Pell") in found, found
    assert not {("Harbour Affairs", "Ona Pell"), ("Consumer Protection", "Ona Pell")} & set(found)


@pytest.mark.parametrize("text", [
    # two firms (a firm's last word), or a part the text writes alone: not one office
    "said Ona Pell, Kestrel Foods and Halvorsen Marine adviser.",
    "Ona Pell, a Brindle and Orvane professor, said the data was thin.",
    "said Ona Pell, Harbour Affairs and Consumer Protection commissioner. Consumer Protection "
    "officials agreed.",
])
def test_two_names_before_a_post_stay_two(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not any(" and " in head for head, _ in found), found


@pytest.mark.parametrize("text", [
    # two firms named for people before a firm's post: no portfolio, not one office
    "Ona Pell, the Morrow Stanton and Goldwater Sacks director, said the deal was done.",
    "Ona Pell, the Mercer Hale and Dunmore Pike chairman, said it was fine.",
])
def test_two_firms_before_a_firm_post_are_not_one_office(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not any(" and " in head for head, _ in found), found
