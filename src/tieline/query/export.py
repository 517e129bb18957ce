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

from sqlalchemy import or_, select

from ..store.schema import aliases, entities, facts
from .entities import find_entity
from .facts import CHUNK, QueryError, fact_rows

FORMATS = ("graphml", "jsonld", "csv")
SCHEMA_TYPES = {"ORG": "Organization", "PERSON": "Person", "PRODUCT": "Product",
                "EVENT": "Event"}
CSV_COLUMNS = ("fact_id", "kind", "subject", "subject_type", "object", "object_type",
               "modality", "time", "first_seen", "last_seen", "attributes", "sentence",
               "source", "title", "url", "published", "document_id")
NS = "urn:tieline:"


def export(conn, fmt: str, *, entity: str | None = None, depth: int = 1) -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    selected = fact_rows(conn, ids=_neighbourhood(conn, entity, depth)) if entity \
        else fact_rows(conn)
    selected.sort(key=lambda f: f["id"])
    nodes = _nodes(conn, selected)
    return {"graphml": graphml, "jsonld": jsonld, "csv": to_csv}[fmt](nodes, selected)


def _neighbourhood(conn, name: str, depth: int) -> list[int]:
    """Ids of facts within `depth` hops of an entity, ignoring direction."""
    frontier, seen, fact_ids = {find_entity(conn, name)["id"]}, set(), set()
    for _ in range(max(depth, 1)):
        seen |= frontier
        found = set()
        ids = sorted(frontier)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            for fid, s, o in conn.execute(
                    select(facts.c.id, facts.c.subject_id, facts.c.object_id)
                    .where(or_(facts.c.subject_id.in_(chunk), facts.c.object_id.in_(chunk)))):
                fact_ids.add(fid)
                found |= {s, o} - {None}
        frontier = found - seen
        if not frontier:
            break
    return sorted(fact_ids)


def _nodes(conn, selected: list[dict]) -> dict[int, dict]:
    nodes = {}
    for f in selected:
        for end in ("subject", "object"):
            if f[f"{end}_id"] is not None:
                nodes[f[f"{end}_id"]] = {"id": f[f"{end}_id"], "name": f[end],
                                         "type": f[f"{end}_type"], "aliases": []}
    ids = sorted(nodes)
    for start in range(0, len(ids), CHUNK):
        for entity_id, alias in conn.execute(
                select(aliases.c.entity_id, aliases.c.alias)
                .where(aliases.c.entity_id.in_(ids[start:start + CHUNK]))
                .order_by(aliases.c.alias)):
            if alias != nodes[entity_id]["name"]:
                nodes[entity_id]["aliases"].append(alias)
        for entity_id, maker_id in conn.execute(
                select(entities.c.id, entities.c.maker_id)
                .where(entities.c.id.in_(ids[start:start + CHUNK]),
                       entities.c.maker_id.isnot(None))):
            nodes[entity_id]["maker_id"] = maker_id
    return nodes


def _evidence(fact: dict) -> list[dict]:
    return [{k: ev[k] for k in ("sentence", "source", "title", "url", "published", "document_id",
                                "modality")} for ev in fact["evidence"]]


def graphml(nodes: dict[int, dict], selected: list[dict]) -> str:
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
        if f["subject_id"] is None or f["object_id"] is None:
            continue
        element = ET.SubElement(graph, "edge", id=f"f{f['id']}", source=f"e{f['subject_id']}",
                                target=f"e{f['object_id']}")
        for name in ("kind", "modality", "time", "first_seen", "last_seen"):
            data(element, f"e_{name}", f[name])
        data(element, "e_attributes", json.dumps(f["attributes"], ensure_ascii=False))
        data(element, "e_evidence_count", len(f["evidence"]))
        data(element, "e_evidence", json.dumps(_evidence(f), ensure_ascii=False))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def jsonld(nodes: dict[int, dict], selected: list[dict]) -> str:
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
        claim = {"@id": f"{NS}fact:{f['id']}", "@type": "Claim", "relation": f["kind"],
                 "modality": f["modality"], "firstSeen": f["first_seen"],
                 "lastSeen": f["last_seen"]}
        ends = [(key, f[f"{end}_id"]) for key, end in (("subjectEntity", "subject"),
                                                       ("objectEntity", "object"))
                if f[f"{end}_id"] is not None]
        for key, entity_id in ends:
            claim[key] = f"{NS}entity:{entity_id}"
        claim["about"] = [{"@id": f"{NS}entity:{entity_id}"} for _, entity_id in ends]
        if f["time"]:
            claim["temporalCoverage"] = f["time"]
        for name, value in f["attributes"].items():
            if value is not None:
                claim[f"tl:{name}"] = value
        claim["appearance"] = [{k: v for k, v in {
            "@type": "CreativeWork", "text": ev["sentence"], "name": ev["title"],
            "url": ev["url"], "identifier": ev["source"], "datePublished": ev["published"],
        }.items() if v is not None} for ev in f["evidence"]]
        graph.append({k: v for k, v in claim.items() if v is not None})
    return json.dumps({"@context": context, "@graph": graph}, indent=2, ensure_ascii=False) + "\n"


def to_csv(nodes: dict[int, dict], selected: list[dict]) -> str:
    """One row per (fact, evidence sentence)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for f in selected:
        base = {k: f[k] for k in ("kind", "subject", "subject_type", "object", "object_type",
                                  "modality", "time", "first_seen", "last_seen")}
        base |= {"fact_id": f["id"], "attributes": json.dumps(f["attributes"], ensure_ascii=False)}
        for ev in f["evidence"] or [{}]:
            writer.writerow(base | {k: ev.get(k) for k in ("sentence", "source", "title", "url",
                                                           "published", "document_id")})
    return buffer.getvalue()
