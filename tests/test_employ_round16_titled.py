"""Employ recall, round 16: an employer the tagger skipped before a post and a name.

"Orion CEO Arne Sorensen said ...": the tagger may leave the word before the post untagged,
or call it a nationality or a place; a capitalised proper noun written right before a post
(lower-case role words, or "CEO") that is right before a person's full name is the
organization that person works for. Not a known place ("Texas governor A"), a person's
surname ("Kessler spokesperson A" once "Ron Kessler" is named), nor a common word opening
the sentence ("Campaign manager A", "Marketing chief A").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, person, employer", [
    ("A week later, Zephyr CEO Arne Sorensen said bookings had gone dark.",
     "Arne Sorensen", "Zephyr"),
    ("On Monday, Orion CEO Arne Sorensen said chip orders rose.", "Arne Sorensen", "Orion"),
    ("A week later, Tamsin CEO Arne Sorensen said the hotels would reopen.",
     "Arne Sorensen", "Tamsin"),
])
def test_the_word_before_a_post_and_a_name_is_the_employer(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person", [
    ("Ron Kessler said the bill would pass. Kessler spokesperson Ann Vale said a vote was due.",
     "Ann Vale"),
    ("Campaign manager Ann Vale said the vote was close.", "Ann Vale"),
    ("Marketing chief Bo Park said sales rose.", "Bo Park"),
    ("Texas governor Greg Allard said the state would reopen.", "Greg Allard"),
    ("Nursing director Ann Vale said beds were full.", "Ann Vale"),
    # the end of a longer name or title the rule cannot bound
    ("Real Tovana president Jose Arrieta said the match would be replayed.", "Jose Arrieta"),
    ("Unlike other film-makers, Passion of the Harbor director Mel Garrison has not campaigned.",
     "Mel Garrison"),
])
def test_no_employer_from_a_surname_a_place_or_a_common_word(nlp, text, person):
    assert not [h for h, t in of_kind(nlp, text, "employ") if t == person]
