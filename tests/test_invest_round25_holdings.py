"""invest (round 25): two holding shapes. "X's portfolio company Y" (the possessor of the
name the noun modifies holds it) and "X's shares in Y" (a possessed plural of shares in a
firm). Refused: a single "share" ("its share in the market"), a share price that moves or
trades ("X's shares in Y fell 3%"), shares listed in a place. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, fact", [
    ("Trellis Capital's portfolio company Quillfield Labs opened an office.",
     ("Trellis Capital", "Quillfield Labs")),
    ("Halvorsen Equity's portfolio firm Kestrel Foods cut jobs.",
     ("Halvorsen Equity", "Kestrel Foods")),
    ("Trellis Capital's shares in Quillfield Labs are worth $2 billion.",
     ("Trellis Capital", "Quillfield Labs")),
    ("Orvane Mining's shares in Brambleway Dairy were placed in a trust.",
     ("Orvane Mining", "Brambleway Dairy")),
])
def test_holding_shapes_give_invest(nlp, text, fact):
    assert of_kind(nlp, text, "invest").get(fact) == "asserted"


def test_both_portfolio_companies_of_a_list(nlp):
    facts = of_kind(nlp, "Trellis Capital's portfolio companies Quillfield Labs and Kestrel Foods "
                         "cut jobs.", "invest")
    assert set(facts) == {("Trellis Capital", "Quillfield Labs"), ("Trellis Capital", "Kestrel Foods")}


@pytest.mark.parametrize("text", [
    "Trellis Capital's shares in Quillfield fell 3% on Monday.",
    "Analysts said Kestrel's shares in London fell 5%.",
    "Orvane Media's share in Brambleway Dairy's home market rose.",
    "Trellis Capital's portfolio company is growing fast.",
])
def test_prices_and_market_shares_are_no_holding(nlp, text):
    assert of_kind(nlp, text, "invest") == {}


@pytest.mark.parametrize("text, investee, investors", [
    ("Quillfield Labs raised $50 million in a Series B round co-led by Trellis Capital and "
     "Orvane Ventures.", "Quillfield Labs", {"Trellis Capital", "Orvane Ventures"}),
    ("Brambleway Dairy closed a $12 million funding round co-led by Halvorsen Equity and "
     "Kestrel Partners.", "Brambleway Dairy", {"Halvorsen Equity", "Kestrel Partners"}),
])
def test_a_round_co_led_by_names_its_investors(nlp, text, investee, investors):
    """The tokenizer splits "co-led" and the parser hangs "co" on the round and "led" on the
    main verb: the round is still what the participle describes."""
    facts = of_kind(nlp, text, "invest")
    assert {h for (h, t), m in facts.items() if t == investee and m == "asserted"} == investors


@pytest.mark.parametrize("text, investee, investors", [
    ("Quillfield Labs raised $40 million in a round led by Trellis Capital. Orvane Ventures and "
     "Kestrel Partners also participated.", "Quillfield Labs",
     {"Trellis Capital", "Orvane Ventures", "Kestrel Partners"}),
    ("Quillfield Labs raised $40 million in a round led by Trellis Capital. Existing investors "
     "Orvane Ventures and Kestrel Partners also took part.", "Quillfield Labs",
     {"Trellis Capital", "Orvane Ventures", "Kestrel Partners"}),
    ("Brambleway Dairy raised $8 million in seed funding from Halvorsen Equity. Kestrel Partners "
     "also invested.", "Brambleway Dairy", {"Halvorsen Equity", "Kestrel Partners"}),
])
def test_investors_the_next_sentence_adds_to_a_round(nlp, text, investee, investors):
    facts = of_kind(nlp, text, "invest")
    assert {h for (h, t), m in facts.items() if t == investee and m == "asserted"} == investors


@pytest.mark.parametrize("text, outsider", [
    ("Quillfield Labs raised $40 million in a round led by Trellis Capital. Orvane Ventures also "
     "joined the board.", "Orvane Ventures"),
    ("Quillfield Labs raised $40 million in a round led by Trellis Capital. Kestrel Foods also "
     "took part in the talks.", "Kestrel Foods"),
    ("Quillfield Labs won a contract from Trellis Capital. Orvane Ventures also participated.",
     "Orvane Ventures"),
    ("Quillfield Labs raised $40 million from Trellis Capital and Brambleway Dairy raised $5 "
     "million from Orvane Ventures. Kestrel Partners also participated.", "Kestrel Partners"),
])
def test_no_round_or_another_act_adds_no_investor(nlp, text, outsider):
    assert not [h for h, t in of_kind(nlp, text, "invest") if h == outsider]


def test_the_subject_of_a_clause_cut_short_is_no_investee(nlp):
    """"..., C has not": the parser sets C beside the object as another name for it."""
    facts = of_kind(nlp, "While Trellis Capital has backed Quillfield Labs, Halvorsen Marine "
                         "has not.", "invest")
    assert set(facts) == {("Trellis Capital", "Quillfield Labs")}


def test_a_clause_cut_short_names_no_party_of_any_kind(nlp):
    """The misparse is no invest matter: a lawsuit's object gets the same false second name."""
    facts = of_kind(nlp, "While Kestrel Foods has sued Orvane Markets, Brambleway Dairy has not.",
                    "sue")
    assert set(facts) == {("Kestrel Foods", "Orvane Markets")}


def test_a_subsidiary_named_before_its_verb_is_still_held(nlp):
    facts = of_kind(nlp, "Kestrel Foods said its subsidiary Quillfield Labs would open a plant.",
                    "invest")
    assert ("Kestrel Foods", "Quillfield Labs") in facts


@pytest.mark.parametrize("text", [
    # a funding word that is no round: a holding told of, funding cut
    "Kestrel Foods, which owns Trellis Analytics, cut funding for its research labs. "
    "Orvane Ventures also invested.",
    # the sentence tells of another raising: whose round the newcomer joined is not said
    "Trellis Analytics raised $40 million from Kestrel Capital. Quillfield Robotics, a rival, "
    "also raised money, and Orvane Ventures also participated.",
])
def test_round_followers_need_that_round(nlp, text):
    assert ("Orvane Ventures", "Trellis Analytics") not in of_kind(nlp, text, "invest")


def test_round_followers_after_a_raise_without_the_word_round(nlp):
    text = ("Trellis Analytics raised $40 million from Kestrel Capital. "
            "Orvane Ventures also invested.")
    assert ("Orvane Ventures", "Trellis Analytics") in of_kind(nlp, text, "invest")
