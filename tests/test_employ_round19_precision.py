"""Round 19 employ precision (fresh audit of four stores, seeds 115000-115003).

- A dotted abbreviation keeps all its letters in a name's initials: "U.S. Northfleet" is
  "USN", "U.S. Guild of Bakers" is "USGB". Before, "U.S. Northfleet" spelt "UN", so a text
  naming it and the United Nations grouped "UN" under it, and the UN's secretary-general was
  stored as its employee.
- A role written inside the person's noun phrase is asserted whatever the clause around her
  hedges, forecasts or negates ("talks with A of X", "did not meet X's A").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities.tokens import acronyms
from tieline.names import initials


@pytest.mark.parametrize("name,letters", [
    ("U.S. Northfleet", "USN"),
    ("U.S. Guild of Bakers", "USGB"),
    ("U.K. Harbour Pilots Party", "UKHPP"),
    ("Royal Bank of Avalon", "RBA"),  # plain words unchanged
    ("Harlow Medical Center", "HMC"),
])
def test_dotted_abbreviation_keeps_its_letters(name, letters):
    assert initials(name) == letters
    assert letters in acronyms(name)


@pytest.mark.parametrize("text,fact,wrong", [
    # government and defence
    ("The U.S. Northfleet said the carrier would stay in port. UN Secretary-General Daniel "
     "Ferreira asked for calm.", ("UN", "Daniel Ferreira"), ("U.S. Northfleet", "Daniel Ferreira")),
    # business lobby: the acronym still finds its own dotted name
    ("The U.S. Guild of Bakers backed the bill on Monday. USGB president Dana Hollis said "
     "members wanted relief.", ("U.S. Guild of Bakers", "Dana Hollis"), ("USGB", "Dana Hollis")),
])
def test_acronym_groups_with_the_name_it_spells(nlp, text, fact, wrong):
    facts = of_kind(nlp, text, "employ")
    assert fact in facts
    assert wrong not in facts


@pytest.mark.parametrize("text,pair", [
    # restaurants: "talks with" hedges talks, not her post
    ("President Tom Hale talks with Paul Garrow of the Independent Bakers Coalition at the "
     "Harlan Lodge.", ("Independent Bakers Coalition", "Paul Garrow")),
    # publishing: "an interview with" the editor
    ("In an interview with Harbour Review Managing Editor Tom Ashby, the scientist discusses "
     "the data.", ("Harbour Review", "Tom Ashby")),
    # food: the person inside the role's phrase, and a possessor employer
    ("Officials will meet Kestrel Foods' chief executive, Ann Lee, on Monday.",
     ("Kestrel Foods", "Ann Lee")),
    ("Officials will meet Kestrel Foods' Ann Lee on Monday.", ("Kestrel Foods", "Ann Lee")),
    # shipping: a meeting that did not happen ends no post
    ("Regulators did not meet Omar Haddad of Pellmar Shipping last week.",
     ("Pellmar Shipping", "Omar Haddad")),
])
def test_a_role_in_the_name_phrase_is_asserted(nlp, text, pair):
    assert of_kind(nlp, text, "employ").get(pair) == "asserted"


@pytest.mark.parametrize("text,pair,modality", [
    # a role a clause states keeps the clause's forecast
    ("Paul Brant, who will be the next president of Talbot Freight, spoke on Monday.",
     ("Talbot Freight", "Paul Brant"), "forecast"),
    # "former" still ends the post
    ("Officials talked with Ann Lee, a former director of Kestrel Foods, on Monday.",
     ("Kestrel Foods", "Ann Lee"), "negated"),
])
def test_a_stated_or_ended_role_keeps_its_modality(nlp, text, pair, modality):
    assert of_kind(nlp, text, "employ").get(pair) == modality
