""""The company" is no regulator: a name the text introduced as a regulator or watchdog
("media regulator Tessaly", "Tessaly, the industry watchdog") is a public body, and a firm
word ("the company", "the firm", "the carmaker", "the group") never refers back to it. Before,
such a description went to the regulator whenever it was the last organization named as a
subject, and the firm's deal or money became the regulator's. A regulator still takes "it" and
"the regulator", and a firm named with a public-body word it shares with ad agencies ("agency")
is not touched.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts, of_kind


@pytest.mark.parametrize("text,kind,fact", [
    # telecoms
    ("Brontel Telecom has 20 million customers. On Monday, media regulator Tessaly opened "
     "an inquiry. The company said it had bought a stake in Ardent Radio.",
     "invest", ("Brontel Telecom", "Ardent Radio")),
    # power
    ("Halvard Power sells electricity to homes. Orlen Grid, the energy watchdog, wants lower "
     "prices. The firm has agreed to buy Sable Wind Farms.", "acquire",
     ("Halvard Power", "Sable Wind Farms")),
])
def test_firm_word_skips_a_regulator(nlp, text, kind, fact):
    facts = of_kind(nlp, text, kind)
    assert fact in facts
    assert not [key for key in facts if key[0] != fact[0]]


def test_firm_money_not_the_regulator(nlp):
    text = ("Corvex Air flies to 40 cities. Aviation regulator Tarmont fined it in May. "
            "The company said it will invest $200 million in new jets.")
    owners = {owner for owner, _kind, _amount in money_facts(nlp, text)}
    assert "Tarmont" not in owners


@pytest.mark.parametrize("text,kind,fact", [
    # the regulator itself is still "it" and "the regulator"
    ("Media regulator Tessaly fined Brontel Telecom. The regulator has also sued Ardent Radio.",
     "sue", ("Tessaly", "Ardent Radio")),
    # an ad agency is a firm: "agency" is no public-body-only word
    ("Ad agency Pellwood Media won new clients. The company has bought a stake in Norland Films.",
     "invest", ("Pellwood Media", "Norland Films")),
])
def test_unchanged_shapes(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)
