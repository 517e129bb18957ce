"""develop, round 25 mend: near shapes the round-25 launch, possessed-good and brand-owner
readings got wrong. A launched run that names a disease, a month, an acronym or a firm the text
writes as a party elsewhere is no good of the launcher; a good credited to another maker on its
own noun ("the X drink from Acme") is not the seller's; "Acme asked Bolt to launch ..." is not
Acme's launch; a possessor of a good built by someone else leaves the builder the maker; a
past, ended or shared ownership of listed brands is no present ownership.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,pair", [
    ("Kestrel Pharma introduced the HIV pill.", ("Kestrel Pharma", "HIV")),
    ("Kestrel Pharma released the Alzheimer drug.", ("Kestrel Pharma", "Alzheimer")),
    ("Kestrel Pharma launched the Covid-19 vaccine in Europe.", ("Kestrel Pharma", "Covid-19")),
    ("Kestrel Pharma launched the Zika vaccine in Brazil.", ("Kestrel Pharma", "Zika")),
    ("Trellis Systems introduced the CEO app.", ("Trellis Systems", "CEO")),
    ("Trellis Systems launched the EV truck.", ("Trellis Systems", "EV")),
    ("Trellis Systems launched the FDA drug.", ("Trellis Systems", "FDA")),
    ("Trellis Systems launched the Jan app.", ("Trellis Systems", "Jan")),
    ("Kestrel Foods launched the Oct drink.", ("Kestrel Foods", "Oct")),
])
def test_a_disease_month_or_acronym_launched_is_no_good(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,pair", [
    ("Trellis Systems launched the Quillfield app. Quillfield signed a deal with Orvane.",
     ("Trellis Systems", "Quillfield")),
    ("Trellis Systems launched the Quillfield app. Shares of Quillfield rose.",
     ("Trellis Systems", "Quillfield")),
    ("Kestrel Foods launched the Quillbook drink. Quillbook is a chain of gyms.",
     ("Kestrel Foods", "Quillbook")),
])
def test_a_launched_run_the_text_makes_a_party_elsewhere_is_no_good(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "Orvane Retail launched the Seaspray drink from Kestrel Foods.",
    "Orvane Retail launched the Seaspray drink made by Kestrel Foods.",
])
def test_a_launcher_of_a_good_credited_to_another_maker_makes_none(nlp, text):
    assert ("Orvane Retail", "Seaspray") not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "Halvorsen Marine asked Trellis Systems to launch the Quillbook laptop.",
    "Halvorsen Marine hired Trellis Systems to launch the Quillbook app.",
])
def test_who_asks_another_firm_to_launch_makes_nothing(nlp, text):
    assert ("Halvorsen Marine", "Quillbook") not in of_kind(nlp, text, "develop")


def test_a_launch_the_subject_plans_is_still_read(nlp):
    found = of_kind(nlp, "Trellis Systems plans to unveil the new Quillbook X2 laptop.", "develop")
    assert found.get(("Trellis Systems", "Quillbook X2")) == "forecast"


@pytest.mark.parametrize("text,pair", [
    ("The Army's Seaspray drone, built by Halvorsen Marine, crashed.",
     ("Halvorsen Marine", "Seaspray")),
    ("Halvorsen Mobile built Kestrel Telecom's Seaspray phone.", ("Halvorsen Mobile", "Seaspray")),
])
def test_a_builder_of_a_possessed_good_still_makes_it(nlp, text, pair):
    assert of_kind(nlp, text, "develop").get(pair) == "asserted"


@pytest.mark.parametrize("text", [
    "Kestrel Foods was once the owner of the Crunchwell and Meadowgold brands.",
    "Kestrel Foods was the owner of the Crunchwell and Meadowgold brands until 2019.",
    "Kestrel Foods, owner of the Crunchwell and Meadowgold brands until 2019, cut prices.",
    "Kestrel Foods, co-owner of the Crunchwell and Meadowgold brands, cut prices.",
    "Kestrel Foods is one owner of the Crunchwell and Meadowgold brands.",
    "Kestrel Foods is an owner of the Crunchwell and Meadowgold brands.",
])
def test_a_past_ended_or_shared_owner_of_listed_brands_makes_none(nlp, text):
    found = of_kind(nlp, text, "develop")
    for brand in ("Crunchwell", "Meadowgold"):
        assert found.get(("Kestrel Foods", brand), "negated") == "negated"


def test_a_launched_run_opening_another_firms_name_is_no_good(nlp):
    text = "Trellis Systems launched the Quillfield app. Quillfield Inc said it was pleased."
    assert ("Trellis Systems", "Quillfield") not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "Kestrel Foods, the owner of the Texas and Ohio brands, cut prices.",
    "Kestrel Foods owns the Texas and Ohio brands.",
])
def test_places_before_brands_are_no_brands(nlp, text):
    found = of_kind(nlp, text, "develop")
    assert ("Kestrel Foods", "Texas") not in found and ("Kestrel Foods", "Ohio") not in found
