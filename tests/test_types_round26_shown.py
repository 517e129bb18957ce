"""Types, round 26: the type the store shows for a name comes from how the whole text uses
it, once every fact is found, and leaves the rules' type (and so the facts) alone.

A one-word name the tagger calls an organization but the text only uses as a product or a
service ("dated via Meetlo", "downloaded Meetlo", "the Meetlo link", "platforms such as
Meetlo", "Link: Meetlo") is listed as a PRODUCT;
one that also acts ("Meetlo said"), holds a post, is bought or is a party to a fact stays an
organization. A name typed PERSON that names a place of custody ("a Brackwater Oakdale
correctional officer") or ends in a word no person's name ends in ("Organization") is listed
as an organization. The store keeps each document's vote as "ORG>PRODUCT": the resolver
learns the rules' type, the listing shows the other. Every name is invented.
"""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from sqlalchemy import text as sql

from extracted import relabel
from tieline.extract import extract
from tieline.extract.entities.shown import shown_types
from tieline.facts import extraction_votes, vote_key, vote_type, voted_type
from tieline.ingest import ingest
from tieline.model import Document, Entity
from tieline.query import list_entities
from tieline.store import open_store


def entity_types(nlp, text: str, labels: dict[str, str]) -> dict[str, tuple[str, str | None]]:
    """name -> (the rules' type, the shown type) with each name in `labels` so tagged."""
    sdoc = nlp(text)
    relabel(sdoc, labels)
    return {e.name: (e.type, e.shown) for e in extract(Document(text=text, source="t"),
                                                          sdoc).entities}


@pytest.mark.parametrize("text,name", [
    ("Ann Lee met her husband on a date via Meetlo in 2019. Couples now flirt via Meetlo.",
     "Meetlo"),
    ("Pupils downloaded Meetlo last spring. Teachers clicked the Meetlo link each morning.",
     "Meetlo"),
    ("The coach spoke during a Chirpa video conference with reporters on Tuesday.", "Chirpa"),
    ("Orvane Strings\n\nTime: 8 p.m. ET\n\nLink: Chirpa\n\nKestrel Band\n\nLink: Chirpa",
     "Chirpa"),
    ("The Brask Tapes (2019)\n\nWhere to watch: Meetlo, Chirpa, Quillo", "Quillo"),
    ("Concerts went out to streaming platforms such as Chirpa and Meetlo.", "Meetlo"),
    ("Shoppers ordered groceries via Orvane all winter.", "Orvane"),
])
def test_a_name_only_used_as_a_product_is_shown_as_one(nlp, text, name):
    assert entity_types(nlp, text, {name: "ORG"})[name] == ("ORG", "PRODUCT")


@pytest.mark.parametrize("text,name", [
    ("Pupils downloaded Meetlo last spring. Meetlo said its users doubled.", "Meetlo"),
    ("Pupils downloaded Meetlo last spring. Trellis Analytics bought Meetlo in May.", "Meetlo"),
    ("Pupils downloaded Meetlo last spring. Meetlo manager Ann Lee said users doubled.",
     "Meetlo"),
    ("Farmers sold their milk via Brambleway Dairy last year.", "Brambleway Dairy"),
    ("Ann Lee showed a Kestrel training video to the class.", "Kestrel"),
    ("Ann Lee spoke at a Kestrel conference in May.", "Kestrel"),
    ("Ann Lee sold shares to investors such as Kestrel and Orvane.", "Orvane"),
    ("Firms such as Kestrel and Orvane hired staff.", "Kestrel"),
    ("Contact: Kestrel\n\nPhone: 555-0100", "Kestrel"),
    ("Orvane vs. Kestrel\n\nLink: Orvane Chirpa / Kestrel Chirpa", "Kestrel"),
    ("Kestrel Foods, the grocer, said sales rose. Shoppers ordered via Kestrel Foods.",
     "Kestrel Foods"),
    # a firm's webinar is like its conference; a bank, a broker or a carrier goes between
    ("Orvane webinars drew 300 bankers last year.", "Orvane"),
    ("Kestrel Foods raised $40 million via Orvane in May.", "Orvane"),
    ("Kestrel Foods sold its bonds via Orvane last week.", "Orvane"),
    ("Kestrel Foods shipped the crates via Orvane last week.", "Orvane"),
    # a charity goes between a gift and its end; one tires of anything, not only a product
    ("Neighbours donated via Quillfield after the flood.", "Quillfield"),
    ("Halvorsen fatigue set in after the third vote.", "Halvorsen"),
])
def test_a_name_that_acts_or_is_a_firm_stays_an_organization(nlp, text, name):
    assert entity_types(nlp, text, {name: "ORG"})[name] == ("ORG", None)


def test_a_place_of_custody_typed_person_is_shown_as_an_organization(nlp):
    text = ("Three inmates died at Brackwater Oakdale last month. A Brackwater Oakdale "
            "correctional officer said the unit was full.")
    assert entity_types(nlp, text, {"Brackwater Oakdale": "PERSON"})["Brackwater Oakdale"] \
        == ("PERSON", "ORG")
    text = "Tova Brackwater met a prison officer on Monday. Tova Brackwater said she was proud."
    assert entity_types(nlp, text, {})["Tova Brackwater"] == ("PERSON", None)


def test_a_person_typed_name_ending_in_an_organization_word_is_shown_as_one():
    ents = SimpleNamespace(mentions=[], entities={
        "Halvorsen Organization": Entity("Halvorsen Organization", "PERSON"),
        "Nils Halvorsen": Entity("Nils Halvorsen", "PERSON")})
    assert shown_types(ents) == {"Halvorsen Organization": "ORG"}


def test_votes_keep_the_rules_type_beside_the_shown_one():
    assert vote_key("ORG", "PRODUCT") == "ORG>PRODUCT" and vote_key("ORG", "ORG") == "ORG"
    votes, shown = vote_type({"ORG": 1}, "ORG>PRODUCT")
    votes, shown = vote_type(votes, "ORG>PRODUCT")
    assert shown == "PRODUCT" and voted_type(votes) == "PRODUCT"
    assert extraction_votes(votes) == {"ORG": 3}


def test_the_store_lists_the_shown_type_and_the_resolver_learns_the_rules_type(tmp_path):
    stories = ["Ann Lee met her husband on a date via Meetlo. Couples now flirt via Meetlo.",
               "Pupils downloaded Meetlo last spring. Teachers clicked the Meetlo link daily.",
               "Ivo Brask said Halvorsen Marine will build two ships in Quillfield."]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"s{i}", "title": f"Story {i}", "text": t,
                                        "published": "2024-05-01"}) + "\n"
                            for i, t in enumerate(stories)), encoding="utf-8")
    with open_store(str(tmp_path / "t.db"), create=True) as store:
        ingest([str(path)], store)
        shown = {e.name: e.type for e in list_entities(store)}
        with store.connect() as conn:
            votes = dict(conn.execute(sql("SELECT name, type_votes FROM entities")).all())
        seeded = {name: v for name, _, v, _ in store.resolver_seed()}
    assert shown["Meetlo"] == "PRODUCT" and shown["Halvorsen Marine"] == "ORG"
    assert json.loads(votes["Meetlo"]).get("ORG>PRODUCT", 0) >= 1
    assert seeded["Meetlo"] == {"ORG": 2}  # the rules' type of both stories, not the shown one


@pytest.mark.parametrize("text,name", [
    ("Researchers at Trellis Analytics read the DNA of the virus in a week.", "DNA"),
    ("Orvane Health said its RNA test was ready, and the RNA results came fast.", "RNA"),
    ("Six patients of Quillfield General Hospital were moved to the ICU on Monday.", "ICU"),
])
def test_a_molecule_or_a_care_unit_is_never_stored(nlp, text, name):
    assert name not in entity_types(nlp, text, {name: "ORG"})


@pytest.mark.parametrize("aide_first", [True, False])
def test_settling_drops_a_person_employer_by_the_rules_type_not_the_shown_one(store_url,
                                                                              aide_first):
    """The resolver drops an employ tie whose employer it merges into a name the rules typed
    PERSON; settling (the same rule for merges after saving) reads the same votes, so a name
    shown as an ORG changes neither the outcome nor its dependence on the order."""
    from test_resolve_round19_person_employer import stored_ties
    from test_store_settle import article
    people = [article(f"Ada Vale spoke on day {n}.",
                      [Entity("Ada Vale", "PERSON", ["Vale"], shown="ORG")], [])
              for n in range(3)]
    aide = article("Vale's press secretary, Tom Reed, said Brightwater Mills hired Nia Cole.",
                   [Entity("Vale", "ORG"), Entity("Tom Reed", "PERSON"),
                    Entity("Brightwater Mills", "ORG"), Entity("Nia Cole", "PERSON")],
                   [("employ", "Vale", "Tom Reed"), ("employ", "Brightwater Mills", "Nia Cole")])
    got = stored_ties(store_url, [aide, *people] if aide_first else [*people, aide])
    assert ("employ", "Brightwater Mills", "Nia Cole") in got
    assert not any(kind == "employ" and head in ("Vale", "Ada Vale") for kind, head, _ in got)
