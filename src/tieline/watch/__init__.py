"""Watches: follow entities and report how new documents change their ties.

- saved.py: add, list and remove watches (kept in the store).
- poll.py: fetch feeds over HTTP (conditional GET, backoff) and take local paths.
- changes.py: snapshot a watched entity before and after an ingest and name the changes.
- outputs.py: the Atom file and signed webhook POSTs.
- run.py: one run (poll, ingest, detect, record, deliver) and the polling loop.
"""
from .changes import Change, detect, snapshot, status_of
from .interval import parse_every
from .outputs import SIGNATURE_HEADER, signature
from .run import RunOptions, RunReport, run_forever, run_once
from .saved import add_watch, remove_watch

__all__ = ["Change", "RunOptions", "RunReport", "SIGNATURE_HEADER", "add_watch", "detect",
           "parse_every", "remove_watch", "run_forever", "run_once", "signature", "snapshot",
           "status_of"]
