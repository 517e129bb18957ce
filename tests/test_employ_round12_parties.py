"""employ, round 12: a role given to the wrong organization. A firm's bare title never falls
back on a county or city government; capitalised words ending in a body word before a title
finish the employer's name; a union or foundation named for a league or firm is not what its
first word alone names (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities import DocEntities


@pytest.mark.parametrize("text, firm, government, person", [
    # food: the council is the only name in the sentence; the firm is the article's
    ("Brindle Foods has fought the city for months. When Corvale City Council voted to close the "
     "bakery, founder Omar Tesh said the firm would appeal.",
     "Brindle Foods", "Corvale City Council", "Omar Tesh"),
    # freight: "chief executive" with a county commission nearest
    ("Lumen Freight filed for a permit last year. After officials from the Marsh County "
     "Commission rejected it, chief executive Ivy Sol said the company would go to court.",
     "Lumen Freight", "Marsh County Commission", "Ivy Sol"),
    # cars: the firm earlier in the sentence, the county council nearer the title
    ("After Vantor Motors defied a health order from the Avalon County Council, CEO Dana Ruiz "
     "said the company would sue.", "Vantor Motors", "Avalon County Council", "Dana Ruiz"),
])
def test_a_firms_bare_title_never_falls_back_on_a_local_government(nlp, text, firm, government,
                                                                    person):
    found = of_kind(nlp, text, "employ")
    assert (firm, person) in found
    assert (government, person) not in found


def test_a_bare_title_a_commission_gives_still_falls_back_on_it(nlp):
    text = ("The Marsh County Commission met on Monday to weigh the landfill plan. Chairman Bo "
            "Park said the vote was delayed.")
    assert ("Marsh County Commission", "Bo Park") in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, body, other, person", [
    # commerce: the tagger cut the chamber's name at "Adams"
    ("Adams Community Chamber director Marti Gebbie said the storm had closed dozens of shops. "
     "Adams County Emergency Management asked residents to stay home.",
     "Adams Community Chamber", "Adams County Emergency Management", "Marti Gebbie"),
    # nursing: the guild's name cut at "Brinmoor"
    ("Brinmoor Nurses Guild director Tia Moss said the wards were full. Brinmoor Health Partners "
     "said it would hire.", "Brinmoor Nurses Guild", "Brinmoor Health Partners", "Tia Moss"),
])
def test_a_body_named_before_a_title_is_the_employer(nlp, text, body, other, person):
    found = of_kind(nlp, text, "employ")
    assert (body, person) in found
    assert (other, person) not in found


@pytest.mark.parametrize("text, body, short", [
    # sports: the players' union is not the league
    ("The Osprey Players Association approved the labor deal on Friday. Osprey commissioner "
     "Harlan Pike said the league was pleased.", "Osprey Players Association", "Osprey"),
    # ports: the dockworkers' union is not the port
    ("The Marlow Dockworkers Union ended its strike on Friday. Marlow port director Ana Brill "
     "said ships would sail again.", "Marlow Dockworkers Union", "Marlow"),
    # hospitals: the nurses' federation is not the hospital
    ("The Calder Nurses Federation voted to strike. Calder hospital chief Bo Park said the wards "
     "would stay open.", "Calder Nurses Federation", "Calder"),
])
def test_a_union_is_not_what_its_first_word_names(nlp, text, body, short):
    ents = DocEntities(nlp(text))
    assert not any(m.name == body and text[m.start:m.end] == short for m in ents.mentions)
    assert not any(org == body for org, _ in of_kind(nlp, text, "employ"))


def test_a_firms_short_name_still_stands_for_it(nlp):
    text = ("Kestrel Foods said on Monday that it would close two plants. Kestrel signed a supply "
            "deal with Brinmoor Farms in May.")
    ents = DocEntities(nlp(text))
    assert any(m.name == "Kestrel Foods" and text[m.start:m.end] == "Kestrel"
               for m in ents.mentions)
