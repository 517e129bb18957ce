""""Under its deal with X, Y will ...": a possessive pronoun in a phrase fronted before its
clause's subject and set off by a comma means that subject (cataphora). Before, no firm stood
before "its" in the sentence, so it went to the subject of the sentence before, and the fact
joined that earlier firm to X. When a firm is named before "its" in the same sentence, or the
subject comes first ("Y, under its deal with X, ..."), nothing changes.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts, of_kind, relations


@pytest.mark.parametrize("text,kind,fact,wrong", [
    # batteries
    ("Brightwave Energy reported higher profits on Monday. Under its agreement with Halden "
     "Motors, Corvex Batteries will supply cells to the new plant.",
     "partner", ("Corvex Batteries", "Halden Motors"), ("Brightwave Energy", "Halden Motors")),
    # food and logistics
    ("Tarsen Foods said sales rose. As part of its partnership with Nordel Logistics, Pellwood "
     "Farms will open two warehouses.",
     "partner", ("Nordel Logistics", "Pellwood Farms"), ("Nordel Logistics", "Tarsen Foods")),
    # "Following" tagged as a verb: still a fronted phrase (batteries; food)
    ("Brightwave Energy reported a loss. Following its merger with Halden Motors, Corvex "
     "Batteries cut 300 jobs.",
     "acquire", ("Corvex Batteries", "Halden Motors"), ("Brightwave Energy", "Halden Motors")),
    ("Tarsen Foods said sales rose. Following its deal with Nordel Logistics, Pellwood Farms "
     "will open two warehouses.",
     "partner", ("Nordel Logistics", "Pellwood Farms"), ("Nordel Logistics", "Tarsen Foods")),
])
def test_fronted_possessive_means_the_following_subject(nlp, text, kind, fact, wrong):
    facts = of_kind(nlp, text, kind)
    assert tuple(sorted(fact)) in facts or fact in facts
    assert tuple(sorted(wrong)) not in facts and wrong not in facts


@pytest.mark.parametrize("text,fact", [
    # pharma: the figure of the fronted phrase is the following subject's
    ("Kestrel Health posted a loss. Under its plan to raise $30 million, Sable Pharma will "
     "build a factory.", ("Sable Pharma", "funding", 30000000.0)),
    # food and logistics
    ("Harlow Foods cut jobs. After its $45 million investment in Nordel Logistics, Pellwood "
     "Farms opened two warehouses.", ("Pellwood Farms", "investment", 45000000.0)),
])
def test_fronted_possessive_money_owner(nlp, text, fact):
    facts = money_facts(nlp, text)
    assert fact in facts
    assert not {f for f in facts if f[0] == text.split(" ")[0] + " " + text.split(" ")[1]}


@pytest.mark.parametrize("text,kind,fact", [
    # a firm named before "its" in the same sentence keeps it
    ("Brightwave Energy said that under its agreement with Halden Motors, the plant will "
     "open in May.", "partner", ("Brightwave Energy", "Halden Motors")),
    # the subject comes first: read as before
    ("Corvex Batteries, under its agreement with Halden Motors, will supply cells.",
     "partner", ("Corvex Batteries", "Halden Motors")),
    # a fronted phrase with no named subject after it: the earlier firm, as before
    ("Tarsen Foods reported higher sales. Under its deal with Nordel Logistics, the trucks "
     "will run at night.", "partner", ("Nordel Logistics", "Tarsen Foods")),
])
def test_unchanged_shapes(nlp, text, kind, fact):
    facts = of_kind(nlp, text, kind)
    assert tuple(sorted(fact)) in facts or fact in facts
