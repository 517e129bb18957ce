"""invest (round 26): a follower sentence ("B also participated") joins a round only where the
sentence before tells of one. A raise verb whose object is no money ("won a contract", "got
approval", "received an award") names no round, though the firm was backed in the same
sentence; money or funding raised still does. Sentences written for these tests (invented
organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind

PAIR = ("Kestrel Partners", "Trellis Analytics")


@pytest.mark.parametrize("text", [
    "Trellis Analytics, which is backed by Orvane Capital, won a contract from the city."
    " Kestrel Partners also took part.",
    "Trellis Analytics, which is backed by Orvane Capital, got approval from regulators."
    " Kestrel Partners also participated.",
    "Trellis Analytics, which is backed by Orvane Capital, received an award last year."
    " Kestrel Partners also participated.",
])
def test_no_money_raised_names_no_round(nlp, text):
    assert PAIR not in of_kind(nlp, text, "invest"), text


@pytest.mark.parametrize("text", [
    "Trellis Analytics received $40 million from Orvane Capital. Kestrel Partners also"
    " participated.",
    "Trellis Analytics secured funding from Orvane Capital. Kestrel Partners also invested.",
])
def test_money_raised_names_a_round(nlp, text):
    assert of_kind(nlp, text, "invest").get(PAIR) == "asserted", text


@pytest.mark.parametrize("text", [
    "Trellis Analytics, which is backed by Orvane Capital, attracted 2 million users last year."
    " Kestrel Partners also participated.",
    "Trellis Analytics, which is backed by Orvane Capital, won 3 million downloads in a week."
    " Kestrel Partners also invested.",
    "Trellis Analytics, which is backed by Orvane Capital, landed a billion page views."
    " Kestrel Partners also invested.",
])
def test_a_count_raised_is_no_money(nlp, text):
    # the sum is the tagger's MONEY: "million" alone counts users or downloads as well
    assert PAIR not in of_kind(nlp, text, "invest"), text


def test_a_sum_in_pounds_is_money(nlp):
    text = "Trellis Analytics raised £40m from Orvane Capital. Kestrel Partners also participated."
    assert of_kind(nlp, text, "invest").get(PAIR) == "asserted"
