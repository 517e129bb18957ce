"""Query results as plain JSON-ready values (what `--json` prints and an API would send)."""
from __future__ import annotations

import dataclasses
from typing import Any


def plain(value: Any) -> Any:
    """Dataclasses (Facts, Evidence, result records) as dicts, recursively; the rest as is."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
