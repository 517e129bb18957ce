"""Names seen on real news, round 10 (issue 9: mistyped names among the most-mentioned): the
name in a photo credit ("Photo: Ada Vale/Avalon Wire") is the photographer's, a person; so is
a name followed by an age ("Vale, 38, a nurse"); a credit lead ("Photo by") is no name; a
firm named before a person-like phrase ending in its name ("Ditch Avalon") is no surname.

Every sentence and name is invented; the tagger's error is set on the parse (doc.ents) so the
test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,labels,person", [
    # a food story: the credit under each picture, tagged an organization every time
    ("Photo: Mira Olenko/Harbor Wire\n\nThe bakery reopened in May.\n\n"
     "Photo: Mira Olenko/Harbor Wire\n\nIts ovens run all night.",
     [("Mira Olenko", "ORG"), ("Mira Olenko", "ORG")], "Mira Olenko"),
    # a mining story, credited for a paper
    ("Photograph by Tavi Renard for Crestline Daily\n\nThe quarry employs 300 people.",
     [("Tavi Renard", "ORG")], "Tavi Renard"),
    # a picture the reader may enlarge, credited with an agency after a slash
    ("Enlarge this image Suvi Halme/Northgate Photo\n\nThe ferry left at dawn.",
     [("Suvi Halme", "ORG")], "Suvi Halme"),
])
def test_the_name_in_a_photo_credit_is_a_person(nlp, text, labels, person):
    assert names(nlp, text, labels)[person] == "PERSON"


@pytest.mark.parametrize("text,labels,org", [
    # a picture agency after the lead keeps its type
    ("Photo: Lumen Images\n\nThe vineyard sold its harvest early.",
     [("Lumen Images", "ORG")], "Lumen Images"),
    # a firm's name in a sentence about photos is no credit
    ("Shares of Brightcove Optics rose after its photo of the comet sold.",
     [("Brightcove Optics", "ORG")], "Brightcove Optics"),
    # a firm named after a credit lead, with a firm word
    ("Photo: Kessler Media Group\n\nThe stadium will seat 40,000.",
     [("Kessler Media Group", "ORG")], "Kessler Media Group"),
])
def test_an_agency_or_firm_near_a_photo_stays_an_organization(nlp, text, labels, org):
    assert names(nlp, text, labels)[org] == "ORG"


@pytest.mark.parametrize("text,labels,person", [
    # a health story: the patient's surname tagged a firm ("Post"), then his age
    ("When Oren Post needed help, he went online.\n\nPost, 38, a welder, logs in daily.",
     [("Oren Post", "ORG"), ("Post", "ORG")], "Oren Post"),
    # a farming story: the full name with its age
    ("Lina Herald, 61, said the drought ruined her barley.",
     [("Lina Herald", "ORG")], "Lina Herald"),
])
def test_a_name_followed_by_an_age_is_a_person(nlp, text, labels, person):
    assert names(nlp, text, labels)[person] == "PERSON"


@pytest.mark.parametrize("text,labels,org", [
    # medal counts in a list: a number between commas followed by the next name
    ("The table read Avalon Mining, 12, Larch Foods, 8, and others.",
     [("Avalon Mining", "ORG"), ("Larch Foods", "ORG")], "Avalon Mining"),
    # a store count after a retailer, no age
    ("Kestrel Outfitters, which runs 40 stores, said sales rose.",
     [("Kestrel Outfitters", "ORG")], "Kestrel Outfitters"),
])
def test_a_count_after_a_firm_is_no_age(nlp, text, labels, org):
    assert names(nlp, text, labels)[org] == "ORG"


@pytest.mark.parametrize("text", [
    # a social network, then a call to leave it that the tagger reads as a person's name
    "We believe that Orbix's efforts to silence us are wrong. Orbix has now blocked hundreds "
    "of sites. Orbix chose to block our page.\n\nMany users gain a following elsewhere. "
    "Ditch Orbix and move to a smaller network. Orbix is now deciding what you read.",
    # a food brand and a boycott
    "Crumbly's recall hurt farmers. Crumbly has now pulled its biscuits from shops. Crumbly "
    "chose to close a plant.\n\nShoppers were angry. Boycott Crumbly and buy local. "
    "Crumbly is now facing a lawsuit.",
])
def test_a_firm_named_before_a_person_like_phrase_is_no_surname(nlp, text):
    firm = text.split("'")[0].split()[-1]
    found = names(nlp, text)
    assert found.get(firm) == "ORG"


def test_a_surname_after_the_full_name_is_still_the_person(nlp):
    text = "Mara Quill founded the bakery. Quill said flour prices rose. Quill declined more."
    labels = [("Mara Quill", "PERSON"), ("Quill", "ORG"), ("Quill", "ORG")]
    assert names(nlp, text, labels).get("Mara Quill") == "PERSON"
    assert names(nlp, text, labels).get("Quill", "PERSON") == "PERSON"


@pytest.mark.parametrize("text,labels,lead", [
    # a credit lead's first word tagged a name in a bracketed credit
    ("The clinic reopened on Monday. (Photo by Mira Olenko, Harbor Wire)\n\n"
     "Nurses wore masks. (Photo by Mira Olenko, Harbor Wire)",
     [("Photo", "ORG"), ("Mira Olenko", "PERSON")], "Photo"),
    # a farm story with a colon credit
    ("Image: Tavi Renard\n\nThe barley harvest fell by a third.",
     [("Image", "ORG"), ("Tavi Renard", "PERSON")], "Image"),
])
def test_a_credit_lead_is_no_party(nlp, text, labels, lead):
    from tieline.extract.entities import DocEntities
    from test_names_round3 import with_labels
    parties = {e.name for e in DocEntities(with_labels(nlp, text, labels)).party_entities()}
    assert lead not in parties
