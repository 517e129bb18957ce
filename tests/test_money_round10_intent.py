"""Money round 10, part 2 (issue 9, from judged samples of real news): a sum under a verb of
intent ("expects to spend", "is going to spend") or one projected ("has projected a loss")
is a forecast and under "hopes to" a hedge, not a sum spent; the capitalized plural of a word
for a kind of firm ("Airlines, which ...") is no owner. Invented sentences from several
industries."""
import pytest

from extracted import money
from tieline.extract.money.parties import not_one_name


@pytest.mark.parametrize("text, modality", [
    ("Vornex Energy expects to spend $4 billion on new turbines.", "forecast"),
    ("Halvard Foods plans to invest €200 million in its dairy plants.", "forecast"),
    ("Quillmark Bank intends to raise $500 million from a share sale.", "forecast"),
    ("Telvane Systems cut 300 jobs and is planning to spend $300 million on data centres.",
     "forecast"),
    ("Brightmoor Retail hopes to raise £50 million from investors.", "hedged"),
    ("The Corvel Institute is going to spend $2 billion to speed up production of vaccines.",
     "forecast"),
    # a forecast made ("has projected") is still a forecast; a sum received is not
    ("Feeding Hands, a network of food stores, has projected a $1.4 billion loss in the "
     "next six months.", "forecast"),
    ("Pell Pharma has received $600,000, which it says will cover two trials.", "asserted"),
    ("Orvane Shipping is going to court over a $30 million bill.", "asserted"),
    # a hedge or a negation of the intent itself stands
    ("Halvard Foods may plan to invest €200 million in its dairy plants.", "hedged"),
    ("Vornex Energy does not expect to spend $4 billion on new turbines.", "negated"),
    # a sum spent, or one spent to reach an aim, is asserted
    ("Vornex Energy spent $4 billion on new turbines last year.", "asserted"),
    ("Halvard Foods invested €200 million in its dairy plants to cut costs.", "asserted"),
])
def test_a_sum_under_a_verb_of_intent_is_no_fact(nlp, text, modality):
    assert {m.modality for m in money(nlp, text)} == {modality}


@pytest.mark.parametrize("text", [
    "Airlines, which are facing a collapse in demand, have requested €30 billion in state aid.",
    "Insurers, who face record claims, have asked for £4 billion in support.",
])
def test_a_kind_of_firm_in_the_plural_owns_nothing(nlp, text):
    assert money(nlp, text) == []


@pytest.mark.parametrize("text, name, one", [
    ("Airlines, which face losses, asked for aid.", "Airlines", False),
    ("Utilities have asked for help.", "Utilities", False),
    ("Carmakers want support.", "Carmakers", False),
    ("Siemens raised money.", "Siemens", True),
    ("Halden Foods raised money.", "Halden Foods", True),
    ("Times Mirror raised money.", "Times", True),
    ("Ardent Mills raised money.", "Mills", True),
])
def test_a_kind_of_firm_is_no_name(nlp, text, name, one):
    assert not_one_name(nlp(text), name) is not one
