"""partner (round 28): a site built or opened with another firm. "Kestrel Motors will build a
battery plant with Brambleway Energy", "Halvorsen Mining plans to develop the copper mine with
Orvane Resources", "... and build two data centers with Halvorsen Capital": the builder and the
firm after "with" are partners (verb rule of relations.json, object a site noun: plant, factory,
mine, data center, terminal ...), in the verb's mood. Near shapes that give none: money or
workers after "with", a firm's goods after "with" ("with Brambleway Energy's money"), help from a
firm, a site noun not built ("sold the plant with Orvane"), and a firm only named beside the
building. Sentences written for these tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, facts", [
    ("Kestrel Motors will build a battery plant with Brambleway Energy in Ohio.",
     {("Brambleway Energy", "Kestrel Motors"): "forecast"}),
    ("Halvorsen Mining plans to develop the copper mine with Orvane Resources.",
     {("Halvorsen Mining", "Orvane Resources"): "forecast"}),
    ("Trellis Analytics said it will build two additional data centers with Halvorsen Capital.",
     {("Halvorsen Capital", "Trellis Analytics"): "forecast"}),
    ("Kestrel Motors opened a factory with Brambleway Energy last year.",
     {("Brambleway Energy", "Kestrel Motors"): "asserted"}),
    ("Kestrel Motors will not build a battery plant with Brambleway Energy.",
     {("Brambleway Energy", "Kestrel Motors"): "negated"}),
])
def test_site_built_with_a_firm(nlp, text, facts):
    assert of_kind(nlp, text, "partner") == facts, text


@pytest.mark.parametrize("text", [
    "Kestrel Motors built its plant with Brambleway Energy's money.",
    "Kestrel Motors opened a factory with 500 workers in Brambleway.",
    "Kestrel Motors will build a battery plant with help from Brambleway Energy.",
    "Kestrel Motors sold the plant with Orvane Resources watching.",
    "Kestrel Motors will build a battery plant in Ohio, Brambleway Energy said.",
])
def test_no_partner_for_the_site(nlp, text):
    assert of_kind(nlp, text, "partner") == {}, text
