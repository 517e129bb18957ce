"""employ and talent_move, round 22: career sentences told around a noun or a raising verb
(sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail, mood", [
    # food: the announcer names its own new chief
    ("Kestrel Foods announced on Monday the appointment of Tessa Ray as chief executive "
     "officer, entrusting her with the task of reviving its cheese arm.", "Kestrel Foods",
     "Tessa Ray", "asserted"),
    # a role that names its own body: that body employs her, not the announcer
    ("Orvane confirmed the appointment of Omar Reyes as chief financial officer of Kestrel Foods.",
     "Kestrel Foods", "Omar Reyes", "asserted"),
    # an announcement still to come keeps its mood
    ("Kestrel Foods will announce the appointment of Omar Reyes as chief financial officer.",
     "Kestrel Foods", "Omar Reyes", "forecast"),
])
def test_an_announced_appointment_is_the_announcers_post(nlp, text, head, tail, mood):
    facts = of_kind(nlp, text, "employ")
    assert facts.get((head, tail)) == mood
    assert ("Orvane", tail) not in facts


@pytest.mark.parametrize("text", [
    "Kestrel Foods rejected the appointment of Omar Reyes as chief financial officer.",
    "Kestrel Foods opposed the appointment of Omar Reyes as chief executive.",
    "Kestrel Foods did not announce the appointment of Omar Reyes as chief executive.",
    "Kestrel Foods announced the appointment of Omar Reyes, a lawyer.",
])
def test_an_appointment_not_announced_or_with_no_post_gives_none(nlp, text):
    assert ("Kestrel Foods", "Omar Reyes") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, posts", [
    ("Tessa Ray rose to become CEO of Trellis Analytics and then CEO of Kestrel Foods.",
     {"Trellis Analytics", "Kestrel Foods"}),
    ("Tessa Ray went on to become CEO of Trellis Analytics.", {"Trellis Analytics"}),
    ("Tessa Ray worked at Kestrel Foods, before rising to be CEO of Trellis Analytics and then "
     "CEO of Halvorsen Marine.", {"Trellis Analytics", "Halvorsen Marine"}),
    ("Tessa Ray joined Kestrel Foods in 2010 and became chief executive of Orvane in 2019.",
     {"Orvane"}),
])
def test_a_raised_or_joined_become_gives_the_post(nlp, text, posts):
    facts = of_kind(nlp, text, "employ")
    assert all(facts.get((org, "Tessa Ray")) == "asserted" for org in posts)


def test_went_on_to_become_something_else_is_no_post(nlp):
    assert of_kind(nlp, "Tessa Ray went on to become a mother in Kestrel Foods country.",
                   "employ") == {}


CAREER = ("Tessa Ray brings agency experience. She worked at Kestrel Foods, before rising to be "
          "CEO of Trellis Analytics. She went on to join Brightwater Media as chief operating "
          "officer in 2014.")


def test_a_career_paragraph_keeps_its_she(nlp):
    facts = of_kind(nlp, CAREER, "employ")
    assert ("Trellis Analytics", "Tessa Ray") in facts
    assert facts.get(("Brightwater Media", "Tessa Ray")) == "asserted"


def test_a_she_after_another_pronoun_is_not_chained(nlp):
    text = CAREER.replace(" She went on", " He said so. She went on")
    assert ("Brightwater Media", "Tessa Ray") not in of_kind(nlp, text, "employ")


MOVE = "Nadia Kim, Orvane's chief client officer, has quit in a significant move to rejoin rival " \
       "Trellis Analytics, the magazine has learned."


def test_quitting_in_a_move_to_rejoin_is_a_move(nlp):
    assert of_kind(nlp, MOVE, "talent_move").get(("Orvane", "Trellis Analytics")) == "asserted"
    assert of_kind(nlp, MOVE, "employ").get(("Trellis Analytics", "Nadia Kim")) == "asserted"


def test_the_move_starts_at_the_sentences_employer(nlp):
    moves = of_kind(nlp, "Nadia Kim worked at Brightwater Media. " + MOVE, "talent_move")
    assert ("Orvane", "Trellis Analytics") in moves
    assert ("Brightwater Media", "Trellis Analytics") not in moves


def test_a_bid_to_join_is_no_move(nlp):
    text = MOVE.replace("significant move to rejoin", "bid to join")
    assert of_kind(nlp, text, "talent_move") == {}


def test_taking_over_at_a_firm_after_stepping_down_is_a_forecast_move(nlp):
    text = ("Gary Dunn, who will step down from Halvorsen Marine on July 15, is expected to take "
            "over at Kestrel Foods on September 15.")
    assert of_kind(nlp, text, "talent_move").get(("Halvorsen Marine", "Kestrel Foods")) == "forecast"
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Gary Dunn")) == "forecast"


def test_taking_over_a_firm_is_no_move(nlp):
    text = "Gary Dunn, the chief executive of Halvorsen Marine, will take over Kestrel Foods."
    assert of_kind(nlp, text, "talent_move") == {}


def test_joining_as_a_role_of_a_firm_is_a_post_and_a_move(nlp):
    text = "Chirag Patel from Kestrel Foods joined as head of corporate finance at Trellis Analytics."
    assert of_kind(nlp, text, "employ").get(("Trellis Analytics", "Chirag Patel")) == "asserted"
    assert of_kind(nlp, text, "talent_move").get(("Kestrel Foods", "Trellis Analytics")) == "asserted"


def test_joining_as_no_post_is_no_job(nlp):
    text = "Chirag Patel from Orvane joined as a guest of Trellis Analytics."
    assert of_kind(nlp, text, "employ") == {}
    assert of_kind(nlp, text, "talent_move") == {}


def test_a_she_or_he_was_a_role_of_a_firm_a_past_post(nlp):
    text = ("Ravi Lund is a scientist. He was a professor at Halvorsen University and head of the "
            "Trellis Institute for Microbiology.")
    facts = of_kind(nlp, text, "employ")
    assert facts.get(("Halvorsen University", "Ravi Lund")) == "negated"
    assert facts.get(("Trellis Institute for Microbiology", "Ravi Lund")) == "negated"


def test_a_she_or_he_who_is_a_member_holds_no_post(nlp):
    text = ("Noel Dunn was a nurse. He was the first member of Harlow Nurses United to fall ill, "
            "the union said.")
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text", [
    "Halvorsen Marine announced the appointment of Lena Varga as chief executive of a dairy group.",
    "Halvorsen Marine announced the appointment of Lena Varga as chief executive at its rival.",
    "Trellis Analytics confirmed the recruitment of Lena Varga as chief executive by Halvorsen Marine.",
    "Trellis Analytics announced the hiring of Lena Varga by Halvorsen Marine as chief executive.",
])
def test_an_announcer_is_no_employer_when_another_body_hires(nlp, text):
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text", [
    "Lena Varga did not go on to become CEO of Trellis Analytics.",
    "Lena Varga could go on to become CEO of Trellis Analytics.",
    "Lena Varga will go on to become CEO of Trellis Analytics.",
    "Lena Varga is going to be CEO of Trellis Analytics.",
    "Lena Varga was going to become CEO of Trellis Analytics, but the deal collapsed.",
])
def test_a_raising_verb_with_a_mood_of_its_own_tells_no_post(nlp, text):
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text", [
    "Lena Varga met the new hire on Monday. He was chief executive of Trellis Analytics until 2020.",
    "Lena Varga said the new chief executive had impressed the board. He is a former finance "
    "director of Trellis Analytics.",
    "Lena Varga is the new chief executive. Piet Okafor praised her. She was previously finance "
    "director of Trellis Analytics.",
])
def test_a_she_or_he_after_someone_else_is_brought_in_holds_no_post(nlp, text):
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text", [
    "Lena Varga, Orvane's chief client officer, sold her shares in a move to join Trellis Analytics.",
    "Lena Varga, Orvane's chief client officer, voted in a move to join the Trellis Analytics alliance.",
])
def test_a_move_noun_on_a_verb_that_leaves_nothing_is_no_move(nlp, text):
    assert of_kind(nlp, text, "talent_move") == {}
    assert ("Trellis Analytics", "Lena Varga") not in of_kind(nlp, text, "employ")


def test_a_denied_quit_in_a_move_is_a_negated_move(nlp):
    text = ("Lena Varga, Orvane's chief client officer, denied she had quit in a move to join "
            "Trellis Analytics.")
    assert of_kind(nlp, text, "talent_move").get(("Orvane", "Trellis Analytics")) == "negated"
    assert of_kind(nlp, text, "employ").get(("Trellis Analytics", "Lena Varga")) == "negated"


@pytest.mark.parametrize("text, joined", [
    ("Lena Varga could join Halvorsen Marine and become CEO of Trellis Analytics.", "Halvorsen Marine"),
    ("Lena Varga will join Orvane and become CEO of Quillfield.", "Orvane"),
])
def test_a_become_joined_to_a_verb_with_a_mood_is_no_post_and_no_source(nlp, text, joined):
    employ = of_kind(nlp, text, "employ")
    assert [org for org, _ in employ] == [joined]
    assert of_kind(nlp, text, "talent_move") == {}


def test_a_post_became_after_a_join_is_no_start_of_the_move(nlp):
    text = "Lena Varga joined Halvorsen Marine and became CEO of Trellis Analytics."
    assert of_kind(nlp, text, "talent_move") == {}


@pytest.mark.parametrize("text", [
    "Lena Varga from Bristol joined as head of finance at Trellis Analytics.",
    "Lena Varga from Norland joined as head of finance at Trellis Analytics.",
])
def test_from_a_name_that_is_no_firm_is_no_move(nlp, text):
    assert of_kind(nlp, text, "talent_move") == {}
    assert of_kind(nlp, text, "employ").get(("Trellis Analytics", "Lena Varga")) == "asserted"


@pytest.mark.parametrize("text", [
    "Lena Varga from Orvane joined as professor of International Affairs.",
    "Gary Dunn, the head of Orvane, took over at Trellis Analytics' Norland office.",
])
def test_a_field_or_an_office_joined_is_no_employer(nlp, text):
    assert of_kind(nlp, text, "talent_move") == {}
    assert not any(org in {"International Affairs", "Norland"} for org, _ in of_kind(nlp, text, "employ"))


def test_a_second_joiner_beside_the_firm_is_no_firm(nlp):
    text = ("Lena Varga from Orvane joined as head of finance at Trellis Analytics, Piet Okafor "
            "from Kestrel Foods as head of sales.")
    assert of_kind(nlp, text, "employ") == {("Trellis Analytics", "Lena Varga"): "asserted"}
    assert not any("Piet Okafor" in pair for pair in of_kind(nlp, text, "talent_move"))


def test_a_person_named_inside_a_firm_name_brings_no_one_else_in(nlp):
    text = ("Ravi Lund was a senior deacon at the Brambleway Church of Lincoln Gardens in Norland. "
            "He was also a former deputy director of the Orvane Foundation.")
    assert of_kind(nlp, text, "employ").get(("Orvane Foundation", "Ravi Lund")) == "negated"


def test_a_post_word_as_a_modifier_brings_no_one_else_in(nlp):
    text = ("Tessa Ray is an osteopathic doctor, board-certified in three specialties. She is the "
            "founder of Trellis Analytics.")
    assert of_kind(nlp, text, "employ").get(("Trellis Analytics", "Tessa Ray")) == "asserted"
