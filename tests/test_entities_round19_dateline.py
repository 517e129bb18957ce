""""LONDON — Acme said that it would buy Borel": a newswire dateline opening a line is its own
sentence. Glued to the lead, its place was read as the sentence's subject, as the antecedent of
"it" (nothing found), as the buyer ("Paris, 4 May: ...") or as part of the first name
("SAN FRANCISCO - Acme" lost Acme). Forms: capitals ("LONDON —", "ST. PAUL, Minn. (AP) --",
"NEW YORK, March 3 (Agency) -"), a town and its state ("Orlando, Fla. –") or a town and a date
("Paris, 4 May:"). A name followed by a spaced dash and a lowercase word ends at the dash
("Quinlan Private - bought the hotel" names Quinlan Private, not "Quinlan Private - bought").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("dateline", [
    "LONDON — ", "LONDON (Newswire) - ", "SAN FRANCISCO - ", "NEW YORK, March 3 (Wire) -- ",
    "ST. PAUL, Minn. (Wire) — ", "Orlando, Fla. – ", "Paris, 4 May: ", "KAMPALA, Uganda -- ",
    "Dearborn — ",
])
@pytest.mark.parametrize("lead,kind,fact", [
    # food
    ("Arvell Foods said that it would buy Tessan Dairy for $40 million.",
     "acquire", ("Arvell Foods", "Tessan Dairy")),
    # software
    ("Corvane Systems said on Monday that it had bought a stake in Pellor Analytics.",
     "invest", ("Corvane Systems", "Pellor Analytics")),
    # shipping
    ("Halvard Shipping said it would sue Brisco Marine over the lost cargo.",
     "sue", ("Halvard Shipping", "Brisco Marine")),
])
def test_dateline_is_no_party_of_the_lead(nlp, dateline, lead, kind, fact):
    facts = of_kind(nlp, dateline + lead, kind)
    assert fact in facts
    assert set(facts) == set(of_kind(nlp, lead, kind))


@pytest.mark.parametrize("text", [
    "Paris, 4 May: Arvell Foods said that it would buy Tessan Dairy.",
    "DENVER — Corvane Systems said it would buy Pellor Analytics.",
])
def test_dateline_place_is_no_end(nlp, text):
    ends = {end for key in relations(nlp, text) for end in key[1:]}
    assert not ends & {"Paris", "DENVER", "Denver"}


@pytest.mark.parametrize("text,kind,fact", [
    # a capitalised firm opening the line with a dash aside stays the subject
    ("Arvell Foods - the dairy group - bought Tessan Dairy in March.",
     "acquire", ("Arvell Foods", "Tessan Dairy")),
    # a dash inside the sentence is no dateline
    ("The deal - agreed on Monday - means Corvane Systems will buy Pellor Analytics.",
     "acquire", ("Corvane Systems", "Pellor Analytics")),
])
def test_dashes_that_are_no_dateline_keep_the_fact(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,kind,fact", [
    # hotels
    ("Quinlan Private - bought the Harbor Hotel from Vesta Group.",
     "acquire", ("Quinlan Private", "Harbor Hotel")),
    # mining
    ("Darrow Minerals - acquired Kelso Mining last year.",
     "acquire", ("Darrow Minerals", "Kelso Mining")),
])
def test_name_ends_at_a_spaced_dash(nlp, text, kind, fact):
    facts = of_kind(nlp, text, kind)
    assert fact in facts
    assert not [key for key in facts if " - " in key[0] or " - " in key[1]]


@pytest.mark.parametrize("text,name", [
    ("Shares of Rolls-Royce Holdings rose after Vesta Group bought a stake in Rolls-Royce "
     "Holdings.", "Rolls-Royce Holdings"),
    ("Vesta Group bought Orlen-Kade Media in 2019.", "Orlen-Kade Media"),
])
def test_unspaced_hyphen_stays_in_the_name(nlp, text, name):
    ends = {end for key in relations(nlp, text) for end in key[1:]}
    assert name in ends


@pytest.mark.parametrize("text,kind,fact", [
    # food: a dateline line in mid-text is no sentence of the story for the antecedent window
    ("Arvell Foods makes cheese in Ohio. Sales rose in May. Prices fell in June. Costs rose in "
     "July.\nLONDON - A worker at a plant in Ohio.\nThe company said it would buy Tessan Dairy.",
     "acquire", ("Arvell Foods", "Tessan Dairy")),
    # chips: a photo label the same
    ("Corvane Systems sells chips to carmakers. Sales rose in May. Prices fell in June. Costs "
     "rose in July.\nFILE - A worker at a plant in Texas.\nThe chipmaker has bought a stake in "
     "Pellor Analytics.", "invest", ("Corvane Systems", "Pellor Analytics")),
])
def test_label_line_does_not_push_the_antecedent_out(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,wrong", [
    # athletics
    ("Runners Ada Vale and Ben Roe have been named the winners of the Kestrel Owens Awards, "
     "the top honour of Norland Athletics.", "Kestrel Owens Awards"),
    # publishing
    ("Cara Lind was named the winner of the Pellor Book Award for her first novel.",
     "Pellor Book Award"),
])
def test_named_winner_of_an_award_is_no_job(nlp, text, wrong):
    assert not [key for key in of_kind(nlp, text, "employ") if key[0] == wrong]


def test_named_to_a_job_still_employs(nlp):
    assert ("Norland Bank", "Ada Vale") in of_kind(
        nlp, "Ada Vale was appointed chief executive of Norland Bank.", "employ")
    assert ("Corvane Systems", "Ben Roe") in of_kind(
        nlp, "Ben Roe was named chief financial officer of Corvane Systems.", "employ")


@pytest.mark.parametrize("text", [
    # a firm named like a town, its aside in lowercase: no dateline
    "Orlando - the theme park group - bought Kestrel Rides in May.",
    # a town not in the list of cities: no dateline
    "Vardeck - Norland Freight bought Kestrel Rides in May.",
    # a dash inside a line
    "Shares of Arvell Foods rose - Tessan Dairy fell.",
    # capitals before an aside that opens in capitals
    "HALVARD - Norland's biggest shipper - agreed to buy Brisco Marine.",
])
def test_no_dateline_no_split(nlp, text):
    starts = [t.i for t in nlp(text) if t.is_sent_start]
    assert starts == [0]


@pytest.mark.parametrize("text,kind,fact", [
    # chips: capitals before a dash aside are the subject, no dateline
    ("KORVEX - the chipmaker - agreed to buy Pellor Analytics.",
     "acquire", ("KORVEX", "Pellor Analytics")),
    # steel
    ("VORTA - the steelmaker - agreed to buy Kelso Mining.",
     "acquire", ("VORTA", "Kelso Mining")),
])
def test_capitals_before_an_aside_stay_the_subject(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)
