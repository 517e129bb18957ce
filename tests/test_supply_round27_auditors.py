"""supply and use (round 27): an auditor named with its client ("X, Y's independent auditor",
"X is the auditor of Y", "Y appointed X as its auditor": X supplies Y, audit services), and a
customer named with "for" ("Z is an anchor customer for X": Z uses X). Near shapes that must
give no such fact: a person as auditor, an audit body's own name, a public officer's title, a
denied or hoped-for tie in the right modality, a customer found for someone else, and goods
after "for". Sentences written for these tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, facts", [
    ("Trellis Analytics, the auditor of Kestrel Foods, was fined.",
     {("Trellis Analytics", "Kestrel Foods"): "asserted"}),
    ("Trellis Analytics, Kestrel Foods' independent auditor, will be replaced.",
     {("Trellis Analytics", "Kestrel Foods"): "asserted"}),
    ("Kestrel Foods' auditor Trellis Analytics resigned.",
     {("Trellis Analytics", "Kestrel Foods"): "asserted"}),
    ("Trellis Analytics was Kestrel Foods' auditor for ten years.",
     {("Trellis Analytics", "Kestrel Foods"): "asserted"}),
    ("Kestrel Foods appointed Trellis Analytics as its auditor.",
     {("Trellis Analytics", "Kestrel Foods"): "asserted"}),
    ("Trellis Analytics, auditor to Kestrel Foods and Orvane, was fined.",
     {("Trellis Analytics", "Kestrel Foods"): "asserted",
      ("Trellis Analytics", "Orvane"): "asserted"}),
    # modality kept: an ended, denied or possible tie
    ("Trellis Analytics, Kestrel Foods' former auditor, was fined.",
     {("Trellis Analytics", "Kestrel Foods"): "negated"}),
    ("Trellis Analytics is not Kestrel Foods' auditor.",
     {("Trellis Analytics", "Kestrel Foods"): "negated"}),
    ("Trellis Analytics could become Kestrel Foods' auditor.",
     {("Trellis Analytics", "Kestrel Foods"): "hedged"}),
    # "previous" ends the tie as "former" does (auditor is a party noun)
    ("Trellis Analytics, Kestrel Foods' previous auditor, was fined.",
     {("Trellis Analytics", "Kestrel Foods"): "negated"}),
    ("Kestrel Foods' previous auditor, Trellis Analytics, was fined.",
     {("Trellis Analytics", "Kestrel Foods"): "negated"}),
])
def test_auditor_supplies_its_client(nlp, text, facts):
    found = of_kind(nlp, text, "supply")
    assert found == facts, (text, found)


@pytest.mark.parametrize("text", [
    "Ann Whitfield, the auditor of Kestrel Foods, resigned.",  # a person, no firm
    "The Norland Court of Auditors criticised Kestrel Foods.",  # the word inside a body's name
    "Auditors at Trellis Analytics found irregularities at Kestrel Foods.",  # staff of the firm
    "Kestrel Foods hired auditors to review Orvane's books.",  # no auditor named
])
def test_no_auditor_tie(nlp, text):
    assert of_kind(nlp, text, "supply") == {}, text


@pytest.mark.parametrize("text, facts", [
    ("Kestrel Foods is an anchor customer for Halvorsen Marine.",
     {("Kestrel Foods", "Halvorsen Marine"): "asserted"}),
    ("Kestrel Foods became the biggest customer for Halvorsen Marine last year.",
     {("Kestrel Foods", "Halvorsen Marine"): "asserted"}),
    ("Kestrel Foods is one of the largest customers for Halvorsen Marine.",
     {("Kestrel Foods", "Halvorsen Marine"): "asserted"}),
    ("Kestrel Foods, an anchor customer for Halvorsen Marine, grew fast.",
     {("Kestrel Foods", "Halvorsen Marine"): "asserted"}),
    ("Kestrel Foods could become a customer for Halvorsen Marine.",
     {("Kestrel Foods", "Halvorsen Marine"): "hedged"}),
    ("Kestrel Foods, a former customer for Halvorsen Marine, sued.",
     {("Kestrel Foods", "Halvorsen Marine"): "negated"}),
    # goods after "for": the signing subject stays the supplier
    ("Halvorsen Marine signed Kestrel Foods as a customer for its ferries.",
     {("Kestrel Foods", "Halvorsen Marine"): "asserted"}),
])
def test_customer_for_a_supplier(nlp, text, facts):
    found = of_kind(nlp, text, "use")
    assert found == facts, (text, found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods found a new customer for Halvorsen Marine.",  # a customer of someone else
    "Kestrel Foods is a prospective customer for Halvorsen Marine.",  # hoped for
    "Halvorsen Marine is looking for customers for Kestrel Foods.",
    "Kestrel Foods is a customer for Norway.",  # a place
])
def test_no_customer_for_tie(nlp, text):
    found = of_kind(nlp, text, "use")
    assert ("Kestrel Foods", "Halvorsen Marine") not in found and not any(
        "Norway" in pair for pair in found), (text, found)


@pytest.mark.parametrize("text", [
    # a role handed over or given up: the one replaced or leaving holds no standing tie
    "Halvorsen Partners replaced Trellis Analytics as Kestrel Foods' auditor.",
    "Halvorsen Partners succeeded Trellis Analytics as Kestrel Foods' adviser.",
    "Halvorsen Partners replaced Trellis Analytics as Kestrel Foods' main supplier.",
    "Trellis Analytics stepped down as Kestrel Foods' supplier in March.",
    "Trellis Analytics stepped aside as auditor of Kestrel Foods.",
])
def test_role_replaced_or_given_up(nlp, text):
    assert ("Trellis Analytics", "Kestrel Foods") not in of_kind(nlp, text, "supply"), text


@pytest.mark.parametrize("text", [
    "Trellis Analytics stepped in as Kestrel Foods' supplier.",
    "Kestrel Foods chose Trellis Analytics as its supplier.",
])
def test_role_taken_up_stays(nlp, text):
    assert of_kind(nlp, text, "supply") == {("Trellis Analytics", "Kestrel Foods"): "asserted"}, text


@pytest.mark.parametrize("text", [
    # the role taken away, or given up, in the passive or with another verb: no standing tie
    "Trellis Analytics was replaced as Kestrel Foods' auditor by Halvorsen Partners.",
    "Kestrel Foods dismissed Trellis Analytics as its auditor after the review.",
    "Trellis Analytics was dismissed as Kestrel Foods' auditor.",
    "Trellis Analytics was removed as auditor of Kestrel Foods.",
    "Trellis Analytics was replaced as Kestrel Foods' supplier by Halvorsen Partners.",
    "Trellis Analytics stood down as Kestrel Foods' auditor.",
])
def test_role_taken_away_or_given_up_in_other_shapes(nlp, text):
    assert ("Trellis Analytics", "Kestrel Foods") not in of_kind(nlp, text, "supply"), text


def test_customer_replaced_is_no_use(nlp):
    text = "Kestrel Foods replaced Trellis Analytics as Orvane's main customer."
    assert ("Trellis Analytics", "Orvane") not in of_kind(nlp, text, "use"), text
