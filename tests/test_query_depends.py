"""Dependencies, dependents and concentration through the Python API."""
from __future__ import annotations

import pytest
from test_query_world import S, build_world

from tieline.query import EntityNotFound, dependents, depends
from tieline.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_world(tmp_path_factory.mktemp("world") / "world.db")
    with open_store(db, read_only=True) as opened:
        yield opened


def paths(result, key: str = "dependencies") -> list[str]:
    return [row.path_text for row in getattr(result, key)]


def test_a_product_depends_transitively_through_the_models_it_uses(store):
    d = depends(store, "Copilot 365")
    assert paths(d)[0] == "Copilot 365 → Helix Labs models"
    assert "Copilot 365 → Helix Labs models → Azure compute" in paths(d)
    assert "Copilot 365 → Helix Labs models → Oracle compute" in paths(d)
    azure = next(r for r in d.dependencies if r.path_text.endswith("Azure compute"))
    assert (azure.entity, azure.need, azure.via, azure.depth) == (
        "Microsoft", "compute", "Azure", 2)
    # each step carries the fact and its evidence
    assert [s.kind for s in azure.steps] == ["use", "supply"]
    assert azure.steps[1].evidence[0].sentence in (S["azure"], S["azure2"])
    assert azure.steps[1].evidence_count == 2
    assert azure.modality == "hedged"  # the weakest link: the use is only hedged now


def test_an_organization_depends_through_its_own_products(store):
    d = depends(store, "Microsoft")
    assert paths(d) == ["Microsoft → Copilot 365 (own product) → Helix Labs models",
                        "Microsoft → Copilot 365 (own product) → Helix Labs models → "
                        "Oracle compute"]
    assert d.dependencies[0].depth == 1


def test_need_filter_and_concentration(store):
    d = depends(store, "Helix Labs", on="compute")
    assert paths(d) == ["Helix Labs → Azure compute", "Helix Labs → Oracle compute"]
    [compute] = d.concentration
    # Microsoft's compute supply is reported by two articles, Oracle's by one
    assert [(s.name, s.documents) for s in compute.suppliers] == [("Microsoft", 2),
                                                                   ("Oracle", 1)]
    assert (compute.largest, compute.share) == ("Microsoft", pytest.approx(2 / 3, 0.01))
    everything = depends(store, "Helix Labs")
    assert {c.need for c in everything.concentration} == {"compute", "funding"}


def test_negated_ties_are_weakening_not_dependencies(store):
    d = depends(store, "Helix Labs")
    assert all(r.need != "cloud" for r in d.dependencies)
    assert [(w.provider, w.need, w.modality) for w in d.weakening] == [
        ("Microsoft", "cloud", "negated")]
    assert d.weakening[0].evidence[0].sentence == S["cloud"]


def test_dependents_direct_and_transitive(store):
    d = dependents(store, "Helix Labs")
    assert paths(d, "dependents") == [
        "Copilot 365 → Helix Labs models",
        "Microsoft → Copilot 365 (own product) → Helix Labs models"]
    chain = paths(dependents(store, "Lumen Lithium"), "dependents")
    assert "Voltra Motors → Northwind Cells other → Lumen Lithium other" in chain
    assert "Voltra S → Northwind Cells other → Lumen Lithium other" in chain
    assert dependents(store, "Lumen Lithium", max_depth=1).dependents[0].entity == \
        "Northwind Cells"
    assert len(paths(dependents(store, "Lumen Lithium", max_depth=1), "dependents")) == 1


def test_unknown_entity(store):
    with pytest.raises(EntityNotFound):
        depends(store, "Globex")
