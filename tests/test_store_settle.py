"""Settling a store on the resolver's final names: renames, merges, facts re-keyed."""
from __future__ import annotations

import json

from tieline.model import Document, Entity, Evidence, Extraction, Relation
from tieline.resolve import Resolver
from tieline.store import open_store
from tieline.facts import voted_type


def article(text: str, entities: list[Entity], relations: list[tuple[str, str, str]]):
    doc = Document(text=text, source=f"{len(text)}.txt", published="2024-05-01", language="en")
    ev = Evidence(doc.id, 0, len(text), text, "test:rule", 0.9)
    return Extraction(document=doc, entities=entities,
                      relations=[Relation(kind, head, tail, via="QBL" if kind == "supply" else None,
                                          evidence=ev) for kind, head, tail in relations],
                      mention_counts={e.name: 1 for e in entities})


def test_an_acronym_stored_before_its_full_name_is_merged_into_it(store_url):
    first = article("QBL partners with Nimbus Freight.",
                    [Entity("QBL", "ORG"), Entity("Nimbus Freight", "ORG")],
                    [("partner", "QBL", "Nimbus Freight"), ("supply", "Nimbus Freight", "Orla")])
    second = article("Quill Bay Logistics (QBL), or Quill Bay, partners with Nimbus Freight.",
                     [Entity("Quill Bay Logistics", "ORG", ["Quill Bay", "QBL"]),
                      Entity("Nimbus Freight", "ORG")],
                     [("partner", "Nimbus Freight", "Quill Bay Logistics")])
    resolver = Resolver()
    with open_store(store_url, create=True) as store, store.connect() as conn:
        for ex in (first, second):  # each stored under the names known at the time
            resolver.observe(ex)
            store.save([resolver.apply(ex)])
        assert conn.exec_driver_sql("SELECT count(*) FROM entities").first() == (4,)
        conn.rollback()
        assert store.settle(resolver.canonical) == 2
        assert store.settle(resolver.canonical) == 0  # settled once and for all
        check_settled(conn)


def check_settled(conn) -> None:
    sql = conn.exec_driver_sql
    assert sorted(n for (n,) in sql("SELECT name FROM entities")) == [
        "Nimbus Freight", "Orla", "Quill Bay Logistics"]
    aliases = {a for (a,) in sql(
        "SELECT alias FROM aliases JOIN entities ON entity_id = entities.id "
        "WHERE name = 'Quill Bay Logistics'")}
    assert {"QBL", "Quill Bay"} <= aliases
    rows = sql("SELECT kind, CAST(attributes AS TEXT), (SELECT count(*) FROM evidence "
                        "WHERE fact_id = facts.id) FROM facts ORDER BY kind").fetchall()
    assert [(kind, n) for kind, _, n in rows] == [("partner", 2), ("supply", 1)]
    assert json.loads(rows[1][1])["via"] == "Quill Bay Logistics"  # names in attributes follow
    mentions = sql("SELECT sum(count) FROM mentions JOIN entities ON entity_id = "
                            "entities.id WHERE name = 'Quill Bay Logistics'").fetchone()
    assert mentions == (2,)


def test_type_ties_are_broken_by_type_never_by_arrival():
    assert voted_type({"PERSON": 2, "ORG": 2}) == voted_type({"ORG": 2, "PERSON": 2}) == "ORG"
    assert voted_type({"PRODUCT": 3, "ORG": 1}) == "PRODUCT"
