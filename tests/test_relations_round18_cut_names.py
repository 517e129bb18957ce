"""Round 18: a fact about a name the parser cut off a longer one is not kept.

"Advocates for Dairy Reform" read out of "California Advocates for Dairy Reform" names no real
party; nor does "Leisure Software Publishers Association" of "Entertainment and Leisure ...".
Titles, company suffixes, places in a list and headlines are no part of a name.
Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities import DocEntities
from tieline.extract.relations.cut_names import looks_cut


@pytest.mark.parametrize("text,cut", [
    # farming
    ("Tina Moss, the executive director of California Advocates for Dairy Reform, said farms "
     "need help.", "Advocates for Dairy Reform"),
    # games
    ("Roger Bell, director general of Entertainment and Leisure Software Publishers "
     "Association, said sales grew.", "Leisure Software Publishers Association"),
    # water utilities
    ("Mark Dunn, president of Texas Advocates for Water Safety, said the rules are weak.",
     "Advocates for Water Safety"),
])
def test_a_fact_about_a_cut_name_is_not_kept(nlp, text, cut):
    assert not any(cut in pair for pair in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text,pair,kind", [
    ("Lena Park, chair of Ohio Alliance for Rail Freight, said costs rose.",
     ("Ohio Alliance for Rail Freight", "Lena Park"), "employ"),
    # a title before "of" is a role, not a name's first word
    ("\"Everything starts with power,\" Sam Ode, CEO of Brisk Grid, said in a statement.",
     ("Brisk Grid", "Sam Ode"), "employ"),
    # an honorific before a person
    ("Dr. Ann Holt, director of the Kestrel Institute, said tests are scarce.",
     ("Kestrel Institute", "Ann Holt"), "employ"),
    # a company suffix closing the list item before
    ("Vossa Chips said it signed supply deals with Pell Robotics, Inc. and Ardent Labs.",
     ("Ardent Labs", "Vossa Chips"), "partner"),
    # a headline's talent move
    ("Vossa Chips Hires Former Pell Robotics Chief to Join Kestrel Board\n\nVossa Chips said "
     "it signed supply deals with Pell Robotics and Ardent Labs.",
     ("Pell Robotics", "Vossa Chips"), "talent_move"),
])
def test_whole_names_titles_lists_and_headlines_keep_their_facts(nlp, text, pair, kind):
    assert pair in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,name,cut", [
    ("Kestrel Foods also has deals with Halvorsen Marine in Canada and Trellis Analytics in "
     "Sweden.", "Trellis Analytics", False),  # a place ends the list item before
    # a headline: every word is capitalised, so the word before a name says nothing
    ("Kestrel Foods Sales Chief Departs to Join Brambleway Dairy", "Brambleway", False),
    ("Roger Bell, director general of Entertainment and Leisure Software Publishers "
     "Association, said sales grew.", "Leisure Software Publishers Association", True),
])
def test_only_a_loose_name_word_before_a_name_marks_it_cut(nlp, text, name, cut):
    sdoc = nlp(text)
    ents = DocEntities(sdoc)
    [sent] = list(sdoc.sents)
    mentions = [m for m in ents.mentions_in(sent) if m.name == name and m.kind == "name"]
    assert mentions and all(looks_cut(m, sent, ents) == cut for m in mentions)
