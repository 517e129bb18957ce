"""Resolve, round 19: an employ tie is dropped when the resolver merges its employer into a
person's name ("Vale's press secretary" with "Vale" tagged an organization in one story, where
other stories name Ada Vale). A firm's own name keeps its posts, and other kinds keep a person.

Every name is invented.
"""
from __future__ import annotations

from tieline.model import Document, Entity, Extraction, Relation
from tieline.resolve import Resolver


def story(*entities, relations=()):
    return Extraction(document=Document(text="x", source="t"), entities=list(entities),
                      relations=list(relations))


def known_person(r, full, surname):
    for _ in range(3):  # the surname grouped under the full name in several stories
        r.observe(story(Entity(full, "PERSON", [surname])))


def applied(r, ex):
    r.observe(ex)
    return {(x.type, x.head, x.tail) for x in r.apply(ex).relations}


def test_a_surname_tagged_an_organization_employs_no_one():
    for full, surname, aide in (("Ada Vale", "Vale", "Tom Reed"),
                                ("Joel Marchetti", "Marchetti", "Lena Osei")):
        r = Resolver()
        known_person(r, full, surname)
        got = applied(r, story(Entity(surname, "ORG"), Entity(aide, "PERSON"),
                               relations=[Relation("employ", surname, aide, "press secretary")]))
        assert r.canonical(surname) == full
        assert got == set()


def test_a_firm_keeps_its_posts_and_a_person_keeps_other_ties():
    r = Resolver()
    known_person(r, "Ada Vale", "Vale")
    for _ in range(3):
        r.observe(story(Entity("Brightwater Mills", "ORG")))
    got = applied(r, story(Entity("Brightwater Mills", "ORG"), Entity("Vale", "ORG"),
                           Entity("Tom Reed", "PERSON"),
                           relations=[Relation("employ", "Brightwater Mills", "Tom Reed", "chef"),
                                      Relation("sue", "Vale", "Brightwater Mills")]))
    assert got == {("employ", "Brightwater Mills", "Tom Reed"),
                   ("sue", "Ada Vale", "Brightwater Mills")}
