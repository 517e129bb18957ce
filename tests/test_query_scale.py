"""Queries stay bounded on hubs: an entity or a pair shows its newest facts per kind and says
how many more there are, pages are read in index order and equal slices of the whole list,
the confidence floor is applied in the store, and dependency reads follow a limited number of
ties per entity and say which they cut. On both backends."""
from __future__ import annotations

from tieline import query
from tieline.model import Document, Entity, Evidence, Extraction, Relation
from tieline.query.confidence import Confident
from tieline.settings import Settings
from tieline.store import FactFilter, open_store

HUB = "Quillon Networks"
# the modules (tieline.query exports functions of the same names)
PER_KIND = Settings.load().facts_per_kind
FANOUT = Settings.load().graph_fanout


def report(day: int, relations: list[tuple[str, str, str, str | None]],
           confidence: float = 0.9) -> Extraction:
    """One dated article stating some (type, head, tail, object) ties."""
    text = f"Quillon trade bulletin number {day} on supply and partnership news."
    published = f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}"
    doc = Document(text=text, source=f"bulletin-{day}.txt", published=published,
                   language="en")
    ev = Evidence(doc.id, 0, len(text), text, "test:rule", confidence)
    names = {n for _, head, tail, _ in relations for n in (head, tail)}
    return Extraction(document=doc, entities=[Entity(n, "ORG") for n in sorted(names)],
                      relations=[Relation(t, head, tail, obj, evidence=ev)
                                 for t, head, tail, obj in relations],
                      mention_counts={n: 1 for n in names})


def hub_store(url: str, partners: int, confidence=lambda i: 0.9):
    """A hub with `partners` partners (one dated report each, the later ones newer)."""
    store = open_store(url, create=True)
    store.save([report(i, [("partner", HUB, f"Partner{i:02d} Ltd", None)], confidence(i))
                for i in range(partners)])
    return store


def test_an_entity_shows_its_newest_facts_per_kind_and_counts_the_rest(store_url):
    with hub_store(store_url, PER_KIND + 4) as store:
        profile = query.entity_summary(store, HUB)
        shown = [t.other for t in profile.ties["partners"]]
        newest = [f"Partner{i:02d} Ltd" for i in range(PER_KIND + 3, 3, -1)]
        assert shown == newest
        assert profile.more == {"partner": 4}
        assert any("4 more" in note for note in profile.notes)
        small = query.entity_summary(store, "Partner00 Ltd")
        assert small.more == {} and small.notes == []


def test_a_relationship_groups_the_newest_facts_per_kind_with_how_many_more(store_url,
                                                                               monkeypatch):
    with open_store(store_url, create=True) as store:
        store.save([report(i, [("supply", "Kestrel Foundry", HUB, need)])
                    for i, need in enumerate(("chips", "compute", "software"))])
        monkeypatch.setenv("TIELINE_FACTS_PER_KIND", "1")
        r = query.relationship(store, HUB, "Kestrel Foundry")
        assert [(g.kind, len(g.fact_ids), g.more) for g in r.groups] == [("supply", 1, 2)]
        assert r.facts[0].attribute("object") == "software"  # the newest report
        monkeypatch.setenv("TIELINE_FACTS_PER_KIND", "5")
        whole = query.relationship(store, HUB, "Kestrel Foundry")
        assert [(g.kind, len(g.fact_ids), g.more) for g in whole.groups] == [("supply", 3, 0)]
        assert whole.notes == []


def test_pages_of_a_hub_are_slices_of_its_whole_list(store_url):
    with hub_store(store_url, 12) as store:
        store.save([report(40, [("supply", "Kestrel Foundry", HUB, "chips")])])
        every = [f.id for f in query.fact_rows(store, entity=HUB)]
        assert len(every) == 13
        for offset in (0, 5, 10):
            page = query.fact_rows(store, entity=HUB, limit=5, offset=offset)
            assert [f.id for f in page] == every[offset:offset + 5]
        hub = store.entity(HUB).id
        assert store.count_facts(FactFilter(entity_id=hub)) == 13
        assert store.kind_counts(FactFilter(entity_id=hub), cap=100) == {"partner": 12,
                                                                         "supply": 1}
        assert store.kind_counts(FactFilter(entity_id=hub), cap=5) == {"partner": 5,
                                                                       "supply": 1}


def test_a_minimum_confidence_is_applied_before_paging(store_url):
    with hub_store(store_url, 10, confidence=lambda i: 0.9 if i % 2 else 0.3) as store:
        confident = [f.id for f in query.fact_rows(store, entity=HUB) if f.confidence >= 0.5]
        page = query.fact_rows(store, entity=HUB, min_confidence=0.5, limit=3, offset=1)
        assert [f.id for f in page] == confident[1:4]
        assert all(ev.confidence >= 0.5 for f in page for ev in f.evidence)


def test_a_confident_view_pages_in_the_store_and_counts_what_it_held_back(store_url):
    with hub_store(store_url, 10, confidence=lambda i: 0.9 if i % 2 else 0.3) as store:
        hub = store.entity(HUB).id
        everything = Confident(store, 0.5).facts(FactFilter(entity_id=hub))
        view = Confident(store, 0.5)
        page = view.facts(FactFilter(entity_id=hub, limit=3))
        assert [f.id for f in page] == [f.id for f in everything[:3]]
        assert view.held_back == 5 and view.below_count == 5
        again = view.facts(FactFilter(entity_id=hub, limit=3, offset=3))  # counted once
        assert [f.id for f in again] == [f.id for f in everything[3:6]]
        assert view.held_back == 5
        shown = Confident(store, 0.5, hide=False)
        assert len(shown.facts(FactFilter(entity_id=hub, limit=10))) == 10
        assert shown.held_back == 0 and shown.below_count == 5


def test_a_hub_supplier_is_followed_through_its_newest_ties_and_the_cut_is_said(store_url):
    consumers = FANOUT + 3
    with open_store(store_url, create=True) as store:
        store.save([report(i, [("supply", HUB, f"Buyer{i:02d} Inc", "chips")])
                    for i in range(consumers)])
        result = query.whatif(store, f"{HUB} fails")
        assert len(result.direct) == FANOUT
        assert {loss.entity for loss in result.direct} == \
            {f"Buyer{i:02d} Inc" for i in range(3, consumers)}  # the newest
        assert any(HUB in note and f"{FANOUT} newest" in note for note in result.notes)
        deps = query.dependents(store, HUB, max_depth=1)
        assert len(deps.dependents) == FANOUT and deps.truncated
        assert deps.notes and HUB in deps.notes[0]
        one = query.depends(store, "Buyer00 Inc")  # a small entity: nothing cut
        assert [p.entity for p in one.dependencies] == [HUB]
        assert not one.truncated and one.notes == []


def test_a_larger_fanout_setting_gives_a_hub_its_whole_answer(store_url, monkeypatch):
    consumers = FANOUT + 3
    monkeypatch.setenv("TIELINE_GRAPH_FANOUT", str(consumers + 1))  # room to see the end
    with open_store(store_url, create=True) as store:
        store.save([report(i, [("supply", HUB, f"Buyer{i:02d} Inc", "chips")])
                    for i in range(consumers)])
        result = query.whatif(store, f"{HUB} fails")
        assert len(result.direct) == consumers and result.notes == []


def test_a_read_that_reaches_its_budget_says_how_many_it_left_unexplored(store_url,
                                                                         monkeypatch):
    with open_store(store_url, create=True) as store:
        names = [f"Link{i} Corp" for i in range(8)]
        store.save([report(i, [("supply", a, b, "chips")])
                    for i, (a, b) in enumerate(zip(names, names[1:]))])
        whole = query.depends(store, names[-1], max_depth=7)
        assert len(whole.dependencies) == 7 and whole.notes == []
        monkeypatch.setenv("TIELINE_GRAPH_FACT_BUDGET", "2")
        cut = query.depends(store, names[-1], max_depth=7)
        assert 0 < len(cut.dependencies) < 7 and cut.truncated
        assert any("not expanded" in note for note in cut.notes)


def test_the_api_holds_back_facts_below_the_floor_as_the_cli_does(tmp_path):
    from fastapi.testclient import TestClient

    from tieline.web import create_app

    db = str(tmp_path / "floor.db")
    hub_store(db, 6, confidence=lambda i: 0.9 if i % 2 else 0.3).close()
    with TestClient(create_app(db)) as client:
        held = client.get("/api/facts", params={"entity": HUB, "limit": 50}).json()
        shown = client.get("/api/facts", params={"entity": HUB, "limit": 50,
                                                 "all": "true"}).json()
        profile = client.get(f"/api/entities/{HUB}").json()
        page = client.get(f"/entity/{HUB}").text
    assert len(held["facts"]) == 3 and len(shown["facts"]) == 6
    assert held["held_back"] == 3 and shown["held_back"] == 0
    assert all(f["confidence"] >= 0.5 for f in held["facts"])
    assert profile["held_back"] == 3 and len(profile["ties"]["partners"]) == 3
    assert "3 facts below min_confidence held back" in page
