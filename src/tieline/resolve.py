"""Canonical names across documents.

Within a document, extract/entities.py already groups "Nadella" under "Satya Nadella". Across
documents the same firm appears as "Microsoft", "Microsoft Corp." or "MSFT"; the Resolver maps
each to one canonical name, from a user alias file plus automatic normalisation (case, company
suffixes, punctuation) and acronyms of names it has seen, and votes each name's type over every
document it has observed. An alias file can also split names that must stay apart.

Alias file, YAML:
    merge:
      Microsoft: [MSFT, Microsoft Corporation]
    split: [Fiat Auto]
or CSV with rows `alias,canonical` (a row `name,` with an empty canonical keeps `name` apart).
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import yaml

from .model import Entity, Extraction
from .names import clean_name


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", clean_name(name).lower())


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", clean_name(name)) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


class AliasFileError(ValueError):
    pass


class Resolver:
    def __init__(self, merge: dict[str, list[str]] | None = None, split: list[str] | None = None):
        self.alias: dict[str, str] = {}
        for canonical, aliases in (merge or {}).items():
            self.alias[_key(canonical)] = canonical
            for a in aliases or []:
                self.alias[_key(a)] = canonical
        self.split = {_key(s) for s in split or []}
        self.seen: dict[str, str] = {}  # normalised key -> first canonical form seen
        self.types: dict[str, Counter] = defaultdict(Counter)

    @classmethod
    def from_file(cls, path: str | Path) -> "Resolver":
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise AliasFileError(f"{path}: cannot read alias file ({exc.strerror})") from exc
        if path.suffix.lower() == ".csv":
            merge: dict[str, list[str]] = defaultdict(list)
            split = []
            for n, row in enumerate(csv.reader(text.splitlines()), 1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) < 2:
                    raise AliasFileError(f"{path}:{n}: expected 'alias,canonical'")
                alias, canonical = row[0].strip(), row[1].strip()
                if canonical:
                    merge[canonical].append(alias)
                else:
                    split.append(alias)
            return cls(dict(merge), split)
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise AliasFileError(f"{path}: not valid YAML ({exc})") from exc
        if not isinstance(data, dict):
            raise AliasFileError(f"{path}: expected a mapping with 'merge' and/or 'split'")
        merge = data.get("merge", {k: v for k, v in data.items() if k != "split"})
        if not isinstance(merge, dict):
            raise AliasFileError(f"{path}: 'merge' must map canonical names to lists of aliases")
        return cls({k: list(v or []) for k, v in merge.items()}, list(data.get("split", [])))

    def canonical(self, name: str) -> str:
        """The canonical form of a name: alias file first, then names seen before."""
        key = _key(name)
        if key in self.alias:
            return self.alias[key]
        if key in self.split:
            return clean_name(name)
        if key in self.seen:
            return self.seen[key]
        if name.isupper() and 2 <= len(name) <= 6:
            for seen_key, full in self.seen.items():
                if _initials(full) == name and seen_key not in self.split:
                    return full
        return clean_name(name) or name

    def observe(self, ex: Extraction) -> None:
        """Learn an extraction's names and entity types (for voting across documents)."""
        for ent in ex.entities:
            cname = self.canonical(ent.name)
            self.seen.setdefault(_key(ent.name), cname)
            for a in ent.aliases:
                if _key(a) not in self.alias and _key(a) not in self.split:
                    self.seen.setdefault(_key(a), cname)
            self.types[cname][ent.type] += ex.mention_counts.get(ent.name, 1)

    def type_of(self, name: str) -> str | None:
        votes = self.types.get(self.canonical(name))
        return max(votes, key=lambda t: (votes[t], t == "ORG")) if votes else None

    def apply(self, ex: Extraction) -> Extraction:
        """A copy of the extraction with every name canonical and types voted across documents."""
        c = self.canonical
        opt = lambda n: c(n) if n else n  # noqa: E731 - names may be absent
        entities: dict[str, Entity] = {}
        for ent in ex.entities:
            name = c(ent.name)
            merged = entities.setdefault(name, Entity(name, self.type_of(name) or ent.type,
                                                      maker=opt(ent.maker)))
            for a in [ent.name, *ent.aliases]:
                if a != name and a not in merged.aliases:
                    merged.aliases.append(a)
        counts: Counter = Counter()
        for name, n in ex.mention_counts.items():
            counts[c(name)] += n
        return replace(
            ex,
            entities=list(entities.values()),
            relations=[replace(r, head=c(r.head), tail=c(r.tail), via=opt(r.via))
                       for r in ex.relations if c(r.head) != c(r.tail)],
            money=[replace(m, entity=opt(m.entity)) for m in ex.money],
            clauses=[replace(k, holder=opt(k.holder), counterparty=opt(k.counterparty),
                             decider=opt(k.decider)) for k in ex.clauses],
            quotes=[replace(q, speaker=opt(q.speaker), about=opt(q.about)) for q in ex.quotes],
            mention_counts=dict(counts),
        )
