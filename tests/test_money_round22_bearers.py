"""Who bears a cost told with "cost" and two objects (issue 9, round 22, from random corpus
text): "the recall cost Kestrel Foods $40m" is Kestrel Foods' cost, not its subject's (a
film, a plant) nor the teller's; "cost farmers $40m" is a class's, no firm's. Invented
sentences."""
import pytest

from extracted import money_facts


@pytest.mark.parametrize("text, owner", [
    ("The recall cost Kestrel Foods $40 million last year.", "Kestrel Foods"),
    ("The plant cost Kestrel Foods $400 million, Brindle Capital said.", "Kestrel Foods"),
    ("The animated film Paper Tide cost Halvorsen Pictures $10 million to make.",
     "Halvorsen Pictures"),
    # near shapes read as before: a description resolved from its teller, a pronoun
    ("The strike cost the airline $40 million, Halvorsen Air said.", "Halvorsen Air"),
    ("Halvorsen Air said the strike cost it $40 million.", "Halvorsen Air"),
])
def test_the_first_object_of_cost_bears_it(nlp, text, owner):
    assert {o for o, kind, _ in money_facts(nlp, text) if kind == "cost"} == {owner}


@pytest.mark.parametrize("text", [
    "The flooding cost farmers $40 million, the Quillfield Farm Bureau said.",
    "The recall has cost consumers $40 million, Brindle Capital said.",
])
def test_a_class_bears_no_firms_cost(nlp, text):
    assert money_facts(nlp, text) == set()
