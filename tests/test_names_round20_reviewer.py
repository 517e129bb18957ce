"""Round 20, names: reviewer A's leftovers in names and entities (invented names throughout)."""
from __future__ import annotations

import pytest

from tieline.names import grown_initials, initial


@pytest.mark.parametrize("word,letters", [("U.S.", "US"), ("U.K.", "UK"), ("U.S", "US"),
                                          ("Navy", "N"), ("J.", "J")])
def test_initial_keeps_a_dotted_words_letters(word, letters):
    assert initial(word) == letters


def test_grown_initials_spells_a_dotted_word_whole():
    """"U.S. Bureau for Harbour Safety and Rescue" kept "USBHS", not "UBHS"."""
    assert grown_initials("U.S. Bureau for Harbour Safety and Rescue") == "USBHS"
    assert grown_initials("Bureau for Harbour Safety and Rescue") == "BHS"
    assert grown_initials("Office of Health and Welfare") == ""  # two letters: too few
