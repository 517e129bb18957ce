"""Command line: `tieline VERB ...`. Each module below registers its verbs on `app`."""
from __future__ import annotations

from .app import app
from . import ingest  # noqa: F401  (registers commands)


def main() -> None:
    app()
