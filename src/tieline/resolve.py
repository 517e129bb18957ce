"""Canonical names across documents, whatever order the documents arrive in.

Within a document, extract/entities.py already groups "Nadella" under "Satya Nadella". Across
documents the same firm appears as "Microsoft", "Microsoft Corp." or "MSFT"; the Resolver maps
each to one canonical name. Its state holds only sets and sums (the spellings of each name key,
the names each name was grouped under, type votes), so states built per batch, per process or
per machine merge into the same state in any order, and a state can be seeded from a store.

How a name becomes canonical (see names.key and names.compact for the keys):
1. An alias file decides first: `merge` maps names onto a canonical name, `split` keeps a name
   apart from everything.
2. An acronym ("FDA") takes the canonical name of a full name that documents grouped it under
   and whose initials spell it ("Food and Drug Administration"), however often it stands
   alone, unless the two are typed differently; of several, the one it was grouped under
   most often (ties: the one named in most documents, then the best name). Initials alone are
   no evidence across documents: "ING" the bank is no "Illinois National Guard" of another
   article. Otherwise an acronym follows rule 3 like any name ("ABC" the network is no
   "Department of Alcoholic Beverage Control (ABC)" that one article spells out).
3. A name grouped under another in more documents than it named an entity of its own
   ("Nadella" under "Satya Nadella") takes the canonical name of the name it was grouped under
   most often (ties: the best name); so does a lone surname typed a person that is grouped
   under one full name only, in two documents or more, however often it stands alone.
4. Otherwise the best spelling seen of its key ("Siemens" over "SIEMENS").
Whichever rule answers, the name given has no cut on its edge (names.trimmed: "Orvane/" is
"Orvane", "Ann Lee(GT" is "Ann Lee"); an alias file's canonical names are trimmed once, as
they are loaded.
"Best" is one total order (`rank`): more words, then longer, then one with a capital ("Congress"
over "congress"), then more lower-case letters (a written name over a shouted one), then
alphabetical. Counts of documents are sums and
spellings are sets, so none of it depends on the order documents arrive in.

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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

import yaml

from .errors import BadInput
from .model import Entity, Extraction
from .names import clean_name as _clean_name, compact, grown_initials, initials, trimmed

MAX_DEPTH = 8  # links followed from a name; real chains are one or two long


INITIAL = re.compile(r"[A-Z]\.?")  # "Ada B. Vale" is "Ada Vale" to a lone "Vale"
# "U.S. Food and Drug Administration": a country written before a body's name is no part of it
COUNTRY_PREFIX = re.compile(r"(?:U\.S\.?|US|U\.K\.?|UK) (?=[A-Z])")


def clean_name(name: str) -> str:
    """Names reach the resolver cleaned by extraction, which keeps a possessive that belongs
    to the name ("Vale's"): it stays."""
    return _clean_name(name, keep_possessive=True)


def rank(name: str) -> tuple:
    """Sort key of the total order on names: the first is the most complete."""
    return (-len(name.split()), -len(name), name.islower(), -sum(c.islower() for c in name), name)


def _is_acronym(name: str) -> bool:
    return name.isupper() and 2 <= len(name) <= 6 and " " not in name


@dataclass
class ResolverState:
    """What a resolver has learnt: sets and sums only, so merging is order-free."""
    spellings: dict[str, set[str]] = field(default_factory=dict)  # compact key -> names
    standing: Counter = field(default_factory=Counter)  # compact key -> documents naming it
    links: dict[str, Counter] = field(default_factory=dict)  # key -> {name over it: documents}
    types: dict[str, Counter] = field(default_factory=dict)  # compact key -> type votes

    def add_name(self, name: str, documents: int = 0) -> None:
        """A spelling seen; `documents` counts those where it named an entity of its own."""
        name = clean_name(name)
        if not (k := compact(name)):
            return
        self.spellings.setdefault(k, set()).add(name)
        if documents:
            self.standing[k] += documents

    def add_link(self, alias: str, target: str, documents: int = 1) -> None:
        """alias was grouped under target in that many documents."""
        if (k := compact(alias)) and compact(target) not in ("", k):
            self.links.setdefault(k, Counter())[clean_name(target)] += documents

    def vote(self, name: str, etype: str, n: int = 1) -> None:
        self.types.setdefault(compact(name), Counter())[etype] += n

    def merge(self, other: "ResolverState") -> None:
        for names in other.spellings.values():
            for name in names:
                self.add_name(name)
        self.standing.update(other.standing)
        for k, targets in other.links.items():
            self.links.setdefault(k, Counter()).update(targets)
        for k, votes in other.types.items():
            self.types.setdefault(k, Counter()).update(votes)

    def as_dict(self) -> dict:
        return {"spellings": {k: sorted(v) for k, v in sorted(self.spellings.items())},
                "standing": dict(sorted(self.standing.items())),
                "links": {k: dict(sorted(v.items())) for k, v in sorted(self.links.items())},
                "types": {k: dict(sorted(v.items())) for k, v in sorted(self.types.items())}}

    @classmethod
    def from_dict(cls, data: dict) -> "ResolverState":
        state = cls()
        state.merge(cls(spellings={k: set(v) for k, v in data.get("spellings", {}).items()},
                        standing=Counter(data.get("standing", {})),
                        links={k: Counter(v) for k, v in data.get("links", {}).items()},
                        types={k: Counter(v) for k, v in data.get("types", {}).items()}))
        return state


class AliasFileError(BadInput):
    pass


class Resolver:
    def __init__(self, merge: dict[str, list[str]] | None = None, split: list[str] | None = None,
                 state: ResolverState | None = None):
        self.alias: dict[str, str] = {}
        for canonical, aliases in (merge or {}).items():
            shown = trimmed(canonical)  # a configured name is given with no cut edge either
            self.alias[compact(canonical)] = shown
            for a in aliases or []:
                self.alias[compact(a)] = shown
        self.split = {compact(s) for s in split or []}
        self.state = state or ResolverState()
        self._cache: dict[str, str] = {}

    @classmethod
    def from_file(cls, path: str | Path) -> "Resolver":
        merge, split = read_alias_file(Path(path))
        return cls(merge, split)

    # -- learning --------------------------------------------------------------------------

    def observe(self, ex: Extraction) -> None:
        """Learn an extraction's names, how it grouped them, and their types."""
        for ent in ex.entities:
            self.state.add_name(ent.name, documents=1)
            for a in ent.aliases:
                self.state.add_name(a)
                self.state.add_link(a, ent.name)
            self.state.vote(ent.name, ent.type, ex.mention_counts.get(ent.name, 1))
        self._cache.clear()

    def seed(self, names: Iterable[tuple[str, list[str], dict[str, int], int]]) -> None:
        """Learn (canonical name, aliases, type votes, documents) of the entities a store
        holds: each alias is taken as grouped under the name in all those documents."""
        for name, aliases, votes, documents in names:
            self.state.add_name(name, documents=documents)
            for a in aliases:
                self.state.add_name(a)
                self.state.add_link(a, name, documents)
            for etype, n in votes.items():
                self.state.vote(name, etype, n)
        self._cache.clear()

    def merge(self, other: "Resolver | ResolverState") -> None:
        """Add what another resolver (say, of another batch or process) has learnt."""
        self.state.merge(other.state if isinstance(other, Resolver) else other)
        self._cache.clear()

    # -- answering -------------------------------------------------------------------------

    def canonical(self, name: str) -> str:
        """The canonical form of a name (see the module docstring for the rules)."""
        k = compact(name)
        if k in self.alias:
            return self.alias[k]
        if not k or k in self.split:
            return trimmed(clean_name(name) or name)
        if k not in self._cache:
            # the stored name never ends in a cut ("Orvane/" spelled in one article, "Orvane"
            # in another: the longer spelling would win the rank)
            self._cache[k] = trimmed(self._resolve(k, frozenset(), clean_name(name))
                                     or clean_name(name) or name)
        return self._cache[k]

    def _resolve(self, k: str, path: frozenset, asked: str = "") -> str | None:
        path = path | {k}
        if len(path) <= MAX_DEPTH:
            for t in self._targets(k, asked):
                if t in path or t in self.split:
                    continue
                if best := self.alias.get(t) or self._resolve(t, path):
                    return best
        spellings = self.state.spellings.get(k)
        return min(spellings, key=rank) if spellings else None

    def _targets(self, k: str, asked: str = "") -> list[str]:
        """Keys k may stand for, best first: for an acronym, the names documents grouped it
        under whose initials spell it; else the names it was grouped under, if in more
        documents than it stood alone; most documents first."""
        links = self.state.links.get(k, Counter())
        letters = {n.replace(".", "") for n in {*self.state.spellings.get(k, ()), asked}
                   if _is_acronym(n)}
        spelt = [n for n in links if (initials(n) in letters or grown_initials(n) in letters)
                 and self._same_kind(k, compact(n))]
        if spelt:
            return [compact(n) for n in sorted(spelt, key=lambda n: (
                -links[n], -self.state.standing[compact(n)], rank(n)))]
        if same := self._without_initial(k) or self._grown_name(k) or self._unprefixed(k):
            return [same]
        if sum(links.values()) <= self.state.standing[k] and not self._surname_of_one(k, links):
            return []
        return [compact(n) for n in sorted(links, key=lambda n: (-links[n], rank(n)))]

    def _same_kind(self, k: str, t: str) -> bool:
        """Whether an acronym and a full name are typed alike: "CNN" (a firm) is no
        "Coronavirus in Nearby Nations" (a programme's title) that shares its initials."""
        kinds = [max(v, key=lambda e: (v[e], e)) if (v := self.state.types.get(x)) else None
                 for x in (k, t)]
        return None in kinds or kinds[0] == kinds[1]

    def _person(self, k: str) -> bool:
        votes = self.state.types.get(k)
        return bool(votes) and votes.most_common(1)[0][0] == "PERSON"

    def _surname_of_one(self, k: str, links: Counter) -> bool:
        """A lone surname ("Vale") that articles group under one full name only ("Ada Vale"),
        in at least two documents, is that person even where it stands alone: the texts
        that name no one else so are about the same person. So is one grouped under one
        person's name in four documents of five or more, at least five, and typed a person
        in two mentions of five or more (the tagger calls "the Vale administration" an
        organization): a name that famous is who the texts that name no one else mean, a
        relative named once or twice aside."""
        spellings = self.state.spellings.get(k, ())
        if not spellings or any(" " in n for n in spellings) or links.total() < 2:
            return False
        people = Counter()
        for n, docs in links.items():
            people[compact(" ".join(w for w in n.split() if not INITIAL.fullmatch(w)))] += docs
        top, docs = people.most_common(1)[0]
        if len(people) == 1:
            return self._person(k) and len(next(iter(links)).split()) > 1
        votes = self.state.types.get(k, Counter())
        return docs >= 5 and docs * 5 >= 4 * links.total() and self._person(top) \
            and votes["PERSON"] * 5 >= 2 * votes.total() \
            and any(compact(n) == top and len(n.split()) > 1 for n in links)

    def _without_initial(self, k: str) -> str | None:
        """"Ada B. Vale" is "Ada Vale" where both name a person of their own: a middle
        initial is a way of writing the name, no other person."""
        for n in self.state.spellings.get(k, ()):
            words = n.split()
            plain = [w for w in words[1:-1] if not INITIAL.fullmatch(w)]
            if len(words) > 2 and len(plain) < len(words) - 2:
                t = compact(" ".join([words[0], *plain, words[-1]]))
                if self.state.standing[t] and self._person(t) and self._person(k):
                    return t
        return None

    def _grown_name(self, k: str) -> str | None:
        """"Centers for Disease Control" is the "Centers for Disease Control and Prevention"
        that documents also group its acronym ("CDC") under: a body whose name grew by an
        "and ..." keeps the acronym of its shorter name, and both spell the one body."""
        for n in self.state.spellings.get(k, ()):
            letters = initials(n)
            if len(letters) < 2 or " " not in n:
                continue
            for full in self.state.links.get(compact(letters), ()):
                t = compact(full)
                if re.fullmatch(re.escape(k) + r"and[a-z]+", t) and self.state.standing[t] \
                        and self.state.links[compact(letters)].get(n) and self._same_kind(k, t) \
                        and full.split()[-2] == "and" and full.split()[-1][:1].isupper():
                    return t
        return None

    def _unprefixed(self, k: str) -> str | None:
        """"U.S. National Institutes of Health" is the "National Institutes of Health" that
        documents name as often or more without the country: a body's name of two words or
        more, both typed organizations ("U.S. Steel" is no "Steel", "U.S. Cotton" no
        person named Cotton)."""
        for n in self.state.spellings.get(k, ()):
            if (m := COUNTRY_PREFIX.match(n)) and len(rest := n[m.end():].split()) >= 2:
                t = compact(" ".join(rest))
                if self.state.standing[t] >= max(self.state.standing[k], 1) \
                        and self._org(t) and self._org(k):
                    return t
        return None

    def _person_employer(self, r, head: str) -> bool:
        """An employ tie whose employer the store merges into a person's name: "Vale's press
        secretary", its "Vale" tagged an organization in one story, is Ada Vale's aide, and a
        person employs no one in the scheme (the post is with her office, unnamed). Only a
        name the resolver changed counts: a firm's own name ("Ford") keeps its posts."""
        return r.type == "employ" and head != r.head and self._person(compact(head))

    def _org(self, k: str) -> bool:
        votes = self.state.types.get(k)
        return bool(votes) and votes.most_common(1)[0][0] == "ORG"

    def type_of(self, name: str) -> str | None:
        """The type most mentions of this canonical name, in any spelling, gave it."""
        target = self.canonical(name)
        votes: Counter = Counter()
        for k, counts in self.state.types.items():
            spellings = self.state.spellings.get(k)
            if spellings and self.canonical(min(spellings, key=rank)) == target:
                votes.update(counts)
        return max(votes, key=lambda t: (votes[t], t == "ORG", t)) if votes else None

    def apply(self, ex: Extraction) -> Extraction:
        """A copy of the extraction with every name canonical. Each entity keeps the type its
        own document gave it: the store votes types over documents."""
        c = self.canonical
        opt = lambda n: c(n) if n else n  # noqa: E731 - names may be absent
        entities: dict[str, Entity] = {}
        for ent in ex.entities:
            name = c(ent.name)
            merged = entities.setdefault(name, Entity(name, ent.type, maker=opt(ent.maker),
                                                      shown=ent.shown))
            merged.shown = merged.shown or ent.shown  # any spelling's shown type, not the first's
            for a in [ent.name, *ent.aliases]:  # only spellings that resolve to this name:
                if a != name and a not in merged.aliases and c(a) == name:  # the store's
                    merged.aliases.append(a)  # alias rows then agree with the resolver
        counts: Counter = Counter()
        for name, n in ex.mention_counts.items():
            counts[c(name)] += n
        return replace(
            ex,
            entities=list(entities.values()),
            relations=[replace(r, head=c(r.head), tail=c(r.tail), via=opt(r.via))
                       for r in ex.relations
                       if c(r.head) != c(r.tail) and not self._person_employer(r, c(r.head))],
            money=[replace(m, entity=opt(m.entity)) for m in ex.money],
            clauses=[replace(k, holder=opt(k.holder), counterparty=opt(k.counterparty),
                             decider=opt(k.decider)) for k in ex.clauses],
            quotes=[replace(q, speaker=opt(q.speaker), about=opt(q.about)) for q in ex.quotes],
            mention_counts=dict(counts),
        )


def read_alias_file(path: Path) -> tuple[dict[str, list[str]], list[str]]:
    """(merge, split) from a YAML or CSV alias file; a bad file names itself."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AliasFileError(f"{path}: cannot read alias file ({exc.strerror})") from exc
    except UnicodeDecodeError:
        raise AliasFileError(f"{path}: alias file is not UTF-8 text") from None
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
        return dict(merge), split
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise AliasFileError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise AliasFileError(f"{path}: expected a mapping with 'merge' and/or 'split'")
    merge = data.get("merge", {k: v for k, v in data.items() if k != "split"})
    if not isinstance(merge, dict):
        raise AliasFileError(f"{path}: 'merge' must map canonical names to lists of aliases")
    return {k: list(v or []) for k, v in merge.items()}, list(data.get("split", []))
