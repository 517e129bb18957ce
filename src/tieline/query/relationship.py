"""How the tie between two entities changed: facts by type, and the changes over time."""
from __future__ import annotations

import re

from .entities import aliases_of, find_entity
from .facts import check_date, fact_rows, in_window
from .graph import weakening

KIND_ORDER = ("partner", "supply", "use", "invest", "develop", "acquire", "compete", "sue",
              "employ", "talent_move", "clause", "money", "quote")


def relationship(conn, a: str, b: str, *, since: str | None = None,
                 until: str | None = None) -> dict:
    """Every fact between A and B (newest first), grouped by type in first-seen order, with the
    changes: ties that appeared, ties reported as ended or weakening, shifts in modality."""
    check_date(since), check_date(until)
    first, second = find_entity(conn, a), find_entity(conn, b)
    between = fact_rows(conn, between=(first["name"], second["name"]), since=since, until=until)
    for fact in between:
        fact["status"] = _status(fact)
    groups: dict[str, list[dict]] = {}
    for fact in sorted(between, key=lambda f: (f["first_seen"] or "", f["id"])):
        groups.setdefault(fact["kind"], []).append(fact)
    changes = [c for fact in full_history(conn, between) for c in changes_of(fact)
               if in_window(c["date"], since, until)]
    changes += _signals(conn, first, second, since, until)
    changes.sort(key=lambda c: (c["date"] or "", c["fact_id"]))
    return {"a": first["name"], "b": second["name"], "since": since, "until": until,
            "facts": between,
            "groups": [{"kind": kind, "fact_ids": [f["id"] for f in groups[kind]]}
                       for kind in sorted(groups, key=_kind_rank)],
            "changes": changes}


def full_history(conn, selected: list[dict]) -> list[dict]:
    """The facts again with all their evidence: a change is judged against earlier reports
    even when a date window hides them."""
    return fact_rows(conn, ids=[f["id"] for f in selected]) if selected else []


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _status(fact: dict) -> str:
    latest = fact["evidence"][0] if fact["evidence"] else None
    if fact["modality"] == "negated" or (latest and weakening(latest["sentence"])):
        return "weakening"
    return "active"


def _oldest_first(fact: dict) -> list[dict]:
    return sorted(fact["evidence"], key=lambda ev: ev["date"] or fact["first_seen"] or "")


def changes_of(fact: dict, *, cues: bool = True) -> list[dict]:
    """A fact's evidence, oldest first, reduced to the reports that changed something.

    With `cues`, a sentence that reports loosening ("less dependent") marks the fact as
    weakening; leave it off for a fact whose sentence may be about another tie.
    """
    out, previous = [], None
    for ev in _oldest_first(fact):
        weak = ev["modality"] == "negated" or (cues and weakening(ev["sentence"]))
        if previous is None:
            change = "weakening" if weak else "appeared"
        elif _stance(ev["modality"]) != _stance(previous["modality"]):
            change = "weakening" if ev["modality"] == "negated" else "modality_shift"
        elif weak:
            change = "weakening"
        else:
            previous = ev
            continue  # the same tie reported again: counted in the fact's evidence
        out.append(_change(fact, ev, change, previous["modality"] if previous else None))
        previous = ev
    return out


def _stance(modality: str) -> str:
    """Asserted and reported both state the tie (one names a source): no change between them."""
    return "stated" if modality in ("asserted", "reported") else modality


def _change(fact: dict, ev: dict, change: str, before: str | None) -> dict:
    return {"date": ev["date"] or fact["first_seen"], "change": change, "fact_id": fact["id"],
            "kind": fact["kind"], "subject": fact["subject"], "object": fact["object"],
            "attributes": fact["attributes"], "from_modality": before,
            "modality": ev["modality"], "sentence": ev["sentence"],
            "document_id": ev["document_id"], "source": ev["source"], "title": ev["title"],
            "url": ev["url"], "published": ev["published"]}


def _signals(conn, first: dict, second: dict, since, until) -> list[dict]:
    """Weakening reported in sentences stored for a third-party fact of one side that name the
    other ("partnering with Oracle makes it less dependent on Microsoft")."""
    out, seen = [], set()
    for side, other in ((first, second), (second, first)):
        names = [n for n in aliases_of(conn, other["id"]) + [other["name"]] if len(n) > 2]
        mention = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b",
                             re.IGNORECASE)
        for fact in fact_rows(conn, entity=side["name"], since=since, until=until):
            if other["name"] in (fact["subject"], fact["object"]):
                continue
            for ev in fact["evidence"]:
                key = (ev["document_id"], ev["start"])
                if key not in seen and weakening(ev["sentence"]) \
                        and mention.search(ev["sentence"]) \
                        and in_window(ev["date"] or fact["first_seen"], since, until):
                    seen.add(key)
                    out.append(_change(fact, ev, "weakening", None) | {"context": True})
    return out
