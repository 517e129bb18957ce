"""Answers show facts at or above a confidence floor (the `min_confidence` setting) and say
how many they held back.

`Confident(store, floor)` is a Store seen through the floor: the facts it reads (fact lists,
dependency facts, exports) leave out facts whose confidence (the best of their evidence's
calibrated confidence) is below it, and it counts every distinct fact it left out in
`held_back`. A page of an entity's or a pair's facts counts them among the newest
`held_back_cap` facts of each side only (one index probe each), so a hub costs a bounded
read; when a side has more, the count is a lower bound and `held_back_capped` says so. With `hide=False` nothing is left out, but the same facts are counted, so a view
can show them marked. Query functions read the count through `held_back(store)` into their
typed results; any store that is not a Confident view held nothing back.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable

from ..model import Fact
from ..store.base import FactFilter, Store


def default_floor() -> float:
    from ..settings import Settings
    return float(Settings.load().min_confidence)


def _defaults() -> tuple[float, int]:
    """The floor and the held-back cap of the settings (read once: a file and the env)."""
    from ..settings import Settings
    settings = Settings.load()
    return float(settings.min_confidence), max(1, int(settings.held_back_cap))


class Confident:
    """A Store that reads only facts at or above `floor` (all of them when hide is False)."""

    def __init__(self, store: Store, floor: float | None = None, *, hide: bool = True,
                 cap: int | None = None):
        self.store = store
        if floor is None or cap is None:
            floor_setting, cap_setting = _defaults()
            floor = floor_setting if floor is None else floor
            cap = cap_setting if cap is None else cap
        self.floor = floor
        self.hide = hide
        self.cap = cap  # a page counts below the floor among the newest `cap` of each side
        self.low: set[int] = set()  # ids of the facts below the floor seen so far
        self.capped = False  # some count stopped at the cap: there may be more

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    @property
    def below_count(self) -> int:
        """Facts below the floor among those the answer selected (held back or marked)."""
        return len(self.low)

    @property
    def held_back(self) -> int:
        return self.below_count if self.hide else 0

    @property
    def held_back_capped(self) -> bool:
        """Whether `held_back` is a lower bound (a count stopped at the cap)."""
        return self.capped and self.hide

    def below(self, fact: Fact) -> bool:
        return fact.confidence < self.floor

    def _keep(self, facts: list[Fact]) -> list[Fact]:
        low = [f for f in facts if self.below(f)]
        self.low.update(f.id for f in low if f.id is not None)
        return [f for f in facts if not self.below(f)] if self.hide else facts

    def facts(self, where: FactFilter) -> list[Fact]:
        if not self.floor:
            return self.store.facts(where)
        if where.limit and not (where.since or where.until or where.as_of):
            return self._page(where)
        # paging comes after the floor, so a page is never short of facts it could show
        every = self.store.facts(replace(where, limit=None, offset=0, evidence=True))
        kept = self._keep(every)[where.offset:]
        kept = kept[:where.limit] if where.limit else kept
        if not where.evidence:
            kept = [replace(f, evidence=[]) for f in kept]
        return kept

    def _page(self, where: FactFilter) -> list[Fact]:
        """One page read with the floor in the store's filter, and the facts under it counted
        among the newest `cap` facts of each side (one statement, an index probe per row),
        instead of over an entity's whole list. A side with more is counted as "at least";
        when its newest `cap` facts hold fewer than a page at the floor, the page is read
        from them only (`window`), so a hub of low facts is not read to its end either."""
        low, sides = self.store.facts_below_floor(where, self.floor, self.cap)
        self.low.update(low)
        need = where.limit + where.offset
        full = [(rows, below) for rows, below in sides if rows >= self.cap]
        self.capped = self.capped or bool(full)
        if not self.hide:
            return self.store.facts(where)
        short = any(rows - below < need for rows, below in full)
        return self.store.facts(replace(where, floor=self.floor,
                                        window=self.cap if short else None))

    def dependency_facts(self, kinds: Iterable[str], as_of: str | None = None, *,
                         subject_ids: Iterable[int] | None = None,
                         object_ids: Iterable[int] | None = None,
                         per_node: int | None = None,
                         object_kinds: Iterable[str] | None = None) -> list[Fact]:
        return self._confident(self.store.dependency_facts(
            kinds, as_of, subject_ids=subject_ids, object_ids=object_ids, per_node=per_node,
            object_kinds=object_kinds))

    def dependency_hop(self, kinds: Iterable[str], object_kinds: Iterable[str],
                       node_ids: Iterable[int], per_node: int, as_of: str | None = None):
        facts, made = self.store.dependency_hop(kinds, object_kinds, node_ids, per_node, as_of)
        return self._confident(facts), made

    def _confident(self, facts: list[Fact]) -> list[Fact]:
        """Dependency facts judged against the floor: they come without evidence, with the
        confidence of their best evidence (read in the same statement)."""
        if not self.floor or not facts:
            return facts
        return self._keep(facts)


def held_back(store: Any) -> int:
    """How many facts a Confident view left out so far (0 for a plain store)."""
    return getattr(store, "held_back", 0) if isinstance(store, Confident) else 0


def held_back_capped(store: Any) -> bool:
    """Whether that count stopped at the cap (at least that many were left out)."""
    return isinstance(store, Confident) and store.held_back_capped


def count_text(n: int, capped: bool) -> str:
    """'1,234' or, for a count that stopped at a cap, '1,234+'."""
    return f"{n:,}{'+' if capped else ''}"


def is_low(evidence: list, floor: float | None) -> bool:
    """Whether a fact with this evidence is below the floor (for marking it when shown)."""
    return bool(floor) and bool(evidence) and max(e.confidence for e in evidence) < floor
