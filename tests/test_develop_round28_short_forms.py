"""Develop of round 28, sentences written for these tests (invented names).

A bracketed short form between a product's name and its product noun no longer hides the
name: "its Quillmetrics (QM) platform" names Quillmetrics as "its Quillmetrics platform" does
(`entities/products._bracketed_short_form`). Refused: a firm's or a body's own short form
before a plain noun ("Kestrel Foods (KF) shares", "the Halden Consumer Protection Bureau
(HCPB) rules"), which names no product."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text, pair", [
    ("Trellis Analytics is pushing its Quillmetrics (QM) platform to retailers.",
     ("Trellis Analytics", "Quillmetrics")),
    ("Halvorsen Marine launched its Tidewatch (TW) app for ship owners.",
     ("Halvorsen Marine", "Tidewatch")),
])
def test_a_short_form_before_the_goods_noun_keeps_the_name(nlp, text, pair):
    assert of_kind(nlp, text, "develop").get(pair) == "asserted"


@pytest.mark.parametrize("text", [
    "Kestrel Foods (KF) shares rose on Monday.",
    "The Halden Consumer Protection Bureau (HCPB) rules apply to Kestrel Foods.",
    "Shares of Orvane Capital (OC) software unit fell.",
])
def test_a_bodys_short_form_names_no_product(nlp, text):
    assert not any(t == "develop" for t, _, _ in relations(nlp, text))
