"""Round 16 money: a name the tagger cut after a sentence's first word ("Mutual Insurance" of
"Liberty Mutual Insurance will give ...") is cut when the text writes that first word with it
elsewhere ("... to Liberty Mutual customers"); a first word only capitalized because it opens
the sentence ("Meanwhile Tarsk Foods ...") is no part of the name.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from tieline.extract.money.parties import cut_from_longer


@pytest.mark.parametrize("text, name, cut", [
    # insurance, banking: the first word is written with the name elsewhere
    ("Harbor Mutual Insurance will give customers a refund of $250m, returning it to Harbor "
     "Mutual and Pellway customers.", "Mutual Insurance", True),
    ("Dorset Savings Bank paid $3m to savers. Analysts said Dorset Savings had done well.",
     "Savings Bank", True),
    # food, retail: a sentence's opening word is not part of the name
    ("Meanwhile Tarsk Foods will refund $40m to customers. Tarsk Foods said the refund covers "
     "March.", "Tarsk Foods", False),
    ("Yesterday Orvell Retail paid $5m in dividends. Orvell Retail has 40 stores.",
     "Orvell Retail", False),
])
def test_a_name_cut_after_the_sentences_first_word(nlp, text, name, cut):
    assert cut_from_longer(nlp(text), name) is cut


def test_the_before_a_name_at_a_sentences_start_is_no_part_of_it(nlp):
    text = ("The Harwick Group says the cuts fund a £150m investment. The Harwick Group "
            "printed 2m copies. Staff at The Harwick Group went on strike.")
    assert cut_from_longer(nlp(text), "Harwick Group") is False
