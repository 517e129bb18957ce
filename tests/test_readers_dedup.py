"""Exact and near-duplicate detection on lightly edited copies of one wire story."""
from __future__ import annotations

import pytest

from tieline.model import Document
from tieline.readers import Deduplicator, ReaderOptions

WIRE_STORY = """Alder Bank agreed on Monday to buy Brightline Credit for $90 million in cash, the \
bank's first purchase in more than a decade and its biggest bet yet on lending to farmers.

Brightline, founded twelve years ago by two former agricultural economists, lends to small and \
medium farms across the northern provinces and has about forty thousand customers. It will keep \
its name, its offices and its staff of three hundred, Alder said in a statement.

Alder's chief executive, Marta Lindqvist, said the purchase would let the bank offer seasonal \
credit lines that its own branches have struggled to sell. "Farmers told us they wanted a lender \
who understands harvest cycles," she said. "Brightline has spent a decade earning that trust."

The deal still needs the approval of the national banking regulator, which is expected before \
the end of the summer. Shares in Alder rose three percent in early trading after the \
announcement, while the wider banking index was flat.

Analysts said the price looked modest. Brightline's loan book has grown by a fifth in each of the \
past three years, and its default rate has stayed below the industry average even through two \
poor harvests."""

OTHER_STORY = """Pinecrest Systems will build a data center outside Columbus, Ohio, to serve its \
new contract with Harbor Analytics, the company said on Thursday. The site will draw power from a \
nearby wind farm and is due to open in the spring of next year, employing around two hundred \
people. Pinecrest did not say how much the building would cost, but local officials put the \
figure at several hundred million dollars, and the state has offered tax breaks for ten years."""


def outlet_copy(text: str, outlet: str) -> str:
    """What a second outlet prints: its own dateline, a few words changed, its own tagline."""
    edited = (text.replace("agreed on Monday", "agreed Monday")
                  .replace("about forty thousand", "roughly forty thousand")
                  .replace("rose three percent", "climbed 3%"))
    return f"STOCKHOLM ({outlet}) - {edited}\n\nReporting for {outlet} by staff."


def doc(text: str, source: str) -> Document:
    return Document(text=text, source=source)


def test_lightly_edited_copies_are_near_duplicates_of_the_first():
    dedup = Deduplicator(threshold=0.8)
    original = doc(WIRE_STORY, "wire.txt")
    assert dedup.check(original).status == "new"
    for outlet in ("Daily Ledger", "Farm Post", "North Times"):
        verdict = dedup.check(doc(outlet_copy(WIRE_STORY, outlet), f"{outlet}.txt"))
        assert (verdict.status, verdict.of) == ("near", original.id)
        assert 0.8 <= verdict.similarity < 1.0
    assert dedup.check(doc(OTHER_STORY, "other.txt")).status == "new"
    assert len(dedup) == 2


def test_exact_duplicates_ignore_spacing_case_and_punctuation():
    dedup = Deduplicator()
    original = doc(WIRE_STORY, "a.txt")
    dedup.check(original)
    reformatted = WIRE_STORY.replace("\n\n", "\n").replace('"', "“").upper()
    verdict = dedup.check(doc(reformatted, "b.txt"))
    assert (verdict.status, verdict.of, verdict.similarity) == ("exact", original.id, 1.0)
    assert dedup.check(doc(WIRE_STORY, "a-again.txt")).status == "exact"


def test_threshold_is_configurable():
    heavy_edit = WIRE_STORY.split("\n\n")
    heavy_edit[2] = ("The bank's leaders gave no further comment on the plan, and neither company "
                     "would say how the staff of the two lenders would be combined.")
    edited = "\n\n".join(heavy_edit)
    strict, loose = Deduplicator(threshold=0.9), Deduplicator(threshold=0.5)
    for dedup in (strict, loose):
        dedup.check(doc(WIRE_STORY, "a.txt"))
    assert strict.check(doc(edited, "b.txt")).status == "new"
    assert loose.check(doc(edited, "b.txt")).status == "near"
    options = ReaderOptions(dedup_threshold=0.6, dedup_num_perm=64)
    from_options = Deduplicator.from_options(options)
    assert (from_options.threshold, from_options.num_perm) == (0.6, 64)


def test_seeding_with_stored_documents():
    dedup = Deduplicator()
    assert dedup.seed([("stored-1", WIRE_STORY), ("stored-2", OTHER_STORY),
                       ("stored-3", WIRE_STORY)]) == 2
    verdict = dedup.check(doc(outlet_copy(WIRE_STORY, "Farm Post"), "new.txt"))
    assert (verdict.status, verdict.of) == ("near", "stored-1")
    assert dedup.check(doc(OTHER_STORY, "again.txt")).of == "stored-2"


def test_short_texts_and_bad_threshold():
    dedup = Deduplicator()
    assert dedup.check(doc("Alder", "a")).status == "new"
    assert dedup.check(doc("Brightline", "b")).status == "new"
    with pytest.raises(ValueError):
        Deduplicator(threshold=0)


def test_stored_signatures_seed_a_new_deduplicator():
    from tieline.model import Document
    from tieline.readers.dedup import Deduplicator

    text = " ".join(f"Shipping line {i} moved cargo through the northern port on day {i}."
                    for i in range(30))
    first = Document(text=text, source="a.txt")
    earlier = Deduplicator()
    assert earlier.check(first).status == "new"
    stored = [(first.id, *earlier.signature(first.id))]
    later = Deduplicator()
    assert later.seed_signatures(stored) == 1
    edited = Document(text=text.replace("day 7.", "day seven."), source="b.txt")
    verdict = later.check(edited)
    assert verdict.status == "near" and verdict.of == first.id
    assert later.signature("unknown") is None
