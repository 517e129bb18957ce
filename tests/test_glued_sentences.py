"""Scraped news glues sentences ("the company said.Acme announced ..."): the period is split off
so that one sentence's figure or party is never the other's, while dotted names, domains,
abbreviations and decimals stay one token. Invented sentences from several industries."""
import pytest

from extracted import money, relations


def _words(nlp, text):
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize("text, glued", [
    ("Sales fell, the company said.Brightwave announced a new plant.", ["said", ".", "Brightwave"]),
    ("Its mines reopened last week.The miner expects more.", ["week", ".", "The"]),
    ('She called it "a good start".The bank agreed.', ["start", '"', ".", "The"]),
    ("The drug was approved (in March).Trials go on.", [")", ".", "Trials"]),
    ("Stores closed, it said.“We will reopen,” said Ann Lee.", ["said", ".", "“", "We"]),
    ("Who will coach the team?Dana Orr said the club would decide.", ["team", "?", "Dana"]),
    ("The harvest was superb!Larsk Wines doubled its exports.", ["superb", "!", "Larsk"]),
    ("Would the clinic close?“Not this year,” its owner said.", ["close", "?", "“", "Not"]),
])
def test_glued_sentences_are_split(nlp, text, glued):
    words = _words(nlp, text)
    at = words.index(glued[0])
    assert words[at:at + len(glued)] == glued
    assert len(list(nlp(text).sents)) == 2


def test_a_question_mark_after_a_name_is_split_off(nlp):
    """"Who owns Orvik Dairy?Tamsin Vale ...": the parser may still read one sentence, but the
    names on either side are no longer one garbled token."""
    words = _words(nlp, "Who owns Orvik Dairy?Tamsin Vale bought it in May.")
    assert words[2:7] == ["Orvik", "Dairy", "?", "Tamsin", "Vale"]


@pytest.mark.parametrize("name", [
    "Character.AI", "Amazon.com", "Node.js", "U.S.", "No.5", "St.Louis", "Yandex.Taxi", "Mail.Ru",
    "www.Example.com", "www.Example", "p.m.Portsmouth", "3.5", "Yahoo!Japan", "Jeopardy!?No",
    "https://orvane.com/page?Ref=Home",
])
def test_dotted_names_stay_one_token(nlp, name):
    assert name in _words(nlp, f"Orvane Labs met {name} staff on Monday.")


@pytest.mark.parametrize("text, fact", [
    ("Halden Foods closed two bakeries, the company said.Pellix Media announced it would spend "
     "$40 million on new studios.", ("Pellix Media", 40_000_000)),
    ("Orvia Motors recalled its vans last week.Kestrel Bank said it had raised $2 billion from "
     "investors.", ("Kestrel Bank", 2_000_000_000)),
])
def test_a_glued_sentence_keeps_its_own_figure(nlp, text, fact):
    assert {(m.entity, round(m.amount)) for m in money(nlp, text)} == {fact}


@pytest.mark.parametrize("text, pair", [
    ("Brightwave Software grew fast, analysts said.Dana Morel, the chief executive of Orvane "
     "Freight, said trucks were scarce.", ("Orvane Freight", "Dana Morel")),
    ("Pell Pharma shares rose on Monday.“Demand is strong,” said Ian Cole, the chief financial "
     "officer of Kestrel Mining.", ("Kestrel Mining", "Ian Cole")),
])
def test_a_glued_sentence_keeps_its_own_parties(nlp, text, pair):
    assert {key[1:] for key in relations(nlp, text) if key[0] == "employ"} == {pair}
