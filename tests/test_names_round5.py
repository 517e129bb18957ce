"""Name bounds seen on real news, round 5 (issue 9, names first): names with "and" kept whole
(a cause's or a division's field, a shared party word or firm tail, a body the tagger cut in
two), a role word after "of", a numbered council, a name written with its "'s", the name of a
law, ships, addresses and name suffixes, and a lone surname across documents.

Every sentence and name is invented; where a rule corrects a tagger error, the error is set on
the parse (doc.ents) so the test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from tieline.extract.entities.not_party import not_party_type
from tieline.model import Document, Entity, Extraction
from tieline.names import clean_name, key
from tieline.resolve import Resolver

from extracted import relations
from test_names_round3 import names


@pytest.mark.parametrize("text,labels,whole", [
    # a cause named with "for ... and ...": health advocacy, transport
    ("Noah Brill, director of Friends for Clean Rivers and Open Parks, said the plan fails.",
     [("Noah Brill", "PERSON"), ("Friends for Clean Rivers and Open Parks", "ORG")],
     "Friends for Clean Rivers and Open Parks"),
    ("Lea Korr, who chairs the Coalition for Safer Roads and Bridges, backed the toll.",
     [("Lea Korr", "PERSON"), ("the Coalition for Safer Roads and Bridges", "ORG")],
     "Coalition for Safer Roads and Bridges"),
    # a division's field: a hospital, a farm school
    ("Ona Pell, chief of the Division of Lung and Critical Care Medicine at Marden, said so.",
     [("Ona Pell", "PERSON"), ("the Division of Lung and Critical Care Medicine", "ORG"),
      ("Marden", "ORG")], "Division of Lung and Critical Care Medicine"),
    # a firm's tail shared by both names: a law firm, a bakery
    ("Tom Brill, a partner at Kessel and Associates, said the filing was late.",
     [("Tom Brill", "PERSON"), ("Kessel and Associates", "ORG")], "Kessel and Associates"),
    ("Ada Morrow runs Tallow and Sons, a bakery in the valley.",
     [("Ada Morrow", "PERSON"), ("Tallow and Sons", "ORG")], "Tallow and Sons"),
    # a party named by two words and a party word
    ("Ivo Brandt, leader of the Green and Gold party, agreed to the coalition.",
     [("Ivo Brandt", "PERSON"), ("the Green and Gold party", "ORG")], "Green and Gold party"),
    ("Oda Fenn of the Red and Silver Alliance spoke to farmers.",
     [("Oda Fenn", "PERSON"), ("the Red and Silver Alliance", "ORG")], "Red and Silver Alliance"),
])
def test_a_name_with_and_is_kept_whole(nlp, text, labels, whole):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG", found


@pytest.mark.parametrize("text,labels,parts", [
    ("Acme Capital and Brisk Ventures invested in the round.",
     [("Acme Capital and Brisk Ventures", "ORG")], ["Acme Capital", "Brisk Ventures"]),
    ("The Bank of Avalon and Corven Trust agreed to merge.",
     [("The Bank of Avalon and Corven Trust", "ORG")], ["Bank of Avalon", "Corven Trust"]),
])
def test_two_firms_joined_by_and_stay_two(nlp, text, labels, parts):
    found = names(nlp, text, labels)
    assert all(found.get(p) == "ORG" for p in parts), found


@pytest.mark.parametrize("text,labels,whole", [
    ("Rosa Vint, commissioner of the Department of Harbour Affairs and Consumer Care, said so.",
     [("Rosa Vint", "PERSON"), ("Department of Harbour Affairs", "ORG"), ("Consumer Care", "ORG")],
     "Department of Harbour Affairs and Consumer Care"),
    ("The study was led by Ivo Brandt, director of the Marden Institute of Allergy and Lung"
     " Diseases.",
     [("Ivo Brandt", "PERSON"), ("Marden Institute of Allergy", "ORG")],
     "Marden Institute of Allergy and Lung Diseases"),
])
def test_a_body_the_tagger_cut_at_and_is_joined(nlp, text, labels, whole):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG", found


def test_a_body_and_a_university_stay_two(nlp):
    found = names(nlp, "The Institute of Farming and Marden University agreed.",
                  [("The Institute of Farming", "ORG"), ("Marden University", "ORG")])
    assert found.get("Institute of Farming") == "ORG" and found.get("Marden University") == "ORG"


@pytest.mark.parametrize("text,labels,whole,cut", [
    ("The head of the United Wardens of Staff, Ada Vale, said the fleet is ready.",
     [("the United Wardens of Staff", "ORG"), ("Ada Vale", "PERSON")],
     "United Wardens of Staff", "United Wardens of"),
    ("Tom Brill, director of Harbor Workers Council 31, said dockers were tired.",
     [("Tom Brill", "PERSON"), ("Harbor Workers Council", "ORG")],
     "Harbor Workers Council 31", "Harbor Workers Council"),
    ("Lea Korr, president of Nurses Union Local 412, said wards were short.",
     [("Lea Korr", "PERSON"), ("Nurses Union Local", "ORG")],
     "Nurses Union Local 412", "Nurses Union Local"),
])
def test_a_role_word_after_of_and_a_council_number_stay_in_the_name(nlp, text, labels, whole, cut):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG", found
    assert cut not in found


def test_a_number_after_a_firm_is_no_part_of_its_name(nlp):
    found = names(nlp, "Ada Vale said Harbor Foods 31 stores closed on Monday.",
                  [("Ada Vale", "PERSON"), ("Harbor Foods", "ORG")])
    assert "Harbor Foods 31" not in found


@pytest.mark.parametrize("text,name", [
    ("Vellin's said sales fell by half. Shoppers at Vellin's were few.", "Vellin's"),
    ("Orbo's, which also owns Tamsy Foods, said on Monday it had lost most of its sales.",
     "Orbo's"),
])
def test_a_name_written_with_its_s_keeps_it(nlp, text, name):
    found = names(nlp, text, [(name.replace("'s", ""), "ORG"), ("Tamsy Foods", "ORG")])
    assert found.get(name) == "ORG", found


@pytest.mark.parametrize("text,labels,name", [
    ("Acme's cloud grew, and Acme said so.", [("Acme", "ORG"), ("Acme", "ORG")], "Acme"),
    ("Brisk's and Corven's app stores were fined.", [("Brisk", "ORG"), ("Corven", "ORG")],
     "Brisk"),
    ("Velto Motors's departing head of retail joined Corvane.", [("Velto Motors", "ORG")],
     "Velto Motors"),
])
def test_a_possessive_stays_out_of_a_name(nlp, text, labels, name):
    found = names(nlp, text, labels)
    assert found.get(name) == "ORG", found
    assert name + "'s" not in found


def test_a_name_with_its_s_stays_canonical_across_documents():
    r = Resolver()
    r.observe(Extraction(document=Document(text="x", source="t"),
                         entities=[Entity("Vellin's", "ORG")]))
    assert r.canonical("Vellin's") == "Vellin's"
    assert key("Vellin's") == key("Vellin")  # one name to every lookup
    assert clean_name("Vellin's") == "Vellin"  # a possessive elsewhere is still dropped


@pytest.mark.parametrize("text,labels,law", [
    ("The HELP Act gave money to farms, and HELP funds ran out in May.", [("HELP", "ORG")],
     "HELP"),
    ("Clinics got aid under the CURE Act; CURE grants went to rural hospitals.",
     [("CURE", "ORG"), ("CURE", "ORG")], "CURE"),
])
def test_the_name_of_a_law_is_no_party(nlp, text, labels, law):
    assert law not in names(nlp, text, labels)


def test_a_firm_named_beside_a_law_stays_a_party(nlp):
    found = names(nlp, "Acme said the Trade Fairness Act hurts Acme and Brisk Foods.",
                  [("Acme", "ORG"), ("Acme", "ORG"), ("Brisk Foods", "ORG")])
    assert found.get("Acme") == "ORG" and found.get("Brisk Foods") == "ORG"


@pytest.mark.parametrize("name,kind", [
    ("USS Ada Vale", "OTHER"), ("HMS Tern", "OTHER"), ("N. Larch Rd", "OTHER"),
    ("W. Elm Street", "OTHER"), ("God", "OTHER"), ("Alzheimer", "OTHER"),
    ("Wall Street", None), ("Larch Road Capital", None), ("Ada Vale", None),
])
def test_ships_addresses_and_a_deity_are_no_parties(name, kind):
    assert not_party_type(name) == kind


def test_a_name_suffix_alone_is_no_name(nlp):
    found = names(nlp, "Ada Vale, Jr. publishes a book on Monday.",
                  [("Ada Vale", "PERSON"), ("Jr", "ORG")])
    assert "Jr" not in found


def extraction(*entities):
    return Extraction(document=Document(text="x", source="t"), entities=list(entities))


def test_a_lone_surname_grouped_under_one_person_is_that_person():
    r = Resolver()
    for _ in range(2):
        r.observe(extraction(Entity("Ada Vale", "PERSON", ["Vale"])))
    for _ in range(5):  # texts that only say "Vale" are about the same person
        r.observe(extraction(Entity("Vale", "PERSON")))
    assert r.canonical("Vale") == "Ada Vale"


def test_a_surname_of_two_people_or_seen_once_stays_apart():
    r = Resolver()
    r.observe(extraction(Entity("Ada Vale", "PERSON", ["Vale"])))
    for _ in range(3):
        r.observe(extraction(Entity("Vale", "PERSON")))
    assert r.canonical("Vale") == "Vale"  # grouped in one document only
    r.observe(extraction(Entity("Bo Vale", "PERSON", ["Vale"])))
    r.observe(extraction(Entity("Ada Vale", "PERSON", ["Vale"])))
    assert r.canonical("Vale") == "Vale"  # two people
    firm = Resolver()
    for _ in range(2):
        firm.observe(extraction(Entity("Tessel Robotics", "ORG", ["Tessel"])))
    for _ in range(3):
        firm.observe(extraction(Entity("Tessel", "ORG")))
    assert firm.canonical("Tessel") == "Tessel"  # a firm's short name: the usual rule


@pytest.mark.parametrize("text,speaker", [
    ("The chief spoke on Monday. Tamsin O'Dowd: Has the virus hurt Brisk Motors? Ivo Brandt: We "
     "will get through this. Tamsin O'Dowd: So will you need another loan?", "Tamsin O'Dowd"),
    ("Rates rose again. Lena McAvoy: will the bank cut any jobs? Oda Fenn: not this year. "
     "Lena McAvoy: and what about next year?", "Lena McAvoy"),
])
def test_the_speaker_of_several_answers_is_a_person(nlp, text, speaker):
    found = names(nlp, text, [(speaker, "ORG"), (speaker, "ORG")])
    assert found.get(speaker) == "PERSON", found


def test_a_firm_named_before_its_answers_stays_a_firm(nlp):
    text = ("Questions came in. Harbor Health: Our clinics reopen Monday. Ada Vale: Good. "
            "Harbor Health: We agree.")
    found = names(nlp, text, [("Harbor Health", "ORG"), ("Ada Vale", "PERSON"),
                              ("Harbor Health", "ORG")])
    assert found.get("Harbor Health") == "ORG", found


@pytest.mark.parametrize("text,labels,address", [
    ("The bakery at 2857 W. Larch Ave will hire Ada Vale as its manager.",
     [("W. Larch Ave", "ORG"), ("Ada Vale", "PERSON")], "W. Larch Ave"),
    ("The clinic at 12 Tamsy Street closed, said Ivo Brandt of Marden Health.",
     [("Tamsy Street", "ORG"), ("Ivo Brandt", "PERSON"), ("Marden Health", "ORG")], "Tamsy Street"),
])
def test_an_address_is_no_party(nlp, text, labels, address):
    found = names(nlp, text, labels)
    assert not any(n.startswith(address.split()[0]) for n in found), found
    assert len(found) >= 1


def test_a_number_before_a_firm_is_no_address(nlp):
    found = names(nlp, "Acme hired 500 Brisk Foods workers.", [("Acme", "ORG"), ("Brisk Foods", "ORG")])
    assert found.get("Brisk Foods") == "ORG"


def test_a_middle_initial_is_the_same_person_to_a_lone_surname():
    r = Resolver()
    r.observe(extraction(Entity("Ada Vale", "PERSON", ["Vale"])))
    r.observe(extraction(Entity("Ada B. Vale", "PERSON", ["Vale"])))
    for _ in range(4):
        r.observe(extraction(Entity("Vale", "PERSON")))
    assert r.canonical("Vale") in {"Ada Vale", "Ada B. Vale"}


@pytest.mark.parametrize("text,labels,common", [
    ("Nurses lack Personal Protective Gear, and personal protective gear is scarce, Ada Vale said.",
     [("Personal Protective Gear", "ORG"), ("Ada Vale", "PERSON")], "Personal Protective Gear"),
    ("Brisk Foods sells a Smart Meal Kit; the smart meal kit costs less, Tom Brill said.",
     [("Brisk Foods", "ORG"), ("Smart Meal Kit", "ORG"), ("Tom Brill", "PERSON")], "Smart Meal Kit"),
])
def test_words_the_text_also_writes_in_lower_case_are_no_name(nlp, text, labels, common):
    found = names(nlp, text, labels)
    assert common not in found, found
    assert any(t == "PERSON" for t in found.values())


def test_a_body_written_in_lower_case_too_stays_a_name(nlp):
    found = names(nlp, "The Harbor Health Department said the health department is full.",
                  [("The Harbor Health Department", "ORG")])
    assert found.get("Harbor Health Department") == "ORG", found


def test_a_mis_decoded_space_after_the_is_no_part_of_a_name(nlp):
    found = names(nlp, "Agents of the\u00c2\u00a0Marden Bureau of Mines said so.",
                  [("the\u00c2\u00a0Marden Bureau of Mines", "ORG")])
    assert "Marden Bureau of Mines" in found, found


@pytest.mark.parametrize("text,labels,whole,junk", [
    ("Victims get help, according to Nurses' Aid, one of the country's leading charities.",
     [("Nurses' Aid", "ORG")], "Nurses' Aid", "Nurses"),
    ("The official newspaper, Farmers' Gazette, has printed ten questions for Brisk Foods.",
     [("Farmers' Gazette", "ORG"), ("Brisk Foods", "ORG")], "Farmers' Gazette", "Gazette"),
])
def test_a_common_word_before_a_possessive_opens_a_longer_name(nlp, text, labels, whole, junk):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG", found
    assert junk not in found


def test_a_holiday_is_no_party(nlp):
    assert not_party_type("Founders' Day") == "OTHER"
    assert not_party_type("Mother's Day") == "OTHER"
    found = names(nlp, "Sales rose before Mother's Day, Brisk Foods said.", [("Brisk Foods", "ORG")])
    assert set(found) == {"Brisk Foods"}, found


def test_a_firm_before_a_possessive_still_makes_its_product(nlp):
    found = names(nlp, "Acme's Widget sold well.", [("Acme's Widget", "ORG")])
    assert found.get("Acme") == "ORG" and found.get("Widget") == "PRODUCT", found


def test_a_person_signing_a_post_in_lower_case_keeps_the_name(nlp):
    text = ("Hall of Famer Ada Vale is raising money for nurses. Thanks, all — ada vale "
            "(@adavale) May 3, 2020. Vale created a fundraiser.")
    found = names(nlp, text, [("Ada Vale", "PERSON"), ("Vale", "PERSON")])
    assert found.get("Ada Vale") == "PERSON", found


def test_a_quote_glued_to_an_honorific_leaves_no_empty_name(nlp):
    # the tagger takes 'inch.”Mr' for a name; cut at its glued start nothing is left of it,
    # and an empty name stopped the whole article (IndexError)
    text = ("Coach Ada Vale of Corvel Fitness said: “Lift your knees an inch.”Mr. Okafor "
            "thinks rest helps. Halden Foods supplies Corvel Fitness.")
    assert ("supply", "Halden Foods", "Corvel Fitness") in relations(nlp, text)
