"""Imported once by the worker processes' fork server: the spaCy model and the rules are
loaded there, so every worker starts as a fork of a process that holds them (copy-on-write)
instead of importing tieline and loading the model itself (about 2 s of CPU each). The parent's
main script is imported here too, once (see pipeline._main_preloaded), so that a worker finds
it already imported instead of running it again."""
from __future__ import annotations

import os
from multiprocessing import process, spawn

from .. import parse
from ..settings import Settings
from ..extract.document import extract  # the rules and their pattern files
from ..model import Document
from ..pipeline import MAIN_PATH_ENV


def _import_main(path: str) -> None:
    """What the fork server does for a "__main__" preload: the script runs as __mp_main__."""
    process.current_process()._inheriting = True
    try:
        spawn.import_main_path(path)
    except Exception:  # noqa: BLE001 - each worker then imports it itself, as before
        pass
    finally:
        del process.current_process()._inheriting


if main_path := os.environ.pop(MAIN_PATH_ENV, None):
    _import_main(main_path)

# The rules build some tables on first use (the place gazetteer among them, about 0.1 CPU s):
# one short invented text builds them here, once, instead of in every worker.
_WARM_UP = ("Orrin Tools, a Lyon-based maker, said on Monday it agreed to buy Pellam Steel for "
            "$40 million. Its chief executive, Ada Quell, signed the deal in Paris.")
_parser = parse.load(Settings.load().parse_all_sentences)  # the model (and the selector's words)
extract(Document(text=_WARM_UP, source="warm-up"), _parser(_WARM_UP))
