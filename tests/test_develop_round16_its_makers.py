"""develop (round 16): "its" credits a product to the firm it stands for, never to a word that
is no firm: a common noun the text writes in lower case too ("Growth was helped by its
brands"), a name counted by an article ("an SUV from its Altima marque") or a firm's model
("the Velker X5 and its sibling X3"). A party named by its tie ("its rival Acme Co.") stays a
firm. Sentences written for these tests (invented organizations and products)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, wrong", [
    ("Halvorsen Foods said sales rose 4% in 2004 and growth was slow in Europe. Growth was "
     "helped by its confectionery brands - including Velmo, Crispa and Halvo - which enjoyed a "
     "successful year. Halvorsen Foods added that its Fuel for Growth cost-cutting plan was "
     "working.", "Growth"),
    ("Kirova Motors will expand. In April it will launch a hybrid version of its Ranger SUV, "
     "with an SUV from its luxury Altima marque due later in the year.", "SUV"),
    ("Drivers prefer sports utility vehicles, such as the Velker X5 and its sibling X3. Velker "
     "is based in Munich.", "Velker X5"),
])
def test_its_is_no_maker_when_it_stands_for_no_firm(nlp, text, wrong):
    found = of_kind(nlp, text, "develop")
    assert not any(head == wrong for head, _ in found), found


@pytest.mark.parametrize("text, maker, product", [
    ("Brightwave Holdings said sales rose. Brightwave Holdings launched its Zephyr chips in May.",
     "Brightwave Holdings", "Zephyr"),
    ("Kirova Motors said its Altima marque sold well.", "Kirova Motors", "Altima"),
])
def test_its_still_credits_the_firm(nlp, text, maker, product):
    assert (maker, product) in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Halvorsen Exchange said profits rose. Globex could offer more than Halvorsen Exchange's "
     "533p a share closing price on Friday.", "Halvorsen Exchange", "533p"),
    ("Marlowe Brewing said sales rose. Rivals bid above Marlowe Brewing's 120p share price.",
     "Marlowe Brewing", "120p"),
])
def test_a_price_in_pence_is_no_product(nlp, text, maker, product):
    assert (maker, product) not in of_kind(nlp, text, "develop")


def test_a_model_code_ending_in_p_is_still_a_product(nlp):
    text = "Halvorsen Exchange said profits rose. Halvorsen Exchange's Z20p chips sold well."
    assert ("Halvorsen Exchange", "Z20p") in of_kind(nlp, text, "develop")
