"""employ, round 24: the post left in a move that names its "from" firm, and the post a passive
hiring hands to a lead verb (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text", [
    "Nora Quill joined Kestrel Foods from Halvorsen Marine, where she served as vice president.",
    "Nora Quill moved to Kestrel Foods from Halvorsen Marine in 2019.",
])
def test_a_move_made_from_a_named_firm_ends_the_post_there(nlp, text):
    found = relations(nlp, text)
    assert found.get(("employ", "Halvorsen Marine", "Nora Quill")) == "negated"
    assert ("talent_move", "Halvorsen Marine", "Kestrel Foods") in found


@pytest.mark.parametrize("text", [
    "Nora Quill will join Kestrel Foods from Halvorsen Marine in June.",
    "Nora Quill is expected to join Kestrel Foods from Halvorsen Marine.",
])
def test_a_move_to_come_leaves_the_post_held_now(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Halvorsen Marine", "Nora Quill")) == "asserted"


@pytest.mark.parametrize("text", [
    "Nora Quill returned to Kestrel Foods from a sabbatical at Halvorsen Marine.",
    "Nora Quill switched to Orvane's tablet from Halvorsen Marine's phone.",
    "Kestrel Foods bought the Orvane brand from Halvorsen Marine, Nora Quill said.",
])
def test_from_without_a_move_between_firms_names_no_post(nlp, text):
    assert ("Halvorsen Marine", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head", [
    ("Orvane's chief executive, Nora Quill, has been appointed to run Kestrel Foods.",
     "Kestrel Foods"),
    ("Nora Quill was named to lead Halvorsen Marine's ferry business.", "Halvorsen Marine"),
    ("Nora Quill has been hired to head Trellis Analytics' research unit, the company said.",
     "Trellis Analytics"),
])
def test_appointed_to_lead_is_a_post_at_what_is_led(nlp, text, head):
    assert (head, "Nora Quill") in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    "Nora Quill was asked to run the Kestrel Foods marathon.",
    "Nora Quill was named to lead the Orvane parade.",
    "Nora Quill was appointed to review Kestrel Foods' accounts.",
    "Nora Quill was appointed to run the inquiry into Halvorsen Marine.",
])
def test_no_post_without_a_hiring_or_a_firm_led(nlp, text):
    assert not of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, mood", [
    ("Kestrel Foods sacked Nora Quill and Kai Lund in November.", "negated"),
    ("Kestrel Foods hired Nora Quill and Kai Lund last year.", "asserted"),
    ("Kestrel Foods fired Nora Quill and her assistant Kai Lund.", "negated"),
])
def test_every_name_a_hiring_or_firing_takes_is_hired_or_fired(nlp, text, mood):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Kai Lund")) == mood


@pytest.mark.parametrize("text", [
    "Kestrel Foods sued Nora Quill and Kai Lund in November.",
    "Nora Quill sacked Kai Lund and Lena Sorn in November.",
])
def test_a_list_no_firm_hires_or_fires_gets_no_post(nlp, text):
    assert not any(name == "Kai Lund" for _, name in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text, head, mood", [
    ("Nora Quill and her son Kai Lund have both resigned from Kestrel Foods' board following "
     "the share deal.", "Kestrel Foods", "negated"),
    ("Nora Quill, Piet Maas and Kai Lund joined Kestrel Foods in 2021.", "Kestrel Foods",
     "asserted"),
])
def test_a_later_name_of_a_listed_subject_shares_the_verb(nlp, text, head, mood):
    assert of_kind(nlp, text, "employ").get((head, "Kai Lund")) == mood


@pytest.mark.parametrize("text", [
    "Nora Quill and her son Kai Lund said they would sue Kestrel Foods.",
    "Nora Quill and analyst Kai Lund visited the Kestrel Foods plant.",
])
def test_a_listed_subject_of_no_job_verb_gets_no_post(nlp, text):
    assert not any(name == "Kai Lund" for _, name in of_kind(nlp, text, "employ"))
