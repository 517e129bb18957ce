"""An employ fact names a real employer, or no fact.

Two shapes from unseen news stored an employer that does not exist or is no organization:

- a name cut on its right edge: the tagger stops at a joining word or a possessive and keeps
  the first half ("Nought" of "Nought to Nine", "Angler" of "Angler's World"). When loose
  capitalised name words follow "and", "&", "to" or "'s" and end the phrase, the name went on,
  so the fact is refused. A second name after the join, a place, a title or a run that
  modifies a noun after it is no continuation and keeps its fact.
- a torn or glued name: "Kestrel-" torn from a hyphened compound, or an app's name run into
  the gloss after a spaced dash ("Kestrel - Quillfield slang for ..."), is no whole name.
- a gathering named as employer: "chair of the Quillfield National Convention" (or its
  acronym) works for the committee that runs it; a national convention or an Olympics employs
  no one (a church's or growers' standing "Convention" does).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.arguments import Named
from tieline.extract.employers import not_an_employer
from tieline.extract.entities import DocEntities


@pytest.mark.parametrize("text,wrong", [
    # a nonprofit whose name runs on with "to"
    ("Tara Quill, senior director of policy for Nought to Nine, a nonprofit focused on early "
     "childhood, said the money is not enough.", ("Nought", "Tara Quill")),
    # a magazine whose name runs on after a possessive
    ('"The season is gone," said Bart Halvorsen, former chief angling officer for Angler\'s '
     "World, on Monday.", ("Angler", "Bart Halvorsen")),
    # a party convention, by name and by acronym
    ("Ann Vale, chair of the Quillfield National Convention, said attendance would be capped.",
     ("Quillfield National Convention", "Ann Vale")),
    ("The Quillfield National Convention is set for August in Brambleway. QNC chair Ann Vale "
     "said attendance would be capped.", ("Quillfield National Convention", "Ann Vale")),
    # an app's name run into its gloss across a spaced dash
    ("Use of the app called Kestrel - Quillfield slang for a parcel run - surged in April, said "
     "its managing director, Bo Park.", ("Kestrel - Quillfield", "Bo Park")),
    # a sports gathering
    ("The Orvane Summer Olympics open in July. Bo Park, chief executive of the Orvane Olympics, "
     "said tickets were sold out.", ("Orvane Olympics", "Bo Park")),
])
def test_cut_or_event_employer_is_refused(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,right", [
    # two firms joined by "and": both named, both kept
    ('"We are ready," said Ann Vale, chief executive of Halvorsen Marine and Trellis Analytics.',
     [("Halvorsen Marine", "Ann Vale"), ("Trellis Analytics", "Ann Vale")]),
    ('"We are ready," said Ann Vale, chief executive of Kestrel Foods and a director of Orvane.',
     [("Kestrel Foods", "Ann Vale"), ("Orvane", "Ann Vale")]),
    # a possessive before a person's name or a title: the firm is whole
    ("Brambleway Dairy's Ann Vale said the milk price had fallen.",
     [("Brambleway Dairy", "Ann Vale")]),
    ("Halvorsen Marine's chief executive, Bo Park, said the yard would reopen.",
     [("Halvorsen Marine", "Bo Park")]),
    # a run that modifies a noun after it: the possessor is the employer
    ("Orvane's Quillfield plant manager Bo Park said the plant would reopen.",
     [("Orvane", "Bo Park")]),
    # a possessor's own unit after the possessive: the possessor is whole
    ("Dr. Ann Vale, executive director of Orvane University’s Institute of Coastal Health, "
     "said testing must grow.", [("Orvane University", "Ann Vale")]),
    # a body that runs a gathering still employs
    ("Ann Vale, chair of the Quillfield National Committee, said attendance would be capped.",
     [("Quillfield National Committee", "Ann Vale")]),
    ("Bo Park, chief executive of the Orvane Convention and Visitors Bureau, said hotels were "
     "full.", [("Orvane Convention and Visitors Bureau", "Bo Park")]),
    # a standing body named a convention (a church or trade federation) is no gathering
    ("Mara Quist, president of the Quillfield Baptist Convention, said the group would rebuild "
     "the chapel.", [("Quillfield Baptist Convention", "Mara Quist")]),
    ("Tomas Reyn, who leads the Brambleway Growers Convention, said prices had fallen.",
     [("Brambleway Growers Convention", "Tomas Reyn")]),
])
def test_whole_employer_keeps_its_fact(nlp, text, right):
    found = of_kind(nlp, text, "employ")
    for pair in right:
        assert pair in found


@pytest.mark.parametrize("name,refused", [
    ("Kestrel-", True), ("Kestrel - Quillfield", True),
    ("Kestrel-Orvane Foods", False), ("Orvane", False),
])
def test_torn_name_is_no_employer(nlp, name, refused):
    ents = DocEntities(nlp("Ann Vale spoke on Monday."))
    assert not_an_employer(Named(name, "ORG"), ents) is refused
