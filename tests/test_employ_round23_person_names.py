"""The person end of an employ fact is the person's name as the article writes it, or no fact.

A tagger that cuts a given name ("Emily Toth Halvorsen" read as "Toth Halvorsen"), glues a
nickname's quotation mark on ('"Bo" Quill' read as 'Bo" Quill') or takes the tail of a title
for a name ("Professor of Development Economics" read as "of Development Economics") would
store a second, false person; so would a name without the "Jr." the text gives it, a caption
word or an abbreviation run into it, one word where the article writes the name longer, or a
show's name. Such facts are left out. A name written
after a title, a party word, a possessive or a function word is whole and keeps its fact.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.person_ends import not_whole_name


@pytest.mark.parametrize("text,wrong", [
    ("Emily Toth Halvorsen, an associate professor of epidemiology at the Trellis School of "
     "Public Health, said the plan would work.",
     ("Trellis School of Public Health", "Toth Halvorsen")),
    ('"Nick" Orvane, 51, a deputy technology editor for Trellis Analytics, died on April 2.',
     ("Trellis Analytics", 'Nick" Orvane')),
    ('"Bert" Halvorsen served as a forensic scientist with the Quillfield State Police for '
     "36 years.", ("Quillfield State Police", 'Bert" Halvorsen')),
    ('"Testing is uninformative," said Sebastian Quill, Professor of Development Economics at '
     "the University of Quillfield.", ("University of Quillfield", "of Development Economics")),
    # the suffix makes the son; without it the name is the father's
    ("Kestrel Foods Chairman Robert F. Halvorsen, Jr. and Ada Quill wrote on May 8 that the plan "
     "fails.", ("Kestrel Foods", "Robert F. Halvorsen")),
    # an abbreviation that ended the sentence before, run into the name
    ("Some addressed them from the hospital, wearing P.P.E. Steven Halvorsen, the chair of the "
     "Department of Medicine at Quillfield University, welcomed them.",
     ("Quillfield University", "P.P.E. Steven Halvorsen")),
    # a show is no person
    ("Speaking to the QBN’s Ann Quill Show, Tony Vale claimed that 92 percent of staff work "
     "from home.", ("QBN", "Ann Quill Show")),
])
def test_cut_or_garbled_person_is_no_employee(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,right", [
    ("Maren Ilse Halvorsen, an associate professor of economics at Quillfield University, "
     "said the plan would work.", ("Quillfield University", "Maren Ilse Halvorsen")),
    ("Brenna Quillby of Trellis Analytics said on Monday that the order stands.",
     ("Trellis Analytics", "Brenna Quillby")),
    ("The economist spoke in an interview with Kestrel Foods’s Gregor Peter Vale.",
     ("Kestrel Foods", "Gregor Peter Vale")),
    ("Republican Ada Vale, a director of Kestrel Foods, said sales rose.",
     ("Kestrel Foods", "Ada Vale")),
    ("Carrie Brambleway owns Kestrel Foods, a small group of restaurants in Atlanta.",
     ("Kestrel Foods", "Carrie Brambleway")),
    ("Robert F. Halvorsen Jr., the chairman of Kestrel Foods, said the plan fails.",
     ("Kestrel Foods", "Robert F. Halvorsen Jr.")),
    # a caption word before the name is no part of it
    ("Buy Photo Deana Quill, a professor of anthropology at Quillfield State University, studies "
     "space travel.", ("Quillfield State University", "Deana Quill")),
    # a surname alone is the name when the article never writes it longer
    ('"The light can kill viruses," stated Dr. Quillard of Trellis Analytics.',
     ("Trellis Analytics", "Quillard")),
    ("Mr Brask, the chief executive of Kestrel Foods, said sales rose.",
     ("Kestrel Foods", "Brask")),
    # an adverb that opens the sentence is no given name
    ("Recently Ada Vale joined Kestrel Foods as finance director.", ("Kestrel Foods", "Ada Vale")),
    ("Currently Ada Vale leads Kestrel Foods as its chief executive.",
     ("Kestrel Foods", "Ada Vale")),
])
def test_whole_names_keep_their_facts(nlp, text, right):
    assert right in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("name,text", [
    ("Toth Halvorsen", "Emily Toth Halvorsen, a researcher at Orvane, said so."),
    ("Quillby", "Dolly Quillby of the Quillfield District Court ruled. Quillby said so."),
    ("Peter Vale", "She spoke to Kestrel Foods’s Gregor Peter Vale."),
    ("J. Vale", "Mary J. Vale said so."),
    ('Nick" Orvane', '"Nick" Orvane said so.'),
    ("Ingrid Vale(GT", "Ingrid Vale(GT) said so."),
    ("of Development Economics", "Ann Quill, Professor of Development Economics, said so."),
    ("Ada Vale", "Orvane Hires Ada Vale\n\nEmma Ada Vale joined Orvane as its editor."),
    ("Ann Quill Show", "He spoke to the Ann Quill Show."),
    ("Quillfield Truck", "He works in the trim department at Kestrel Motors's Quillfield Truck."),
    ("Buy Photo Ann Vale", "Buy Photo Ann Vale said so."),
    ("P.P.E. Ann Vale", "They wore P.P.E. Ann Vale said so."),
    ("Robert F. Vale", "Robert F. Vale, Jr. said so."),
    ("Ann Vale", "Ann Vale III said so."),
])
def test_cut_names_are_read_as_cut(name, text):
    assert not_whole_name(name, text)


@pytest.mark.parametrize("name,text", [
    ("Ada Vale", "Ada Vale said so."),
    ("Ada Vale", "Mayor Ada Vale said so."),
    ("Ada Vale", "Acme CEO Ada Vale said so."),
    ("Ada Vale", "Trellis Analytics’s Ada Vale said so."),
    ("Ada Vale", "But Ada Vale said so."),
    ("Ada Vale", "Former Ada Vale aide Bo Quill said so."),
    ("Ada Vale", "On Monday Ada Vale said so."),
    ("Ada Vale", "Ms. Ada Vale said so."),
    ("van Orvane", "Minister van Orvane said so."),
    ("J.R.R. Vale", "J.R.R. Vale said so."),
    ("Ada Vale", "Orvane Director-General Ada Vale said so."),
    ("Ada Vale", "Conductor Ada Vale, director of the Orvane Theatre, has died."),
    ("Ada Vale", "Orvane Hires Ada Vale\n\nAda Vale joined Orvane as its editor."),
    ("Ada Vale", "Jazz Saxophonist Ada Vale Dies At 86\n\nAda Vale, who played with Orvane, died."),
    ('Francis “Frank” Vale III', 'Francis “Frank” Vale III said so.'),
    ('Francis "Frank" Vale', 'Francis "Frank" Vale said so.'),
    ("Ada Vale", "Ada Vale, Sr. Vice President of Orvane, said so."),
    ("Quill", "Dr. Quill said so."),
])
def test_whole_names_are_read_as_whole(name, text):
    assert not not_whole_name(name, text)


@pytest.mark.parametrize("text", [
    "Ivo Brask founded Orvane. Years later, Mr Brask said so.",
    "Ivo Brask founded Orvane. Brask said so.",
])
def test_a_surname_the_article_writes_longer_is_cut(nlp, text):
    assert not_whole_name("Brask", text, nlp(text), None)
