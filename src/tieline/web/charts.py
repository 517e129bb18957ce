"""The entity page's money-over-time chart, as numbers for an SVG drawn by the template (no
script, no chart library)."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Fact, format_amount

WIDTH, HEIGHT, BAR = 560, 120, 28


@dataclass
class Bar:
    x: int
    y: int
    width: int
    height: int
    date: str
    label: str


@dataclass
class Chart:
    currency: str
    bars: list[Bar]
    width: int = WIDTH
    height: int = HEIGHT


def money_bars(money: list[Fact], most: int = 16) -> Chart | None:
    """One bar per dated figure in the entity's most reported currency, oldest first."""
    dated = [f for f in money if f.attributes.amount and f.first_seen]
    if not dated:
        return None
    currencies = [f.attributes.currency for f in dated]
    currency = max(set(currencies), key=currencies.count)
    chosen = sorted((f for f in dated if f.attributes.currency == currency),
                    key=lambda f: f.first_seen)[-most:]
    top = max(f.attributes.amount for f in chosen)
    step = max(WIDTH // max(len(chosen), 1), BAR + 4)
    bars = []
    for i, f in enumerate(chosen):
        height = max(2, round(f.attributes.amount / top * (HEIGHT - 20)))
        bars.append(Bar(i * step + 2, HEIGHT - height, BAR, height, f.first_seen,
                        f"{f.first_seen}: {f.attributes.kind} "
                        f"{format_amount(f.attributes.amount, currency)}"))
    return Chart(currency or "?", bars, width=max(WIDTH, len(chosen) * step))
