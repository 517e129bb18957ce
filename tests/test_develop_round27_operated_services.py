"""develop, round 27: a named company that operates a service the tagger typed a product
("Kestrel Cable, which operates Brightwave"), and the firm "behind the Weatherly app" when the
parser reads the app's name as an adjective.

Refused: an operated fleet (a vehicle noun, a model code's digits, a product another firm is
named as making), negation and hedges keep their mood, a place or a common adjective before
the goods noun names no product.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,pair,modality", [
    ("Kestrel Foods operates the Crunchwell app in twelve countries.",
     ("Kestrel Foods", "Crunchwell"), "asserted"),
    ("Kestrel Cable operates Brightwave, a broadband service, in three states.",
     ("Kestrel Cable", "Brightwave"), "asserted"),
])
def test_an_operated_service_is_the_operators(nlp, text, pair, modality):
    assert of_kind(nlp, text, "develop").get(pair) == modality


@pytest.mark.parametrize("text,pair", [
    ("Halvorsen Air operates Vantair V320s on its northern routes.",
     ("Halvorsen Air", "Vantair V320s")),
    ("Halvorsen Air operates Vantair 737 jets on its northern routes.",
     ("Halvorsen Air", "Vantair 737")),
    ("Halvorsen Air, which operates Vantair V320 planes, will add ten routes.",
     ("Halvorsen Air", "Vantair V320")),
])
def test_an_operated_fleet_is_no_product_of_the_operator(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,pair,modality", [
    ("Nora Quill, the chairman of Kestrel, the company behind the Weatherly app, will join "
     "the board.", ("Kestrel", "Weatherly"), "asserted"),
    ("Ann Lee runs Kestrel, the firm behind the Tweetly game.", ("Kestrel", "Tweetly"),
     "asserted"),
    ("Kestrel is not the company behind the Weatherly app.", ("Kestrel", "Weatherly"),
     "negated"),
    ("Kestrel may be the company behind the Weatherly app.", ("Kestrel", "Weatherly"),
     "hedged"),
])
def test_the_firm_behind_a_named_app_makes_it(nlp, text, pair, modality):
    assert of_kind(nlp, text, "develop").get(pair) == modality


def test_a_common_adjective_before_the_app_names_no_product(nlp):
    found = of_kind(nlp, "Kestrel, the company behind the American app, said sales rose.",
                    "develop")
    assert not found


@pytest.mark.parametrize("text,pair", [
    ("Halvorsen Air operates the Vantair Skyliner on its northern routes.",
     ("Halvorsen Air", "Vantair Skyliner")),
])
def test_a_model_led_by_another_name_is_no_product_of_the_operator(nlp, text, pair):
    # a longer name led by a word of no operator's name is mostly a maker's model
    assert pair not in of_kind(nlp, text, "develop")


def test_an_operated_service_led_by_the_operators_name_is_its_own(nlp):
    found = of_kind(nlp, "Kestrel Media operates Kestrel Radio, a news service, in Leeds.",
                    "develop")
    assert found.get(("Kestrel Media", "Kestrel Radio")) == "asserted"
