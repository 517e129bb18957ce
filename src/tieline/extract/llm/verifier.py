"""The "rules+verify" extractor: the rules propose, a model confirms or rejects each fact with
the sentence it came from, and only confirmed facts are kept.

Facts are asked about per document, in batches whose text stays under `llm_chunk_chars`
(one request for a typical article), with prompt verify.<version>.md and VERIFY_SCHEMA; the
answer must hold one verdict for every fact asked, else it does not validate. A kept fact is
the rules' fact unchanged except for its rule id ("<rule>+llm:verify.v1"). A document whose
facts get no usable verdicts fails (reported to `on_error`), like any failed extraction.
"""
from __future__ import annotations

from collections import Counter, deque
from dataclasses import replace
from typing import Any, Iterable, Iterator

from ...model import Clause, Document, Extraction, Money, Quote, Relation, format_amount
from ..base import get_extractor
from . import prompts
from .client import ChatClient
from .extractor import client_from_settings, describe, in_order, request_pool
from .schema import VERIFY_SCHEMA, SchemaError

Item = Relation | Money | Clause | Quote


def rules_extractor(settings, **options):
    """The rule-based extractor from the registry, built from the same settings."""
    return get_extractor(settings.but(extractor="rules"), **options)


def statement(item: Item) -> str:
    """A fact in words, as the verifier is asked about it."""
    if isinstance(item, Relation):
        extra = "".join(f", {k}: {v}" for k, v in (("object", item.object), ("via", item.via))
                        if v)
        return f"{item.type}(head: {item.head}, tail: {item.tail}{extra}); {item.modality}"
    if isinstance(item, Money):
        return (f"money: {item.entity or 'unnamed'} {item.kind} "
                f"{format_amount(item.amount, item.currency)}; {item.modality}")
    if isinstance(item, Clause):
        extra = "".join(f", {k}: {getattr(item, k)}" for k in ("object", "trigger", "decider")
                        if getattr(item, k))
        return f"clause {item.action}(holder: {item.holder}, counterparty: " \
               f"{item.counterparty}{extra})"
    return f"quote: {item.speaker or 'unnamed'} said \"{item.text}\"" \
        + (f" about {item.about}" if item.about else "")


def facts_with_evidence(ex: Extraction) -> list[Item]:
    return [i for i in (*ex.relations, *ex.money, *ex.clauses, *ex.quotes)
            if i.evidence is not None]


def batches(items: list[Item], size: int) -> list[list[Item]]:
    """Consecutive facts whose statements and sentences add up to at most `size` characters."""
    out: list[list[Item]] = []
    used = size
    for item in items:
        cost = len(statement(item)) + len(item.evidence.sentence) + 20
        if used + cost > size and (not out or out[-1]):
            out.append([])
            used = 0
        out[-1].append(item)
        used += cost
    return out


class VerifyExtractor:
    name = "rules+verify"

    def __init__(self, settings, *, client: ChatClient | None = None, rules=None, **options):
        self.settings = settings
        self.prompt = prompts.load("verify", settings.llm_prompt_version)
        self.client = client or client_from_settings(settings)
        self.rules = rules or rules_extractor(settings, **options)
        self.counts: Counter = Counter()
        self.rejections: deque = deque(maxlen=500)  # (source, fact, reason), the latest ones

    def usage(self) -> dict[str, int]:
        return {**self.client.usage.as_dict(), "confirmed": self.counts["confirmed"],
                "rejected": self.counts["rejected"]}

    def summary(self) -> str:
        return describe(self.usage())

    def extract(self, documents: Iterable[Document], *, progress=None,
                on_error=None) -> Iterator[Extraction]:
        width = max(1, self.settings.llm_concurrency)
        with request_pool(width) as pool:
            asked = ((ex, [(b, pool.submit(self._ask, ex.document, b))
                           for b in batches(facts_with_evidence(ex), self.settings.llm_chunk_chars)])
                     for ex in self.rules.extract(documents, progress=progress, on_error=on_error))
            yield from in_order(asked, lambda ex, futures: self._finish(ex, futures, on_error),
                                width)

    def _ask(self, doc: Document, batch: list[Item]) -> dict[str, Any]:
        lines = [f"[{n}] {statement(item)}\n    sentence: {item.evidence.sentence}"
                 for n, item in enumerate(batch, 1)]

        def every_fact_once(answer: dict[str, Any]) -> None:
            ids = sorted(v["id"] for v in answer["verdicts"])
            if ids != list(range(1, len(batch) + 1)):
                raise SchemaError(f"expected one verdict for each of facts 1-{len(batch)}, "
                                  f"got ids {ids}", "$.verdicts")

        return self.client.ask(self.prompt, {"title": doc.title or "(none)",
                                             "facts": "\n".join(lines)},
                               VERIFY_SCHEMA, check=every_fact_once, label=f"for {doc.source}")

    def _finish(self, ex: Extraction, asked, on_error) -> Iterator[Extraction]:
        try:
            confirmed: set[int] = set()
            for batch, future in asked:
                for verdict in future.result()["verdicts"]:
                    item = batch[verdict["id"] - 1]
                    if verdict["verdict"] == "confirm":
                        confirmed.add(id(item))
                    else:
                        self.rejections.append((ex.document.source, statement(item),
                                                verdict["reason"]))
        except Exception as exc:  # noqa: BLE001 - handed to the caller, who decides
            if on_error is None:
                raise
            on_error(ex.document, exc)
            return
        yield self._keep(ex, confirmed)

    def _keep(self, ex: Extraction, confirmed: set[int]) -> Extraction:
        rule = self.prompt.rule

        def kept(items):
            out = [i if i.evidence is None
                   else replace(i, evidence=replace(i.evidence, rule=f"{i.evidence.rule}+{rule}"))
                   for i in items if i.evidence is None or id(i) in confirmed]
            self.counts["confirmed"] += sum(1 for i in items if id(i) in confirmed)
            self.counts["rejected"] += sum(1 for i in items
                                           if i.evidence is not None and id(i) not in confirmed)
            return out

        return replace(ex, relations=kept(ex.relations), money=kept(ex.money),
                       clauses=kept(ex.clauses), quotes=kept(ex.quotes))
