""""Acme, a retail chain owned by Globex": a participle that hangs on a description of a firm
set beside a name acts on the name, so the owner or buyer is the agent. Only descriptions of a
firm count (a ship, a ranch or a mineral water owned by someone is no company named).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import relations


@pytest.mark.parametrize("text,fact", [
    # travel, retail, food, aviation
    ("Brantley Media never revealed its fees to Skyvale Air, an airline owned by Tarvik Holdings.",
     ("invest", "Tarvik Holdings", "Skyvale Air")),
    ("Pedalworks, a national chain owned by Corvex, wants to shorten its opening hours.",
     ("invest", "Corvex", "Pedalworks")),
    ("Korvan Foods, a snack maker bought by Halvorn Group in 2019, said sales rose.",
     ("acquire", "Halvorn Group", "Korvan Foods")),
    ("Palmetto Data, a secretive analytics firm owned by investor Ansel Brandt, won the contract.",
     ("invest", "Ansel Brandt", "Palmetto Data")),
])
def test_described_firm_owned_by(nlp, text, fact):
    assert fact in relations(nlp, text)


@pytest.mark.parametrize("text", [
    "The Silver Marlin, a cruise ship owned by the Brevik Line, docked in Lisbon on Monday.",
    "Regulators targeted Hato Verde, a cattle ranch owned by Agrovia.",
    "Doubts linger about Clarwell, the famous alpine spring water owned by Vantor Group.",
    "Korvan Foods, a company with stores owned by Halvorn Group, said sales rose.",
])
def test_no_firm_described(nlp, text):
    assert not [k for k in relations(nlp, text) if k[0] in {"invest", "acquire"}]


@pytest.mark.parametrize("text,owned,owner,not_owner", [
    # data, media
    ("Palmetto Data, a secretive analytics firm owned by the billionaire and the Harlan backer "
     "Peter Voss, has a contract.", "Palmetto Data", "Peter Voss", "Harlan"),
    ("Kestrel Radio, a broadcaster owned by the tycoon and the Orvin Bank customer Ada Roe, "
     "hired a new editor.", "Kestrel Radio", "Ada Roe", "Orvin Bank"),
])
def test_whose_backer_is_no_owner(nlp, text, owned, owner, not_owner):
    """"the Harlan backer": a name modifying a holder's role says whose backer, not who owns."""
    facts = relations(nlp, text)
    assert ("invest", owner, owned) in facts
    assert not [k for k in facts if k[0] == "invest" and k[1] == not_owner]
