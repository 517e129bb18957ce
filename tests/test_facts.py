"""Rules for facts that every store backend shares (tieline.facts), and Facts read back."""
from __future__ import annotations

import json

import pytest
from test_query_world import build_world

from tieline.errors import BadInput
from tieline.facts import Seen, check_window, fact_key, merge_report, vote_type
from tieline.model import Evidence, Fact, Money, Relation, SupplyAttributes, fact_of
from tieline.query import fact_rows, plain
from tieline.store import open_store


def test_fact_key_is_the_stored_identity_format():
    ev = Evidence("d1", 0, 10, "Zephyr Grid supplies chips to Quill Labs.", "test")
    supply = fact_of(Relation("supply", "Zephyr Grid Inc.'s", "Quill Labs", object="chips",
                              via="ZG-9", evidence=ev))
    # kind, folded ends, identifying attributes (supply: object; via does not split facts)
    assert fact_key(supply) == json.dumps(["supply", "zephyr grid inc", "quill labs", "chips"])
    partner_ab = fact_of(Relation("partner", "Quill Labs", "Zephyr Grid", evidence=ev))
    partner_ba = fact_of(Relation("partner", "Zephyr Grid", "Quill Labs", evidence=ev))
    assert fact_key(partner_ab) == fact_key(partner_ba)  # symmetric kinds sort their ends
    money = fact_of(Money("Quill Labs", "funding", 2e8, "USD", time="2025", evidence=ev))
    assert fact_key(money) == json.dumps(["money", "quill labs", "", "funding", "200000000.0",
                                          "usd", "2025"])


def test_type_votes_take_the_most_voted_type_and_break_ties_whatever_the_order():
    votes, winner = vote_type({}, "PRODUCT")
    assert winner == "PRODUCT"
    votes, winner = vote_type(votes, "ORG")
    assert winner == "ORG" and votes == {"PRODUCT": 1, "ORG": 1}  # a tie: ORG before PRODUCT
    _, other_order = vote_type({"ORG": 1}, "PRODUCT")
    assert other_order == "ORG"
    votes, winner = vote_type({"ORG": 1, "PRODUCT": 1}, "PRODUCT")
    assert winner == "PRODUCT"


def test_the_newest_report_decides_the_modality():
    stored = Seen("2024-01-01", "2024-06-01", "asserted")
    older = merge_report(stored, "2023-05-01", "negated")
    assert older == Seen("2023-05-01", "2024-06-01", "asserted")
    newer = merge_report(stored, "2024-09-01", "hedged")
    assert newer == Seen("2024-01-01", "2024-09-01", "hedged")
    same_day = merge_report(stored, "2024-06-01", "negated")
    assert same_day.modality == "negated"


def test_windows_compare_on_their_own_precision():
    assert check_window("2024", "2024") == ("2024", "2024")
    assert check_window("2024-06", "2024") == ("2024-06", "2024")
    with pytest.raises(BadInput, match="after --until"):
        check_window("2024-07", "2024-06-30")


def test_facts_read_back_are_typed_and_round_trip_as_json(tmp_path):
    db = build_world(tmp_path / "w.db")
    with open_store(db, read_only=True) as store:
        facts = fact_rows(store)
    supply = next(f for f in facts if f.kind == "supply" and f.attribute("via") == "Azure")
    assert isinstance(supply.attributes, SupplyAttributes)
    assert supply.subject_type == "ORG" and supply.id and supply.first_seen
    assert all(ev.source and ev.published for ev in supply.evidence)  # document fields filled
    data = json.loads(json.dumps(plain(facts)))
    assert [Fact.from_dict(d) for d in data] == facts


def test_fact_filters_and_paging(tmp_path):
    db = build_world(tmp_path / "w.db")
    with open_store(db, read_only=True) as store:
        everything = fact_rows(store)
        pages = [fact_rows(store, limit=5, offset=n) for n in range(0, len(everything), 5)]
        assert [f.id for page in pages for f in page] == [f.id for f in everything]
        negated = fact_rows(store, modality="negated")
        assert negated and all(f.modality == "negated" for f in negated)
        # the world's evidence is all at confidence 0.5
        assert len(fact_rows(store, min_confidence=0.5)) == len(everything)
        assert fact_rows(store, min_confidence=0.6) == []
        windowed = fact_rows(store, since="2024", until="2024-10", limit=2, offset=1)
        assert [f.id for f in windowed] == [f.id for f in fact_rows(
            store, since="2024", until="2024-10")][1:3]
        pair = fact_rows(store, between=("Microsoft", "Helix"))
        assert pair and all({f.subject, f.object} == {"Microsoft", "Helix Labs"} for f in pair)


def test_the_sqlite_backend_implements_the_store_interface(tmp_path):
    from tieline.store import StoreInterface

    with open_store(build_world(tmp_path / "w.db"), read_only=True) as store:
        assert isinstance(store, StoreInterface)
