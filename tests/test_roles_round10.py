"""Role (employ) rules of round 10, from wrong parties judged on real news (sentences invented
for these tests, invented names, several industries): a name inside a quoted title that opens
after a preposition ("author of "..."") is part of a book's or a report's title, no employer;
a journalist's bare title ("chief economic correspondent") is no post at the article's company;
a role naming the kind of firm it is held at ("the drug company executive") takes no other body."""
from __future__ import annotations

import pytest

from extracted import of_kind


def employers(nlp, text: str, person: str) -> list[str]:
    return [org for org, p in of_kind(nlp, text, "employ") if p == person]


# -- a name inside a quoted title ---------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ('"Rates will stay low," said Nadia Rahim, an economist and author of "The Quiet Bank: '
     'Capital, Credit and Why Lending Stalled," on Monday.', "Nadia Rahim"),
    ('"Farms are failing," said Oren Malik, an agronomist and author of "A Field Without '
     'Farmers: Machines, Markets and How We Eat," in an interview.', "Oren Malik"),
])
def test_a_name_inside_a_quoted_title_is_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ('Jonas Weber, senior analyst at Halvorsen Capital and author of "Steel Hearts: Industry, '
     'Labour and the New Mills," said demand was weak.', "Halvorsen Capital", "Jonas Weber"),
    ('Ruth Okafor, chief economist at Pellworth Bank, wrote "Why Markets Panic" in 2019.',
     "Pellworth Bank", "Ruth Okafor"),
    ('"We will grow," said Ivo Petrov, chief executive of Brightwell Mining.',
     "Brightwell Mining", "Ivo Petrov"),
    ("A personal touch by 'pickers'\n\nTarvik Foods employee Lena Moss checks her phone for "
     "orders.", "Tarvik Foods", "Lena Moss"),
])
def test_an_employer_outside_the_quoted_title_still_counts(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- a journalist's bare title is no post at the article's company ------------------------------

@pytest.mark.parametrize("text, person", [
    ("Tarvik Mining said its profits fell by half. Chief economic correspondent Lena Moss said the "
     "figures were grim.", "Lena Moss"),
    ("Brindle Foods cut its prices again. Chief business reporter Omar Haddad said shoppers had "
     "noticed.", "Omar Haddad"),
    ("— Lena Moss, chief economic correspondent and author of our weekly markets newsletter.\n"
     "— Omar Haddad, economist and former chair of the Tarvik Pricing Board.", "Lena Moss"),
])
def test_a_journalists_bare_title_takes_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Tarvik Mining said its profits fell by half. Chief financial officer Lena Moss said the "
     "figures were grim.", "Tarvik Mining", "Lena Moss"),
    ("Brindle Foods cut its prices again. Chief executive Omar Haddad said shoppers had noticed.",
     "Brindle Foods", "Omar Haddad"),
])
def test_an_executives_bare_title_still_takes_the_articles_company(nlp, text, org, person):
    assert org in employers(nlp, text, person)


# -- a role naming a kind of firm takes no other body named nearby -------------------------------

@pytest.mark.parametrize("text, person", [
    ("As he said at the Marlow Institute on Friday, the plan was sound, which Ann Lee, the drug "
     "company executive the governor tapped to lead the effort, called credible.", "Ann Lee"),
    ("At the Dunmore Energy Forum on Monday, Bo Park, the oil company executive who chairs the "
     "panel, spoke about prices.", "Bo Park"),
])
def test_a_kind_of_firm_takes_no_other_body(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Brindle Foods cut its prices again, the company spokesman, Omar Haddad, said on Monday.",
     "Brindle Foods", "Omar Haddad"),
    ("Tarvik Mining said profits fell, and the company's chief executive, Lena Moss, blamed the "
     "weather.", "Tarvik Mining", "Lena Moss"),
])
def test_the_company_spokesman_still_speaks_for_the_firm(nlp, text, org, person):
    assert org in employers(nlp, text, person)
