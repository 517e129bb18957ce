"""What-if scenarios: the phrasing grammar, cut ties, hedges and downstream exposure."""
from __future__ import annotations

import pytest
from test_query_world import S, build_world

from tieline.query import EntityNotFound, ScenarioError, fact_rows, parse_scenario, whatif
from tieline.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_world(tmp_path_factory.mktemp("world") / "world.db")
    with open_store(db, read_only=True) as opened:
        yield opened


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Helix Labs ends Microsoft's access", "ends_access", "Helix Labs", "Microsoft"),
    ("helix ends Microsoft’s access to its models.", "ends_access", "Helix Labs", "Microsoft"),
    ("Helix Labs revokes access for Microsoft", "ends_access", "Helix Labs", "Microsoft"),
    ("Northwind Cells cuts off Voltra Motors", "ends_access", "Northwind Cells", "Voltra Motors"),
    ("Northwind Cells cuts Voltra off", "ends_access", "Northwind Cells", "Voltra Motors"),
    ("Northwind Cells stops supplying Voltra", "ends_access", "Northwind Cells", "Voltra Motors"),
    ("Microsoft terminates its partnership with Helix", "ends_access", "Microsoft", "Helix Labs"),
    ("Microsoft loses access to Helix Labs", "ends_access", "Helix Labs", "Microsoft"),
    ("Lumen Lithium fails", "fails", "Lumen Lithium", None),
    ("Oracle goes bankrupt", "fails", "Oracle", None),
])
def test_grammar_reads_common_phrasings(store, text, kind, actor, target):
    plan = parse_scenario(store, text)
    assert (plan.kind, plan.actor, plan.target) == (kind, actor, target)


def test_unreadable_scenarios_and_unknown_names(store):
    with pytest.raises(ScenarioError, match="try phrasings like"):
        parse_scenario(store, "what about Helix Labs")
    with pytest.raises(EntityNotFound) as info:
        parse_scenario(store, "Helix Lab ends Microsoft's access")
    assert info.value.suggestions == ["Helix Labs"]
    with pytest.raises(ScenarioError):
        whatif(store, "Oracle fails", supplier_fails="Oracle")


def test_ending_access_hits_the_product_and_its_owner_and_knows_the_hedge(store):
    w = whatif(store, "Helix Labs ends Microsoft's access")
    [loss] = w.direct
    assert (loss.entity, loss.loses, loss.provider) == ("Copilot 365", "models", "Helix Labs")
    assert loss.step.evidence[0].sentence in (S["copilot"], S["copilot2"])
    assert loss.hedges.alternative_suppliers == []
    # Phi-3.5 is Microsoft's own; Azure is known to serve compute, so it is no hedge for models
    own = loss.hedges.own_products
    assert [(h.product, h.owner) for h in own] == [("Phi-3.5", "Microsoft")]
    assert own[0].ownership.evidence[0].sentence == S["phi"]
    [exposed] = w.downstream
    assert (exposed.entity, exposed.exposure) == ("Microsoft", "owns")
    assert exposed.path_text == "Microsoft → Copilot 365 (own product) → Helix Labs models"


def test_failing_supplier_lists_alternatives(store):
    w = whatif(store, supplier_fails="Microsoft")
    losses = {(x.entity, x.loses): x for x in w.direct}
    assert set(losses) == {("Helix Labs", "compute"), ("Helix Labs", "funding")}
    compute = losses[("Helix Labs", "compute")]
    assert compute.via == "Azure"
    assert [h.provider for h in compute.hedges.alternative_suppliers] == ["Oracle"]
    assert compute.hedges.alternative_suppliers[0].evidence[0].sentence == S["oracle"]
    assert losses[("Helix Labs", "funding")].hedges.alternative_suppliers == []
    # the negated cloud tie is not live, so nothing loses it
    assert all(x.loses != "cloud" for x in w.direct)


def test_failure_propagates_along_a_supply_chain(store):
    w = whatif(store, "Lumen Lithium fails")
    assert [(x.entity, x.loses) for x in w.direct] == [("Northwind Cells", "other")]
    downstream = {x.entity: x for x in w.downstream}
    assert set(downstream) == {"Voltra Motors", "Voltra S"}
    assert downstream["Voltra Motors"].path_text == (
        "Voltra Motors → Northwind Cells other → Lumen Lithium other")
    cut = whatif(store, "Northwind Cells stops supplying Voltra Motors")
    voltra = next(x for x in cut.direct if x.entity == "Voltra Motors")
    assert [h.provider for h in voltra.hedges.alternative_suppliers] == ["Cobalt Ridge"]
    assert voltra.hedges.own_products == []  # Voltra S loses too: it cannot stand in


def test_clause_names_holder_trigger_and_decider(store):
    [clause] = fact_rows(store, kind="clause", entity="Helix Labs")
    w = whatif(store, clause=clause.id)
    s = w.scenario
    assert (s.actor, s.target) == ("Helix Labs", "Microsoft")
    assert (s.clause.attributes.trigger, s.clause.attributes.decider) == ("AGI", "Helix Labs")
    assert "if AGI" in s.text and "decided by Helix Labs" in s.text
    assert s.clause.evidence[0].sentence == S["clause"]
    assert [(x.entity, x.loses) for x in w.direct] == [("Copilot 365", "models")]
    with pytest.raises(ScenarioError, match="no clause"):
        whatif(store, clause=99999)
    [exclusive] = fact_rows(store, kind="clause", entity="Cobalt Ridge")
    w = whatif(store, clause=exclusive.id)
    assert w.direct == [] and "does not cut access" in w.notes[0]


def test_scenario_that_cuts_nothing_says_so(store):
    w = whatif(store, "Oracle cuts off Voltra Motors")
    assert w.direct == [] and w.downstream == []
    assert w.notes == ["the graph knows no live dependency this scenario cuts"]
