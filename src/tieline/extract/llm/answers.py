"""A validated extraction answer turned into an ordinary Extraction, keeping only what can be
traced to the document.

- A fact stays only when its quoted evidence is found in the document (grounding.py); its
  Evidence is the located sentence and its span, never the model's words. Otherwise it is
  dropped and counted as "ungrounded".
- A fact stays only when every name it uses occurs in the document (as the name or one of the
  aliases the model listed for it); otherwise it is dropped and counted as "unknown names".
- Names are cleaned like the rules' (names.clean_name) and kept to one spelling per document;
  the resolver makes them canonical across documents afterwards, as for the rules.
- One relation per type and pair per document, as the annotation guide counts them.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ...model import (SYMMETRIC_TYPES, Clause, Document, Entity, Evidence, Extraction, Money,
                      Quote, Relation)
from ...names import clean_name, fold
from ..validity import with_cue
from .grounding import Grounder
from .sentences import Chunk, sentence_at

CONFIDENCE = 0.5  # uncalibrated: no precision has been measured for any model yet
ROLE_TYPES = {("employ", "tail"): "PERSON", ("develop", "tail"): "PRODUCT"}


class Builder:
    """Collects the grounded facts of one document over the answers for its chunks."""

    def __init__(self, document: Document, rule: str):
        self.document = document
        self.rule = rule
        self.grounder = Grounder(document.text)
        self.entities: dict[str, Entity] = {}  # fold(canonical) -> entity
        self.alias: dict[str, str] = {}  # fold(any listed form) -> canonical
        self.extraction = Extraction(document=document)
        self.dropped: Counter = Counter()
        self._seen: set[tuple] = set()

    def add(self, answer: dict[str, Any], chunk: Chunk) -> None:
        near = (chunk.start, chunk.end)
        for ent in answer["entities"]:
            self._entity(ent["name"], ent["type"], ent["aliases"])
        for r in answer["relations"]:
            ends = (r["head"], r["tail"])
            roles = (ROLE_TYPES.get((r["type"], "head"), "ORG"),
                     ROLE_TYPES.get((r["type"], "tail"), "ORG"))
            self._relation(r, ends, roles, near)
        for m in answer["money"]:
            ev = self._evidence(m["evidence"], near, m["modality"], m["time"])
            names = ev and self._names([m["entity"]], ["ORG"])
            if names and self._new("money", names[0], m["kind"],
                                                      m["amount"], m["currency"]):
                self.extraction.money.append(Money(names[0], m["kind"], float(m["amount"]),
                                                   m["currency"], m["modality"], m["time"], ev))
        for c in answer["clauses"]:
            ev = self._evidence(c["evidence"], near, "asserted", None)
            names = ev and self._names([c["holder"], c["counterparty"], c["decider"]], ["ORG"] * 3)
            if names and self._new("clause", names[0], names[1], c["action"]):
                self.extraction.clauses.append(Clause(names[0], names[1], c["action"],
                                                      c["object"], c["trigger"], names[2], ev))
        for q in answer["quotes"]:
            self._quote(q, near)

    def _relation(self, r: dict[str, Any], ends, roles, near) -> None:
        ev = self._evidence(r["evidence"], near, r["modality"], r["time"])
        names = ev and self._names(list(ends), list(roles))
        if not names:
            return
        head, tail = names
        key = tuple(sorted((head, tail))) if r["type"] in SYMMETRIC_TYPES else (head, tail)
        if fold(head) != fold(tail) and self._new(r["type"], *key):
            self.extraction.relations.append(Relation(r["type"], head, tail, r["object"],
                                                      self._canonical(r["via"]), r["modality"],
                                                      r["time"], ev))

    def _quote(self, q: dict[str, Any], near) -> None:
        found = self.grounder.locate(q["text"], near)
        if found is None:
            self.dropped["ungrounded"] += 1
            return
        names = self._names([q["speaker"], q["about"]], ["PERSON", "ORG"])
        if names is None:
            return
        start, end = sentence_at(self.grounder.spans, *found)
        text = self.document.text[found[0]:found[1]]  # the document's words, not the model's
        ev = Evidence(self.document.id, start, end, self.document.text[start:end], self.rule,
                      CONFIDENCE, "asserted")
        if self._new("quote", names[0], fold(text)):
            self.extraction.quotes.append(Quote(names[0], text, names[1], None, ev))

    def _evidence(self, quote: str, near, modality: str, time: str | None) -> Evidence | None:
        span = self.grounder.sentence(quote, near)
        if span is None:
            self.dropped["ungrounded"] += 1
            return None
        start, end = span
        return with_cue(Evidence(self.document.id, start, end, self.document.text[start:end],
                                 self.rule, CONFIDENCE, modality, time), self.document.published)

    def _entity(self, name: str, etype: str, aliases: list[str]) -> None:
        forms = [f for f in (clean_name(n) for n in [name, *aliases]) if f]
        if not forms or not any(self.grounder.mentions(f) for f in forms):
            return  # a name the article never uses is not one of its entities
        canonical = next((self.alias[fold(f)] for f in forms if fold(f) in self.alias), forms[0])
        entity = self.entities.setdefault(fold(canonical), Entity(canonical, etype))
        for form in forms:
            self.alias.setdefault(fold(form), canonical)
            if form != canonical and form not in entity.aliases:
                entity.aliases.append(form)

    def _canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        cleaned = clean_name(name)
        return self.alias.get(fold(cleaned), cleaned) or None

    def _names(self, names: list[str | None], types: list[str]) -> list[str | None] | None:
        """The canonical form of each name (None stays None), or None when one of them does
        not occur in the document; names the answer did not list become entities here."""
        out = []
        for name, etype in zip(names, types):
            canonical = self._canonical(name)
            if canonical is None:
                out.append(None)
                continue
            if fold(canonical) not in self.entities:
                self._entity(canonical, etype, [])
                if fold(canonical) not in self.entities:
                    self.dropped["unknown names"] += 1
                    return None
            out.append(self.entities[fold(canonical)].name)
        return out

    def _new(self, *key) -> bool:
        key = tuple(fold(str(k)) if isinstance(k, str) else k for k in key)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def result(self) -> Extraction:
        ex = self.extraction
        ex.entities = list(self.entities.values())
        # the most frequent form: a short alias ("Quillon") also matches inside the full name
        ex.mention_counts = {e.name: max(1, *(self.grounder.mentions(f)
                                              for f in [e.name, *e.aliases]))
                             for e in ex.entities}
        return ex
