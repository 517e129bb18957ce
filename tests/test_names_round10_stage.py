"""Transcripts, round 10: a bracketed note on the room ("[Laughs]", "(applause)",
"[Crosstalk]") is never a name, so it is never a maker, a product or a party; a bracketed
name an editor inserts ("[Vale]", "(Orvak Labs)") stays a name.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from extracted import relations
from test_names_round3 import names


@pytest.mark.parametrize("text,labels,junk", [
    # technology podcast
    ("[Laughs] Almost. Pellor Systems shipped the Pellor Hub in May.",
     [("Laughs", "ORG"), ("Pellor Systems", "ORG")], "Laughs"),
    ("[Laughs] How can I run a podcast without thinking about our listeners?",
     [("Laughs How", "WORK_OF_ART")], "Laughs How"),
    # food retail panel
    ("(Applause) Thank you. Drovan Foods opened two stores in Larsk.",
     [("Applause", "ORG"), ("Drovan Foods", "ORG")], "Applause"),
    ("[Crosstalk] Right. Drovan Foods buys grain from Mellow Mills.",
     [("Crosstalk", "ORG"), ("Drovan Foods", "ORG"), ("Mellow Mills", "ORG")], "Crosstalk"),
    ("(audience laughs) Kestrel Bank lends to farmers.",
     [("Kestrel Bank", "ORG")], "laughs"),
])
def test_a_stage_direction_is_no_name(nlp, text, labels, junk):
    found = names(nlp, text, labels)
    assert junk not in found
    assert not any(n.startswith(("Laughs", "Applause", "Crosstalk")) for n in found)


@pytest.mark.parametrize("text,labels,name", [
    ("He said [Vale] would run the lab at Orvak Labs.",
     [("Vale", "PERSON"), ("Orvak Labs", "ORG")], "Vale"),
    ("The grocer (Drovan Foods) cut prices in Larsk.",
     [("Drovan Foods", "ORG")], "Drovan Foods"),
])
def test_a_bracketed_name_stays_a_name(nlp, text, labels, name):
    assert name in names(nlp, text, labels)


def test_a_stage_direction_makes_no_product(nlp):
    text = "Did you test it yourself? [Laughs] Almost. Pellor Systems makes the Pellor Hub."
    found = relations(nlp, text)
    assert not any("Laughs" in (head + tail) for _, head, tail in found)
