"""A short name or a possessive that two parties of the text fit binds to neither.

"The Post" beside "The Harbor Post" and "The Valley Post", "Quill" beside "Ada Quill" and her
brother "Bo Quill", "Ada" beside "Ada Quill" and "Ada Vale": the text does not say which one is
meant, and taking the longest or the first named stores a right-looking fact on the wrong party.
Such a name is no party at all. "Acme, the Avalon institute, and its parent, X": the possessive
is the institute's (the conjunct before it), which names no firm, so it is neither Acme's nor
the story's company's by default. Where one party fits, the name binds as before.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import relations

TWO_PAPERS = ("Ada Quill, a photographer for The Harbor Post, died on Sunday. The Valley Post "
              "reported the news first. ")
ONE_PAPER = "Ada Quill, a photographer for The Harbor Post, died on Sunday. "
EDITOR = 'Quill joined The Post in 1994. "She was one of the best," The Post\'s editor, Bo Vale, said.'


@pytest.mark.parametrize("text,wrong", [
    # a paper named without its city, two papers of that name in the text
    (TWO_PAPERS + EDITOR, ("employ", "The Harbor Post", "Bo Vale")),
    (TWO_PAPERS + EDITOR, ("employ", "The Valley Post", "Bo Vale")),
    (TWO_PAPERS + EDITOR, ("employ", "Post", "Bo Vale")),
    ("The Harbor Times and The Valley Times both covered the story. Bo Vale, the editor of "
     "The Times, said it was a fine piece.", ("employ", "The Harbor Times", "Bo Vale")),
    # a surname two people of the text bear
    ("Ada Quill founded Kestrel Foods in 2001. Her brother, Bo Quill, runs Halvorsen Marine. "
     "Quill is the chief executive of Orvane.", ("employ", "Orvane", "Ada Quill")),
    # a surname two people bear, one of them written with a nickname in quotes: the quote
    # makes no two people one
    ('Adalbert "Bert" Quill founded Kestrel Foods in 2001. His brother, Bo Quill, runs '
     "Halvorsen Marine. Quill is the chief executive of Orvane.",
     ("employ", "Orvane", 'Adalbert "Bert" Quill')),
    # a first name two people of the text bear
    ("Ada Quill founded Kestrel Foods in 2001. Ada Vale runs Halvorsen Marine. Ada is also a "
     "director of Orvane.", ("employ", "Orvane", "Ada Quill")),
    # "its" on a conjunct after one that names no firm: the institute's parent
    ("Kestrel Foods, the Quillfield institute, and its parent, Halvorsen Marine, did not respond "
     "to requests for comment.", ("invest", "Halvorsen Marine", "Kestrel Foods")),
    ("Brambleway Dairy, the Orvane research institute, and its parent, Halvorsen Marine, "
     "declined to comment.", ("invest", "Halvorsen Marine", "Brambleway Dairy")),
])
def test_two_parties_fit_so_no_fact(nlp, text, wrong):
    assert wrong not in relations(nlp, text)


@pytest.mark.parametrize("text,right", [
    # one paper of that name: "The Post" is that paper
    (ONE_PAPER + EDITOR, ("employ", "The Harbor Post", "Bo Vale")),
    # one person of that surname or first name
    ("Ada Quill founded Kestrel Foods in 2001. Quill is the chief executive of Orvane.",
     ("employ", "Orvane", "Ada Quill")),
    ("Ada Quill founded Kestrel Foods in 2001. Ada is also a director of Orvane.",
     ("employ", "Orvane", "Ada Quill")),
    # "its" right after the firm: that firm's parent
    ("Kestrel Foods and its parent, Halvorsen Marine, did not respond to requests for comment.",
     ("invest", "Halvorsen Marine", "Kestrel Foods")),
])
def test_one_party_fits_so_the_fact_stays(nlp, text, right):
    assert right in relations(nlp, text)


@pytest.mark.parametrize("text,wrong", [
    # "it" in a later sentence, where the sentence before names several firms and none leads it
    ("In the last few months handsets from Kestrel Foods, Brambleway Dairy and Trellis Analytics "
     "have been released. It also bought Orvane in 2021.", ("acquire", "Kestrel Foods", "Orvane")),
    # and a description that would bind through such an "it"
    ("Orvane has been working with Halvorsen Marine on audio. In the last few months handsets "
     "from Kestrel Foods, Brambleway Dairy and Trellis Analytics have been released with Orvane's "
     'technology. "We are making it more efficient," said Mr Vale. The work grew out of research '
     "done by the company's research director Dr Ada Quill.", ("employ", "Kestrel Foods", "Ada Quill")),
    # the firm of the people on the subject, speaking of another: it leads nothing
    ("Analysts at Trellis Analytics were upbeat about Kestrel Foods. It also bought Orvane last "
     "year.", ("acquire", "Trellis Analytics", "Orvane")),
    ("Trellis Analytics analysts were upbeat about Kestrel Foods. It also bought Orvane last "
     "year.", ("acquire", "Trellis Analytics", "Orvane")),
])
def test_it_after_several_firms_none_leading(nlp, text, wrong):
    assert wrong not in relations(nlp, text)


@pytest.mark.parametrize("text", [
    "Kestrel Foods sells handsets made with Brambleway Dairy. It also bought Orvane in 2021.",
    "Handsets from Kestrel Foods went on sale in May. It also bought Orvane in 2021.",
    # one firm before or after the subject's noun, another elsewhere: the first leads
    "Shares in Kestrel Foods rose 5% on the Quillfield Stock Exchange on Monday. It also agreed "
    "to buy Orvane.",
    "On Monday, Kestrel Foods shares rose 5% after a report by Trellis Analytics. It also agreed "
    "to buy Orvane.",
    "Revenue at Kestrel Foods rose 5%, helped by sales to Brambleway Dairy. It also bought Orvane "
    "last year.",
])
def test_it_after_a_leading_or_lone_firm(nlp, text):
    assert ("acquire", "Kestrel Foods", "Orvane") in relations(nlp, text)


@pytest.mark.parametrize("text,right", [
    # one person, written with a nickname in quotes: no second bearer of the surname
    ('Adalbert "Bert" Quill founded Kestrel Foods in 2001. Quill is the chief executive of Orvane.',
     ("employ", "Orvane", "Adalbert \"Bert\" Quill")),
    # "A Times reporter" names no second paper beside The Harbor Times
    ("Bo Vale became editor of The Harbor Times in 2019. A Times reporter said Ada Quill, the "
     "Times's Asia editor, would stay.", ("employ", "The Harbor Times", "Ada Quill")),
])
def test_one_party_written_two_ways(nlp, text, right):
    assert right in relations(nlp, text)


@pytest.mark.parametrize("a,b,same", [
    ('Bert" Quill', "Adalbert Quill", True),  # a piece cut at the quoted nickname: his
    ('Adalbert "Bert" Quill', "Adalbert Quill", True),
    ('Adalbert "Bert" Quill', "Bo Quill", False),  # a quote makes no two people one
    ("The Harbor Post", "Harbor Post", True),
    ("Ada Quill", "Bo Quill", False),
])
def test_same_party(a, b, same):
    from tieline.extract.entities.grouping import _same_party
    assert _same_party(a, b) is same
