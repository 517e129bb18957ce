"""acquire, round 24: a deal stopped by an outsider or named as the subject of its own failure
is negated; a deal an outsider only sues or moves to stop is still pending (forecast).

"Regulators blocked X's takeover of Y", "X's takeover of Y was blocked", "the takeover collapsed
/ fell through / was called off", "X called off its acquisition of Y" gave an asserted takeover;
"did not block" leaves the deal standing, and a deal that "failed to lift profits" or was approved
happened. A partnership that collapsed is a negated partnership the same way. A stop or a
failure that is denied ("was not blocked", "has not collapsed") or only possible or to come
("could collapse", "might veto it", "will block it") leaves the deal as its clause states it.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

PAIR = ("Kestrel Foods", "Brambleway Dairy")


@pytest.mark.parametrize("text,modality", [
    ("Regulators blocked Kestrel Foods' takeover of Brambleway Dairy.", "negated"),
    ("Regulators blocked the takeover of Brambleway Dairy by Kestrel Foods.", "negated"),
    ("A judge blocked Kestrel Foods' planned acquisition of Brambleway Dairy.", "negated"),
    ("Kestrel Foods' takeover of Brambleway Dairy was blocked by regulators.", "negated"),
    ("Kestrel Foods' takeover of Brambleway Dairy collapsed in June.", "negated"),
    ("Kestrel Foods' takeover of Brambleway Dairy fell through in June.", "negated"),
    ("Kestrel Foods' takeover of Brambleway Dairy was called off.", "negated"),
    ("Kestrel Foods called off its acquisition of Brambleway Dairy.", "negated"),
    ("Regulators sued to block Kestrel Foods' takeover of Brambleway Dairy.", "forecast"),
    # near shapes: the deal stands
    ("Regulators did not block Kestrel Foods' takeover of Brambleway Dairy.", "asserted"),
    ("Kestrel Foods' takeover of Brambleway Dairy failed to lift its profits.", "asserted"),
    ("Kestrel Foods' takeover of Brambleway Dairy was approved by regulators.", "asserted"),
    ("Kestrel Foods' takeover of Brambleway Dairy ended a decade of independence.", "asserted"),
])
def test_a_stopped_deal_is_negated(nlp, text, modality):
    assert of_kind(nlp, text, "acquire").get(PAIR) == modality


def test_a_collapsed_partnership_is_negated(nlp):
    text = "The partnership between Halvorsen Marine and Quillfield Labs collapsed last year."
    assert of_kind(nlp, text, "partner").get(("Halvorsen Marine", "Quillfield Labs")) == "negated"


@pytest.mark.parametrize("text,modality", [
    ("Kestrel Foods' takeover of Brambleway Dairy was not blocked.", "asserted"),
    ("Kestrel Foods' takeover of Brambleway Dairy has not collapsed.", "asserted"),
    ("Kestrel Foods' takeover of Brambleway Dairy could collapse.", "asserted"),
    ("Kestrel Foods' takeover of Brambleway Dairy may fall through.", "asserted"),
    ("Regulators might veto Kestrel Foods' takeover of Brambleway Dairy.", "hedged"),
    ("Regulators could block Kestrel Foods' takeover of Brambleway Dairy.", "hedged"),
    ("Regulators will block Kestrel Foods' takeover of Brambleway Dairy.", "forecast"),
])
def test_a_denied_or_possible_stop_leaves_the_deal(nlp, text, modality):
    assert of_kind(nlp, text, "acquire").get(PAIR) == modality
