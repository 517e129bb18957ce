"""Types, round 21 mend: a name met or talked "via" that is described or acts is a go-between
firm, travel goes "via" an airline, and a "session" is no service (names invented)."""
from __future__ import annotations

import pytest

from tieline.extract import extract
from tieline.model import Document


def types(nlp, text):
    return {e.name: e.type for e in extract(Document(text=text, source="t"), nlp(text)).entities}


@pytest.mark.parametrize("text, name", [
    ("Ann Lee met Jon Beck via Skelvar, which advised Dunmere Steel on the deal.", "Skelvar"),
    ("The two firms talked via Skelvar, their adviser, before Dunmere Steel agreed to buy "
     "Trelvix Media.", "Skelvar"),
    ("Students taught via Quillo during the lockdown, Quillo said.", "Quillo"),
    ("Ann Lee visited Lisbon via Skyvane in May.", "Skyvane"),
    ("Dunmere Steel presented its plans at a Brisko session at the conference in Denver.", "Brisko"),
    ("Shares of Brindlecote Mining fell 3% in the Tallox session on Friday.", "Tallox"),
])
def test_not_a_service(nlp, text, name):
    assert types(nlp, text).get(name) != "PRODUCT"


@pytest.mark.parametrize("text, name", [
    ("The engineers chatted via Meetlo every morning, Dunmere Steel said.", "Meetlo"),
    ("Teachers at Brindlecote Academy taught via Quillo during the lockdown.", "Quillo"),
])
def test_still_a_service(nlp, text, name):
    assert types(nlp, text)[name] == "PRODUCT"


@pytest.mark.parametrize("text, name", [
    ("Tamsley Bank lent #Quellan $50 million on Monday.", "Quellan"),
    ("#Quellan, the carmaker, said on Monday it would hire 500 engineers.", "Quellan"),
    ("Dunmere Steel backed #Quellan on Monday.", "Quellan"),
])
def test_hashtag_party_kept(nlp, text, name):
    assert types(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize("text, name", [
    ("Fans shared the #StayCalm message widely.", "StayCalm"),
    ("Fans used #StayCalm on Monday, Dunmere Steel said.", "StayCalm"),
])
def test_campaign_hashtag_dropped(nlp, text, name):
    assert types(nlp, text).get(name) in {None, "OTHER"}
