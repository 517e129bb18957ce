"""The graph (whole, or around one entity) as GraphML, JSON-LD or CSV, evidence included.

GraphML and JSON-LD carry entities as nodes and facts as edges; a fact with one end only
(a money figure, a quote about nobody) is a JSON-LD claim and a CSV row but no GraphML edge.
JSON-LD uses an inline context (no remote fetch) with schema.org terms.
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from ..errors import BadInput
from ..model import Fact, attributes_as_dict
from ..store.base import Store
from .around import around
from .entities import find_entity
from .facts import fact_rows

FORMATS = ("graphml", "jsonld", "csv")
SCHEMA_TYPES = {"ORG": "Organization", "PERSON": "Person", "PRODUCT": "Product",
                "EVENT": "Event"}
CSV_COLUMNS = ("fact_id", "kind", "subject", "subject_type", "object", "object_type",
               "modality", "time", "first_seen", "last_seen", "attributes", "sentence",
               "source", "title", "url", "published", "document_id")
NS = "urn:tieline:"


def export(store: Store, fmt: str, *, entity: str | None = None, depth: int = 1,
           as_of: str | None = None, notes: list[str] | None = None) -> str:
    """The facts (around an entity) as GraphML, JSON-LD or CSV; with `as_of`, as known on
    that date: reports published by then, each fact's validity judged from them. Around an
    entity the read is bounded on hubs (query/around.py); what it cut is added to `notes`."""
    if fmt not in FORMATS:
        raise BadInput(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if entity:
        found, cut = around(store, find_entity(store, entity), depth)
        if notes is not None:
            notes.extend(cut)
        selected = fact_rows(store, ids=found.ids, as_of=as_of)
    else:
        selected = fact_rows(store, as_of=as_of)
    selected.sort(key=lambda f: f.id)
    nodes = _nodes(store, selected)
    return {"graphml": graphml, "jsonld": jsonld, "csv": to_csv}[fmt](nodes, selected)


def _nodes(store: Store, selected: list[Fact]) -> dict[int, dict]:
    nodes = {}
    for f in selected:
        for entity_id, name, etype in ((f.subject_id, f.subject, f.subject_type),
                                       (f.object_id, f.object, f.object_type)):
            if entity_id is not None:
                nodes[entity_id] = {"id": entity_id, "name": name, "type": etype, "aliases": []}
    for entity_id, names in store.entity_aliases(nodes).items():
        nodes[entity_id]["aliases"] = [a for a in names if a != nodes[entity_id]["name"]]
    for entity_id, record in store.entities_by_id(nodes).items():
        if record.maker_id is not None:
            nodes[entity_id]["maker_id"] = record.maker_id
    return nodes


def _attributes(fact: Fact) -> str:
    return json.dumps(attributes_as_dict(fact.attributes), ensure_ascii=False)


def _evidence(fact: Fact) -> list[dict]:
    return [{"sentence": ev.sentence, "source": ev.source, "title": ev.title, "url": ev.url,
             "published": ev.published, "document_id": ev.document_id,
             "modality": ev.modality} for ev in fact.evidence]


def graphml(nodes: dict[int, dict], selected: list[Fact]) -> str:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    keys = [("node", "name"), ("node", "type"), ("node", "aliases"), ("edge", "kind"),
            ("edge", "modality"), ("edge", "time"), ("edge", "first_seen"),
            ("edge", "last_seen"), ("edge", "attributes"), ("edge", "evidence_count"),
            ("edge", "evidence")]
    for scope, name in keys:
        ET.SubElement(root, "key", {"id": f"{scope[0]}_{name}", "for": scope,
                                    "attr.name": name,
                                    "attr.type": "int" if name == "evidence_count" else "string"})
    graph = ET.SubElement(root, "graph", id="tieline", edgedefault="directed")

    def data(parent, key: str, value) -> None:
        if value is not None:
            ET.SubElement(parent, "data", key=key).text = str(value)

    for node in nodes.values():
        element = ET.SubElement(graph, "node", id=f"e{node['id']}")
        data(element, "n_name", node["name"])
        data(element, "n_type", node["type"])
        data(element, "n_aliases", json.dumps(node["aliases"], ensure_ascii=False))
    for f in selected:
        if f.subject_id is None or f.object_id is None:
            continue
        element = ET.SubElement(graph, "edge", id=f"f{f.id}", source=f"e{f.subject_id}",
                                target=f"e{f.object_id}")
        for name in ("kind", "modality", "time", "first_seen", "last_seen"):
            data(element, f"e_{name}", getattr(f, name))
        data(element, "e_attributes", _attributes(f))
        data(element, "e_evidence_count", len(f.evidence))
        data(element, "e_evidence", json.dumps(_evidence(f), ensure_ascii=False))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def jsonld(nodes: dict[int, dict], selected: list[Fact]) -> str:
    context = {"@vocab": "https://schema.org/", "tl": NS + "vocab:",
               "relation": "tl:relation", "modality": "tl:modality",
               "firstSeen": "tl:firstSeen", "lastSeen": "tl:lastSeen",
               "subjectEntity": {"@id": "tl:subject", "@type": "@id"},
               "objectEntity": {"@id": "tl:object", "@type": "@id"},
               "maker": {"@id": "manufacturer", "@type": "@id"}}
    graph: list[dict] = []
    for node in nodes.values():
        item = {"@id": f"{NS}entity:{node['id']}", "@type": SCHEMA_TYPES.get(node["type"], "Thing"),
                "name": node["name"]}
        if node["aliases"]:
            item["alternateName"] = node["aliases"]
        if node.get("maker_id"):
            item["maker"] = f"{NS}entity:{node['maker_id']}"
        graph.append(item)
    for f in selected:
        claim = {"@id": f"{NS}fact:{f.id}", "@type": "Claim", "relation": f.kind,
                 "modality": f.modality, "firstSeen": f.first_seen, "lastSeen": f.last_seen}
        ends = [(key, entity_id) for key, entity_id in (("subjectEntity", f.subject_id),
                                                        ("objectEntity", f.object_id))
                if entity_id is not None]
        for key, entity_id in ends:
            claim[key] = f"{NS}entity:{entity_id}"
        claim["about"] = [{"@id": f"{NS}entity:{entity_id}"} for _, entity_id in ends]
        if f.time:
            claim["temporalCoverage"] = f.time
        for name, value in attributes_as_dict(f.attributes).items():
            if value is not None:
                claim[f"tl:{name}"] = value
        claim["appearance"] = [{k: v for k, v in {
            "@type": "CreativeWork", "text": ev.sentence, "name": ev.title,
            "url": ev.url, "identifier": ev.source, "datePublished": ev.published,
        }.items() if v is not None} for ev in f.evidence]
        graph.append({k: v for k, v in claim.items() if v is not None})
    return json.dumps({"@context": context, "@graph": graph}, indent=2, ensure_ascii=False) + "\n"


def to_csv(nodes: dict[int, dict], selected: list[Fact]) -> str:
    """One row per (fact, evidence sentence)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for f in selected:
        base = {k: getattr(f, k) for k in ("kind", "subject", "subject_type", "object",
                                           "object_type", "modality", "time", "first_seen",
                                           "last_seen")}
        base |= {"fact_id": f.id, "attributes": _attributes(f)}
        for ev in _evidence(f) or [{}]:
            writer.writerow(base | {k: ev.get(k) for k in ("sentence", "source", "title", "url",
                                                           "published", "document_id")})
    return buffer.getvalue()
