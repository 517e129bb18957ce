"""Names, round 24: an organization stored shorter than the sentence writes it, or with a
joining mark on its edge, names no real party; the fact is refused, not guessed.

(1) "Ohio's Brambleway County Hospital CEO Dr Ann Lee" read as "Brambleway County": the word
glued after the name is an institution word ("Hospital", "Casino", "Bank"), so the name was cut.
"a professor at Kestrel University at Vale" read as "Kestrel University": a university name
going on with "at" and a capitalised place is a campus, an institution of its own.
(2) a party with a slash, hyphen or ampersand on its edge ("Orvane/" of "Orvane/Kestrel").
(3) a "person" that is a degree ("Master of Science").
Whole names keep their facts. Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.arguments import Named
from tieline.extract.relations.cut_names import bad_edge

CUT = [
    "Maine's Quillfield County Hospital CEO Dr Tom Reyes said the ward was full.",
    "Ohio's Brambleway County Hospital CEO Dr Ann Lee said beds ran out.",
    "Dr Ann Lee, a professor at Kestrel University at Vale, said the tests were slow.",
]

WHOLE = [
    ("Orvane Bank manager Ann Lee said rates would rise.", ("Orvane Bank", "Ann Lee")),
    ("Ann Lee, a manager at Orvane Bank, said rates would rise.", ("Orvane Bank", "Ann Lee")),
    ("Kestrel Foods chief executive Ann Lee said sales rose.", ("Kestrel Foods", "Ann Lee")),
    ("Brambleway Casino manager Ann Lee has doubled her pay since moving to the coast.",
     ("Brambleway Casino", "Ann Lee")),
    ("Tom Reyes, a researcher at the Orvane Institute of Marine Science, studied the reef.",
     ("Orvane Institute of Marine Science", "Tom Reyes")),
]


@pytest.mark.parametrize("text", CUT)
def test_name_cut_before_its_institution_word_is_refused(nlp, text):
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text,pair", WHOLE)
def test_whole_names_keep_their_fact(nlp, text, pair):
    assert pair in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("name,kind,bad", [
    ("Orvane/", "ORG", True), ("/Kestrel", "ORG", True), ("Halvorsen Marine -", "ORG", True),
    ("Trellis &", "ORG", True), ("Master of Science", "PERSON", True),
    ("Doctor of Economics", "PERSON", True),
    ("Orvane", "ORG", False), ("Kestrel-Orvane Foods", "ORG", False),
    ("Ann Master", "PERSON", False), ("Bank of Quillfield", "ORG", False),
])
def test_edge_marks_and_degrees(name, kind, bad):
    assert bad_edge(Named(name, kind)) is bad
