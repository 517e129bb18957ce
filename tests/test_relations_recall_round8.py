"""Round-8 recall of invest, supply and use (issue 9), on sentences written for these tests
(invented companies, several industries): a round labelled "Series B" is still the raiser's
round; "Acme has customers (investors, suppliers) including A and B" names Acme as the one
whose customers they are; "A is one of B's investors" is "A is B's investor"; a name the parser
heads with its suffix ("Acme Inc.") is still a party, and its bracketed short form is no other."""
from __future__ import annotations

import pytest

from extracted import relations


def kinds(nlp, text: str, kind: str) -> set[tuple[str, str]]:
    return {(head, tail) for (t, head, tail) in relations(nlp, text) if t == kind}


@pytest.mark.parametrize("text, investor, raiser", [
    ("Tarsk Semiconductor raised $30 million in a Series B round led by Halcyon Capital.",
     "Halcyon Capital", "Tarsk Semiconductor"),
    ("Brindle Foods closed a $12 million Series A round led by Ostrava Partners.",
     "Ostrava Partners", "Brindle Foods"),
    ("Kestrel Therapeutics raised $80 million in a Series C funding round led by Marrow Ventures.",
     "Marrow Ventures", "Kestrel Therapeutics"),
])
def test_series_label_is_not_the_raiser(nlp, text, investor, raiser):
    assert (investor, raiser) in kinds(nlp, text, "invest")


def test_series_round_without_a_raiser_names_none(nlp):
    found = kinds(nlp, "The Series B round was led by Halcyon Capital.", "invest")
    assert not {pair for pair in found if "Series B" in pair}


@pytest.mark.parametrize("text, kind, expected", [
    # a firm that has customers supplies them (round 11 follows the gold sets' convention;
    # "A is a customer of X" and "X's customers include A" stay use(A, X))
    ("Olvin Motors has customers including Brindle Foods, Kestrel Labs and Varden Airlines.",
     "supply", {("Olvin Motors", "Brindle Foods"), ("Olvin Motors", "Varden Airlines")}),
    ("Lumo Payments has investors including Halcyon Capital and Birchwood Ventures.",
     "invest", {("Halcyon Capital", "Lumo Payments"), ("Birchwood Ventures", "Lumo Payments")}),
    ("Brindle Foods has customers like Olvin Motors.", "supply", {("Brindle Foods", "Olvin Motors")}),
])
def test_the_haver_owns_the_listed_members(nlp, text, kind, expected):
    assert expected <= kinds(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "Corvane Aero builds regional jets and has customers including Skylow Air and Dunrow Air.",
    "Olvin Motors has customers including Brindle Foods, Kestrel Labs and Varden Airlines.",
])
def test_members_are_never_each_others_customers(nlp, text):
    members = {"Skylow Air", "Dunrow Air", "Brindle Foods", "Kestrel Labs", "Varden Airlines"}
    assert not {p for p in kinds(nlp, text, "use") if set(p) <= members}


@pytest.mark.parametrize("text", [
    "Olvin Motors has customers in 40 countries.",
    "Ann Lee has clients including two hospitals in Reno.",
])
def test_have_without_named_members_gives_nothing(nlp, text):
    assert not kinds(nlp, text, "use")


@pytest.mark.parametrize("text, kind, expected", [
    ("Halcyon Capital is one of Tarsk Semiconductor's biggest investors.",
     "invest", ("Halcyon Capital", "Tarsk Semiconductor")),
    ("Birchwood Ventures, one of Brindle Foods' earliest backers, declined to comment.",
     "invest", ("Birchwood Ventures", "Brindle Foods")),
    ("Halcyon Capital is among Kestrel Therapeutics' largest shareholders.",
     "invest", ("Halcyon Capital", "Kestrel Therapeutics")),
    ("Tarsk Semiconductor is one of Olvin Motors' main suppliers.",
     "supply", ("Tarsk Semiconductor", "Olvin Motors")),
    ("Varden Airlines is one of the largest customers of Olvin Motors.",
     "use", ("Varden Airlines", "Olvin Motors")),
])
def test_one_of_the_holders_is_a_holder(nlp, text, kind, expected):
    assert expected in kinds(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "One of the investors said Tarsk Semiconductor would need more cash.",
    "Halcyon Capital sold one of its investments last year.",
    "Olvin Motors said one of its customers had cancelled an order.",
])
def test_one_of_without_a_named_owner_gives_nothing(nlp, text):
    found = relations(nlp, text)
    assert not {t for t in found if t[0] in {"invest", "supply", "use"}}


@pytest.mark.parametrize("text, kind, expected", [
    ("Varden Airlines is the largest customer of Corvane Aerospace Inc.",
     "use", ("Varden Airlines", "Corvane Aerospace")),
    ("The merger makes it a bigger rival to Halden Software Corp. and Brindle parent Marrow Holdings Inc.",
     "invest", ("Marrow Holdings", "Brindle")),
    ("Drovers Freight Co. is a customer of Lonmark Logistics Ltd.",
     "use", ("Drovers Freight", "Lonmark Logistics")),
])
def test_a_name_headed_by_its_company_suffix_is_still_a_party(nlp, text, kind, expected):
    found = relations(nlp, text)
    assert (kind, *expected) in found or (kind, *sorted(expected)) in found


@pytest.mark.parametrize("text", [
    "Norwell Cell Therapeutics Inc. (NCT or NorCell) is forming a research team with two hospitals.",
    "Pellam Foods Ltd. (Pellam) launched a joint venture in Ohio.",
])
def test_a_bracketed_short_name_is_no_second_party(nlp, text):
    assert not {t for t in relations(nlp, text) if t[0] == "partner"}


@pytest.mark.parametrize("text, pair", [
    ("Kestrel Labs, Olvin Motors' biggest rival, cut prices.", ("Kestrel Labs", "Olvin Motors")),
    ("Brindle Foods is Marrow Dairy's closest competitor.", ("Brindle Foods", "Marrow Dairy")),
    ("Halden Software is one of Pellam Group's biggest rivals.", ("Halden Software", "Pellam Group")),
])
def test_the_one_called_a_rival_competes_with_the_possessor(nlp, text, pair):
    assert tuple(sorted(pair)) in kinds(nlp, text, "compete")


@pytest.mark.parametrize("text", [
    "Halden Software said Olvin Motors' rival was struggling.",
    "Olvin Motors is its own biggest rival.",
])
def test_a_rival_not_named_gives_no_pair(nlp, text):
    assert not kinds(nlp, text, "compete")


@pytest.mark.parametrize("text, kind, expected", [
    ("Tarsk Semiconductor raised $34 million from investors, including Halcyon Capital and Kelp Fund.",
     "invest", {("Halcyon Capital", "Tarsk Semiconductor"), ("Kelp Fund", "Tarsk Semiconductor")}),
    ("Olvin Motors bought parts from suppliers, including Varden Steel and Pellam Group.",
     "supply", {("Varden Steel", "Olvin Motors"), ("Pellam Group", "Olvin Motors")}),
])
def test_a_list_after_the_amount_names_the_parties(nlp, text, kind, expected):
    assert expected <= kinds(nlp, text, kind)


def test_a_list_of_goods_after_the_amount_names_no_party(nlp):
    text = "Olvin Motors bought 30 jets from Corvane Aerospace, including 10 freighters."
    assert kinds(nlp, text, "supply") == {("Corvane Aerospace", "Olvin Motors")}
