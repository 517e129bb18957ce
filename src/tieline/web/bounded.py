"""Every list an API response holds, cut to the request's `limit`."""
from __future__ import annotations

from typing import Any

from ..query import plain


def bounded(value: Any, limit: int, keep: tuple[str, ...] = ()) -> Any:
    """`value` as plain JSON with every list (at any depth) cut to `limit` items; a dict
    result says `truncated: true` when anything was cut. Keys in `keep` are left whole."""
    cut = [False]

    def walk(item: Any) -> Any:
        if isinstance(item, dict):
            return {k: (v if k in keep else walk(v)) for k, v in item.items()}
        if isinstance(item, list):
            if len(item) > limit:
                cut[0] = True
            return [walk(v) for v in item[:limit]]
        return item

    out = walk(plain(value))
    if isinstance(out, dict):
        out["truncated"] = cut[0]
    return out
