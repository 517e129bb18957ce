"""`tieline serve`: a read-only JSON API (api.py) and server-rendered pages (pages.py) over one
store, in one FastAPI app (app.py). Pages never run spaCy; they call tieline.query."""
from .app import create_app

__all__ = ["create_app"]
