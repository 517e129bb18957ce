"""Names cut short or run together, round 9 (issue 9: a fragment of a longer name, or two names
read as one, was the largest cause of wrong relations in the real-news audits).

Every sentence and name is invented; where a rule corrects a tagger error, the error is set on
the parse (doc.ents) so the test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_bounds_round8 import employ
from test_names_round3 import names


@pytest.mark.parametrize("text,labels,whole,piece", [
    # cinemas: the tagger ends one name after a hyphened modifier and starts another
    ("Jim Pell, the treasurer for the United Drive-In Cinema Keepers Guild, said so.",
     [("Jim Pell", "PERSON"), ("United Drive-In", "ORG"), ("Cinema Keepers Guild", "ORG")],
     "United Drive-In Cinema Keepers Guild", "Cinema Keepers Guild"),
    # health care
    ("Ana Roe, the president of the Northern Walk-In Clinic Nurses Union, said so.",
     [("Ana Roe", "PERSON"), ("Northern Walk-In", "ORG"), ("Clinic Nurses Union", "ORG")],
     "Northern Walk-In Clinic Nurses Union", "Clinic Nurses Union"),
])
def test_a_name_after_a_hyphened_modifier_is_made_whole(nlp, text, labels, whole, piece):
    found = names(nlp, text, labels)
    assert whole in found
    assert piece not in found


@pytest.mark.parametrize("text,labels,piece", [
    # the modifier left untagged: the tail of the run is no name
    ("Jim Pell, the treasurer for the United Drive-In Cinema Keepers Guild, said so.",
     [("Jim Pell", "PERSON"), ("Cinema Keepers Guild", "ORG")], "Cinema Keepers Guild"),
    ("Ana Roe, the president of the Northern Walk-In Clinic Nurses Union, said so.",
     [("Ana Roe", "PERSON"), ("Clinic Nurses Union", "ORG")], "Clinic Nurses Union"),
])
def test_the_tail_of_a_hyphened_run_is_no_name(nlp, text, labels, piece):
    assert piece not in names(nlp, text, labels)


@pytest.mark.parametrize("text,labels,org,person", [
    # public health: a team's fields listed between the post and the office
    ("Ben Oduya is the Team Leader for Data, Analytics and Knowledge Management in the Avalon "
     "Regional Office.",
     [("Ben Oduya", "PERSON"), ("Data", "ORG"), ("Analytics", "ORG"),
      ("Knowledge Management", "ORG"), ("Avalon Regional Office", "ORG")],
     "Avalon Regional Office", "Ben Oduya"),
    # carmaking
    ("Lina Marr, the head of Sales, Marketing and Customer Care at Orvo Motors, said so.",
     [("Lina Marr", "PERSON"), ("Sales", "ORG"), ("Marketing", "ORG"), ("Customer Care", "ORG"),
      ("Orvo Motors", "ORG")], "Orvo Motors", "Lina Marr"),
])
def test_a_list_of_fields_after_a_post_is_no_employer(nlp, text, labels, org, person):
    assert employ(nlp, text, labels) == {(org, person)}


@pytest.mark.parametrize("text,labels,firm", [
    # no body after the list: firms stay firms
    ("Ada Roe, a director of Vale Analytics and Corvo Labs, said so.",
     [("Ada Roe", "PERSON"), ("Vale Analytics", "ORG"), ("Corvo Labs", "ORG")], "Corvo Labs"),
    ("Tom Fry, the head of Quill Foods and Marrow Bakeries, said so.",
     [("Tom Fry", "PERSON"), ("Quill Foods", "ORG"), ("Marrow Bakeries", "ORG")],
     "Marrow Bakeries"),
])
def test_a_list_of_firms_without_a_body_after_it_stays(nlp, text, labels, firm):
    assert firm in names(nlp, text, labels)


@pytest.mark.parametrize("text,cut", [
    # water: the council's name goes on with its object in lower case
    ("Karim Zand, the head of the National Council for Managing and Fighting the drought, said "
     "the wells were dry.", "National Council for Managing and Fighting"),
    # medicine
    ("Lea Orr, the director of the Avalon Center for Preventing and Treating the flu, said "
     "the wards were full.", "Avalon Center for Preventing and Treating"),
])
def test_a_name_whose_verb_takes_a_lower_case_object_is_no_party(nlp, text, cut):
    assert not {k for k in employ(nlp, text) if k[0] == cut}


@pytest.mark.parametrize("text,org,person", [
    ("Lea Orr, the director of the Avalon Center for Preventing Wildfires, said the forests "
     "were dry.", "Avalon Center for Preventing Wildfires", "Lea Orr"),
    ("Ian Poll, the head of the Orvo Institute for Advanced Computing, said so.",
     "Orvo Institute for Advanced Computing", "Ian Poll"),
])
def test_a_name_with_a_verb_and_no_object_after_it_stays(nlp, text, org, person):
    assert (org, person) in employ(nlp, text)


@pytest.mark.parametrize("text,labels,org,person", [
    # retail: "New" says the CEO is new; the text names the chain without it
    ("New Quillmart CEO Bob Marsh said sales rose. Quillmart has 300 stores.",
     [("New Quillmart", "ORG"), ("Bob Marsh", "PERSON"), ("Quillmart", "ORG")],
     "Quillmart", "Bob Marsh"),
    # banking
    ("New Orvo Bank chairman Ida Lenk spoke on Monday. Orvo Bank lends to farmers.",
     [("New Orvo Bank", "ORG"), ("Ida Lenk", "PERSON"), ("Orvo Bank", "ORG")],
     "Orvo Bank", "Ida Lenk"),
    # but a name that is never written without "New" keeps it
    ("New Harbor Foods CEO Ann Lee said sales rose.",
     [("New Harbor Foods", "ORG"), ("Ann Lee", "PERSON")], "New Harbor Foods", "Ann Lee"),
    ("New Marlow Energy chairman Ivo Dane said the plant would open.",
     [("New Marlow Energy", "ORG"), ("Ivo Dane", "PERSON")], "New Marlow Energy", "Ivo Dane"),
])
def test_new_before_a_name_and_a_post_is_the_post_s(nlp, text, labels, org, person):
    assert employ(nlp, text, labels) == {(org, person)}


@pytest.mark.parametrize("text,labels,operator,maker", [
    # aviation: an airline and the maker of its aircraft tagged apart stay apart
    ("A grounded Skyhop Airlines Aerovance 737 jet was parked at the airport.",
     [("Skyhop Airlines", "ORG"), ("Aerovance", "ORG"), ("737", "PRODUCT")],
     "Skyhop Airlines", "Aerovance"),
    # rail
    ("Two Nordia Railways Velmar X200 trains were late on Monday.",
     [("Nordia Railways", "ORG"), ("Velmar", "ORG"), ("X200", "PRODUCT")],
     "Nordia Railways", "Velmar"),
])
def test_an_operator_and_a_maker_tagged_apart_stay_two_names(nlp, text, labels, operator, maker):
    found = names(nlp, text, labels)
    assert operator in found and maker in found
    assert f"{operator} {maker}" not in found


@pytest.mark.parametrize("text,labels,whole,cut", [
    # transport safety: a body word that is also a post ends the body's name
    ("The Avalon Rail Safety Board said it would sue Orvo Trains.",
     [("The Avalon Rail Safety Board", "ORG"), ("Orvo Trains", "ORG")],
     "Avalon Rail Safety Board", "Avalon Rail Safety"),
    # sport
    ("Lena Ford, the chief of the Marrow Cricket Board, said the season would start.",
     [("Lena Ford", "PERSON"), ("the Marrow Cricket Board", "ORG")],
     "Marrow Cricket Board", "Marrow Cricket"),
])
def test_a_body_word_that_is_also_a_post_ends_the_name(nlp, text, labels, whole, cut):
    found = names(nlp, text, labels)
    assert whole in found
    assert cut not in found


@pytest.mark.parametrize("text,labels,org", [
    # but before a post and a person, or a post in lower case, it is the post's
    ("Acme Board Chair Ann Vale spoke on Monday.",
     [("Acme Board Chair", "ORG"), ("Ann Vale", "PERSON")], "Acme"),
    ("The Quill Foods Board member Ned Ray spoke on Monday.",
     [("Quill Foods Board", "ORG"), ("Ned Ray", "PERSON")], "Quill Foods"),
])
def test_a_board_before_a_post_is_the_firm_s(nlp, text, labels, org):
    assert org in names(nlp, text, labels)


@pytest.mark.parametrize("text,whole,piece", [
    # farming: "Services" after "&" inside a body's name is no product of "Fishery"
    ("Callers said they were from the Center for Farm & Fishery Services (CFS) and asked for "
     "money. The official said the CFS is working with the Mining Board. Ada Vale gave her "
     "Farm, Fishery, or Tax numbers.", "Center for Farm & Fishery Services", "Services"),
    # transport
    ("Callers said they were from the Office for Rail & Road Services (ORS) and asked for "
     "money. The official said the ORS is working with the Police. Ian Poll gave his Rail, "
     "Road, or Tax numbers.", "Office for Rail & Road Services", "Services"),
])
def test_a_product_noun_ending_a_body_s_name_is_the_body_s(nlp, text, whole, piece):
    found = names(nlp, text)
    assert whole in found
    assert piece not in found
