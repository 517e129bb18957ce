"""Names, round 25: a name the text uses only as a service is no organization party.

"Fans shared photos on Quillo and Meetlo": both are services people post on, and nothing in
the text shows either acting as a firm. Such a name is typed a product even where the tagger
calls it an organization, so no fact takes it as a firm. What is posted on a service counts
when the "on" phrase hangs on the posted thing ("shared photos on X"), and a service listed
after another ("on Chirpa and Meetlo") is one too. A name that acts ("Chirpa agreed to
buy"), holds a post ("Chirpa chief executive") or is the object of a deal ("bought Quillo",
"invested in Quillo", "partnered with Chirpa") stays a firm. Every name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract import extract
from tieline.model import Document


def types(nlp, text):
    return {e.name: e.type for e in extract(Document(text=text, source="test"), nlp(text)).entities}


@pytest.mark.parametrize("text,names", [
    ("Ann Lee follows the band on Chirpa and Meetlo.", ["Chirpa", "Meetlo"]),
    ("Fans shared photos on Quillo and Meetlo after the match.", ["Quillo", "Meetlo"]),
])
def test_a_name_only_used_as_a_service_is_a_product(nlp, text, names):
    got = types(nlp, text)
    assert all(got.get(n) == "PRODUCT" for n in names), got


@pytest.mark.parametrize("text,kind,pair", [
    ("Ann Lee posted a clip on Chirpa. Chirpa agreed to buy Orvane for $40 million.",
     "acquire", ("Chirpa", "Orvane")),
    ("Ann Lee posted a clip on Chirpa. Chirpa chief executive Tom Reyes said growth was slow.",
     "employ", ("Chirpa", "Tom Reyes")),
    ("Ann Lee shared a video on Quillo. Trellis Analytics bought Quillo in March.",
     "acquire", ("Trellis Analytics", "Quillo")),
    ("Fans shared photos on Quillo and Meetlo after the match, and Halvorsen Marine invested "
     "in Quillo.", "invest", ("Halvorsen Marine", "Quillo")),
    ("Tom Reyes posted a clip on Chirpa, and Brambleway Dairy partnered with Chirpa last year.",
     "partner", ("Brambleway Dairy", "Chirpa")),
])
def test_a_service_that_acts_or_is_dealt_with_keeps_its_firm_fact(nlp, text, kind, pair):
    got = of_kind(nlp, text, kind)
    assert pair in got or tuple(sorted(pair)) in got, got
