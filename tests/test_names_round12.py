"""Names cut short, round 12: a body or a group named for its cause ("the Alliance for Safer
Roads", "Ohioans for Fair Tolls") is one name, not its cause alone nor its people; a place
before a transit word ("Avalon Transit") is one name; a given name the tagger left out of a
lone surname ("Ivy" + "Marsh") belongs to the person.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names
from tieline.extract.document import extract
from tieline.model import Document


@pytest.mark.parametrize("text,whole,pieces", [
    # road safety think tank
    ("Carl Berg, a research fellow at the Alliance for Securing Elections, a Boston think tank, "
     "said the plan would fail.", "Alliance for Securing Elections", {"Securing Elections"}),
    # a residents' campaign, named for its people and its cause
    ("Dora Quill, executive director of Ohioans for Alternatives to Tolls, told reporters the "
     "fee was unfair.", "Ohioans for Alternatives to Tolls", {"Ohioans", "Alternatives"}),
    # a port campaign
    ("Mara Fenn, who leads the Coalition for Cleaner Harbors, said dredging should stop.",
     "Coalition for Cleaner Harbors", {"Cleaner Harbors"}),
])
def test_a_name_for_a_cause_is_one_name(nlp, text, whole, pieces):
    found = names(nlp, text)
    assert found.get(whole) == "ORG"
    assert not pieces & set(found)


@pytest.mark.parametrize("text,kept", [
    # a firm left for another: two names
    ("Ada Roe left Vantor Robotics for Quillon Motors in May.", {"Vantor Robotics", "Quillon Motors"}),
    # a firm's plural last word is no group of people; the month stays out
    ("Ann Lee left Kestrel Foods for Halden Pharma in May.", {"Kestrel Foods", "Halden Pharma"}),
    # a person's name before "for" is no body
    ("The award went to Tessa Lund for Brightwater Labs, the jury said.", {"Tessa Lund"}),
])
def test_for_between_two_names_joins_nothing_else(nlp, text, kept):
    found = names(nlp, text)
    assert kept <= set(found)
    assert not any(" for " in n for n in found)


@pytest.mark.parametrize("text,name", [
    ("Kenny Dahl joined Avalon Transit after ten years with the ferry service.", "Avalon Transit"),
    ("Riders said Brookvale Transit had cut two bus routes.", "Brookvale Transit"),
])
def test_a_place_before_a_transit_word_is_one_name(nlp, text, name):
    assert names(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize("text,labels,person", [
    # a charity's researcher, the surname alone tagged
    ("Ivy Marsh, a senior research specialist for Greenwave USA, says the ban should stay.",
     [("Marsh", "PERSON"), ("Greenwave USA", "ORG")], "Ivy Marsh"),
    # a mining analyst
    ("Orla Penk, an analyst at Dunmore Metals, expects copper to rise.",
     [("Penk", "PERSON"), ("Dunmore Metals", "ORG")], "Orla Penk"),
])
def test_a_given_name_left_out_by_the_tagger_joins_the_surname(nlp, text, labels, person):
    found = names(nlp, text, labels)
    assert found.get(person) == "PERSON"
    assert labels[0][0] not in found


@pytest.mark.parametrize("text,labels,person", [
    # a title before the surname stays out
    ("Senator Penk said the mine would stay open.", [("Penk", "PERSON")], "Penk"),
    # a word the text writes in lower case too is no given name
    ("Harvest Penk, a farmer, said the harvest was late.", [("Penk", "PERSON")], "Penk"),
])
def test_a_title_or_a_common_word_is_no_given_name(nlp, text, labels, person):
    assert person in names(nlp, text, labels)


def test_a_fund_named_for_its_cause_owns_what_it_raised(nlp):
    # the name was once cut ("Pelham Relief Fund" alone) and its figure kept from it
    doc = Document(text="The Arts for Pelham Relief Fund, which has raised about $4 million from "
                   "the public and private sector, is a partnership between the city and the state.",
                   source="t")
    money = {(m.entity, m.kind, m.amount) for m in extract(doc, nlp(doc.text)).money}
    assert money == {("Arts for Pelham Relief Fund", "funding", 4000000)}


@pytest.mark.parametrize("text,apart", [
    # two papers: the second's own word tells it from the first
    ("A story The Avalon Evening Times first reported drew a reply. Dana Ruiz, the "
     "editor-in-chief of the Quarry Times tabloid, mocked it.", "Quarry Times"),
    ("The Harbour Daily Post ran the figures first. The Kestrel Post, a weekly, followed.",
     "Kestrel Post"),
])
def test_a_paper_with_its_own_word_is_not_another_paper(nlp, text, apart):
    found = names(nlp, text)
    assert any(n.endswith(apart) for n in found)


def test_the_bare_paper_name_is_the_longer_paper(nlp):
    found = names(nlp, "The Avalon Evening Times broke the story on Monday. The Times said the "
                       "mill would close.")
    assert "The Times" not in found


def test_a_word_before_a_lone_surname_outside_a_quote_or_introduction_is_no_given_name(nlp):
    # a cinema chain whose trade word the tagger took for a surname
    found = names(nlp, "Tarrowby Cinemas reopened its halls on Monday.",
                  [("Cinemas", "PERSON")])
    assert found.get("Tarrowby Cinemas") != "PERSON"


@pytest.mark.parametrize("text,firm", [
    # an architecture firm named for two partners, a title "at" it and a possessive after it
    ("Dana Ruiz, design director at the architecture firm Hollis and Crane's Boston studio, "
     "said the offices would change.", "Hollis and Crane"),
    # an advertising agency, a title "at" it
    ("Tom Reyes, managing director at Pickard and Vane, said budgets were shrinking.",
     "Pickard and Vane"),
])
def test_a_firm_named_for_two_partners_is_one_name(nlp, text, firm):
    found = names(nlp, text)
    assert found.get(firm) == "ORG"
    assert not {w for w in firm.split(" and ")} & set(found)


@pytest.mark.parametrize("text,labels,apart", [
    # two bodies the tagger knows apart
    ("Ann Lee, a visiting fellow at Marrow and Tessel, said the data were thin.",
     [("Ann Lee", "PERSON"), ("Marrow", "ORG"), ("Tessel", "ORG")], {"Marrow", "Tessel"}),
    # a part written alone elsewhere is a firm of its own
    ("Ann Lee, chief executive of Vantor and Brisk, spoke first. Vantor later said it agreed.",
     None, {"Vantor"}),
])
def test_two_names_joined_by_and_stay_two(nlp, text, labels, apart):
    found = names(nlp, text, labels)
    assert apart <= set(found)
