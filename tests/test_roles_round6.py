"""Role (employ) rules of round 6, from patterns judged on real news (sentences invented for these
tests, invented names, several industries): a role stated with "is"/"was"/"became"; a boss
removed is a former one; "Minister of Culture" names a portfolio; a page or petition started is
no employer; "university seniors" are students; "the bureau's director" belongs to the bureau,
not to another body named nearby."""
from __future__ import annotations

import pytest

from extracted import of_kind


def employ(nlp, text: str) -> dict[tuple[str, str], str]:
    return of_kind(nlp, text, "employ")


def employers(nlp, text: str, person: str) -> list[str]:
    return [org for org, p in employ(nlp, text) if p == person]


# -- "X is the chief executive of Y": a role stated by the verb "to be" -----------------------

@pytest.mark.parametrize("text, org, person, modality", [
    ("Ann Lee is the chief executive of Brambleway Dairy Inc.", "Brambleway Dairy", "Ann Lee",
     "asserted"),
    ("Jacob Miller is the director of research at the Dunmore Institute of Seismology.",
     "Dunmore Institute of Seismology", "Jacob Miller", "asserted"),
    ("Ann Lee became chief executive of Brambleway Dairy Inc. in 2019.", "Brambleway Dairy",
     "Ann Lee", "asserted"),
    ("Maria Lopez was the editor of the Tarrowby Gazette.", "Tarrowby Gazette", "Maria Lopez",
     "negated"),
    ("Jacob Miller was chief financial officer of Halvorsen Bank until 2019.", "Halvorsen Bank",
     "Jacob Miller", "negated"),
])
def test_a_role_stated_with_to_be_is_a_post(nlp, text, org, person, modality):
    assert employ(nlp, text).get((org, person)) == modality


@pytest.mark.parametrize("text, person", [
    ("Jacob Miller is a critic of Halvorsen Bank.", "Jacob Miller"),
    ("Maria Lopez is a customer of Corvax Telecom.", "Maria Lopez"),
    ("Ann Lee is the daughter of the founder of Brambleway Dairy Inc.", "Ann Lee"),
    # a bare trade names no employer, whatever firm the text named before
    ("Brambleway Dairy Inc. sold more milk. Ann Lee is a lawyer.", "Ann Lee"),
])
def test_to_be_without_a_role_at_an_organization_is_no_post(nlp, text, person):
    assert employers(nlp, text, person) == []


# -- a boss removed ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org, person", [
    ("Kestrel Foods Inc. removed boss Ann Lee on Monday.", "Kestrel Foods", "Ann Lee"),
    ("Corvax Airlines fired its chief pilot, Jacob Miller, after the crash.", "Corvax Airlines",
     "Jacob Miller"),
])
def test_a_boss_removed_held_a_former_post(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "negated"


# -- portfolios, things made, students -----------------------------------------------------------

@pytest.mark.parametrize("text, portfolio", [
    ("Ann Lee, Veldoria's Minister of Culture, was hospitalized.", "Culture"),
    ("Jacob Miller, the Secretary of Agriculture, visited the farm.", "Agriculture"),
])
def test_a_ministers_portfolio_is_no_employer(nlp, text, portfolio):
    assert portfolio not in [org for org, _ in employ(nlp, text)]


def test_a_secretary_of_a_named_body_still_works_there(nlp):
    text = "Maria Lopez, secretary of the Tarrowby Planning Commission, said the plan was late."
    assert ("Tarrowby Planning Commission", "Maria Lopez") in employ(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("Maria Lopez, who launched the Corvax Telecom petition, said she was angry.", "Maria Lopez"),
    ("Jacob Miller, who started the Halvorsen Bank page, said he was wary.", "Jacob Miller"),
])
def test_a_page_or_petition_started_is_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


def test_founding_the_organization_itself_still_counts(nlp):
    text = "Jacob Miller, who founded Halvorsen Bank in 1990, said rates would rise."
    assert ("Halvorsen Bank", "Jacob Miller") in employ(nlp, text)


@pytest.mark.parametrize("text", [
    "Brinmoor University seniors Ann Lee and Jacob Miller created an app.",
    "Dunmore College juniors Maria Lopez and Jacob Miller built a robot.",
])
def test_students_are_not_employees(nlp, text):
    assert employ(nlp, text) == {}


# -- a role owned by a body the text names by its kind -------------------------------------------

@pytest.mark.parametrize("text, other", [
    ("The Halvorsen Bureau of Prisons bought masks. The Tarrow Department of Justice obtained "
     "ventilators, Dr. Ann Lee, the bureau's medical director, said.", "Tarrow Department of Justice"),
    ("The Dunmore Institute of Seismology runs the sensors. The Veldoria Interior Department paid "
     "for them, said Jacob Miller, the institute's director.", "Veldoria Interior Department"),
])
def test_the_bureaus_director_is_not_the_other_bodys(nlp, text, other):
    assert other not in [org for org, _ in employ(nlp, text)]


# -- what the parser hangs on a role: a possessor read as a second employer, a former word on
# the preposition, an organization named after "to be" ----------------------------------------

@pytest.mark.parametrize("text, org, place, person", [
    ("Ann Lee, founder of Brambleway Dairy and Tarrowby’s best-known cook, opened a shop.",
     "Brambleway Dairy", "Tarrowby", "Ann Lee"),
    ("Jacob Miller, chairman of Halvorsen Bank and Dunmore’s most famous golfer, retired.",
     "Halvorsen Bank", "Dunmore", "Jacob Miller"),
])
def test_a_possessor_joined_to_the_employer_is_no_second_employer(nlp, text, org, place, person):
    found = employers(nlp, text, person)
    assert org in found and place not in found


@pytest.mark.parametrize("text, org, person", [
    ("Ann Lee, a geospatial scientist formerly with the Veldoria Department of Health, told "
     "reporters she was asked to remove data.", "Veldoria Department of Health", "Ann Lee"),
    ("Jacob Miller, an engineer formerly with Corvax Motors, said the design was flawed.",
     "Corvax Motors", "Jacob Miller"),
])
def test_formerly_with_an_employer_is_a_former_post(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "negated"


@pytest.mark.parametrize("text, org, person", [
    ("I spoke with Ann Lee, who's head of global market strategy at Halvorsen Investment "
     "Institute, and she says she has never seen anything like it.",
     "Halvorsen Investment Institute", "Ann Lee"),
    ("Jacob Miller is a senior fellow with the Dunmore Policy Forum.", "Dunmore Policy Forum",
     "Jacob Miller"),
    ("“Prices will rise,” says Ann Lee, the chief executive of Kestrel Foods, Tarrowby’s biggest "
     "grocer.", "Kestrel Foods", "Ann Lee"),
])
def test_an_employer_after_to_be_or_before_an_apposition(nlp, text, org, person):
    assert (org, person) in employ(nlp, text)


def test_a_regular_at_a_restaurant_is_no_employee(nlp):
    assert employ(nlp, "Jacob Miller, who is a regular at the Tarrow Grill, ate there.") == {}


# -- ties that are no posts; a panel's remit ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kestrel Foods' trading partner, Ann Lee, signed the deal.",
    "The Brinmoor Labour Party and its coalition partner, Jacob Miller, lost support.",
])
def test_a_trading_or_coalition_partner_holds_no_post(nlp, text):
    assert employ(nlp, text) == {}


def test_a_senior_partner_of_a_firm_holds_a_post(nlp):
    text = "Quarry Partners LLP's senior partner Ann Lee said fees rose."
    assert ("Quarry Partners LLP", "Ann Lee") in employ(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("Ann Lee, executive director of the Dunmore Alliance, will serve on the working group for "
     "Mental and Emotional Health.", "Ann Lee"),
    ("Jacob Miller will serve on the panel for Water and Energy Policy.", "Jacob Miller"),
])
def test_a_panels_remit_is_no_employer(nlp, text, person):
    assert not any(org.endswith(("Health", "Policy")) for org in employers(nlp, text, person))


# -- roles the parser hangs away from the name -------------------------------------------------

@pytest.mark.parametrize("text, org, person", [
    ("Ann Lee will replace Jacob Miller, one of the founders of Kestrel Foods, who had served as "
     "chief executive for a year.", "Kestrel Foods", "Jacob Miller"),
    ("Halvorsen Bank said Maria Lopez, one of the founders of Corvax Telecom, will join its "
     "board.", "Corvax Telecom", "Maria Lopez"),
])
def test_one_of_the_founders(nlp, text, org, person):
    assert (org, person) in employ(nlp, text)


def test_a_second_role_joined_after_an_apposition(nlp):
    text = ("Brambleway Dairy also said that Jacob Miller, the chairman of Tarrow Mills, and the "
            "former head of Dunmore Pictures, will join its board.")
    found = employ(nlp, text)
    assert found.get(("Tarrow Mills", "Jacob Miller")) == "asserted"
    assert found.get(("Dunmore Pictures", "Jacob Miller")) == "negated"


def test_a_role_joined_without_an_apposition_is_another_person(nlp):
    assert employ(nlp, "Jacob Miller and the architect of the Tarrow Mills plan met on Monday.") == {}


# -- "the law firm's managing partner": a description narrowed by a kind ------------------------

@pytest.mark.parametrize("text, other", [
    ("Tenants of Corvax Spaces Inc. asked for relief. “Rent is our largest overhead,” the law "
     "firm’s managing partner, Jacob Miller, said.", "Corvax Spaces"),
    ("Halvorsen Energy Corp. bought a field from Brinmoor Mining Inc. The oil company’s chief "
     "executive, Ann Lee, said output would rise.", "Brinmoor Mining"),
])
def test_a_kind_of_firm_binds_only_to_a_firm_of_that_kind(nlp, text, other):
    assert other not in [org for org, _ in employ(nlp, text)]


@pytest.mark.parametrize("text, org, person", [
    ("Oil company Halvorsen Energy Corp. bought a field. The oil company’s chief executive, Ann "
     "Lee, said output would rise.", "Halvorsen Energy", "Ann Lee"),
    ("Halvorsen Oil Corp. bought a field from Brinmoor Mining Inc. The oil company’s chief "
     "executive, Ann Lee, said output would rise.", "Halvorsen Oil", "Ann Lee"),
    ("Kestrel Foods Inc. reported higher sales. The company's chief executive, Jacob Miller, said "
     "demand was strong.", "Kestrel Foods", "Jacob Miller"),
])
def test_a_firm_introduced_or_named_by_its_kind_still_employs(nlp, text, org, person):
    assert (org, person) in employ(nlp, text)


# -- lists of executives ---------------------------------------------------------------------

@pytest.mark.parametrize("text, org, people", [
    ("Tarrow Motors Inc. named three executives: Ann Lee, chief financial officer; Jacob Miller, "
     "chief operating officer; and Marc Dubois, general counsel.", "Tarrow Motors",
     ["Ann Lee", "Jacob Miller", "Marc Dubois"]),
    ("Halvorsen Bank's new executives: Ann Lee, chief risk officer, and Jacob Miller, treasurer.",
     "Halvorsen Bank", ["Ann Lee", "Jacob Miller"]),
])
def test_each_item_of_a_list_of_executives_is_employed(nlp, text, org, people):
    found = employ(nlp, text)
    assert all((org, p) in found for p in people)


def test_a_list_of_trades_names_no_employer(nlp):
    text = ("The Dunmore panel heard three experts: Ann Lee, a lawyer; Jacob Miller, a banker; and "
            "Marc Dubois, a farmer.")
    assert employ(nlp, text) == {}
