"""Dependency questions read only the graph around the entities asked about, and answer
exactly as they would on the whole graph."""
from __future__ import annotations

from test_query_world import build_world

from tieline import query
from tieline.model import Document, Entity, Evidence, Extraction, Relation
from tieline.query.graph import DependencyGraph
from tieline.store import open_store


def test_bounded_reads_answer_like_the_whole_graph(tmp_path):
    with open_store(build_world(tmp_path / "w.db"), read_only=True) as store:
        whole = DependencyGraph.load(store)
        names = [e.name for e in store.entities()]
        assert len(names) > 5
        for name in names:
            assert query.depends(store, name) == query.depends(store, name, graph=whole), name
            assert query.dependents(store, name) == query.dependents(store, name, graph=whole)
            assert query.entity_summary(store, name) == query.entity_summary(store, name,
                                                                             graph=whole)
            assert query.whatif(store, supplier_fails=name) == \
                query.whatif(store, supplier_fails=name, graph=whole), name


def chain(prefix: str, n: int, published: str = "2024-03-01") -> Extraction:
    """An article stating that prefix1 supplies prefix2, prefix2 supplies prefix3, ..."""
    text = f"{prefix} supply chain report of {published}."
    doc = Document(text=text, source=f"{prefix}-{published}.txt", published=published,
                   language="en")
    ev = Evidence(doc.id, 0, len(text), text, "test:rule", 0.9)
    names = [f"{prefix}{i} Corp" for i in range(1, n + 1)]
    return Extraction(document=doc, entities=[Entity(x, "ORG") for x in names],
                      relations=[Relation("supply", a, b, object="chips", evidence=ev)
                                 for a, b in zip(names, names[1:])],
                      mention_counts={x: 1 for x in names})


def test_the_read_stops_at_its_depth_and_never_crosses_to_another_component(tmp_path):
    with open_store(str(tmp_path / "c.db"), create=True) as store:
        store.save([chain("Zelt", 12), chain("Quor", 3)])
        start = store.entity("Zelt12 Corp").id
        graph = DependencyGraph.around(store, [start], depth=3)
        nodes = {e.consumer for e in graph.edges} | {e.provider for e in graph.edges}
        assert nodes == {"Zelt12 Corp", "Zelt11 Corp", "Zelt10 Corp", "Zelt9 Corp"}
        providers = {s.provider for p in query.depends(store, "Zelt12 Corp", max_depth=2)
                     .dependencies for s in p.steps}
        assert providers == {"Zelt11 Corp", "Zelt10 Corp"}


def test_a_bounded_read_as_of_a_date_answers_like_the_whole_graph_then(store_url):
    with open_store(store_url, create=True) as store:
        store.save([chain("Pell", 4), chain("Pell", 7, published="2025-06-01")])
        first = store.entity("Pell1 Corp").id
        as_of = "2024-12-31"
        whole = DependencyGraph.load(store, as_of)
        for name in ("Pell1 Corp", "Pell4 Corp", "Pell7 Corp"):
            assert query.dependents(store, name, as_of=as_of) == \
                query.dependents(store, name, graph=whole, as_of=as_of), name
            assert query.depends(store, name, as_of=as_of) == \
                query.depends(store, name, graph=whole, as_of=as_of), name
        reached = {s.consumer for p in query.dependents(store, "Pell1 Corp", as_of=as_of)
                   .dependents for s in p.steps}
        assert reached == {"Pell2 Corp", "Pell3 Corp", "Pell4 Corp"}  # not yet Pell5..7
        bounded = store.dependency_facts(["supply"], as_of, subject_ids=[first])
        assert [(f.subject, f.object) for f in bounded] == [("Pell1 Corp", "Pell2 Corp")]
        assert len(store.dependency_facts(["supply"], subject_ids=[first])) == 1
        assert len(store.dependency_facts(["supply"])) == 6
