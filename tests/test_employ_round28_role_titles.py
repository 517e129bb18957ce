"""A role written whole in an employ fact's detail, and a quoted title that is no employee.

"Globex chief of staff Ann Lee" is a chief of staff, not a "staff"; "a professor of
microbiology and infectious disease at X" holds one post with a two-part field, not a second
post called "infectious disease". A person-typed name alone between quotation marks, with the
comma written inside them ("Globex TV's “Morning Ledger,” ..."), is a show's title: no one
Globex employs.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract import extract
from tieline.model import Document


def details(nlp, text: str) -> dict[tuple[str, str], str | None]:
    """(employer, person) -> detail of every employ fact extracted from text."""
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.head, r.tail): r.object for r in extract(doc, nlp(text)).relations
            if r.type == "employ"}


@pytest.mark.parametrize("text,pair,role", [
    ("Kestrel Foods chief of staff Ann Vale said the plant would reopen in May.",
     ("Kestrel Foods", "Ann Vale"), "chief of staff"),
    ("Orvane Capital deputy chief of staff Ben Ortiz declined to comment on the fund.",
     ("Orvane Capital", "Ben Ortiz"), "deputy chief of staff"),
    # the role written after the name was already whole; it stays so
    ("Ann Vale, chief of staff at Halvorsen Marine, said the yard would close.",
     ("Halvorsen Marine", "Ann Vale"), "chief of staff"),
    ("Ann Vale, director of sales at Kestrel Foods, said the plant would reopen.",
     ("Kestrel Foods", "Ann Vale"), "director of sales"),
])
def test_title_before_a_name_is_written_whole(nlp, text, pair, role):
    found = details(nlp, text)
    assert found.get(pair) == role, (text, found)


@pytest.mark.parametrize("text,pair,role", [
    ("“Shoppers are fired up about paper bags,” says Ann Vale, a professor of microbiology and"
     " infectious disease at the University of Brambleway.",
     ("University of Brambleway", "Ann Vale"), "professor of microbiology and infectious disease"),
    ("Ben Ortiz, director of public relations and branded content for the Denver-based Kestrel"
     " Foods LLC, said the plant would reopen.",
     ("Kestrel Foods", "Ben Ortiz"), "director of public relations and branded content"),
    # a name before the role is its employer, not a word of the role, and each employer gets
    # the whole field
    ("Bo Park, a Trellis professor of microbiology and infectious disease at Kestrel "
     "University, led the study.",
     ("Kestrel University", "Bo Park"), "professor of microbiology and infectious disease"),
    ("Bo Park, a Trellis professor of microbiology and infectious disease at Kestrel "
     "University, led the study.",
     ("Trellis", "Bo Park"), "professor of microbiology and infectious disease"),
    ("Lena Moss, a Stanford professor of marine biology and ecology at Halvorsen College, "
     "spoke first.", ("Halvorsen College", "Lena Moss"), "professor of marine biology and ecology"),
])
def test_second_field_joined_to_a_role(nlp, text, pair, role):
    found = details(nlp, text)
    assert found.get(pair) == role, (text, found)


@pytest.mark.parametrize("text,pair,role", [
    # two posts joined: each is a post, the first one written
    ("Ann Vale, chief executive and chairman of Kestrel Foods, said the plant would reopen.",
     ("Kestrel Foods", "Ann Vale"), "chief executive"),
])
def test_two_joined_posts_unchanged(nlp, text, pair, role):
    found = details(nlp, text)
    assert found.get(pair) == role, (text, found)


@pytest.mark.parametrize("text", [
    "Tonight's episode was a sharp critique of Orvane TV’s “Harold Finch,” all of which I agree"
    " with.",
    "Last week's column was a critique of Kestrel Studios’ “Tiger Queen,” which drew millions.",
])
def test_quoted_title_is_no_employee(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not found, (text, found)


@pytest.mark.parametrize("text,pair", [
    ("“The plant will reopen,” said Ann Vale, Kestrel Foods’ chief executive.",
     ("Kestrel Foods", "Ann Vale")),
    ("Orvane Capital chief executive Ben Ortiz said, “We will close the fund.”",
     ("Orvane Capital", "Ben Ortiz")),
    # a person's name quoted, the stop inside the marks, after a role and no owner's name
    ("“I am leaving,” said Kestrel Foods chief executive “Ann Vale.”",
     ("Kestrel Foods", "Ann Vale")),
])
def test_quotation_beside_a_name_still_keeps_the_role(nlp, text, pair):
    assert pair in of_kind(nlp, text, "employ"), text
