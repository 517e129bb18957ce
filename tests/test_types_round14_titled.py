"""A titled person's aide, round 14: in "Mayor Ada Vance's floor leader" the possessor is a
person the title names ("Mayor", "Senator", "Gov."), not an employer, so the role after the
possessive gives her no organization vote and no employ tie with her as the employer; "Harlow
Bank's chief executive" still makes the possessor an organization.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from test_names_round3 import with_labels
from tieline.extract.entities import DocEntities


@pytest.mark.parametrize("text, labels, person", [
    # city politics
    ("Alderman Piet Grall, Mayor Ada Vance's floor leader on the council, said the vote "
     "would pass.", [("Piet Grall", "PERSON"), ("Ada Vance", "PERSON")], "Ada Vance"),
    # national politics
    ("Senator Rosa Ilkin's chief of staff, Tom Berran, resigned on Friday.",
     [("Rosa Ilkin", "PERSON"), ("Tom Berran", "PERSON")], "Rosa Ilkin"),
    # a state house
    ("Gov. Marta Quell's press secretary, Ivo Rank, declined to comment.",
     [("Marta Quell", "PERSON"), ("Ivo Rank", "PERSON")], "Marta Quell"),
])
def test_a_titled_possessor_of_a_role_stays_a_person(nlp, text, labels, person):
    ents = DocEntities(with_labels(nlp, text, labels))
    assert ents.entities[person].type == "PERSON"


@pytest.mark.parametrize("text, labels, firm", [
    ("Harlow Bank's chief executive, Ann Vale, said profits rose.",
     [("Harlow Bank", "ORG"), ("Ann Vale", "PERSON")], "Harlow Bank"),
    # the tagger calls the firm a person; no title before it, so the role still says firm
    ("Brisa Kellam's managing director, Ola Dunn, said sales fell.",
     [("Brisa Kellam", "PERSON"), ("Ola Dunn", "PERSON")], "Brisa Kellam"),
])
def test_an_untitled_possessor_of_a_role_is_still_an_employer(nlp, text, labels, firm):
    ents = DocEntities(with_labels(nlp, text, labels))
    assert ents.entities[firm].type == "ORG"


def test_no_employ_tie_with_the_titled_person_as_employer(nlp):
    text = ("Alderman Piet Grall, Mayor Ada Vance's floor leader on the council, said the vote "
            "would pass. Vance said she was pleased.")
    found = of_kind(nlp, text, "employ")
    assert not any(head in {"Ada Vance", "Vance"} for head, _ in found), found
