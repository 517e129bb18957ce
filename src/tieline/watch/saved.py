"""Saving, listing and removing watches, with their options checked first."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import BadInput, NotFound
from ..model import FACT_KINDS
from ..store.base import Store, WatchRecord


def add_watch(store: Store, name: str, entity: str, *, kinds: str | None = None,
              min_confidence: float | None = None, webhook: str | None = None,
              secret: str | None = None, atom: str | None = None) -> WatchRecord:
    """Check a watch's options and save it; the entity may not be in the store yet."""
    if not re.fullmatch(r"[\w.-]{1,64}", name or ""):
        raise BadInput(f"watch name {name!r}: use letters, digits, '.', '-' or '_' (at most 64)")
    if store.watch(name) is not None:
        raise BadInput(f"a watch named {name!r} exists; remove it first or pick another name")
    if not entity.strip():
        raise BadInput("--entity is empty: name the company or person to watch")
    chosen = _kinds(kinds)
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise BadInput(f"--min-confidence {min_confidence}: give a number from 0 to 1")
    if webhook and not re.match(r"https?://", webhook, re.IGNORECASE):
        raise BadInput(f"--webhook {webhook!r}: give an http:// or https:// URL")
    if secret and not webhook:
        raise BadInput("--secret signs webhook POSTs: give --webhook too")
    if atom:
        folder = Path(atom).expanduser().resolve().parent
        if not folder.is_dir():
            raise BadInput(f"--atom {atom}: the directory {folder} does not exist")
        atom = str(Path(atom).expanduser().resolve())
    return store.add_watch(WatchRecord(name, entity.strip(), chosen, min_confidence, webhook,
                                       secret, atom))


def remove_watch(store: Store, name: str) -> None:
    if not store.remove_watch(name):
        raise NotFound(f"no watch named {name!r}",
                       suggestions=[w.name for w in store.watches()][:3])


def _kinds(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    kinds = tuple(dict.fromkeys(k.strip() for k in value.split(",") if k.strip()))
    unknown = [k for k in kinds if k not in FACT_KINDS]
    if unknown or not kinds:
        raise BadInput(f"--kinds {value!r}: unknown kind {', '.join(unknown) or '(none)'}; "
                       f"choose from {', '.join(FACT_KINDS)}")
    return kinds
