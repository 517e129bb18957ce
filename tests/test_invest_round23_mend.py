"""invest (round 23, mend): a filler verb after an ownership aside does not make the holding a
report ("Kestrel Foods, a unit of Halvorsen Marine Group, reported higher sales": the writer
states the holding, Kestrel reports its sales). Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind

OWNER, OWNED = "Halvorsen Marine Group", "Kestrel Foods"


@pytest.mark.parametrize("text", [
    "Kestrel Foods, a unit of Halvorsen Marine Group, reported higher sales.",
    "Kestrel Foods, part of Halvorsen Marine Group, reported higher sales.",
    "Kestrel Foods, which belongs to Halvorsen Marine Group, reported a loss.",
    "Kestrel Foods, owned by Halvorsen Marine Group, reported higher sales.",
    "Halvorsen Marine Group, which owns Kestrel Foods, reported higher sales.",
])
def test_the_reporter_s_own_aside_is_asserted(nlp, text):
    assert of_kind(nlp, text, "invest").get((OWNER, OWNED)) == "asserted"


@pytest.mark.parametrize("text", [
    "Kestrel Foods is part of Halvorsen Marine Group, the newspaper reported.",
    "Kestrel Foods is reportedly part of Halvorsen Marine Group.",
])
def test_a_report_of_the_holding_stays_reported(nlp, text):
    assert of_kind(nlp, text, "invest").get((OWNER, OWNED)) == "reported"


RAISED = "Kestrel Foods raised $40 million in a round led by Trellis Capital, with Quillfield Ventures "


@pytest.mark.parametrize("tail", [
    "not participating.",
    "joining as a board observer.",
    "joining the board.",
])
def test_a_firm_beside_the_lead_that_joins_no_round_invests_nothing(nlp, tail):
    facts = of_kind(nlp, RAISED + tail, "invest")
    assert ("Trellis Capital", "Kestrel Foods") in facts
    assert not {k for k in facts if k[0] == "Quillfield Ventures"}


def test_joining_the_round_still_invests(nlp):
    facts = of_kind(nlp, RAISED + "joining the round.", "invest")
    assert ("Quillfield Ventures", "Kestrel Foods") in facts


def test_an_active_lead_is_never_the_raiser(nlp):
    # "A led the round" names no raiser: the joiner does not invest in the lead
    assert not of_kind(nlp, "Trellis Capital led the round, with participation from "
                            "Quillfield Ventures.", "invest")


@pytest.mark.parametrize("text, modality", [
    ("Kestrel Foods belonged to Halvorsen Marine Group until 2019.", None),
    ("Kestrel Foods, which belonged to Halvorsen Marine Group, posted higher sales.", None),
    ("Kestrel Foods once belonged to Halvorsen Marine Group.", "negated"),
    ("Kestrel Foods has belonged to Halvorsen Marine Group since 2015.", "asserted"),
])
def test_a_bare_past_belonged_is_like_was_part_of(nlp, text, modality):
    assert of_kind(nlp, text, "invest").get((OWNER, OWNED)) == modality
