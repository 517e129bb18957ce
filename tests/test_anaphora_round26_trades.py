"""Descriptions that name a trade ("the carmaker", "the lender", "the retailer") against the
trade the text gave each firm: a firm introduced with another trade ("Kestrel Foods, a
retailer", "chipmaker Quillfield") or named for one ("Kestrel Bank") is never "the carmaker",
though it was named nearest; a firm given the same trade, or one of its class ("a carmaker" for
"the automaker", "a bank" for "the lender"), still is, and "the company" fits any. Two firms
joined by "and" stay a pair the description cannot choose between, even where the parser reads
the two names as one phrase.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

HIRE = "has hired Ann Vale as chief financial officer."


@pytest.mark.parametrize("text,employer", [
    # the firm named nearest is of another trade: the other one is meant
    ("Halvorsen Marine posted a loss on Monday. Kestrel Foods, a retailer, reported sales. The"
     " carmaker " + HIRE, "Halvorsen Marine"),
    ("Trellis Analytics posted a loss on Monday. Shares of chipmaker Quillfield Systems fell."
     " The drugmaker " + HIRE, "Trellis Analytics"),
    # one trade, two words for it
    ("Halvorsen Marine, a carmaker, posted a loss on Monday. Kestrel Foods, a retailer, reported"
     " sales. The automaker " + HIRE, "Halvorsen Marine"),
    # a generic description fits a firm of any trade
    ("Kestrel Foods, a retailer, said sales rose on Monday. The company " + HIRE, "Kestrel Foods"),
])
def test_trade_description_skips_firms_of_another_trade(nlp, text, employer):
    assert of_kind(nlp, text, "employ") == {(employer, "Ann Vale"): "asserted"}, text


def test_firm_named_for_another_trade_is_not_the_carmaker(nlp):
    text = ("Halvorsen Marine posted a loss on Monday. Shares of Kestrel Bank rose. Trellis"
            " Capital invested $40 million in the carmaker.")
    assert of_kind(nlp, text, "invest") == {("Trellis Capital", "Halvorsen Marine"): "asserted"}


def test_firm_named_for_the_trade_is_still_the_lender(nlp):
    text = ("Halvorsen Marine posted a loss on Monday. Shares of Kestrel Bank rose. Trellis"
            " Capital invested $40 million in the lender.")
    assert of_kind(nlp, text, "invest") == {("Trellis Capital", "Kestrel Bank"): "asserted"}


def test_every_firm_of_another_trade_binds_nothing(nlp):
    text = ("Kestrel Foods, a retailer, reported sales on Monday. Quillfield Systems, a chipmaker,"
            " posted a loss. The carmaker " + HIRE)
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text", [
    "Quillfield Semiconductor and Orvane Chips reported results on Monday. Kestrel Capital"
    " invested $40 million in the chipmaker.",
    "Kestrel Foods and Brambleway Stores reported sales on Monday. The retailer " + HIRE,
])
def test_two_joined_firms_bind_nothing(nlp, text):
    assert of_kind(nlp, text, "invest") == {} and of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("other", ["Kestrel Resources", "Kestrel News"])
def test_plural_name_words_keep_their_trade(nlp, other):
    # "Resources" and "News" name a miner and a paper in the plural: neither is "the airline"
    text = ("Halvorsen Airways posted a loss on Monday. Shares of " + other + " rose. Trellis"
            " Capital invested $40 million in the airline.")
    assert of_kind(nlp, text, "invest") == {("Trellis Capital", "Halvorsen Airways"): "asserted"}
