"""The ASGI app: one read-only store, the API and page routers, errors and security headers.

Errors: a TielineError answers with the HTTP status it carries (NotFound 404 with suggestions,
BadInput 422, StoreError 503) as JSON under /api and as an HTML page elsewhere. Every response
carries a Content-Security-Policy that allows scripts and styles only from this server's own
files, so no inline script (and no article text that got past escaping) can run.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from ..errors import TielineError
from ..store import open_store
from . import api, pages

HERE = Path(__file__).parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")


def create_app(db: str) -> FastAPI:
    """The app over the store at `db`, opened read-only once (each thread gets its own
    connection) and closed when the app stops."""
    store = open_store(db, read_only=True)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    # docs_url None: /docs is our own page (pages.py) with Swagger UI vendored, no CDN
    app = FastAPI(title="tieline", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Read-only API over a tieline store: entities, relationships, "
                              "facts with their evidence, dependencies, what-if, digests.")
    app.state.store = store
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(TielineError)
    async def tieline_error(request: Request, exc: TielineError):
        if _wants_json(request):
            return JSONResponse(exc.as_dict(), status_code=exc.http_status)
        return pages.error_page(request, exc.http_status, str(exc),
                                getattr(exc, "suggestions", []))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or 'request'}: {e['msg']}"
                             for e in exc.errors())
        message = f"bad request: {problems}"
        if _wants_json(request):
            detail = [{"loc": list(e["loc"]), "msg": str(e["msg"]), "type": str(e["type"])}
                      for e in exc.errors()]
            return JSONResponse({"error": "bad_input", "message": message, "detail": detail},
                                status_code=422)
        return pages.error_page(request, 422, message, [])

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = str(exc.detail)
        if _wants_json(request):
            code = "not_found" if exc.status_code == 404 else "http_error"
            return JSONResponse({"error": code, "message": message},
                                status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, message, [])
