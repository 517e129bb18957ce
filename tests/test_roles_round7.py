"""Role (employ) and hiring rules of round 7, from patterns judged on real news (sentences
invented for these tests, invented names, several industries): the article's company stands in
for a bare "CEO Ann Lee" only where it is named next to her; a journalist's beat ("White House
reporter") is no employer; what is built for someone is no job there; a quote's verb never
takes its speaker as object, whatever the length of the name."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.employers import quote_then_speaker


def employ(nlp, text: str) -> dict[tuple[str, str], str]:
    return of_kind(nlp, text, "employ")


def employers(nlp, text: str, person: str) -> list[str]:
    return [org for org, p in employ(nlp, text) if p == person]


FILLER = ("The weather was mild all week. Crowds gathered in the square to hear the band. "
          "The market sold apples and pears. Trains ran late on Sunday. ")


# -- the article's company for a bare role: only where it is named next to the person ---------

@pytest.mark.parametrize("text, org, person", [
    ('Brambleway Dairy Inc. raised milk prices on Monday. "We had no choice," chief executive '
     'Ann Lee said.', "Brambleway Dairy", "Ann Lee"),
    ("Corvax Airlines cut ten routes on Friday. Chief executive Jacob Miller said demand was "
     "weak.", "Corvax Airlines", "Jacob Miller"),
])
def test_a_bare_role_next_to_the_company_is_its_post(nlp, text, org, person):
    assert employ(nlp, text).get((org, person)) == "asserted"


@pytest.mark.parametrize("text, person", [
    ("Halvorsen Bank opened a branch in the old mill. " + FILLER
     + "Boss Jacob Miller envisions revenue from subscriptions and advertising.", "Jacob Miller"),
    ("Tarrowby Cinemas reopened its halls. " + FILLER
     + "Chief executive Maria Lopez said the chain would close stores.", "Maria Lopez"),
])
def test_a_bare_role_far_from_the_company_names_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


# -- a journalist's beat ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Nancy Cole, White House reporter, said the plan was late.", "Nancy Cole"),
    ("Pentagon correspondent Ann Lee wrote that the deal was signed.", "Ann Lee"),
])
def test_a_beat_is_no_employer(nlp, text, person):
    assert employers(nlp, text, person) == []


@pytest.mark.parametrize("text, org, person", [
    ("Tarrowby Gazette reporter Bo Park said the deal was signed.", "Gazette", "Bo Park"),
    ("White House spokeswoman Mia Ross said the plan was late.", "White House", "Mia Ross"),
])
def test_an_outlet_or_a_spokeswoman_still_has_an_employer(nlp, text, org, person):
    assert (org, person) in employ(nlp, text)


# -- made for someone ----------------------------------------------------------------------------

def test_what_is_built_for_an_organization_is_no_job_there(nlp):
    assert employers(nlp, "Ann Lee built a new stage for the Dunmore Theatre Company last "
                          "summer.", "Ann Lee") == []


@pytest.mark.parametrize("text, org, person, modality", [
    ("Jacob Miller worked for Corvax Telecom for ten years.", "Corvax Telecom", "Jacob Miller",
     "negated"),
    ("Maria Lopez runs Kestrel Foods from a small office in Leeds.", "Kestrel Foods",
     "Maria Lopez", "asserted"),
])
def test_working_for_or_running_an_organization_is_still_a_job(nlp, text, org, person, modality):
    assert employ(nlp, text).get((org, person)) == modality


# -- a quote's speaker ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb, name", [
    ('"It can bring a moment of calm," Ann Lee, head of Corvax Foods, said.', "bring", "Lee"),
    ('"This will bring the town some hope," Jacob Miller, chief of Halvorsen Bank, said.',
     "bring", "Miller"),
])
def test_the_speaker_after_a_quote_is_found_from_any_token_of_the_name(nlp, text, verb, name):
    sdoc = nlp(text)
    v = next(t for t in sdoc if t.lemma_ == verb)
    last = next(t for t in sdoc if t.text == name)
    assert quote_then_speaker(v.i, last.i, sdoc)
    assert quote_then_speaker(v.i, last.i - 1, sdoc)


# -- leaving to become: a move to the organization of the new role -------------------------------

def moves(nlp, text: str) -> dict[tuple[str, str], str]:
    return of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text, src, dst", [
    ("Jacob Miller will leave Tarrowby Media to become chief financial officer at Kestrel Foods.",
     "Tarrowby Media", "Kestrel Foods"),
    ("Ann Lee, the chief of the video streaming service Corvax TV, will leave that company to "
     "become the new chief executive and president of Tarrowby Radio.", "Corvax TV",
     "Tarrowby Radio"),
])
def test_leaving_to_become_a_role_elsewhere_is_a_move(nlp, text, src, dst):
    assert (src, dst) in moves(nlp, text)


@pytest.mark.parametrize("text", [
    "Jacob Miller will leave Tarrowby Media to become a painter in Halvorsen.",
    "Ann Lee left Corvax Foods to become a customer of Kestrel Bank.",
    "Maria Lopez will stay at Dunmore Steel and become chief executive of Dunmore Steel.",
])
def test_leaving_without_a_role_elsewhere_is_no_move(nlp, text):
    assert moves(nlp, text) == {}


# -- founded by people marked as having left another organization --------------------------------

@pytest.mark.parametrize("text, src, dst", [
    ("Leeds-based Voltline was founded by former staffers from Corvax Energy, the maker of the "
     "Sunbox battery.", "Corvax Energy", "Voltline"),
    ("Brambleway Robotics, started by ex-Kestrel Foods engineers in 2019, makes packing machines.",
     "Kestrel Foods", "Brambleway Robotics"),
])
def test_founded_by_former_staff_of_another_is_a_move(nlp, text, src, dst):
    found = moves(nlp, text)
    assert (src, dst) in found
    assert all(head == src for head, _ in found)  # not the product of "the maker of Y"


@pytest.mark.parametrize("text", [
    "Halvex Labs was founded by researchers from Tarrowby University.",
    "Dunmore Steel was founded by Ann Lee, a former Corvax Mining geologist, in 1990.",
])
def test_founded_by_staff_not_marked_as_former_or_by_a_named_founder_is_no_move(nlp, text):
    assert moves(nlp, text) == {}


# -- a franchise held is no job at the franchisor ------------------------------------------------

def test_owning_a_franchise_is_no_job_at_the_brand(nlp):
    text = "Julie Ross, who owns a Corvax Fitness franchise in Leeds, said gyms were empty."
    assert employers(nlp, text, "Julie Ross") == []


def test_owning_the_company_itself_is_still_a_post(nlp):
    assert ("Brambleway Dairy", "Ann Lee") in employ(nlp, "Ann Lee owns Brambleway Dairy.")


# -- an employer whose name was cut before its head ----------------------------------------------

def test_a_name_cut_before_its_head_is_no_employer():
    from types import SimpleNamespace

    from tieline.extract.employers import not_an_employer
    ents = SimpleNamespace(entities={})
    assert not_an_employer(SimpleNamespace(name="of Construction, Housing"), ents)
    assert not_an_employer(SimpleNamespace(name="of Supervisors"), ents)
    assert not not_an_employer(SimpleNamespace(name="Bank of Dunmore"), ents)
    assert not not_an_employer(SimpleNamespace(name="the Tarrowby Gazette"), ents)
