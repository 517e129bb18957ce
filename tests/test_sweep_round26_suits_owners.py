"""Sweep, round 26: a suit the text says damages are sought in is filed, not an aim ("is
seeking $20m in a lawsuit against Y"), and a "he"/"she" who owns a named organization holds
it as its owner, as a named subject does (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text, head, tail", [
    ("Kestrel Foods is seeking $20m in a lawsuit against Orvane Shipping.",
     "Kestrel Foods", "Orvane Shipping"),
    ("Kestrel Foods is seeking damages in a lawsuit against Orvane Shipping.",
     "Kestrel Foods", "Orvane Shipping"),
    ("Halvorsen Marine filed for bankruptcy in Texas. The company is also seeking $5bn in a "
     "separate lawsuit against Trellis Analytics for its role in the sale.",
     "Halvorsen Marine", "Trellis Analytics"),
])
def test_a_suit_damages_are_sought_in_is_filed(nlp, text, head, tail):
    assert of_kind(nlp, text, "sue").get((head, tail)) == "asserted"


@pytest.mark.parametrize("text, mood", [
    ("Kestrel Foods is seeking a lawsuit against Orvane Shipping.", "hedged"),
    ("Kestrel Foods is seeking to sue Orvane Shipping over the recipe.", "hedged"),
    ("Kestrel Foods is considering a lawsuit against Orvane Shipping.", "hedged"),
    ("Kestrel Foods may be seeking $20m in a lawsuit against Orvane Shipping.", "hedged"),
    ("Kestrel Foods is considering seeking damages in a lawsuit against Orvane Shipping.",
     "hedged"),
    ("Kestrel Foods plans to seek $3m in a suit against Orvane Shipping.", "forecast"),
])
def test_a_suit_still_to_be_brought_keeps_its_mood(nlp, text, mood):
    assert of_kind(nlp, text, "sue").get(("Kestrel Foods", "Orvane Shipping")) == mood


@pytest.mark.parametrize("text, org, person", [
    ("Nora Quill is a baker. She owns the Kestrel Bakery in Dayton.", "Kestrel Bakery",
     "Nora Quill"),
    ("Nora Quill said she owns the Kestrel Bakery in Dayton.", "Kestrel Bakery", "Nora Quill"),
    ("Jon Marsh is a shipwright. He owns Halvorsen Marine, a boatyard in Maine.",
     "Halvorsen Marine", "Jon Marsh"),
])
def test_a_pronoun_owner_of_a_named_firm_is_its_owner(nlp, text, org, person):
    found = relations(nlp, text)
    assert found.get(("employ", org, person)) == "asserted"
    assert ("invest", person, org) not in found


@pytest.mark.parametrize("text, org", [
    ("Nora Quill is a baker. She owns 20% of the Kestrel Bakery.", "Kestrel Bakery"),
    ("Nora Quill is a baker. She owns shares in Halvorsen Marine.", "Halvorsen Marine"),
])
def test_a_pronoun_owner_of_a_stake_holds_a_stake(nlp, text, org):
    found = relations(nlp, text)
    assert ("employ", org, "Nora Quill") not in found
    assert ("invest", "Nora Quill", org) in found


def test_a_pronoun_owner_of_an_unnamed_thing_holds_no_post(nlp):
    found = relations(nlp, "Nora Quill is a baker. She owns a farm in Dayton.")
    assert not [k for k in found if k[0] == "employ"]


@pytest.mark.parametrize("text, thing, person", [
    ("The Trellis Baking Show held its final in May. It’s not financial, according to Nora "
     "Quill, the president of Brambleway, which owns the T.B.S. “We are not putting shows on "
     "to satisfy any contracts,” Quill said.", "Trellis Baking Show", "Nora Quill"),
    ("The Orvane Jazz Festival opened in June. It’s not about money, according to Jon Marsh, "
     "the president of Halvorsen, which runs the O.J.F. “We are not holding concerts to "
     "satisfy any contracts,” Marsh said.", "Orvane Jazz Festival", "Jon Marsh"),
])
def test_a_which_clause_hung_on_a_person_is_not_theirs(nlp, text, thing, person):
    found = of_kind(nlp, text, "employ")
    assert (thing, person) not in found
    assert len(found) == 1  # the post the apposition names stays


def test_a_who_clause_on_the_same_shape_is_the_persons(nlp):
    text = ("The Trellis Baking Show held its final in May. It’s not financial, according to "
            "Nora Quill, the president of Brambleway, who owns the T.B.S. “We are not putting "
            "shows on to satisfy any contracts,” Quill said.")
    assert of_kind(nlp, text, "employ").get(("Trellis Baking Show", "Nora Quill")) == "asserted"


@pytest.mark.parametrize("text", [
    "When asked if Kestrel Foods would buy Orvane Shipping, Nora Quill declined to comment.",
    "Analysts asked whether Halvorsen Marine would partner with Trellis Analytics.",
    "Asked whether Kestrel Foods planned to sue Brambleway Dairy, a spokesman said no.",
    "She asked if Nora Quill would join Trellis Analytics as chief executive.",
    "Asked if Nora Quill and Jon Marsh would lead Trellis Analytics, the board said no.",
])
def test_a_question_put_states_no_tie(nlp, text):
    assert relations(nlp, text) == {}


@pytest.mark.parametrize("text, key", [
    ("When asked if Kestrel Foods would be seeking compensation from Orvane, the company's "
     "chief executive Nora Quill said no.", ("employ", "Kestrel Foods", "Nora Quill")),
    ("Kestrel Foods asked if Orvane Shipping would sell, then bought Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy")),
    ("Nora Quill, who joined Kestrel Foods in May, was asked whether prices would rise.",
     ("employ", "Kestrel Foods", "Nora Quill")),
    ("If Kestrel Foods buys Orvane Shipping, prices will rise.",
     ("acquire", "Kestrel Foods", "Orvane Shipping")),
    ("It is unclear whether Kestrel Foods will buy Orvane Shipping.",
     ("acquire", "Kestrel Foods", "Orvane Shipping")),
])
def test_a_tie_outside_the_question_or_under_no_asking_verb_stays(nlp, text, key):
    assert key in relations(nlp, text)


@pytest.mark.parametrize("text, org, person", [
    ("Jon White, the former Dunmore State University and Kestrel Athletics physician accused of "
     "fraud, was jailed.", "Dunmore State University", "Jon White"),
    ("Nora Quill, the former Dunmore Hospital and Kestrel Rowing physician accused of fraud, was "
     "jailed.", "Dunmore Hospital", "Nora Quill"),
])
def test_a_former_word_opening_a_shared_title_dates_each_employer(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "negated"


@pytest.mark.parametrize("text", [
    "Nora Quill, the Trellis State University physician, was praised.",
    "Nora Quill, a former teacher, is now the Trellis State University physician.",
])
def test_a_title_with_no_former_word_of_its_own_stays_current(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Trellis State University", "Nora Quill")) \
        == "asserted"
