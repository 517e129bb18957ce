"""A batch of extractions played in memory, then written one statement per table (writes.py).

The play takes the order a row-by-row writer would: per extraction, each entity (found by its
name key among the alias rows, else by its exact name, else created), its type vote, aliases
and maker; then its mentions; then its facts (a fact's ends are looked up only when the fact is
new). Rows are read in bulk before the play and written in bulk after it, so the store ends
as row-by-row writing would leave it, ids included. New entities and facts get negative
placeholders during the play, replaced by their ids once inserted.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from ...facts import Seen, merge_report, vote_key, vote_type
from ...model import Extraction, Fact, attributes_as_dict
from ...names import fold
from ...names import key as name_key
from .writes import Statements, refresh_validities, select_in


@dataclass
class FactState:
    """One fact of the batch: its id (None while new), its window and this batch's reports."""
    id: int | None
    kind: str
    seen: Seen
    reports: list[tuple[str | None, str]] = field(default_factory=list)  # (published, modality)
    row: dict | None = None  # the INSERT values of a new fact

    def merge(self, published: str | None, modality: str) -> None:
        self.seen = merge_report(self.seen, published, modality)
        self.reports.append((published, modality))


class Plan:
    def __init__(self, conn, st: Statements, batch: list[Extraction]):
        self.conn, self.st, self.batch = conn, st, batch
        self.found = [ex.facts() for ex in batch]
        names = {n for ex, found in zip(batch, self.found) for n in _names(ex, found)}
        self.keys = {n: name_key(n) for n in names}  # a name's key, computed once
        keys = set(self.keys.values())
        keys |= {fold(a) for ex in batch for e in ex.entities for a in e.aliases}
        self.by_key: dict[str, int] = dict(select_in(conn, st.aliases_of, "keys", keys))
        self.by_name: dict[str, int] = dict(select_in(conn, st.entities_named, "keys", names))
        self.known = {k: (i, Seen(first, last, mod)) for k, i, first, last, mod in select_in(
            conn, st.facts_keyed, "keys", {f.key for found in self.found for f in found})}
        self.new_entities: list[tuple[str, str]] = []  # (name, type); placeholder -(i + 1)
        self.alias_rows: list[tuple[str, str, int]] = []
        self.votes: dict[int, list[str]] = {}  # entity: the types voted for it, in order
        self.makers: dict[int, int] = {}
        self.mentions: dict[tuple[int, str], int] = {}
        self.facts: dict[str, FactState] = {}
        self.evidence: list[tuple[str, dict]] = []  # (fact key, row)

    # -- the play ------------------------------------------------------------------------------
    def play(self) -> None:
        for ex, found in zip(self.batch, self.found):
            for ent in ex.entities:
                entity_id = self.entity_id(ent.name, ent.type)
                self.votes.setdefault(entity_id, []).append(vote_key(ent.type, ent.shown))
                for alias in ent.aliases:
                    self.add_alias(fold(alias), alias, entity_id)
                if ent.maker:
                    self.makers[entity_id] = self.entity_id(ent.maker, "ORG")
            for name, count in ex.mention_counts.items():
                self.mentions.setdefault((self.entity_id(name), ex.document.id), count)
            for fact in found:
                self.add_fact(fact, ex.document.published)

    def entity_id(self, name: str, etype: str | None = None) -> int:
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = name_key(name)
        if key in self.by_key:
            return self.by_key[key]
        entity_id = self.by_name.get(name)
        if entity_id is None:
            self.new_entities.append((name, etype or "ORG"))
            entity_id = self.by_name[name] = -len(self.new_entities)
        self.add_alias(key, name, entity_id)
        return entity_id

    def add_alias(self, key: str, alias: str, entity_id: int) -> None:
        if key not in self.by_key:  # ON CONFLICT DO NOTHING: the first owner of a key stays
            self.by_key[key] = entity_id
            self.alias_rows.append((key, alias, entity_id))

    def add_fact(self, fact: Fact, published: str | None) -> None:
        key = fact.key
        state = self.facts.get(key)
        if state is None and key not in self.known:
            state = self.facts[key] = FactState(None, fact.kind,
                                                Seen(published, published, fact.modality))
            state.reports.append((published, fact.modality))
            state.row = {
                "key": key, "kind": fact.kind,
                "subject_id": self.entity_id(fact.subject) if fact.subject else None,
                "object_id": self.entity_id(fact.object) if fact.object else None,
                "attributes": json.dumps(attributes_as_dict(fact.attributes), ensure_ascii=False),
                "modality": fact.modality, "time": fact.time}
        else:
            if state is None:
                fact_id, stored = self.known[key]
                state = self.facts[key] = FactState(fact_id, fact.kind, stored)
            state.merge(published, fact.modality)
        ev = fact.evidence[0]
        self.evidence.append((key, {
            "document_id": ev.document_id, "start": ev.start, "end": ev.end,
            "sentence": ev.sentence, "rule": ev.rule, "confidence": ev.confidence,
            "modality": fact.modality, "time": fact.time, "cue": ev.change,
            "valid_from": ev.valid_from, "valid_to": ev.valid_to}))

    # -- the writes ----------------------------------------------------------------------------
    def write(self) -> None:
        self.play()
        ids = self.insert_entities()

        def real(entity_id):
            return ids[entity_id] if entity_id is not None and entity_id < 0 else entity_id

        conn, st = self.conn, self.st
        if self.alias_rows:
            conn.execute(st.alias, [{"key": k, "alias": a, "entity_id": real(e)}
                                    for k, a, e in self.alias_rows])
        self.write_votes()
        if self.makers:
            conn.execute(st.set_maker, [{"eid": real(e), "maker": real(m)}
                                        for e, m in self.makers.items()])
        if self.mentions:
            conn.execute(st.mention, [{"entity_id": real(e), "document_id": d, "count": n}
                                      for (e, d), n in self.mentions.items()])
        self.write_facts(real)
        rows, kept = [], set()
        for key, row in self.evidence:
            row["fact_id"] = self.facts[key].id
            if (span := (row["fact_id"], row["document_id"], row["start"], row["end"])) in kept:
                continue  # the same span twice: the first report stays, as ON CONFLICT would
            kept.add(span)
            rows.append(row)
        if rows:
            conn.execute(st.evidence, rows)
        refresh_validities(conn, {s.id: s.kind for s in self.facts.values()})

    def insert_entities(self) -> dict[int, int]:
        """Insert the new entities in creation order; {placeholder: id}. An entity another
        writer added meanwhile is used as it is (its type votes are added to below)."""
        if not self.new_entities:
            return {}
        rows = []
        for i, (name, etype) in enumerate(self.new_entities):
            votes: dict[str, int] = {}
            for voted in self.votes.get(-(i + 1), ()):
                votes, etype = vote_type(votes, voted)
            rows.append({"name": name, "type": etype, "type_votes": json.dumps(votes),
                         "maker_id": None})
        won = set(self.conn.execute(self.st.entity, rows).scalars())
        named = dict(select_in(self.conn, self.st.entities_named, "keys",
                               [name for name, _ in self.new_entities]))
        ids = {-(i + 1): named[name] for i, (name, _) in enumerate(self.new_entities)}
        for i, (name, _) in enumerate(self.new_entities):
            if name not in won and -(i + 1) in self.votes:  # voted below as an existing entity
                self.votes[ids[-(i + 1)]] = self.votes.pop(-(i + 1))
        return ids

    def write_votes(self) -> None:
        """Add this batch's type votes to the stored entities' (new entities have theirs)."""
        existing = {e: v for e, v in self.votes.items() if e >= 0}
        rows = []
        for entity_id, stored in select_in(self.conn, self.st.votes_of, "ids", existing):
            votes = json.loads(stored or "{}")
            for voted in existing[entity_id]:
                votes, winner = vote_type(votes, voted)
            rows.append({"eid": entity_id, "etype": winner, "votes": json.dumps(votes)})
        if rows:
            self.conn.execute(self.st.set_votes, rows)

    def write_facts(self, real) -> None:
        """Insert the new facts in order, merge reports into the stored ones (and into any
        another writer added meanwhile)."""
        new = [s for s in self.facts.values() if s.id is None]
        rows = [{**s.row, "subject_id": real(s.row["subject_id"]),
                 "object_id": real(s.row["object_id"]), "first_seen": s.seen.first,
                 "last_seen": s.seen.last, "modality": s.seen.modality} for s in new]
        won = set(self.conn.execute(self.st.fact, rows).scalars()) if rows else set()
        updates = [s for s in self.facts.values() if s.id is not None]
        for key, fact_id, first, last, modality in select_in(
                self.conn, self.st.facts_keyed, "keys", [s.row["key"] for s in new]):
            state = self.facts[key]
            state.id = fact_id
            if key not in won:  # another writer's row: each report of ours merges into it
                seen = Seen(first, last, modality)
                for published, mod in state.reports:
                    seen = merge_report(seen, published, mod)
                state.seen = seen
                updates.append(state)
        if updates:
            self.conn.execute(self.st.set_seen, [
                {"fid": s.id, "first": s.seen.first, "last": s.seen.last, "mod": s.seen.modality}
                for s in updates])


def _names(ex: Extraction, found: list[Fact]):
    for ent in ex.entities:
        yield ent.name
        if ent.maker:
            yield ent.maker
    yield from ex.mention_counts
    for fact in found:
        yield from (n for n in (fact.subject, fact.object) if n)
