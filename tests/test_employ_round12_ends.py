"""employ, round 12: an end that is no party. A piece of a longer capitalised name ("Parents" and
"Fair Fares" of "Parents for Fair Fares"), the field of a post whose owner is named before it
("Globex's Chief of Safety") and an award ("the Golden Quill Award", "Medal of Honor") are no
employers; real firms in the same shapes still are (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, wrong", [
    # transport advocacy: one name cut in two at "for"
    ("Tess Alder, executive director of Parents for Fair Fares, said riders were angry.", "Parents"),
    ("Tess Alder, executive director of Parents for Fair Fares, said riders were angry.",
     "Fair Fares"),
    # manufacturing: the field of the post, the owner named before it
    ("Jon Pell, Globex's Chief of Safety and Security, told reporters the plant was safe.",
     "Safety"),
    # banking
    ("Ravi Onu, Pellucid Bank's head of Consumer Lending, said rates would rise.",
     "Consumer Lending"),
    # schools and retail: the owner written as a compound before the title
    ("Mae Koto, Dunmore Public Schools Chief of Safety and Security, said the doors stay locked.",
     "Safety"),
    ("Al Birch, Corvane Stores Director of Loss Prevention, said thefts fell.", "Loss Prevention"),
    # awards are given, they employ no one
    ("Dorn served two tours in Korea as a Ranger, and his Medal of Honor citation said he showed"
     " \u201cuncommon courage and calm under fire,\" the Ledger reported.", "Honor"),
    ("Ivo Lark, chair of the Copper Kettle Award committee, praised the bakers.",
     "Copper Kettle Award"),
    ("Nell Ames, director of the Brightwater Prize, said the shortlist was strong.",
     "Brightwater Prize"),
])
def test_a_piece_of_a_name_or_a_field_is_no_employer(nlp, text, wrong):
    assert wrong not in {h for h, _ in of_kind(nlp, text, "employ")}


@pytest.mark.parametrize("text, head, tail", [
    ("Jon Pell, Globex's Chief of Safety and Security, told reporters the plant was safe.",
     "Globex", "Jon Pell"),
    ("Ravi Onu, Pellucid Bank's head of Consumer Lending, said rates would rise.",
     "Pellucid Bank", "Ravi Onu"),
    # a unit whose name says it is a body is still an employer
    ("Tom Reyes, Orbitline's head of Brontex Labs, said sales grew.", "Brontex Labs", "Tom Reyes"),
    # cars: a place after "for" is the post's region, the firm is whole
    ("Ann Cole, chief executive of Ferrix Motors for Europe, said output fell.", "Ferrix Motors",
     "Ann Cole"),
    # airlines and food: two names joined by "and" are two employers
    ("Dana Ruiz, a spokeswoman for Kestrel Airways and Halvora Foods, declined to comment.",
     "Halvora Foods", "Dana Ruiz"),
    ("Dana Ruiz, a spokeswoman for Kestrel Airways and Halvora Foods, declined to comment.",
     "Kestrel Airways", "Dana Ruiz"),
    # a part of the firm written before the role does not cut the firm's name
    ("Halvora Foods Board Chairman Omar Hale said the dividend would stay.", "Halvora Foods",
     "Omar Hale"),
    # brewing: a company suffix after the name is no longer name cut off
    ("Ivy Lam, founder and chief executive of Tallow & Reed Brewing Co, spoke first.",
     "Tallow & Reed Brewing", "Ivy Lam"),
    # schools and retail: the owner written before the title still employs
    ("Mae Koto, Dunmore Public Schools Chief of Safety and Security, said the doors stay locked.",
     "Dunmore Public Schools", "Mae Koto"),
    ("Al Birch, Corvane Stores Director of Loss Prevention, said thefts fell.", "Corvane Stores",
     "Al Birch"),
    # a foundation named for an award is a body with staff
    ("Lena Moss, executive director of the Vantor Prize Foundation, announced the winners.",
     "Vantor Prize Foundation", "Lena Moss"),
    # a firm word before "for" ends a firm's name: leaving one firm for another
    ("Tom Ash quit Brinley Holdings for Vantor Bank last year.", "Brinley Holdings", "Tom Ash"),
    # a whole name with "for" in it stays whole
    ("Bo Tran, a fellow at the Alliance for Open Ledgers, a think tank, said the rules were vague.",
     "Alliance for Open Ledgers", "Bo Tran"),
])
def test_real_firms_in_the_same_shapes_still_employ(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "employ")
