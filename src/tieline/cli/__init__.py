"""Command line: `tieline VERB ...`. Each module below registers its verbs on `app`."""
from __future__ import annotations

from .app import app
from . import ingest  # noqa: F401  (registers commands)
from . import evaluate  # noqa: F401
from . import browse  # noqa: F401
from . import explore  # noqa: F401
from . import watch  # noqa: F401
from . import serve  # noqa: F401
from . import copy  # noqa: F401


def main() -> None:
    app()
