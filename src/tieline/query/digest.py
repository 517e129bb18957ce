"""A sourced briefing about one entity or a pair: extractive, every sentence cited [n].

Only stored evidence is quoted; the structure around it (headings, fact labels, figures) comes
from stored facts. Rendering to Markdown or one self-contained HTML file is in render.py.
"""
from __future__ import annotations

from .entities import find_entity
from .facts import check_date, document_extras, fact_rows, in_window
from .relationship import changes_of, full_history, relationship

CHANGE_WEIGHT = {"weakening": 3.0, "modality_shift": 2.0, "appeared": 1.0}
KIND_WEIGHT = {"supply": 2.0, "use": 2.0, "clause": 2.0, "invest": 1.5, "acquire": 1.5,
               "sue": 1.5, "money": 1.5, "partner": 1.0, "compete": 1.0, "develop": 1.0}
DEPENDENCY_CONTEXT = {"supply", "use", "develop", "invest", "money", "clause", "quote"}
TAKEAWAYS = 5


class Citations:
    """Numbers sources in the order they are first cited."""

    def __init__(self) -> None:
        self.sources: list[dict] = []
        self._numbers: dict[str, int] = {}

    def cite(self, item: dict) -> int:
        doc = item["document_id"]
        if doc not in self._numbers:
            self.sources.append({"n": len(self.sources) + 1, "document_id": doc,
                                 "title": item.get("title"), "source": item.get("source"),
                                 "url": item.get("url"), "published": item.get("published")})
            self._numbers[doc] = len(self.sources)
        return self._numbers[doc]

    def known(self, document_id: str) -> int | None:
        return self._numbers.get(document_id)


def digest(conn, about: list[str], *, since: str | None = None,
           until: str | None = None) -> dict:
    check_date(since), check_date(until)
    names = [find_entity(conn, name)["name"] for name in about]
    facts = _facts(conn, names, since, until)
    changes = [c for f in full_history(conn, facts)
               for c in changes_of(f, cues={f["subject"], f["object"]} <= set(names))
               if in_window(c["date"], since, until)]
    if len(names) == 2:
        changes += [c for c in relationship(conn, *names, since=since, until=until)["changes"]
                    if c.get("context")]
    cites = Citations()
    takeaways = _takeaways(facts, changes, cites)
    timeline, told = [], set()
    for c in sorted(changes, key=lambda c: (c["date"] or "", c["fact_id"])):
        if (c["kind"], c["change"], c["sentence"]) in told:
            continue  # several facts read from one sentence: the sentence is told once
        told.add((c["kind"], c["change"], c["sentence"]))
        timeline.append({"date": c["date"], "change": c["change"], "kind": c["kind"],
                         "label": fact_label(c), "modality": c["modality"],
                         "sentence": c["sentence"], "cite": cites.cite(c)})
    by_kind = {k: [f for f in facts if f["kind"] == k] for k in ("money", "clause", "quote")}
    money = [{**_fields(f), "cite": cites.cite(f["evidence"][0])}
             for f in sorted(by_kind["money"], key=lambda f: f["first_seen"] or "")]
    clauses = [{**_fields(f), "cite": cites.cite(f["evidence"][0])} for f in by_kind["clause"]]
    quotes = [{**_fields(f), "cite": cites.cite(f["evidence"][0])} for f in by_kind["quote"]]
    extras = document_extras(conn, [s["document_id"] for s in cites.sources])
    posts = [{**p, "cite": cites.known(p["document_id"])} for p in extras["posts"]
             if not p["date"] or in_window(p["date"], since, until)]
    events = [{"date": e["date"], "change": "headline", "kind": "event", "label": e["headline"],
               "modality": None, "sentence": e["headline"], "cite": cites.known(e["document_id"])}
              for e in extras["events"] if in_window(e["date"], since, until)]
    timeline = sorted(timeline + events, key=lambda t: t["date"] or "")
    return {"about": names, "since": since, "until": until, "facts": len(facts),
            "takeaways": takeaways, "timeline": timeline, "money": money, "clauses": clauses,
            "quotes": quotes, "posts": posts, "sources": cites.sources}


def _facts(conn, names: list[str], since, until) -> list[dict]:
    """One entity: all its facts. A pair or more: facts among them, plus each one's
    dependencies, money, clauses and quotes with others (the context of their tie)."""
    found: dict[int, dict] = {}
    for name in names:
        for fact in fact_rows(conn, entity=name, since=since, until=until):
            ends = {fact["subject"], fact["object"]} - {None}
            if len(names) == 1 or ends <= set(names) or fact["kind"] in DEPENDENCY_CONTEXT:
                found[fact["id"]] = fact
    return sorted(found.values(), key=lambda f: (f["first_seen"] or "", f["id"]))


def _takeaways(facts, changes, cites: Citations) -> list[dict]:
    evidence_count = {f["id"]: len(f["evidence"]) for f in facts}
    ranked = sorted(changes, key=lambda c: (
        -(CHANGE_WEIGHT.get(c["change"], 0.5) + KIND_WEIGHT.get(c["kind"], 0.5)
          + 0.2 * min(evidence_count.get(c["fact_id"], 1), 5)),
        -(int((c["date"] or "0")[:4]) if (c["date"] or "")[:4].isdigit() else 0),
        c["fact_id"]))
    out, seen = [], set()
    for change in ranked:
        if change["sentence"] in seen:
            continue
        seen.add(change["sentence"])
        out.append({"sentence": change["sentence"], "change": change["change"],
                    "kind": change["kind"], "fact_id": change["fact_id"],
                    "cite": cites.cite(change)})
        if len(out) == TAKEAWAYS:
            break
    return out


def _fields(fact: dict) -> dict:
    ev = fact["evidence"][0]
    return {"fact_id": fact["id"], "subject": fact["subject"], "object": fact["object"],
            "modality": fact["modality"], "date": ev["date"] or fact["first_seen"],
            "sentence": ev["sentence"], "attributes": fact["attributes"]}


def fact_label(fact: dict) -> str:
    """'supply: Microsoft → OpenAI (compute, via Azure)' from a fact's own fields."""
    from .render import amount

    attrs = fact.get("attributes") or {}
    if fact["kind"] == "money":  # "money: OpenAI (funding 6.6 billion USD, 2024)"
        detail = ", ".join(x for x in (f"{attrs.get('kind')} "
                                       f"{amount(attrs.get('amount'), attrs.get('currency'))}",
                                       attrs.get("time")) if x)
    else:
        detail = ", ".join(x for x in (attrs.get("object") if fact["kind"] != "clause" else None,
                                       f"via {attrs['via']}" if attrs.get("via") else None) if x)
    ends = " → ".join(x for x in (fact.get("subject"), fact.get("object")) if x)
    return f"{fact['kind']}: {ends}" + (f" ({detail})" if detail else "")
