"""Names, round 17: types the tagger gets wrong in real news.

- "The Vale Organization": a name ending in "Organization" (or "Organisation") is a body,
  whatever the tagger says, so a bare "Vale" (the person) is never grouped under it.
- "Ivermectane is a pill": one word that only ever opens a sentence and that the text also
  writes in lower case is a common noun, even where the tagger calls it a person.
- "Contributing: Ann Vale, Bo Lind, Cy Park and Di Moss": a list of names the parser reads
  as appositions of the first is a list of people, like one joined by "and".
- "QX70 masks": a model number only ever written before a common noun is a grade of that
  thing, a product, however often the tagger calls it a firm.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import typed_as
from tieline.extract.entities import DocEntities


def _typed(nlp, text: str, labels: dict[str, str], rewire=None) -> dict[str, str]:
    return typed_as(nlp, text, labels, rewire)


def _appositions(*surnames: str):
    """The parse real bylines get: every name after the first an apposition of the first,
    the last joined by "and" to the one before it."""
    def rewire(sdoc):
        roots = [next(t for t in sdoc if t.text == s) for s in surnames]
        for r in roots[1:-1]:
            r.head, r.dep_ = roots[0], "appos"
        roots[-1].head, roots[-1].dep_ = roots[-2], "conj"
    return rewire


@pytest.mark.parametrize("text,name", [
    # hotels, sport
    ("Mayor Dale Harrow visited a golf course on Saturday. The Harrow Organization started "
     "reopening its hotels in May, and Harrow said more would follow.", "Harrow Organization"),
    ("The Pellam Organisation runs the league's youth clubs. Pellam Organisation staff said "
     "the season would resume in June.", "Pellam Organisation"),
])
def test_organization_names_are_bodies(nlp, text, name):
    types = _typed(nlp, text, {name: "PERSON"})
    assert types.get(name) == "ORG"


def test_person_not_grouped_under_an_organization(nlp):
    text = ("Mayor Dale Harrow visited a golf course on Saturday. The Harrow Organization started "
            "reopening its hotels in May. Harrow said more would follow, and Harrow thanked staff.")
    types = _typed(nlp, text, {"Harrow Organization": "PERSON"})
    assert types.get("Harrow Organization") == "ORG"
    assert types.get("Dale Harrow") == "PERSON"


@pytest.mark.parametrize("text,word", [
    # medicine, food
    ("Trials are testing ivermectane in older patients, Dr. Ada Vale said. Several clinics "
     "stopped giving ivermectane in May. Ivermectane is a pill, so it is simple to take.",
     "Ivermectane"),
    ("Shops sold out of sourdough starter in April. Sourdough needs time, the baker Bo Lind "
     "said, and sourdough sales doubled.", "Sourdough"),
])
def test_opening_common_word_tagged_a_person_is_no_name(nlp, text, word):
    types = _typed(nlp, text, {word: "PERSON"})
    assert word not in types


@pytest.mark.parametrize("text,word", [
    # a name written capitalised inside a sentence stays; one never written in lower case too
    ("Rosalind said the trial would end in May. Officials thanked Rosalind for her work.",
     "Rosalind"),
    ("Prices rose in May. Marwick said the shop would close, and the staff thanked Marwick.",
     "Marwick"),
    # written in lower case too, but capitalised inside a sentence: a name
    ("Prices rose in May. Rose said the shop would close, and the staff thanked Rose.", "Rose"),
])
def test_capitalised_names_stay(nlp, text, word):
    types = _typed(nlp, text, {word: "PERSON"})
    assert word in types


@pytest.mark.parametrize("text,surnames,name", [
    # a news byline, a report's credits
    ("Contributing: Mark Dobson, Ellen Kirk, Carla Jenks, Johnny Tailor and Nicole Woo.",
     ("Dobson", "Kirk", "Jenks", "Tailor", "Woo"), "Carla Jenks"),
    ("The study's authors are Maren Holt, Tobias Grell, Wanda Pike and Oskar Lund.",
     ("Holt", "Grell", "Pike", "Lund"), "Tobias Grell"),
])
def test_listed_people_by_apposition(nlp, text, surnames, name):
    types = _typed(nlp, text, {name: "ORG"}, _appositions(*surnames))
    assert types.get(name) == "PERSON"


@pytest.mark.parametrize("text,name", [
    # one apposition is no list: a place after a lawmaker's name is no person
    ("Assemblyman Dale Chen, D-San Marcos, was pleased the budget kept the money.", "San Marcos"),
    # a list of firms stays a list of firms
    ("The round was led by Orbit Capital, Kestrel Fund and Larch Partners.", "Kestrel Fund"),
])
def test_single_apposition_or_firms_not_people(nlp, text, name):
    types = _typed(nlp, text, {name: "ORG"})
    assert types.get(name) != "PERSON"


@pytest.mark.parametrize("text", [
    # health, aviation
    "Nurses asked for QX70 masks. A QX70 mask filters most particles. Wearing a QX70 mask for "
    "hours can cause headaches, and QX70 masks are scarce. Used QX70 respirators can be "
    "cleaned, and QX70 masks cost more.",
    "The airline ordered QX70 jets. Its QX70 fleet grew, and QX70 jets fly further. Older QX70 "
    "engines were replaced, pilots of QX70 jets said, and QX70 cabins were refitted.",
])
def test_graded_model_number_is_a_product(nlp, text):
    types = _typed(nlp, text, {"QX70": "ORG"})
    assert types.get("QX70") == "PRODUCT"


def test_model_number_that_acts_keeps_the_tagger_vote(nlp):
    text = ("QX70 said on Monday it would hire staff. QX70 makes masks, and QX70 sells them "
            "abroad. QX70 reported higher sales. QX70 hired Ann Vale. QX70 opened a plant, "
            "and QX70 masks sold out.")
    types = _typed(nlp, text, {"QX70": "ORG"})
    assert types.get("QX70") == "ORG"


def _untagged(nlp, text: str, name: str) -> dict[str, str]:
    """Types of the names of text when the tagger misses `name` altogether (an unfamiliar
    person's name after a firm's possessive often is)."""
    sdoc = nlp(text)
    words = name.split()
    at = [k for k in range(len(sdoc)) if [t.text for t in sdoc[k:k + len(words)]] == words]
    sdoc.ents = [e for e in sdoc.ents
                 if not any(e.start < k + len(words) and k < e.end for k in at)]
    return {e.name: e.type for e in DocEntities(sdoc).entities.values()}


@pytest.mark.parametrize("text,name", [
    # consulting, retail, shipping
    ("In December, Kessel hired Orbiton's Dilnoza Rakhimova as partner, deal advisory.",
     "Dilnoza Rakhimova"),
    ("Larch Foods poached Tarvik's Oyelaran Bisi to run its dairy unit.", "Oyelaran Bisi"),
    ("Pellam Lines appointed Veyra's Tomasz Wierzba as chief operating officer.", "Tomasz Wierzba"),
])
def test_possessed_name_hired_is_a_person(nlp, text, name):
    assert _untagged(nlp, text, name).get(name) == "PERSON"


@pytest.mark.parametrize("text,name", [
    # a possessed name bought, launched or praised stays the owner's product
    ("Shoppers bought Tarvik's Velo Max in May, and stores sold out of it.", "Velo Max"),
    ("Reviewers praised Orbiton's Zephyr Note when it went on sale.", "Zephyr Note"),
])
def test_possessed_name_not_hired_stays_a_product(nlp, text, name):
    assert _untagged(nlp, text, name).get(name) == "PRODUCT"


@pytest.mark.parametrize("text,name", [
    # a role title after a hiring verb is no person's name (research, finance)
    ("Kestrel hired Orbiton's Chief Scientist to run its lab.", "Chief Scientist"),
    ("Larch Foods appointed Tarvik's Finance Director as its new treasurer.", "Finance Director"),
    # snag/nab/tap/lure without a post after it take a thing, not a person (retail, music)
    ("Kestrel snagged Orbiton's Vista Pro at a discount.", "Vista Pro"),
    ("Brannock Records nabbed Veyra's Night Songs for its catalogue.", "Night Songs"),
])
def test_possessed_title_or_thing_taken_is_no_person(nlp, text, name):
    assert _untagged(nlp, text, name).get(name) != "PERSON"


@pytest.mark.parametrize("text,name", [
    # lure/tap with a post after the name hire a person (food, banking)
    ("Brannock Foods lured Tarvik's Oyelaran Bisi to run its dairy unit.", "Oyelaran Bisi"),
    ("Halden Bank tapped Veyra's Tomasz Wierzba as chief risk officer.", "Tomasz Wierzba"),
])
def test_possessed_name_lured_to_a_post_is_a_person(nlp, text, name):
    assert _untagged(nlp, text, name).get(name) == "PERSON"


@pytest.mark.parametrize("text,name,owned", [
    # "a"/"an" opens no possessor's phrase, but a share class's letter is no article
    ("Ada Vale runs a Marlo's shop in town. Marlo's said sales rose.", "Marlo", True),
    ("Kestrel raised a Series A Marlo's round. Marlo's shares rose.", "Marlo", False),
    # a name inside a longer hyphened word is not that name written without "'s"
    ("Marlo's said sales rose. Its founder studied at Ayer-Marlo College.", "Marlo", True),
])
def test_possessive_part_of_a_name(nlp, text, name, owned):
    from tieline.extract.entities.possessives import possessive_name
    assert possessive_name(nlp(text), text, name) is owned


def test_a_lone_surname_goes_to_the_surnamed_person(nlp):
    # "Harrow" is Dale Harrow's surname, not the first name of the longer Harrow Kinsley
    text = "Mayor Dale Harrow met Harrow Kinsley on Monday. Harrow said the talks went well."
    sdoc = nlp(text)
    lone = next(t for t in sdoc[7:] if t.text == "Harrow")
    assert DocEntities(sdoc).mention_at(lone).name == "Dale Harrow"
