"""Transcripts and page tags, round 11: a label in capitals at a line's start before a colon
("VANE:", "TWILA VANE:", "FILE PHOTO:") is never a name, whatever the tagger calls it; the
speaker is named in full elsewhere. A name in capitals inside a sentence, or one not followed
by a colon, stays a name.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,labels,junk", [
    # pharmacy radio interview
    ("Pharmacist Twila Vane spoke about the shortage.\nVANE: We ran out of masks in March.",
     [("Twila Vane", "PERSON"), ("VANE", "ORG")], "VANE"),
    # farming podcast, a two-word label
    ("Grower Oda Fenn joined the show.\nODA FENN: The rain came late this year.",
     [("Oda Fenn", "PERSON"), ("ODA FENN", "ORG")], "ODA FENN"),
    # a page's photo tag before a caption
    ("Drovan Foods opened a store.\nFILE PHOTO: A shopper outside the store.",
     [("Drovan Foods", "ORG"), ("FILE PHOTO", "ORG")], "FILE PHOTO"),
])
def test_a_line_label_before_a_colon_is_no_name(nlp, text, labels, junk):
    found = names(nlp, text, labels)
    assert junk not in found
    assert labels[0][0] in found


@pytest.mark.parametrize("text,labels,name", [
    # capitals inside a sentence
    ("Regulators fined ORVANE on Monday: the bank paid at once.",
     [("ORVANE", "ORG")], "ORVANE"),
    # capitals at a line's start without a colon
    ("The show ended.\nKESTREL BANK said it would lend to farmers.",
     [("KESTREL BANK", "ORG")], "KESTREL BANK"),
])
def test_capitals_elsewhere_stay_a_name(nlp, text, labels, name):
    assert any(n.lower() == name.lower() for n in names(nlp, text, labels))
