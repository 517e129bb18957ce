"""Names cut short, round 13: the capitalised word after "Chief of", "Head of" or "Director
of" before a person's name is her field ("Chief of Safety Ann Lee"), never her employer; a
firm the tagger found there is kept ("Head of Vantor").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,field,kept", [
    # a school district's safety chief and a security firm
    ("Kestrel Falls Public Schools Chief of Safety Ann Lee said the district works with "
     "Ravenna Security.", "Safety", "Ravenna Security"),
    # a bank's sales head
    ("Vantor Bank Head of Sales Tom Brill said the bank hired Lea Korr from Pine Capital.",
     "Sales", "Vantor Bank"),
    # a food maker's marketing director
    ("Orvell Foods Director of Marketing Jan Ko joined from Quorn Dairy.", "Marketing",
     "Orvell Foods"),
])
def test_a_field_is_no_employer(nlp, text, field, kept):
    found = names(nlp, text)
    assert field not in found and kept in found


@pytest.mark.parametrize("text,kept", [
    ("Ada Roe, chief of Vantor Bank, said the bank will partner with Pine Capital.", "Vantor Bank"),
    ("Secretary of State Ann Vale met Orvell Foods executives.", "Orvell Foods"),
])
def test_firms_after_of_are_kept(nlp, text, kept):
    assert kept in names(nlp, text)
