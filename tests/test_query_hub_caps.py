"""The web API's reads stay bounded on hubs too: a page counts the facts it holds back below
the confidence floor among an entity's newest facts only (a capped count, said as "N+"), and
the graph view and exports read the newest ties of each entity within a budget and say what
they cut. Caps are set low through settings so the hubs stay small. On both backends."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tieline import query
from tieline.query.confidence import Confident
from tieline.store import FactFilter, open_store
from tieline.web import create_app
from tieline.web.neighbourhood import neighbourhood

from test_query_scale import HUB, hub_store, report



def low_facts(store, entity_id) -> set[int]:
    """Every fact of the entity below 0.5, read whole (what an uncapped count counts)."""
    every = Confident(store, 0.5, hide=False).facts(FactFilter(entity_id=entity_id))
    return {f.id for f in every if f.confidence < 0.5}


def test_a_page_counts_held_back_facts_among_the_newest_only(store_url):
    with hub_store(store_url, 12, confidence=lambda i: 0.9 if i % 2 else 0.3) as store:
        hub = store.entity(HUB).id
        whole = Confident(store, 0.5, cap=100)
        page = whole.facts(FactFilter(entity_id=hub, limit=2))
        assert whole.held_back == 6 and not whole.held_back_capped
        assert whole.low == low_facts(store, hub)
        capped = Confident(store, 0.5, cap=4)  # the newest 4 reports: 11, 10, 9, 8
        assert [f.id for f in capped.facts(FactFilter(entity_id=hub, limit=2))] == \
            [f.id for f in page]
        assert capped.held_back == 2 and capped.held_back_capped
        shown = Confident(store, 0.5, hide=False, cap=4)
        assert len(shown.facts(FactFilter(entity_id=hub, limit=3))) == 3
        assert shown.below_count == 2 and not shown.held_back_capped  # nothing held back
        small = Confident(store, 0.5, cap=4)  # a partner's one fact: all of it counted
        partner = store.entity("Partner10 Ltd").id
        assert small.facts(FactFilter(entity_id=partner, limit=5)) == []
        assert small.held_back == 1 and not small.held_back_capped


def test_a_hub_of_low_facts_is_paged_from_its_newest_facts_only(store_url):
    with hub_store(store_url, 10, confidence=lambda i: 0.3 if i >= 4 else 0.9) as store:
        hub = store.entity(HUB).id
        full = Confident(store, 0.5, cap=10).facts(FactFilter(entity_id=hub, limit=2))
        assert [f.object for f in full] == ["Partner03 Ltd", "Partner02 Ltd"]
        view = Confident(store, 0.5, cap=3)  # the newest 3 are all below the floor
        assert view.facts(FactFilter(entity_id=hub, limit=2)) == []
        assert view.held_back == 3 and view.held_back_capped
        wider = Confident(store, 0.5, cap=8)  # 6 low and 2 shown among the newest 8
        assert [f.id for f in wider.facts(FactFilter(entity_id=hub, limit=2))] == \
            [f.id for f in full]
        assert wider.held_back == 6 and wider.held_back_capped


def test_the_api_and_pages_say_a_capped_count_with_a_plus(tmp_path, monkeypatch):
    db = str(tmp_path / "capped.db")
    hub_store(db, 8, confidence=lambda i: 0.9 if i % 2 else 0.3).close()
    monkeypatch.setenv("TIELINE_HELD_BACK_CAP", "4")
    with TestClient(create_app(db)) as client:
        held = client.get("/api/facts", params={"entity": HUB, "limit": 2}).json()
        rel = client.get("/api/relationship", params={"a": HUB, "b": "Partner07 Ltd"}).json()
        page = client.get("/relationship", params={"a": HUB, "b": "Partner07 Ltd"}).text
    assert held["held_back"] == 2 and held["held_back_capped"] is True
    assert [f["object"] for f in held["facts"]] == ["Partner07 Ltd", "Partner05 Ltd"]
    assert rel["held_back"] == 2 and rel["held_back_capped"] is True
    assert "2+ facts below min_confidence held back" in page
    monkeypatch.setenv("TIELINE_HELD_BACK_CAP", "1000")
    with TestClient(create_app(db)) as client:
        whole = client.get("/api/facts", params={"entity": HUB, "limit": 2}).json()
    assert whole["held_back"] == 4 and whole["held_back_capped"] is False


def test_the_neighbourhood_of_a_hub_shows_its_newest_ties_and_says_so(store_url, monkeypatch):
    with hub_store(store_url, 8) as store:
        whole = neighbourhood(Confident(store, 0.5), HUB)
        assert len(whole.edges) == 8 and whole.notes == [] and not whole.truncated
        monkeypatch.setenv("TIELINE_NEIGHBOURHOOD_FANOUT", "3")
        cut = neighbourhood(Confident(store, 0.5), HUB)
        assert [e.target for e in cut.edges] == ["Partner07 Ltd", "Partner06 Ltd",
                                                  "Partner05 Ltd"]
        assert cut.truncated
        assert cut.notes == [f"showing the newest 3 ties of {HUB} per side, of 8"]
        small = neighbourhood(Confident(store, 0.5), "Partner00 Ltd")
        assert len(small.edges) == 1 and small.notes == [] and not small.truncated
        two = neighbourhood(Confident(store, 0.5), "Partner00 Ltd", depth=2)
        assert len(two.edges) == 4 and two.truncated  # its tie, and the hub's newest 3
        assert two.notes == ["ties of 1 other entity limited to their newest 3 per side"]


def test_a_neighbourhood_stops_following_entities_at_its_budget(store_url, monkeypatch):
    with open_store(store_url, create=True) as store:
        names = [f"Link{i} Corp" for i in range(6)]
        store.save([report(i, [("partner", a, b, None)])
                    for i, (a, b) in enumerate(zip(names, names[1:]))])
        whole = neighbourhood(store, names[0], depth=5)
        assert len(whole.edges) == 5 and whole.notes == []
        monkeypatch.setenv("TIELINE_NEIGHBOURHOOD_FANOUT", "1")
        monkeypatch.setenv("TIELINE_NEIGHBOURHOOD_BUDGET", "2")
        cut = neighbourhood(store, names[0], depth=5)
        assert len(cut.edges) == 2 and cut.truncated
        assert cut.notes == ["1 entity reached but not followed"]


def test_a_bounded_read_around_a_small_entity_is_the_whole_read(store_url):
    with hub_store(store_url, 6) as store:
        store.save([report(20 + i, [("supply", f"Partner{i:02d} Ltd", "Kestrel Foundry",
                                     "chips")]) for i in range(3)])
        for name in ("Partner00 Ltd", "Kestrel Foundry", HUB):
            me = store.entity(name).id
            for depth in (1, 2, 3):
                every = store.fact_ids_around(me, depth)
                bounded = store.fact_ids_around(me, depth, per_node=100, budget=1000)
                assert bounded.ids == every.ids and not bounded.cut


@pytest.mark.parametrize("fmt", ["csv", "graphml"])
def test_an_export_around_a_hub_is_cut_and_says_so(store_url, monkeypatch, fmt):
    with hub_store(store_url, 6) as store:
        monkeypatch.setenv("TIELINE_NEIGHBOURHOOD_FANOUT", "2")
        notes: list[str] = []
        text = query.export(store, fmt, entity=HUB, notes=notes)
        assert notes == [f"showing the newest 2 ties of {HUB} per side, of 6"]
        assert "Partner05 Ltd" in text and "Partner04 Ltd" in text
        assert "Partner03 Ltd" not in text
