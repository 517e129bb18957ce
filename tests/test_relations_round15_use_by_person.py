"""use is a tie between organizations: a person who uses a product or a service ("Ada Roe used
Brisk Health to find a doctor", "he used a Corvin test") is a customer story, not a use fact.
An organization's use stays.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    # health care, media
    "When Ada Roe needed help, she went online in 2018 and used Brisk Health to find a doctor.",
    "Tom Marr used the Corvin Media studio to record his show.",
])
def test_a_person_using_something_is_no_use_fact(nlp, text):
    assert not of_kind(nlp, text, "use")


@pytest.mark.parametrize("text,fact", [
    ("Nordic Freight uses Cloudra Web Services for its booking system.",
     ("Nordic Freight", "Cloudra Web Services")),
    ("Velto Foods uses Harlan Analytics software to plan deliveries.",
     ("Velto Foods", "Harlan Analytics")),
])
def test_an_organization_using_something_is(nlp, text, fact):
    assert fact in of_kind(nlp, text, "use")
