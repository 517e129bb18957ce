"""Change detection on snapshots built by hand: which change each new report makes, and how a
fact's own status (active, weakened, ended, disputed) is used when the store keeps one."""
from __future__ import annotations

from tieline.model import Evidence, Fact, RelationAttributes, SupplyAttributes
from tieline.store.base import WatchRecord
from tieline.watch.changes import Snapshot, detect, status_of

WATCH = WatchRecord("w", "Brightwater Labs", id=1)


def ev(doc: str, sentence: str, day: str, modality: str = "asserted") -> Evidence:
    return Evidence(doc, 0, len(sentence), sentence, "test", 0.7, modality, published=day,
                    title=f"title of {doc}", url=f"https://news.invalid/{doc}")


def partner(*evidence: Evidence, status: str | None = None, modality="asserted") -> Fact:
    fact = Fact("partner", "Brightwater Labs", "Ostrava Robotics", RelationAttributes(),
                modality, evidence=list(evidence), id=7)
    if status:
        fact.status = status  # as a store that keeps validity periods gives it
    return fact


def snap(*facts: Fact, shares=None, suppliers=None) -> Snapshot:
    return Snapshot("Brightwater Labs", list(facts),
                    {(e.document_id, e.start, e.end) for f in facts for e in f.evidence},
                    {f.identity: status_of(f) for f in facts},
                    {f.identity: f.modality for f in facts}, suppliers or {}, shares or {})


FIRST = ev("d1", "Brightwater Labs signed a partnership with Ostrava Robotics.", "2025-01-02")
AGAIN = ev("d2", "Brightwater Labs and Ostrava Robotics work together.", "2025-02-02")
ENDED = ev("d3", "Brightwater Labs ended its partnership with Ostrava Robotics.", "2025-03-02",
           "negated")


def test_a_new_tie_appears_with_its_evidence():
    [change] = detect(Snapshot(), snap(partner(FIRST)), WATCH)
    assert (change.change, change.before, change.after, change.date) == \
        ("tie_appeared", None, "active", "2025-01-02")
    assert change.evidence["sentence"] == FIRST.sentence
    assert change.evidence["url"] == "https://news.invalid/d1"
    assert change.summary == "new tie: Brightwater Labs partners with Ostrava Robotics"


def test_the_same_tie_reported_again_is_no_change():
    assert detect(snap(partner(FIRST)), snap(partner(FIRST, AGAIN)), WATCH) == []


def test_a_weakening_report_weakens_the_tie():
    [change] = detect(snap(partner(FIRST)),
                      snap(partner(FIRST, ENDED, modality="negated")), WATCH)
    assert (change.change, change.before, change.after) == ("tie_weakened", "active",
                                                            "weakened")
    assert change.evidence["sentence"] == ENDED.sentence


def test_a_status_the_store_keeps_is_used_as_is():
    before = snap(partner(FIRST, status="active"))
    [ended] = detect(before, snap(partner(FIRST, ENDED, status="ended")), WATCH)
    assert (ended.change, ended.before, ended.after) == ("tie_ended", "active", "ended")
    [disputed] = detect(before, snap(partner(FIRST, AGAIN, status="disputed")), WATCH)
    assert disputed.change == "tie_disputed" and disputed.evidence["document_id"] == "d2"
    [back] = detect(snap(partner(FIRST, ENDED, status="ended")),
                    snap(partner(FIRST, ENDED, AGAIN, status="active")), WATCH)
    assert back.change == "tie_resumed"


def test_a_change_id_is_stable_and_names_its_report():
    one = detect(Snapshot(), snap(partner(FIRST)), WATCH)[0].id
    assert one == detect(Snapshot(), snap(partner(FIRST)), WATCH)[0].id
    other = detect(Snapshot(), snap(partner(AGAIN)), WATCH)[0].id
    assert one != other


def test_a_new_supplier_and_a_concentration_crossing_the_threshold():
    chips = Fact("supply", "Quillon Systems", "Brightwater Labs", SupplyAttributes("chips"),
                 evidence=[ev("d4", "Quillon Systems supplies chips to Brightwater Labs.",
                              "2025-04-01")], id=9)
    after = snap(chips, suppliers={("chips", "Quillon Systems"): 9},
                 shares={"chips": ("Quillon Systems", 1.0)})
    found = {c.change: c for c in detect(Snapshot(), after, WATCH)}
    assert set(found) == {"new_supplier", "concentration"}  # not also a "new tie"
    assert found["new_supplier"].summary == \
        "Brightwater Labs now depends on Quillon Systems for chips"
    assert (found["concentration"].before, found["concentration"].after) == ("0.000", "1.000")
    # a second supplier halves the share: the need is no longer concentrated at 0.6
    second = Fact("supply", "Marlow Foundry", "Brightwater Labs", SupplyAttributes("chips"),
                  evidence=[ev("d5", "Marlow Foundry supplies chips to Brightwater Labs.",
                               "2025-05-01")], id=10)
    later = snap(chips, second, suppliers={("chips", "Quillon Systems"): 9,
                                           ("chips", "Marlow Foundry"): 10},
                 shares={"chips": ("Quillon Systems", 0.5)})
    found = {c.change: c for c in detect(after, later, WATCH, threshold=0.6)}
    assert set(found) == {"new_supplier", "concentration"}
    assert found["concentration"].summary.startswith("no longer concentrated chips supply")
    assert found["concentration"].evidence["document_id"] == "d5"


def test_an_entity_not_in_the_store_has_no_changes():
    assert detect(Snapshot(), Snapshot(), WATCH) == []
