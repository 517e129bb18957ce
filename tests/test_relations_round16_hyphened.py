"""Hyphened rule words, round 16: spaCy splits a word at a hyphen between letters, so a rule
word such as "buy-out" or "co-operation" was read as "out" or "operation" and never matched.
The words listed in relation_words.json whole_hyphened stay one token; a test checks that every
hyphened word of the relation tables is either kept whole or reaches its rules by its last part.
Cooperating with an inquiry is no partnership. Sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from extracted import of_kind
from tieline.extract.wordlists import load


@pytest.mark.parametrize("text, kind, pair", [
    ("Halvard Capital agreed a buy-out of Mervin Foods in March.", "acquire",
     ("Halvard Capital", "Mervin Foods")),
    ("The buy-out of Tessel Hotels by Norrow Partners closed on Friday.", "acquire",
     ("Norrow Partners", "Tessel Hotels")),
    ("The co-operation between Ostra Rail and Pellam Signals began last year.", "partner",
     ("Ostra Rail", "Pellam Signals")),
    ("Brennic Pharma has co-operated with Lusk Biotech since 2019.", "partner",
     ("Brennic Pharma", "Lusk Biotech")),
    ("Tarvo Games co-operated with Quill Studios on its new engine.", "partner",
     ("Quill Studios", "Tarvo Games")),
])
def test_a_hyphened_rule_word_reaches_its_rule(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


def test_the_sell_off_of_a_stake_ends_the_holding(nlp):
    facts = of_kind(nlp, "Kestrel Mining announced the sell-off of its stake in Tarrow Gold.",
                    "invest")
    assert facts.get(("Kestrel Mining", "Tarrow Gold")) == "negated"


@pytest.mark.parametrize("word", ["buy-out", "Buy-outs", "sell-off", "co-operation",
                                  "co-operated", "tie-up"])
def test_listed_hyphened_words_are_one_token(nlp, word):
    assert word in [t.text for t in nlp(f"Corvel Labs confirmed the {word} on Monday.")]


@pytest.mark.parametrize("word", ["start-up", "co-founder", "open-source"])
def test_other_hyphened_words_are_still_split(nlp, word):
    assert word not in [t.text for t in nlp(f"Corvel Labs named the {word} on Monday.")]


def _relation_table_words() -> set[str]:
    """Trigger lemmas and required objects of relations.json, and relation_words' noun lists."""
    tables = load("relations")
    found = set()
    for rule in tables["verbs"] + tables["nouns"]:
        found |= set(rule.get("lemmas", [])) | set(rule.get("require_object", []))
    words = load("relation_words")
    for key in ("divest_nouns", "rival_nouns", "owner_nouns"):
        found |= set(words[key])
    return found


def test_every_hyphened_rule_word_can_match():
    listed = _relation_table_words()
    whole = set(load("relation_words")["whole_hyphened"])
    dead = [w for w in listed if re.search(r"[a-z]-[a-z]", w) and w not in whole
            and w.rsplit("-", 1)[1] not in listed]
    assert not dead, f"hyphened rule words split by the tokenizer and never matched: {dead}"


@pytest.mark.parametrize("text", [
    "Dorvan Insurance said it is co-operating fully with the SEC investigation.",
    "Talcott Bank is cooperating with the Justice Department in its probe.",
    "Merrow Airlines said it would cooperate with regulators and the FAA.",
])
def test_cooperating_with_an_inquiry_is_no_partnership(nlp, text):
    assert not of_kind(nlp, text, "partner")
