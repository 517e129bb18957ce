"""Round 28, ownership: shapes that name an owner beside the firm it holds.

- "another B company, X" / "X, another B company": X belongs to B (invest(B, X)); the parser may
  cut X off the noun when it closes the sentence ("for another B company, X."). "X, a B company"
  is refused: it also names an association's member or licensee, or a list a firm is on.
- "B unit X", "B division X" with no possessive: X is B's unit.
- "A-s’ sale of X to B": a name ending in "s" takes a bare apostrophe, which the parser reads as
  a quote; A is still the seller, who held X.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,owner,owned", [
    # shipbuilding
    ("Halvorsen Marine will deliver a ferry to another Orvane Capital company, Brambleway Lines.",
     "Orvane Capital", "Brambleway Lines"),
    ("Kestrel Yards hired another Orvane Capital company, Trellis Analytics, to audit its books.",
     "Orvane Capital", "Trellis Analytics"),
    # dairy and media
    ("Brambleway Dairy, another Kestrel Foods company, opened a plant in Ohio.",
     "Kestrel Foods", "Brambleway Dairy"),
    ("The board of Quillfield Press, another Halvorsen Media firm, backed its editor.",
     "Halvorsen Media", "Quillfield Press"),
])
def test_a_company_of_a_named_owner(nlp, text, owner, owned):
    found = of_kind(nlp, text, "invest")
    assert (owner, owned) in found, (text, found)


@pytest.mark.parametrize("text", [
    "Brambleway Dairy, another New York company, opened a plant.",  # a place, no owner
    # "a B company": a member or licensee of an association reads the same
    "Brambleway Health, a Blue Ridge Shield company, opened a clinic.",
    "Brambleway Dairy, a Fortune 500 company, opened a plant.",
    # the name opens a clause of its own: no apposition
    "Halvorsen Marine builds ships for another Orvane Capital company, Brambleway said.",
    # "the B company X" names the owner itself
    "The Kestrel Foods company Brambleway Dairy opened a plant.",
    "Kestrel Foods is not a Halvorsen Marine company.",
])
def test_no_company_owner(nlp, text):
    assert not of_kind(nlp, text, "invest"), (text, of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text,owner,owned", [
    ("Orvane Capital unit Brambleway Dairy opened a plant.", "Orvane Capital", "Brambleway Dairy"),
    ("Kestrel Foods division Brambleway Dairy opened a plant.", "Kestrel Foods", "Brambleway Dairy"),
    ("Quillfield Press, the Halvorsen Media unit, printed the novel.",
     "Halvorsen Media", "Quillfield Press"),
])
def test_named_unit_of_a_named_owner(nlp, text, owner, owned):
    found = of_kind(nlp, text, "invest")
    assert found.get((owner, owned)) == "asserted", (text, found)


@pytest.mark.parametrize("text", [
    "The Kestrel Foods unit sold 40 ferries.",  # no unit named
    "Kestrel Foods unit sales rose 5%.",  # a unit of measure
    "The Norland Army unit Brambleway Brigade moved north.",  # an army's unit
])
def test_no_named_unit(nlp, text):
    assert not of_kind(nlp, text, "invest"), (text, of_kind(nlp, text, "invest"))


def test_seller_before_a_bare_apostrophe(nlp):
    text = "Regulators sued to block Orvane Analytics’ sale of publisher Brambleway Books to Kestrel Media."
    assert ("Orvane Analytics", "Brambleway Books") in of_kind(nlp, text, "invest")
    assert ("Kestrel Media", "Brambleway Books") in of_kind(nlp, text, "acquire")


def test_quoted_label_is_no_seller(nlp):
    text = ("Regulators sued to block the ‘Orvane Analytics’ sale of publisher Brambleway Books "
            "to Kestrel Media.")
    assert ("Orvane Analytics", "Brambleway Books") not in of_kind(nlp, text, "invest")
