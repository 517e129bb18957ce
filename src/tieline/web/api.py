"""The JSON API: thin handlers over tieline.query, every list bounded by `limit`.

Handlers parse and bound their parameters, call the query layer and return its typed result
as plain JSON (query.plain, the same form as the CLI's --json). Errors are raised as
TielineErrors and mapped in app.py. Nothing here writes: every route is a GET.
"""
from __future__ import annotations

import base64
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel

from .. import query
from ..errors import BadInput, NotFound
from ..model import ENTITY_TYPES, FACT_KINDS, MODALITIES, SUPPLY_OBJECTS
from .bounded import bounded
from .documents import document_view, list_documents
from .search import search_entities
from .neighbourhood import neighbourhood


class ErrorBody(BaseModel):
    error: str
    message: str
    hint: str | None = None
    suggestions: list[str] | None = None
    detail: list[dict[str, Any]] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Unknown name or id (with suggestions)"},
    422: {"model": ErrorBody, "description": "A parameter that cannot be used as given"},
    503: {"model": ErrorBody, "description": "The store cannot be read"},
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)
Json = dict[str, Any]


def out(data: Any) -> JSONResponse:
    """Already plain JSON: sent as it is (FastAPI would walk it again to validate a dict)."""
    return JSONResponse(data)

MAX_LIMIT = 500
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Most items in any list.")]
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Since = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Until = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Name = Annotated[str, Path(min_length=1, max_length=200, description="A name or alias")]
NameQ = Annotated[str, Query(min_length=1, max_length=200, description="A name or alias")]
Depth = Annotated[int, Query(ge=1, le=6)]


def store(request: Request):
    return request.app.state.store


Store = Annotated[Any, Depends(store)]


def confident(request: Request, all: Annotated[  # noqa: A002
        bool, Query(description="Also facts below min_confidence (as the CLI's --all)")] = False):
    """The store seen through the confidence floor, as the CLI reads it: answers hold back
    the facts below min_confidence and count them in `held_back` (all=true shows them)."""
    return query.Confident(request.app.state.store, hide=not all)


Facts = Annotated[Any, Depends(confident)]


@router.get("/stats")
def stats(s: Store) -> Json:
    """Counts of documents, entities, facts and evidence."""
    return out(query.plain(query.stats(s)))


@router.get("/entities")
def entities(s: Store, q: Annotated[str | None, Query(max_length=200)] = None,
             type: Literal[ENTITY_TYPES] | None = None, limit: Limit = 20) -> Json:  # noqa: A002
    """Entities whose names start with or contain `q` (most mentioned first), and close
    matches for a misspelling; without `q`, the most mentioned."""
    found, suggestions = search_entities(s, q or "", type_=type, limit=limit)
    return out({"entities": query.plain(found), "suggestions": suggestions})


@router.get("/entities/{name}")
def entity(s: Facts, name: Name, limit: Limit = 50) -> Json:
    """An entity's profile: aliases, products, dependencies both ways, ties by kind, money,
    clauses, quotes."""
    return out(bounded(query.entity_summary(s, name), limit))


@router.get("/relationship")
def relationship(s: Facts, a: NameQ, b: NameQ, since: Since = None, until: Until = None,
                 limit: Limit = 100) -> Json:
    """The facts between A and B grouped by kind, their status, and what changed over time."""
    return out(bounded(query.relationship(s, a, b, since=since, until=until), limit))


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode() + b"==").decode()
        if not text.startswith("o:") or not text[2:].isdigit():
            raise ValueError(text)
        return int(text[2:])
    except (ValueError, UnicodeError) as exc:
        raise BadInput(f"cursor {cursor!r} is not one this API gave out") from exc


@router.get("/facts")
def facts(s: Facts, kind: Literal[FACT_KINDS] | None = None,
          entity: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
          since: Since = None, until: Until = None,
          modality: Literal[MODALITIES] | None = None,
          min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
          limit: Limit = 50, cursor: Annotated[str | None, Query(max_length=40)] = None) -> Json:
    """Facts, newest first, each with its evidence; `next_cursor` pages on."""
    offset = _offset(cursor)
    rows = query.fact_rows(s, kind=kind, entity=entity, since=since, until=until,
                           modality=modality, min_confidence=min_confidence, limit=limit + 1,
                           offset=offset)
    more = len(rows) > limit
    return out({"facts": bounded(rows[:limit], limit),
                "next_cursor": _cursor(offset + limit) if more else None,
                "held_back": query.held_back(s),
                "held_back_capped": query.held_back_capped(s)})


@router.get("/facts/{fact_id}")
def fact(s: Store, fact_id: Annotated[int, Path(ge=1, le=2**62)], limit: Limit = 50) -> Json:
    """One fact with its evidence."""
    rows = query.fact_rows(s, ids=[fact_id])
    if not rows:
        raise NotFound(f"no fact {fact_id}")
    return out(bounded(rows[0], limit))


@router.get("/depends/{name}")
def depends(s: Facts, name: Name, on: Literal[SUPPLY_OBJECTS] | None = None,
            max_depth: Annotated[int, Query(ge=1, le=8)] = 4, limit: Limit = 100) -> Json:
    """What NAME depends on, with paths, evidence and supplier concentration per need."""
    return out(bounded(query.depends(s, name, on=on, max_depth=max_depth), limit))


@router.get("/dependents/{name}")
def dependents(s: Facts, name: Name, max_depth: Annotated[int, Query(ge=1, le=8)] = 4,
               limit: Limit = 100) -> Json:
    """Who depends on NAME, with paths and evidence."""
    return out(bounded(query.dependents(s, name, max_depth=max_depth), limit))


@router.get("/whatif")
def whatif(s: Facts, scenario: Annotated[str | None, Query(max_length=300)] = None,
           supplier_fails: Annotated[str | None, Query(max_length=200)] = None,
           clause_of: Annotated[str | None, Query(max_length=400,
                                                  description="HOLDER,COUNTERPARTY")] = None,
           limit: Limit = 100) -> Json:
    """Play one scenario ("A ends B's access", "A stops supplying B", "A fails"), a failing
    supplier, or the clause HOLDER holds over COUNTERPARTY."""
    return out(bounded(play(s, scenario, supplier_fails, clause_of), limit))


def play(s, scenario: str | None, supplier_fails: str | None, clause_of: str | None):
    """The what-if the API and the page share: exactly one of the three forms."""
    scenario = (scenario or "").strip() or None
    supplier_fails = (supplier_fails or "").strip() or None
    clause = None
    if clause_of and clause_of.strip():
        parties = [p.strip() for p in clause_of.split(",")]
        if len(parties) != 2 or not all(parties):
            raise BadInput(f"clause_of {clause_of!r}: give 'HOLDER,COUNTERPARTY'")
        clause = query.clause_between(s, *parties)
    return query.whatif(s, scenario, supplier_fails=supplier_fails, clause=clause)


About = Annotated[str, Query(min_length=1, max_length=400,
                             description="One entity, or two separated by a comma")]


def about_names(about: str) -> list[str]:
    names = [n.strip() for n in about.split(",") if n.strip()]
    if not names or len(names) > 2:
        raise BadInput(f"about {about!r}: give one entity, or two separated by a comma")
    return names


@router.get("/digest", responses={200: {"content": {"text/markdown": {}, "text/html": {}}}})
def digest(s: Facts, about: About, since: Since = None, until: Until = None,
           format: Literal["json", "md", "html"] = "json", limit: Limit = 100):  # noqa: A002
    """A sourced briefing, as JSON, Markdown or one self-contained HTML page (all article text
    escaped in both)."""
    data = query.digest(s, about_names(about), since=since, until=until)
    if format == "md":
        return PlainTextResponse(query.markdown(data), media_type="text/markdown")
    if format == "html":
        return PlainTextResponse(query.html_page(data), media_type="text/html")
    return out(bounded(data, limit))


EXPORT_MEDIA = {"graphml": "application/xml", "jsonld": "application/ld+json", "csv": "text/csv"}


@router.get("/export", response_class=Response,
            responses={200: {"content": {m: {} for m in EXPORT_MEDIA.values()},
                             "description": "The export, in the format asked for"}})
def export(s: Store, format: Literal[tuple(EXPORT_MEDIA)] = "jsonld",  # noqa: A002
           entity: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
           depth: Depth = 1) -> Response:
    """Facts and evidence as GraphML, JSON-LD or CSV (the whole store, or around ENTITY: the
    newest ties of each entity, within a budget; the `X-Tieline-Notes` header says what a
    read around a hub left out)."""
    notes: list[str] = []
    body = query.export(s, format, entity=entity, depth=depth, notes=notes)
    headers = {"X-Tieline-Notes": "; ".join(notes).encode("ascii", "replace").decode()} \
        if notes else None
    return Response(body, media_type=EXPORT_MEDIA[format], headers=headers)


@router.get("/documents")
def documents(s: Store, limit: Limit = 50,
              offset: Annotated[int, Query(ge=0, le=10**9)] = 0) -> Json:
    """Stored documents, newest first, with how many facts each supports."""
    return out({"documents": query.plain(list_documents(s, limit=limit, offset=offset))})


@router.get("/documents/{doc_id}")
def document(s: Store, doc_id: Annotated[str, Path(min_length=1, max_length=64)],
             limit: Limit = 200) -> Json:
    """A document's text with every evidence span and the facts each supports."""
    return out(bounded(document_view(s, doc_id), limit, keep=("text",)))


@router.get("/graph/{name}")
def graph(s: Facts, name: Name, depth: Annotated[int, Query(ge=1, le=3)] = 1,
          limit: Annotated[int, Query(ge=1, le=1000)] = 300) -> Json:
    """The neighbourhood of NAME to `depth` hops: nodes with their type, edges with their
    kind and fact id (at most `limit` edges, newest first). Bounded on hubs: the newest ties
    of each entity per side, within a budget; `notes` say what was left out."""
    return out(query.plain(neighbourhood(s, name, depth=depth, limit=limit)))
