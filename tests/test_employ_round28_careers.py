"""employ and talent_move, round 28: careers in shapes the tuning sets' misses showed.

- a firm named as an adjective before a post ("will stay on as Civic chief executive");
- a person hired "from" a name the tagger took for a work: the name is a firm, so the move reads;
- "Attorney General A" where the article names the Justice Department;
- "came from a string of companies, including firm B and publishers C and D": past jobs.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relabel, typed_as
from tieline.extract import extract
from tieline.model import Document


def relabelled(nlp, text: str, labels: dict[str, str]) -> dict[tuple, str]:
    """(type, head, tail) -> modality, with the tagger's labels of some names set as given."""
    sdoc = nlp(text)
    relabel(sdoc, labels)
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.type, r.head, r.tail): r.modality for r in extract(doc, sdoc).relations}


# a firm's name the parser reads as an adjective still names the post's employer
@pytest.mark.parametrize("text,pair", [
    ("Kestrel bought Civic Holdings. Ann Lee, who will stay on as Civic chief executive, "
     "welcomed the deal.", ("Civic Holdings", "Ann Lee")),
    ("Kestrel bought Civic Holdings. Ann Lee, the Civic chief executive, welcomed the deal.",
     ("Civic Holdings", "Ann Lee")),
    ("Brambleway Dairy bought Coastal Creameries. Tom Reyes, who will remain as Coastal chief "
     "executive, welcomed the deal.", ("Coastal", "Tom Reyes")),
])
def test_a_firm_read_as_an_adjective_names_the_employer(nlp, text, pair):
    assert pair in of_kind(nlp, text, "employ")


def test_a_nation_before_a_post_names_no_employer(nlp):
    text = ("Kestrel bought Civic Holdings. Ann Lee, who will remain as British chief executive, "
            "welcomed the deal.")
    assert not of_kind(nlp, text, "employ")


# "hired A from B as partner": B is a firm whatever label the tagger gives it
@pytest.mark.parametrize("text,hirer,left", [
    ("In March, Kestrel Advisory hired Ann Lee from Quillmark as partner, strategy and "
     "transformation.", "Kestrel Advisory", "Quillmark"),
    ("Halvorsen Marine poached Tom Reyes from Brightwater as head of fleet operations.",
     "Halvorsen Marine", "Brightwater"),
])
def test_a_person_hired_from_a_mistyped_name_moved_from_a_firm(nlp, text, hirer, left):
    assert typed_as(nlp, text, {left: "WORK_OF_ART"})[left] == "ORG"
    found = relabelled(nlp, text, {left: "WORK_OF_ART"})
    person = "Ann Lee" if "Ann Lee" in text else "Tom Reyes"
    assert found.get(("talent_move", left, hirer)) == "asserted"
    assert found.get(("employ", left, person)) == "negated"


@pytest.mark.parametrize("text,name", [
    # no person hired: a crew hired from a show is no move between firms
    ("Kestrel Studios hired a crew from Quillmark for the tour.", "Quillmark"),
    # not a hiring verb
    ("Ann Lee bought a painting from Quillmark last year.", "Quillmark"),
])
def test_no_hire_of_a_person_leaves_the_work_label(nlp, text, name):
    assert typed_as(nlp, text, {name: "WORK_OF_ART"}).get(name) != "ORG"


# a bare "Attorney General" before a name, in an article naming the Justice Department
@pytest.mark.parametrize("text,body,person,title", [
    ("The Justice Department sued Kestrel Foods on Monday. \"The deal is unlawful,\" Attorney "
     "General Ann Lee said.", "Justice Department", "Ann Lee", "Attorney General"),
    ("Deputy Attorney General Tom Reyes said the fees were unfair, after the Department of "
     "Justice sued Orvane Shipping.", "Department of Justice", "Tom Reyes",
     "Deputy Attorney General"),
    # the country the body's own names leave out
    ("U.S. Attorney General Ann Lee said the Justice Department would appeal the ruling on "
     "Kestrel Foods.", "Justice Department", "Ann Lee", "U.S. Attorney General"),
    ("U.S. Deputy Attorney General Tom Reyes said the Department of Justice would not settle "
     "with Orvane Shipping.", "Department of Justice", "Tom Reyes",
     "U.S. Deputy Attorney General"),
])
def test_an_attorney_general_works_at_the_justice_department_named(nlp, text, body, person, title):
    assert of_kind(nlp, text, "employ").get((body, person)) == "asserted"
    doc = Document(text=text, source="test", published="2024-05-01")
    objs = {r.object for r in extract(doc, nlp(text)).relations if r.type == "employ"}
    assert title in objs


@pytest.mark.parametrize("text", [
    # a state's office
    "The Justice Department sued Kestrel Foods on Monday. New York Attorney General Ann Lee "
    "joined the suit.",
    "The U.S. Justice Department sued Orvane Shipping, and state Attorney General Tom Reyes "
    "filed his own case.",
    "The Department of Justice sued Orvane Shipping. New York Deputy Attorney General Tom "
    "Reyes praised the case.",
    # a past office: of which government is a guess
    "The Justice Department sued Kestrel Foods on Monday. Former Attorney General Ann Lee "
    "criticised the case.",
    # no body named in the article
    "Kestrel Foods was sued on Monday. Attorney General Ann Lee said the deal was unlawful.",
    "The Department of Justice sued Orvane Shipping. Former U.S. Attorney General Tom Reyes "
    "criticised the case.",
    # a country's office, named by its possessive
    "Australia's Attorney General Ann Lee met officials of the U.S. Justice Department on "
    "Monday.",
    "Canada’s Attorney General Tom Reyes wrote to the Department of Justice about Orvane "
    "Shipping.",
    # a state's office written out once holds for the bare mention that follows
    "New York Attorney General Ann Lee sued the Justice Department on Monday. Attorney "
    "General Ann Lee said the case was strong.",
    "Ohio Attorney General Tom Reyes joined the Department of Justice suit against Kestrel "
    "Foods. Attorney General Tom Reyes said the merger hurt farmers.",
])
def test_an_attorney_general_of_no_named_department_is_not_read(nlp, text):
    assert not [p for p in of_kind(nlp, text, "employ") if p[1] in {"Ann Lee", "Tom Reyes"}]


# "came from a string of companies, including ...": each listed firm is a past job
@pytest.mark.parametrize("text,person,firms", [
    ("Her predecessor, Lena Moss, who lasted two months as interim CEO, came from a string of "
     "media and technology companies, according to her profile, including technology firm "
     "Trellis Analytics and newspaper publishers Orvane Media and Kestrel Press.", "Lena Moss",
     {"Trellis Analytics", "Orvane Media", "Kestrel Press"}),
    ("Tom Reyes came from a series of shipping firms, including Halvorsen Marine and "
     "Brambleway Freight.", "Tom Reyes", {"Halvorsen Marine", "Brambleway Freight"}),
])
def test_firms_a_person_came_from_are_past_jobs(nlp, text, person, firms):
    found = of_kind(nlp, text, "employ")
    assert {f for (f, p), mood in found.items() if p == person and mood == "negated"} == firms


@pytest.mark.parametrize("text", [
    # no person came: money
    "The money came from a string of banks, including Orvane Capital and Kestrel Bank.",
    # no kind of employer
    "Tom Reyes came from a family of farmers, including the owners of Brambleway Dairy.",
    "Tom Reyes came from a string of deals, including Halvorsen Marine and Brambleway Freight.",
    # to come, or denied
    "Tom Reyes will come from a series of shipping firms, including Halvorsen Marine.",
    "Tom Reyes did not come from a series of shipping firms, including Halvorsen Marine.",
    # a firm inside a phrase of the list is no job of his
    "Tom Reyes came from a series of shipping firms, including start-ups backed by Orvane "
    "Capital.",
])
def test_lists_that_give_no_past_job_are_not_read(nlp, text):
    assert not [p for p, mood in of_kind(nlp, text, "employ").items() if mood == "negated"]
