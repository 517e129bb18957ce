"""Relationship timelines, entity lookup and fact listing through the Python API."""
from __future__ import annotations

import pytest
from test_query_world import S, build_world

from tieline.errors import BadInput
from tieline.query import (EntityNotFound, entity_summary, fact_rows, find_entity,
                           list_entities, relationship, stats)
from tieline.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_world(tmp_path_factory.mktemp("world") / "world.db")
    with open_store(db, read_only=True) as opened:
        yield opened


def test_names_and_aliases_resolve_and_near_misses_get_suggestions(store):
    assert find_entity(store, "helix").name == "Helix Labs"
    assert find_entity(store, "Microsoft Corp.").name == "Microsoft"
    with pytest.raises(EntityNotFound) as info:
        find_entity(store, "HelixLabs Inc")
    assert "Helix Labs" in info.value.suggestions
    with pytest.raises(EntityNotFound) as info:
        find_entity(store, "Helix Lab")
    assert str(info.value).startswith("no entity 'Helix Lab'; did you mean 'Helix Labs'")


def test_relationship_groups_by_type_in_first_seen_order_and_lists_newest_first(store):
    r = relationship(store, "Microsoft", "Helix")
    assert (r.a, r.b) == ("Microsoft", "Helix Labs")
    kinds = [g.kind for g in r.groups]
    assert kinds == ["partner", "supply", "use", "invest", "clause"]
    by_id = {f.id: f for f in r.facts}
    supply = [by_id[i] for i in r.groups[1].fact_ids]
    assert [f.attributes.object for f in supply] == ["compute", "cloud"]
    assert [f.first_seen for f in supply] == sorted(f.first_seen for f in supply)
    last_seen = [f.last_seen for f in r.facts]
    assert last_seen == sorted(last_seen, reverse=True)
    for fact in r.facts:  # every fact carries its evidence and where it came from
        assert fact.evidence and all(ev.sentence and ev.source for ev in fact.evidence)
        assert fact.kind and fact.modality and fact.first_seen and fact.last_seen
    assert all(ev.sentence != S["oracle"] for f in r.facts for ev in f.evidence)


def test_relationship_reports_appearance_weakening_and_modality_shift(store):
    changes = relationship(store, "Helix Labs", "Microsoft").changes
    dates = [c.date for c in changes]
    assert dates == sorted(dates)
    seen = {(c.change, c.kind, c.sentence) for c in changes}
    assert ("appeared", "partner", S["partner"]) in seen
    assert ("weakening", "supply", S["cloud"]) in seen  # negated: "no longer uses ..."
    shift = [c for c in changes if c.change == "modality_shift"]
    assert [(c.from_modality, c.modality, c.sentence) for c in shift] == [
        ("asserted", "hedged", S["copilot2"])]
    # asserted, then reported: both state the tie, so the second report is no change
    assert not [c for c in changes if c.sentence == S["azure2"]]
    # a third-party fact whose sentence says Helix is now less dependent on Microsoft
    context = [c for c in changes if c.context]
    assert [(c.sentence, c.change) for c in context] == [(S["oracle"], "weakening")]
    r = relationship(store, "Helix Labs", "Microsoft")
    negated = next(f for f in r.facts if f.modality == "negated")
    assert r.status[negated.id] == "weakening"


def test_relationship_window_keeps_only_evidence_inside_it(store):
    r = relationship(store, "Microsoft", "Helix Labs", since="2024", until="2024-10")
    sentences = {ev.sentence for f in r.facts for ev in f.evidence}
    assert sentences == {S["clause"], S["cloud"]}
    assert all("2024-01" <= c.date <= "2024-10-31" for c in r.changes)
    later = relationship(store, "Microsoft", "Helix Labs", since="2024-11")
    # the partnership predates the window: its 2024 report is not an appearance
    assert not [c for c in later.changes if c.kind == "partner"]
    with pytest.raises(BadInput):
        relationship(store, "Microsoft", "Helix Labs", since="last week")


def test_relationship_between_unrelated_entities_is_empty(store):
    r = relationship(store, "Oracle", "Voltra Motors")
    assert r.facts == [] and r.groups == [] and r.changes == []


def test_fact_listing_filters_by_kind_and_entity(store):
    sues = fact_rows(store, kind="sue")
    assert [(f.subject, f.object) for f in sues] == [("Voltra Motors", "Northwind Cells")]
    voltra = fact_rows(store, entity="Voltra")
    assert {f.kind for f in voltra} == {"supply", "use", "develop", "sue", "compete",
                                           "clause"}
    assert len(fact_rows(store, limit=3)) == 3


def test_entities_listing_and_stats(store):
    orgs = list_entities(store, type_="org")
    assert orgs[0].name == "Helix Labs" and all(e.type == "ORG" for e in orgs)
    assert [e.name for e in list_entities(store, limit=2)] == ["Helix Labs", "Microsoft"]
    counts = stats(store)
    assert counts.documents == 7 and counts.facts == 21
    assert counts.facts_by_kind["supply"] == 6
    assert counts.published_from == "2019-07-22"


def test_entity_profile(store):
    p = entity_summary(store, "Microsoft Corp.")
    assert p.name == "Microsoft" and p.aliases == ["Microsoft Corp."]
    assert {x.name for x in p.products} == {"Azure", "Copilot 365", "Phi-3.5"}
    assert [(d.need, d.other, d.consumer) for d in p.depends_on] == [
        ("models", "Helix Labs", "Copilot 365")]
    dependents = {(d.need, d.other, d.status) for d in p.dependents}
    assert dependents == {("compute", "Helix Labs", "active"), ("funding", "Helix Labs", "active"),
                          ("cloud", "Helix Labs", "weakening")}
    assert [m.attributes.amount for m in p.money] == [1e9]
    assert [(c.role, c.fact.subject) for c in p.clauses] == [("subject to", "Helix Labs")]
    assert p.ties["partners"][0].other == "Helix Labs"
    helix = entity_summary(store, "Helix Labs")
    assert [q.subject for q in helix.quotes_about] == ["Satya Nadella"]
    assert {d.other for d in helix.depends_on if d.need == "compute"} == {
        "Microsoft", "Oracle"}
    voltra = entity_summary(store, "Voltra Motors")
    assert [x.other for x in voltra.ties["lawsuits"]] == ["Northwind Cells"]
    assert [x.other for x in voltra.ties["rivals"]] == ["Cobalt Ridge"]
    assert [(c.role, c.fact.attributes.action) for c in voltra.clauses] == [
        ("subject to", "exclusivity")]
    assert entity_summary(store, "Copilot 365").maker == ["Microsoft"]
