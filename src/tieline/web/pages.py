"""Server-rendered pages over the same query calls as the API (no spaCy, no write).

Templates are Jinja2 with autoescaping on, so every article-derived string is escaped; links
to outside pages go through `safe_url` (http and https only). Scripts are static files; the
Content-Security-Policy set in app.py forbids inline script.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from .. import query
from ..errors import TielineError
from ..names import fold
from ..query.whatif import EXAMPLES
from .api import about_names, play
from .charts import money_bars
from .documents import document_view, pieces
from .search import search_entities

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
ROWS = 25  # rows per table on a page; the API pages on with `limit`


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link, else None (shown as text, never linked)."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def part(value: str | None) -> str:
    """A value as one URL path segment (a name may hold '/', '?' or '#')."""
    return quote(value or "", safe="")


def entity_url(name: str | None) -> str:
    return "/entity/" + part(name)


def evidence_url(ev) -> str:
    return f"/document/{part(ev.document_id)}#e{ev.start}"


def relationship_url(a: str, b: str) -> str:
    return "/relationship?" + urlencode({"a": a, "b": b})


templates.env.globals.update(safe_url=safe_url, entity_url=entity_url, ROWS=ROWS, part=part,
                             evidence_url=evidence_url, relationship_url=relationship_url)


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status)


def error_page(request: Request, status: int, message: str, suggestions: list[str]):
    return render(request, "error.html", status, message=message, suggestions=suggestions,
                  status_code=status)


def store(request: Request):
    return request.app.state.store


def confident(request: Request):
    """The store through the confidence floor, as the CLI and the API read it."""
    return query.Confident(request.app.state.store)


@router.get("/")
def index(request: Request):
    s = store(request)
    top, _ = search_entities(s, "", limit=30)
    return render(request, "index.html", stats=query.stats(s), top=top)


@router.get("/search")
def search(request: Request, q: str = Query("", max_length=200)):
    found, suggestions = search_entities(store(request), q, limit=50)
    exact = [e for e in found if fold(e.name) == fold(q)]
    if exact:  # a name picked from the type-ahead opens its page
        return RedirectResponse(entity_url(exact[0].name), status_code=303)
    return render(request, "search.html", q=q, found=found, suggestions=suggestions)


@router.get("/entity/{name}")
def entity(request: Request, name: str):
    p = query.entity_summary(confident(request), name)
    return render(request, "entity.html", p=p, chart=money_bars(p.money))


@router.get("/relationship")
def relationship(request: Request, a: str = Query(..., max_length=200),
                 b: str = Query(..., max_length=200), since: str | None = None,
                 until: str | None = None):
    r = query.relationship(confident(request), a, b, since=since or None, until=until or None)
    return render(request, "relationship.html", r=r, by_id={f.id: f for f in r.facts})


@router.get("/graph/{name}")
def graph(request: Request, name: str, depth: int = Query(1, ge=1, le=3)):
    me = query.find_entity(store(request), name)
    return render(request, "graph.html", name=me.name, type=me.type, depth=depth)


@router.get("/document/{doc_id}")
def document(request: Request, doc_id: str):
    view = document_view(store(request), doc_id)
    return render(request, "document.html", d=view, pieces=pieces(view),
                  facts={f.id: f for f in view.facts})


@router.get("/whatif")
def whatif(request: Request, scenario: str = Query("", max_length=300),
           supplier_fails: str = Query("", max_length=200),
           clause_of: str = Query("", max_length=400)):
    form = {"scenario": scenario, "supplier_fails": supplier_fails, "clause_of": clause_of}
    result, error = None, None
    if any(v.strip() for v in form.values()):
        try:
            result = play(confident(request), scenario, supplier_fails, clause_of)
        except TielineError as exc:  # shown beside the form, which keeps what was typed
            error = exc
    return render(request, "whatif.html", 422 if error else 200, form=form, w=result,
                  error=error, examples=EXAMPLES)


@router.get("/digest")
def digest(request: Request, about: str = Query("", max_length=400),
           since: str = Query("", max_length=10), until: str = Query("", max_length=10)):
    data = None
    if about.strip():
        data = query.digest(confident(request), about_names(about), since=since or None,
                            until=until or None)
    args = urlencode({k: v for k, v in (("about", about), ("since", since), ("until", until))
                      if v})
    return render(request, "digest.html", about=about, since=since, until=until, data=data,
                  args=args)


@router.get("/digest/download")
def digest_download(request: Request, about: str = Query(..., max_length=400),
                    format: str = Query("md", pattern="^(md|html)$"),  # noqa: A002
                    since: str = Query("", max_length=10), until: str = Query("", max_length=10)):
    data = query.digest(confident(request), about_names(about), since=since or None,
                        until=until or None)
    body = query.markdown(data) if format == "md" else query.html_page(data)
    stem = "-".join("".join(c for c in n if c.isalnum()) or "x" for n in data.about)
    return Response(body, media_type="text/markdown" if format == "md" else "text/html",
                    headers={"Content-Disposition":
                             f'attachment; filename="digest-{stem}.{format}"'})


@router.get("/docs")
def docs(request: Request):
    return render(request, "docs.html")
