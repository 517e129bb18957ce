"""A small hand-made world for the query tests: an AI-cloud cluster and a battery supply chain.

Sentences are our own; Extraction objects are written straight to a Store (no spaCy), so the
query layer is tested on exactly what the store holds. Other query test modules import
`build_world` from here.
"""
from __future__ import annotations

from pathlib import Path

from tieline.model import (Clause, Document, Entity, Evidence, Extraction, Money, Post, Quote,
                           Relation, Event)
from tieline.store import Store

ENTITIES = {
    "Helix Labs": Entity("Helix Labs", "ORG", ["Helix"]),
    "Microsoft": Entity("Microsoft", "ORG", ["Microsoft Corp."]),
    "Oracle": Entity("Oracle", "ORG"),
    "Azure": Entity("Azure", "PRODUCT", maker="Microsoft"),
    "Copilot 365": Entity("Copilot 365", "PRODUCT", maker="Microsoft"),
    "Phi-3.5": Entity("Phi-3.5", "PRODUCT"),
    "Satya Nadella": Entity("Satya Nadella", "PERSON"),
    "Voltra Motors": Entity("Voltra Motors", "ORG", ["Voltra"]),
    "Voltra S": Entity("Voltra S", "PRODUCT"),
    "Northwind Cells": Entity("Northwind Cells", "ORG"),
    "Lumen Lithium": Entity("Lumen Lithium", "ORG"),
    "Cobalt Ridge": Entity("Cobalt Ridge", "ORG"),
}


class Article:
    """Builds one Extraction: facts are added with a sentence that must occur in the text."""

    def __init__(self, source: str, published: str, sentences: list[str], **doc):
        self.doc = Document(text="\n".join(sentences), source=source, published=published, **doc)
        self.ex = Extraction(document=self.doc)

    def ev(self, sentence: str, modality: str = "asserted") -> Evidence:
        start = self.doc.text.index(sentence)
        return Evidence(self.doc.id, start, start + len(sentence), sentence, "test",
                        modality=modality)

    def rel(self, type_: str, head: str, tail: str, sentence: str, *, object: str | None = None,
            via: str | None = None, modality: str = "asserted", time: str | None = None):
        self.ex.relations.append(Relation(type_, head, tail, object, via, modality, time,
                                          self.ev(sentence, modality)))
        return self

    def done(self) -> Extraction:
        named = {r.head for r in self.ex.relations} | {r.tail for r in self.ex.relations}
        named |= {m.entity for m in self.ex.money} | {c.holder for c in self.ex.clauses}
        named |= {c.counterparty for c in self.ex.clauses} | {q.speaker for q in self.ex.quotes}
        named |= {q.about for q in self.ex.quotes} | {r.via for r in self.ex.relations}
        self.ex.entities = [ENTITIES[n] for n in sorted(named - {None})]
        self.ex.mention_counts = {e.name: 1 + self.doc.text.count(e.name)
                                  for e in self.ex.entities}
        return self.ex


S = {  # every sentence of the world, by a short name
    "partner": "Microsoft and Helix Labs announced a partnership in 2019.",
    "invest": "Microsoft put $1 billion into Helix Labs.",
    "azure": "Helix Labs trains its models on Microsoft's Azure cloud.",
    "copilot": "Microsoft uses Helix Labs' models in its Copilot 365 assistant.",
    "oracle": "Helix Labs signed a compute deal with Oracle, making it less dependent on "
              "Microsoft's Azure.",
    "clause": "Under the contract Helix Labs can cut off Microsoft's use of its models once "
              "it builds AGI, a call left to the Helix Labs board.",
    "funding": "Helix Labs raised $6.6 billion in new funding.",
    "quote": "Satya Nadella called Helix Labs “our closest partner” at the Build conference.",
    "cloud": "Helix Labs no longer uses Microsoft as its exclusive cloud provider.",
    "phi": "Microsoft built its own Phi-3.5 models.",
    "copilot2": "Microsoft may keep using Helix Labs' models in Copilot 365 for now.",
    "azure2": "Most Helix Labs training still runs on Azure, people familiar with it said.",
    "cells": "Northwind Cells supplies battery cells to Voltra Motors for the Voltra S.",
    "lithium": "Lumen Lithium supplies lithium to Northwind Cells.",
    "ridge": "Voltra Motors also buys cells from Cobalt Ridge.",
    "suit": "Voltra Motors sued Northwind Cells over late deliveries.",
    "rivals": "Voltra Motors and Cobalt Ridge compete for the same buyers.",
    "exclusive": "Cobalt Ridge won exclusive rights to supply cells for the next Voltra S.",
    "xss": "Helix Labs' <script>alert(1)</script> demo impressed Microsoft.",
}


def articles() -> list[Extraction]:
    a1 = Article("news/2019-deal.txt", "2019-07-22", [S["partner"], S["invest"]],
                 title="Microsoft backs Helix Labs", url="https://example.com/deal")
    a1.rel("partner", "Microsoft", "Helix Labs", S["partner"], time="2019")
    a1.rel("invest", "Microsoft", "Helix Labs", S["invest"])
    a1.ex.money.append(Money("Microsoft", "investment", 1e9, "USD", evidence=a1.ev(S["invest"])))

    a2 = Article("news/2023-cloud.txt", "2023-01-23", [S["azure"], S["copilot"]],
                 title="Helix Labs on Azure")
    a2.rel("supply", "Microsoft", "Helix Labs", S["azure"], object="compute", via="Azure")
    a2.rel("use", "Microsoft", "Helix Labs", S["copilot"], object="models", via="Copilot 365")
    a2.rel("develop", "Microsoft", "Copilot 365", S["copilot"])

    a3 = Article("news/2024-oracle.txt", "2024-06-12",
                 [S["oracle"], S["clause"], S["funding"], S["quote"]],
                 title="Helix Labs looks beyond Microsoft",
                 posts=[Post("Ann Example", "@annexample", "2024-06-13", "Big week for Helix!")],
                 events=[Event("2024-06-01", "Helix Labs weighs new cloud partners")])
    a3.rel("partner", "Helix Labs", "Oracle", S["oracle"])
    a3.rel("supply", "Oracle", "Helix Labs", S["oracle"], object="compute")
    a3.ex.clauses.append(Clause("Helix Labs", "Microsoft", "end_access", "Helix Labs technology",
                                "AGI", "Helix Labs", a3.ev(S["clause"])))
    a3.ex.money.append(Money("Helix Labs", "funding", 6.6e9, "USD", evidence=a3.ev(S["funding"])))
    a3.ex.quotes.append(Quote("Satya Nadella", "our closest partner", "Helix Labs",
                              "Build conference", a3.ev(S["quote"])))

    a4 = Article("news/2024-phi.txt", "2024-10-20", [S["cloud"], S["phi"]])
    a4.rel("supply", "Microsoft", "Helix Labs", S["cloud"], object="cloud", modality="negated")
    a4.rel("develop", "Microsoft", "Phi-3.5", S["phi"])

    a5 = Article("news/2024-copilot.txt", "2024-11-05", [S["copilot2"], S["azure2"], S["xss"]],
                 url="javascript:alert(1)", title="Copilot <i>still</i> on Helix",
                 posts=[Post("Mallory", "@mallory", "2024-11-06", "<script>alert(2)</script> wow")])
    a5.rel("use", "Microsoft", "Helix Labs", S["copilot2"], object="models", via="Copilot 365",
           modality="hedged")
    a5.rel("supply", "Microsoft", "Helix Labs", S["azure2"], object="compute", via="Azure",
           modality="reported")
    a5.rel("partner", "Microsoft", "Helix Labs", S["xss"])

    b1 = Article("news/2022-cells.txt", "2022-03-01", [S["cells"], S["lithium"]])
    b1.rel("supply", "Northwind Cells", "Voltra Motors", S["cells"], object="other")
    b1.rel("use", "Voltra Motors", "Northwind Cells", S["cells"], object="other", via="Voltra S")
    b1.rel("develop", "Voltra Motors", "Voltra S", S["cells"])
    b1.rel("supply", "Lumen Lithium", "Northwind Cells", S["lithium"], object="other")

    b2 = Article("news/2023-suit.txt", "2023-05-10",
                 [S["ridge"], S["suit"], S["rivals"], S["exclusive"]])
    b2.rel("supply", "Cobalt Ridge", "Voltra Motors", S["ridge"], object="other")
    b2.rel("sue", "Voltra Motors", "Northwind Cells", S["suit"])
    b2.rel("compete", "Voltra Motors", "Cobalt Ridge", S["rivals"])
    b2.ex.clauses.append(Clause("Cobalt Ridge", "Voltra Motors", "exclusivity", "cell supply",
                                evidence=b2.ev(S["exclusive"])))
    return [a.done() for a in (a1, a2, a3, a4, a5, b1, b2)]


def build_world(path: Path) -> Path:
    with Store(path) as store:
        store.save(articles())
    return path


def test_world_is_stored_once_per_fact(tmp_path):
    db = build_world(tmp_path / "w.db")
    build_world(db)  # saving again adds nothing: the store is idempotent
    with Store(db, create=False) as store:
        counts = store.stats()
    assert counts["documents"] == 7
    assert counts["facts"] == 21
    assert counts["evidence"] == 24
