"""Exports read back by the tools that consume them: networkx, pyld and csv."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from pyld import jsonld
from test_query_world import S, build_world

from tieline.errors import BadInput
from tieline.query import export, fact_rows
from tieline.store import open_store

SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_world(tmp_path_factory.mktemp("world") / "world.db")
    with open_store(db, read_only=True) as opened:
        yield opened


def test_graphml_loads_in_networkx_with_nodes_edges_and_evidence(store, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_text(export(store, "graphml"), encoding="utf-8")
    g = nx.read_graphml(path)
    names = {data["name"]: data for _, data in g.nodes(data=True)}
    assert names["Copilot 365"]["type"] == "PRODUCT"
    assert json.loads(names["Microsoft"]["aliases"]) == ["Microsoft Corp."]
    two_ended = [f for f in fact_rows(store) if f.subject and f.object]
    assert g.number_of_edges() == len(two_ended)
    edges = {(g.nodes[u]["name"], g.nodes[v]["name"], d["kind"],
              json.loads(d["attributes"]).get("object")): d for u, v, d in g.edges(data=True)}
    supply = edges[("Microsoft", "Helix Labs", "supply", "compute")]
    assert json.loads(supply["attributes"])["via"] == "Azure"
    sentences = {ev["sentence"] for ev in json.loads(supply["evidence"])}
    assert sentences == {S["azure"], S["azure2"]} and supply["evidence_count"] == 2
    assert edges[("Microsoft", "Helix Labs", "supply", "cloud")]["modality"] == "negated"
    xss = edges[("Microsoft", "Helix Labs", "partner", None)]
    assert S["xss"] in {ev["sentence"] for ev in json.loads(xss["evidence"])}


def test_jsonld_expands_offline_with_schema_org_terms(store):
    doc = json.loads(export(store, "jsonld"))
    expanded = jsonld.expand(doc)  # inline context only: no document loader is needed
    by_type: dict[str, list] = {}
    for node in expanded:
        for t in node["@type"]:
            by_type.setdefault(t, []).append(node)
    names = {n[SCHEMA + "name"][0]["@value"] for n in by_type[SCHEMA + "Organization"]}
    assert {"Helix Labs", "Microsoft", "Oracle", "Voltra Motors"} <= names
    assert {n[SCHEMA + "name"][0]["@value"] for n in by_type[SCHEMA + "Person"]} == {
        "Satya Nadella"}
    assert SCHEMA + "Product" in by_type
    claims = by_type[SCHEMA + "Claim"]
    assert len(claims) == len(fact_rows(store))
    ids = {n["@id"]: n for n in expanded}
    clause = next(c for c in claims
                  if c["urn:tieline:vocab:relation"][0]["@value"] == "clause"
                  and "urn:tieline:vocab:trigger" in c)
    subject = ids[clause["urn:tieline:vocab:subject"][0]["@id"]]
    assert subject[SCHEMA + "name"][0]["@value"] == "Helix Labs"
    assert clause["urn:tieline:vocab:trigger"][0]["@value"] == "AGI"
    [appearance] = clause[SCHEMA + "appearance"]
    assert appearance[SCHEMA + "text"][0]["@value"] == S["clause"]
    assert appearance[SCHEMA + "identifier"][0]["@value"] == "news/2024-oracle.txt"


def test_csv_has_one_row_per_evidence_sentence(store):
    rows = list(csv.DictReader(io.StringIO(export(store, "csv"))))
    facts = fact_rows(store)
    assert len(rows) == sum(len(f.evidence) for f in facts)
    assert {r["fact_id"] for r in rows} == {str(f.id) for f in facts}
    money = next(r for r in rows if r["kind"] == "money" and r["subject"] == "Helix Labs")
    assert json.loads(money["attributes"])["amount"] == 6.6e9
    assert money["sentence"] == S["funding"] and money["source"] == "news/2024-oracle.txt"
    assert money["object"] == ""


def test_entity_neighbourhood_by_depth(store):
    def names(text: str) -> set[str]:
        return {r["subject"] for r in csv.DictReader(io.StringIO(text))} | {
            r["object"] for r in csv.DictReader(io.StringIO(text))} - {""}

    near = names(export(store, "csv", entity="Voltra Motors", depth=1))
    assert near == {"Voltra Motors", "Voltra S", "Northwind Cells", "Cobalt Ridge"}
    wider = names(export(store, "csv", entity="Voltra Motors", depth=2))
    assert wider == near | {"Lumen Lithium"}
    g = nx.parse_graphml(export(store, "graphml", entity="Voltra", depth=1))
    assert "Helix Labs" not in {d["name"] for _, d in g.nodes(data=True)}
    with pytest.raises(BadInput):
        export(store, "gexf")
