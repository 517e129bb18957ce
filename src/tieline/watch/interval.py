"""`--every` values: a number and a unit (30s, 15m, 1h, 1d) to seconds."""
from __future__ import annotations

import re

from ..errors import BadInput

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
SHORTEST_S = 10  # polling a feed faster than this only hammers its server


def parse_every(value: str) -> int:
    """Seconds between polls for '30s', '15m', '1h' or '1d'; anything else is refused."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhd])\s*", value or "", re.IGNORECASE)
    if not match:
        raise BadInput(f"--every {value!r}: give a number and a unit, such as 30s, 15m, 1h "
                       "or 1d")
    seconds = int(match[1]) * UNITS[match[2].lower()]
    if seconds < SHORTEST_S:
        raise BadInput(f"--every {value!r}: poll at most every {SHORTEST_S}s")
    return seconds
