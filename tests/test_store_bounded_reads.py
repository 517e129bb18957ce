"""The store's bounded reads (store/sql/bounded.py, dependencies.py) give what reading
everything and cutting it in Python gives: an entity's or a pair's newest facts per kind and
their counts, a graph hop's newest ties per node and side with the makers of its entities, and
dependency facts carrying their best evidence's confidence. On both backends."""
from __future__ import annotations

from collections import Counter

from tieline.model import Document, Entity, Evidence, Extraction, Relation
from tieline.store import FactFilter, open_store

HUB = "Ordovan Mills"
KINDS = ("supply", "use", "partner", "invest")


def day_report(day: int, relations, confidence: float = 0.9, products=()) -> Extraction:
    """One dated article stating some (kind, head, tail) ties; `products` are
    (product, maker) pairs named in it."""
    text = f"Ordovan market letter {day} about suppliers, users and partners."
    doc = Document(text=text, source=f"letter-{day}.txt",
                   published=f"2023-{1 + day // 28:02d}-{1 + day % 28:02d}", language="en")
    ev = Evidence(doc.id, 0, len(text), text, "test:rule", confidence)
    names = {n for _, head, tail in relations for n in (head, tail)} | {m for _, m in products}
    entities = [Entity(n, "ORG") for n in sorted(names)]
    entities += [Entity(p, "PRODUCT", maker=m) for p, m in products]
    return Extraction(document=doc, entities=entities,
                      relations=[Relation(k, h, t, "chips" if k == "supply" else None,
                                          evidence=ev) for k, h, t in relations],
                      mention_counts={e.name: 1 for e in entities})


def hub_world(url: str):
    """A hub tied to others by four kinds, on both sides, with a tie to itself, two other
    ties of one pair (one reported twice), low-confidence reports, and a product with a
    maker."""
    reports = []
    for day in range(30):
        kind = KINDS[day % len(KINDS)]
        other = f"Firm{day:02d} Co"
        tie = (kind, HUB, other) if day % 3 else (kind, other, HUB)
        reports.append(day_report(day, [tie], 0.3 if day % 5 == 0 else 0.9))
    reports.append(day_report(40, [("partner", HUB, HUB), ("supply", "Firm01 Co", HUB),
                                   ("use", HUB, "Firm01 Co")],
                              products=[("Ordovan Loom", HUB)]))
    reports.append(day_report(41, [("supply", "Firm01 Co", HUB)], 0.4))  # reported again
    store = open_store(url, create=True)
    store.save(reports)
    return store


def newest_per_kind(facts, n):
    taken, out = Counter(), []
    for f in facts:  # newest first
        taken[f.kind] += 1
        if taken[f.kind] <= n:
            out.append(f.id)
    return out


def test_newest_facts_per_kind_and_their_counts_match_the_whole_list(store_url):
    with hub_world(store_url) as store:
        hub, firm = store.entity(HUB).id, store.entity("Firm01 Co").id
        for where in (FactFilter(entity_id=hub), FactFilter(between=(hub, firm)),
                      FactFilter(between=(firm, hub)), FactFilter(between=(hub, hub)),
                      FactFilter(entity_id=hub, kinds=("supply", "use"))):
            whole = store.facts(where)
            for n in (1, 2, 5):
                shown = store.facts(FactFilter(**{**where.__dict__, "per_kind": n}))
                assert [f.id for f in shown] == newest_per_kind(whole, n), (where, n)
            counts = Counter(f.kind for f in whole)
            assert store.kind_counts(where, 1000) == dict(counts), where
            assert store.kind_counts(where, 3) == {k: min(c, 3) for k, c in counts.items()}


def test_a_hop_reads_each_nodes_newest_ties_per_side_and_its_makers(store_url):
    with hub_world(store_url) as store:
        hub, firm = store.entity(HUB).id, store.entity("Firm01 Co").id
        nodes = [hub, firm]
        for kinds, object_kinds in ((["supply", "invest"], ["use", "develop"]),
                                    (["use"], ["supply"])):
            for per_node in (1, 2, 100):
                facts, made = store.dependency_hop(kinds, object_kinds, nodes, per_node)
                expected = set()
                for node in nodes:
                    for column, of_kinds in (("subject_id", kinds), ("object_id", object_kinds)):
                        mine = [f for f in store.facts(FactFilter(entity_id=node,
                                                                  kinds=tuple(of_kinds)))
                                if getattr(f, column) == node and f.subject and f.object]
                        expected |= {f.id for f in mine[:per_node]}
                assert [f.id for f in facts] == sorted(expected), (kinds, per_node)
                assert facts == store.dependency_facts(
                    kinds, subject_ids=nodes, object_ids=nodes, per_node=per_node,
                    object_kinds=object_kinds)
                assert sorted(made) == sorted(store.makers(nodes)) == \
                    [("Ordovan Loom", "PRODUCT", HUB)]


def test_dependency_facts_carry_the_confidence_of_their_best_evidence(store_url):
    with hub_world(store_url) as store:
        hub = store.entity(HUB).id
        read, _ = store.dependency_hop(["supply", "use"], ["supply", "use"], [hub], 100)
        dated = store.dependency_facts(["supply", "use"], "2030-01-01", subject_ids=[hub],
                                       object_ids=[hub], per_node=100)
        evidence = store.evidence([f.id for f in read])
        assert {f.confidence for f in read} == {0.3, 0.9}
        for fact in read:
            assert fact.confidence == max(e.confidence for e in evidence[fact.id])
        assert [(f.id, f.confidence) for f in dated] == [(f.id, f.confidence) for f in read]
