"""Entity types, round 10: a table's figure run into a count word is no name, and the name a
person noun is given ("a girl named Ada", "Vale-Orr, the woman who ...") is a person's.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names
from tieline.extract.entities.not_party import not_party_type


@pytest.mark.parametrize("name", ["2 Two", "Orvak 3 Three", "12 Fifteen", "4 dozen"])
def test_a_figure_run_into_a_count_word_is_no_party(name):
    assert not_party_type(name) == "OTHER"


@pytest.mark.parametrize("name", ["Xbox One", "Formula One", "Boeing 737 Max", "Apollo 11",
                                  "Gate 5 Canteen", "Channel 4 News", "Route 9 Diner"])
def test_numbered_names_stay_names(name):
    assert not_party_type(name) is None


def test_a_table_row_count_is_not_stored(nlp):
    text = "Date Region Dead Description May 2 Larsk 2 Two rebels were killed near the dam."
    found = names(nlp, text, [("2 Two", "PRODUCT")])
    assert found.get("2 Two") in {None, "OTHER"}


@pytest.mark.parametrize("text,labels,person", [
    # adoption story: the tagger calls the child a place everywhere
    ("The orphanage gave them a little girl named Tavi. They flew to meet Tavi in May. "
     "Tavi liked the crayons. The couple introduced Tavi to friends.",
     [("Tavi", "GPE"), ("Tavi", "GPE"), ("Tavi", "GPE"), ("Tavi", "GPE")], "Tavi"),
    # farming: a man called after the farm's founder, tagged a firm
    ("A man called Orrick ran the dairy for decades. Orrick sold milk to Pellam Foods.",
     [("Orrick", "ORG"), ("Orrick", "ORG"), ("Pellam Foods", "ORG")], "Orrick"),
    # nursing: a hyphenated surname tagged a firm, then said to be a woman
    ("Lund-Garrow trained nurses for years. Her father later married Lund-Garrow, the woman "
     "who ran the ward. Lund-Garrow died in March.",
     [("Lund-Garrow", "ORG"), ("Lund-Garrow", "ORG"), ("Lund-Garrow", "ORG")], "Lund-Garrow"),
])
def test_the_name_a_person_noun_is_given_is_a_person(nlp, text, labels, person):
    assert names(nlp, text, labels).get(person) == "PERSON"


@pytest.mark.parametrize("text,labels,name,kind", [
    # software: a product named by a naming verb stays a product
    ("Korvel released a chatbot named Quill. Quill answers questions about tax.",
     [("Korvel", "ORG"), ("Quill", "ORG"), ("Quill", "ORG")], "Quill", "PRODUCT"),
    # retail: a firm with an apposition that is no person noun stays a firm
    ("Pellam Foods, the grocer that owns the mall, said sales rose.",
     [("Pellam Foods", "ORG")], "Pellam Foods", "ORG"),
    # shipping: "the man who" describes the person beside the firm, not the firm
    ("Marrow Lines hired Ed Tolle, the man who built its fleet.",
     [("Marrow Lines", "ORG"), ("Ed Tolle", "PERSON")], "Marrow Lines", "ORG"),
])
def test_other_names_keep_their_type(nlp, text, labels, name, kind):
    assert names(nlp, text, labels).get(name) == kind
