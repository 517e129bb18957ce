"""talent_move, round 27: careers told in steps, founders who left a firm, and a post held "now"
beside one the sentence gives as ended.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


# "joined X ... and became CEO of Y": the second post, told as later, is at another firm
@pytest.mark.parametrize("text,pair", [
    ("Ann Lee went on to join Trellis Analytics as chief operating officer in 2014 and became "
     "CEO of Kestrel Foods in 2019.", ("Trellis Analytics", "Kestrel Foods")),
    ("Ann Lee joined Trellis Analytics as head of sales in 2014 and later became chief "
     "executive of Kestrel Foods.", ("Trellis Analytics", "Kestrel Foods")),
    ("Tomas Pell joined Halvorsen Marine in 2009 and then became president of Brambleway "
     "Dairy.", ("Halvorsen Marine", "Brambleway Dairy")),
])
def test_a_later_post_elsewhere_is_a_move_from_the_firm_joined(nlp, text, pair):
    found = relations(nlp, text)
    assert found.get(("talent_move", *pair)) == "asserted"
    # the job joined is an ended one
    assert found.get(("employ", pair[0], text.split(" joined")[0].split(" went")[0])) == "negated"


@pytest.mark.parametrize("text", [
    # no order told: the two posts may be held together
    "Ann Lee joined Trellis Analytics in 2014 and became CEO of Kestrel Foods.",
    # a board seat or chair may be held beside the job
    "Ann Lee joined Trellis Analytics in 2014 and became chairman of Kestrel Foods in 2019.",
    # a society's office is no job
    "Ann Lee joined Trellis Analytics in 2014 and became president of the Quillfield Bar "
    "Association in 2019.",
    # the years say the other order
    "Ann Lee joined Trellis Analytics in 2019 and became CEO of Kestrel Foods in 2014.",
    # a join that did not happen, or may happen
    "Ann Lee did not join Trellis Analytics in 2014 and became CEO of Kestrel Foods in 2019.",
    "Ann Lee could join Trellis Analytics in 2024 and later become CEO of Kestrel Foods.",
    # a unit of the group joined
    "Ann Lee joined Trellis Analytics in 2014 and became CEO of Trellis Analytics Europe in "
    "2019.",
])
def test_posts_not_told_as_a_move_stay_apart(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


def test_the_firm_joined_stays_held_when_no_move_is_told(nlp):
    text = "Ann Lee joined Trellis Analytics in 2014 and became chairman of Kestrel Foods in 2019."
    assert of_kind(nlp, text, "employ").get(("Trellis Analytics", "Ann Lee")) == "asserted"


# a founder marked as having left a firm moved from it to the one founded
@pytest.mark.parametrize("text,pair", [
    ("Ann Lee, a former Trellis Analytics engineer, founded Orvane in 2015.",
     ("Trellis Analytics", "Orvane")),
    ("Ann Lee, a former Trellis Analytics employee who founded the start-up Orvane, was sued.",
     ("Trellis Analytics", "Orvane")),
    ("Dag Moen, the former Halvorsen Marine chief who founded Kestrel Foods, spoke on Monday.",
     ("Halvorsen Marine", "Kestrel Foods")),
    ("Former Trellis Analytics engineer Ann Lee set up Brambleway Dairy in 2015.",
     ("Trellis Analytics", "Brambleway Dairy")),
    ("Two former Trellis Analytics staffers started Kestrel Foods last year.",
     ("Trellis Analytics", "Kestrel Foods")),
])
def test_a_former_employee_who_founded_a_firm_moved_to_it(nlp, text, pair):
    assert of_kind(nlp, text, "talent_move").get(pair) == "asserted"


@pytest.mark.parametrize("text", [
    # still there: no firm left
    "Ann Lee, a Trellis Analytics engineer, founded Orvane in 2015.",
    "Ann Lee, a Trellis Analytics engineer who founded Orvane, spoke on Monday.",
    # grown, not founded
    "Ann Lee, a former Trellis Analytics engineer, built Orvane into a giant.",
    # a unit of the firm left
    "Ann Lee, a former Trellis Analytics engineer, founded Trellis Analytics Labs.",
    # the former post is another person's
    "Ann Lee founded Orvane with Bo Park, a former Trellis Analytics engineer.",
])
def test_no_move_without_a_firm_left_for_a_new_one(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


def test_a_founding_denied_keeps_its_mood(nlp):
    text = "Ann Lee, a former Trellis Analytics engineer, did not found Orvane."
    moves = of_kind(nlp, text, "talent_move")
    assert moves.get(("Trellis Analytics", "Orvane")) in {None, "negated"}


# "A, now Y's chief executive": a post held now beside one the sentence ends
@pytest.mark.parametrize("text,pair", [
    ("Orvane, which at the time was headed by Ann Lee, now chief executive of Kestrel Foods, "
     "was sold in 2011.", ("Orvane", "Kestrel Foods")),
    ("The group had already moved into jewellery in 2011 by buying Orvane, which at the time "
     "was headed by Ann Lee, now Kestrel’s chief executive.", ("Orvane", "Kestrel")),
    ("Ann Lee, now chief executive of Kestrel Foods, left Trellis Analytics in 2019.",
     ("Trellis Analytics", "Kestrel Foods")),
])
def test_an_ended_post_and_one_held_now_are_a_move(nlp, text, pair):
    assert of_kind(nlp, text, "talent_move").get(pair) == "asserted"


@pytest.mark.parametrize("text", [
    # said not to have been there
    "Ann Lee, now chief executive of Kestrel Foods, never worked at Trellis Analytics.",
    "Ann Lee, now chief executive of Kestrel Foods, denied working for Trellis Analytics.",
    "Ann Lee, now chief executive of Kestrel Foods, did not leave Trellis Analytics.",
    # the ended post is another person's
    "Ann Lee, the former Trellis Analytics chief, spoke to Bo Park, now chief executive of "
    "Kestrel Foods.",
    # a unit of the same group
    "Ann Lee, now chief executive of Kestrel Foods, was head of Kestrel Foods Europe until 2019.",
])
def test_no_move_from_a_post_denied_or_not_hers(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


# "Acme hired Globex's Ann Lee": a hire told as done ends the post written on her name
@pytest.mark.parametrize("text,pair", [
    ("In December, Kestrel Foods hired Trellis Analytics's Ann Lee as partner.",
     ("Trellis Analytics", "Ann Lee")),
    ("Kestrel Foods poached Orvane's Ann Lee last year.", ("Orvane", "Ann Lee")),
    ("Halvorsen Marine recruited Brambleway Dairy's Tomas Pell as its finance chief in March.",
     ("Brambleway Dairy", "Tomas Pell")),
])
def test_a_hire_away_ends_the_post_at_the_firm_on_her_name(nlp, text, pair):
    assert of_kind(nlp, text, "employ").get(pair) == "negated"


@pytest.mark.parametrize("text", [
    # a hire to come, hedged or denied: she is still there
    "Kestrel Foods will hire Orvane's Ann Lee as finance chief.",
    "Kestrel Foods may hire Orvane's Ann Lee.",
    "Kestrel Foods did not hire Orvane's Ann Lee.",
    # a board seat is held beside a job
    "Kestrel Foods appointed Orvane's Ann Lee to its board.",
    # a professional a client retains
    "Kestrel Foods hired Orvane's lawyer Ann Lee to fight the claim.",
])
def test_the_post_on_her_name_stays_when_no_hire_away_is_told(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Orvane", "Ann Lee")) == "asserted"
