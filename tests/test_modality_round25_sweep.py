"""modality (round 25): shapes a sweep of unseen news read with the wrong modality.

A party noun held by a name or a possessive ("Acme's rival Bolt", "rival Bolt", "its former
owner, Acme", "the club's largest shareholders, A and B") presupposes its tie, so the verb the
noun phrase sits under does not hedge, forecast or negate it; the phrase's own "former" does.
A person's title inside "according to <title> <name>" is the writer's, not attributed. "want X
to buy Y" is hedged, "expect X to buy Y" forecast; "used to get/own/supply" is past (negated);
"moved to block" is a step, not an ending; "willing/keen/eager to buy" is hedged; the one replaced keeps the post while the replacing
is only wanted or to come. Near shapes keep their old reading.

Every sentence and name is invented (food, shipping, software, banking, aviation).
"""
from __future__ import annotations

import pytest

from extracted import relations


def _mood(nlp, text, key):
    return relations(nlp, text).get(key)


@pytest.mark.parametrize("text, key, modality", [
    # the noun phrase's tie stands whatever the verb above it does
    ("Orvane is holding talks with Kestrel Foods' rival Brambleway Dairy.",
     ("compete", "Brambleway Dairy", "Kestrel Foods"), "asserted"),
    ("Kestrel Foods is to buy rival Brambleway Dairy for $2 billion.",
     ("compete", "Brambleway Dairy", "Kestrel Foods"), "asserted"),
    ("Trellis Analytics will meet its rival Quillfield Software in court.",
     ("compete", "Quillfield Software", "Trellis Analytics"), "asserted"),
    ("For his plan to succeed, he needs the support of Trellis Analytics' largest shareholders,"
     " Kestrel Capital and Quillfield Partners.",
     ("invest", "Kestrel Capital", "Trellis Analytics"), "asserted"),
    ("Analysts said the buyer might face litigation from Orvane Holdings, Quillfield Shipping's"
     " former owner.", ("invest", "Orvane Holdings", "Quillfield Shipping"), "negated"),
    ("Kestrel Foods could face claims from its previous owner, Halvorsen Capital.",
     ("invest", "Halvorsen Capital", "Kestrel Foods"), "negated"),
    # near shapes: an ending verb, a predicate, a verb's own negation
    ("Kestrel Foods sold its unit Brambleway Dairy to Orvane.",
     ("invest", "Kestrel Foods", "Brambleway Dairy"), "negated"),
    ("Kestrel Foods dropped its supplier Brambleway Dairy.",
     ("supply", "Brambleway Dairy", "Kestrel Foods"), "negated"),
    ("Kestrel Foods could become a supplier to Orvane Markets.",
     ("supply", "Kestrel Foods", "Orvane Markets"), "hedged"),
    ("Kestrel Foods may name Halvorsen Bank as its adviser.",
     ("supply", "Halvorsen Bank", "Kestrel Foods"), "hedged"),
    ("Kestrel Foods is not a rival of Brambleway Dairy.",
     ("compete", "Brambleway Dairy", "Kestrel Foods"), "negated"),
])
def test_a_party_noun_keeps_its_own_tie(nlp, text, key, modality):
    assert _mood(nlp, text, key) == modality


@pytest.mark.parametrize("text, key, modality", [
    ("The plant will reopen in June, according to Kestrel Foods spokeswoman Ann Whitfield.",
     ("employ", "Kestrel Foods", "Ann Whitfield"), "asserted"),
    ("Demand for ferries is rising, according to Tom Harlow, an analyst at Quillfield Bank.",
     ("employ", "Quillfield Bank", "Tom Harlow"), "asserted"),
    ("Closed rooms seem to be risks, says Tom Harlow, who is also a professor at Quillfield"
     " University, citing clues from these reports.",
     ("employ", "Quillfield University", "Tom Harlow"), "asserted"),
    # the source still attributes what it is the source of
    ("According to Tom Harlow, Kestrel Foods bought Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "reported"),
    ("Reports from Orvane News say Kestrel Foods bought Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "reported"),
])
def test_the_source_of_a_report_is_not_reported(nlp, text, key, modality):
    assert _mood(nlp, text, key) == modality


@pytest.mark.parametrize("text, key, modality", [
    ("Shareholders want Trellis Analytics to buy Quillfield Software.",
     ("acquire", "Trellis Analytics", "Quillfield Software"), "hedged"),
    ("Analysts expect Kestrel Foods to buy Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "forecast"),
    ("Halvorsen Marine used to supply engines to Kestrel Shipping.",
     ("supply", "Halvorsen Marine", "Kestrel Shipping"), "negated"),
    ("Trellis Analytics used to own Quillfield Software.",
     ("invest", "Trellis Analytics", "Quillfield Software"), "negated"),
    ("European regulators could move to block Kestrel Foods' purchase of Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "hedged"),
    ("Kestrel Foods moved to buy Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "asserted"),
    ("Orvane Airways wants to take delivery of 40 jets from Quillfield Aerospace.",
     ("supply", "Quillfield Aerospace", "Orvane Airways"), "hedged"),
    ("Ann Whitfield has not been appointed chief executive of Kestrel Foods.",
     ("employ", "Kestrel Foods", "Ann Whitfield"), "negated"),
    ("Halvorsen Marine had been willing to buy Quillfield Shipping, but its founder refused.",
     ("acquire", "Halvorsen Marine", "Quillfield Shipping"), "hedged"),
    ("Kestrel Foods is keen to buy Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "hedged"),
    # near shapes
    ("Ann Whitfield, who is keen on sailing, is chief executive of Halvorsen Marine.",
     ("employ", "Halvorsen Marine", "Ann Whitfield"), "asserted"),
    ("Kestrel Foods used Brambleway Dairy's milk to make cheese.",
     ("use", "Kestrel Foods", "Brambleway Dairy"), "asserted"),
    ("Regulators could block Kestrel Foods' purchase of Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "hedged"),
    ("Regulators blocked Kestrel Foods' purchase of Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "negated"),
])
def test_the_clause_around_the_tie(nlp, text, key, modality):
    assert _mood(nlp, text, key) == modality


@pytest.mark.parametrize("text, held", [
    ("Investors want Ann Whitfield to replace Tom Harlow as chief executive of Halvorsen Marine.",
     "asserted"),
    ("Ann Whitfield will replace Tom Harlow as chief executive of Halvorsen Marine.", "asserted"),
    ("Ann Whitfield replaced Tom Harlow as chief executive of Halvorsen Marine.", "negated"),
    ("Ann Whitfield did not replace Tom Harlow as chief executive of Halvorsen Marine.", None),
])
def test_the_one_replaced_holds_the_post_until_it_happens(nlp, text, held):
    assert _mood(nlp, text, ("employ", "Halvorsen Marine", "Tom Harlow")) == held


def test_a_wanted_replacement_is_hedged(nlp):
    text = "Investors want Ann Whitfield to replace Tom Harlow as chief executive of Halvorsen Marine."
    assert _mood(nlp, text, ("employ", "Halvorsen Marine", "Ann Whitfield")) == "hedged"


@pytest.mark.parametrize("text, key, modality", [
    # the reports hold the clause the tie sits in: what they carry is reported
    ("Shares rose amid reports that Kestrel Foods is in talks to buy Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "reported"),
    ("Following reports that Halvorsen Marine bought Quillfield Shipping, shares rose.",
     ("acquire", "Halvorsen Marine", "Quillfield Shipping"), "reported"),
    ("Analysts read reports that Trellis Analytics bought Quillfield Software.",
     ("acquire", "Trellis Analytics", "Quillfield Software"), "reported"),
    # a clause inside the "according to" source is what the source says
    ("The plant will close, according to documents that show Kestrel Foods bought Brambleway"
     " Dairy.", ("acquire", "Kestrel Foods", "Brambleway Dairy"), "reported"),
    # near shapes: the source's own description is the writer's
    ("Demand for ferries is rising, according to Tom Harlow, who is an analyst at Quillfield"
     " Bank.", ("employ", "Quillfield Bank", "Tom Harlow"), "asserted"),
    ("Closed rooms are risky, according to a paper published by Tom Harlow of Quillfield"
     " University.", ("employ", "Quillfield University", "Tom Harlow"), "asserted"),
    ("Halvorsen Marine bought Quillfield Shipping after publishing reports on its fleet.",
     ("acquire", "Halvorsen Marine", "Quillfield Shipping"), "asserted"),
])
def test_reports_and_sources_carry_their_clause(nlp, text, key, modality):
    assert _mood(nlp, text, key) == modality


@pytest.mark.parametrize("text, key, modality", [
    # the party noun's own words say the tie is still to come
    ("Kestrel Foods' would-be owner Halvorsen Capital walked away.",
     ("invest", "Halvorsen Capital", "Kestrel Foods"), "hedged"),
    ("Quillfield Shipping's prospective owner, Orvane Holdings, is still in talks.",
     ("invest", "Orvane Holdings", "Quillfield Shipping"), "hedged"),
    ("Trellis Analytics' future partner Quillfield Software declined to comment.",
     ("partner", "Quillfield Software", "Trellis Analytics"), "forecast"),
    # near shapes: such a word in the possessor's name, a new owner in place
    ("Future Foods' owner Halvorsen Capital declined to comment.",
     ("invest", "Halvorsen Capital", "Future Foods"), "asserted"),
    ("Kestrel Foods' new owner, Halvorsen Capital, will take control next month.",
     ("invest", "Halvorsen Capital", "Kestrel Foods"), "asserted"),
])
def test_a_party_nouns_own_words_set_its_tie(nlp, text, key, modality):
    assert _mood(nlp, text, key) == modality


def test_a_deal_listed_after_the_source_is_the_writers(nlp):
    text = ("Deals in shipping reached $40 billion last year, according to Orvane News, including"
            " Halvorsen Marine's purchase of Quillfield Shipping.")
    assert _mood(nlp, text, ("acquire", "Halvorsen Marine", "Quillfield Shipping")) == "asserted"
