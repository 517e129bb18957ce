"""Resolve, round 19: an employ tie is dropped when the resolver merges its employer into a
person's name ("Vale's press secretary" with "Vale" tagged an organization in one story, where
other stories name Ada Vale). A firm's own name keeps its posts, and other kinds keep a person.

Every name is invented.
"""
from __future__ import annotations

import pytest

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


# -- the same in the store, in either order (settling applies the rule to later merges) -----

def stored_ties(store_url, stories) -> set:
    from tieline.store import open_store
    resolver = Resolver()
    with open_store(store_url, create=True) as store, store.connect() as conn:
        for ex in stories:  # each stored under the names known at the time
            resolver.observe(ex)
            store.save([resolver.apply(ex)])
        store.settle(resolver.canonical)
        return set(conn.exec_driver_sql(
            "SELECT kind, s.name, o.name FROM facts JOIN entities s ON s.id = subject_id "
            "JOIN entities o ON o.id = object_id").fetchall())


@pytest.mark.parametrize("aide_first", [True, False])
def test_the_store_drops_a_person_employer_whatever_the_order(store_url, aide_first):
    from test_store_settle import article
    people = [article(f"Ada Vale spoke on day {n}.", [Entity("Ada Vale", "PERSON", ["Vale"])], [])
              for n in range(3)]
    aide = article("Vale's press secretary, Tom Reed, said Brightwater Mills hired Nia Cole.",
                   [Entity("Vale", "ORG"), Entity("Tom Reed", "PERSON"),
                    Entity("Brightwater Mills", "ORG"), Entity("Nia Cole", "PERSON")],
                   [("employ", "Vale", "Tom Reed"), ("employ", "Brightwater Mills", "Nia Cole"),
                    ("sue", "Vale", "Brightwater Mills")])
    got = stored_ties(store_url, [aide, *people] if aide_first else [*people, aide])
    assert ("employ", "Brightwater Mills", "Nia Cole") in got
    assert ("sue", "Ada Vale", "Brightwater Mills") in got
    assert not any(kind == "employ" and head in ("Vale", "Ada Vale") for kind, head, _ in got)
