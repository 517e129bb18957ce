"""Money round 12 (issue 9, from judged samples of real news): a sum a party only asked for
("sought a $1.7bn loan", "applied for a $40m loan") is hedged, not received; an injection
told with "with" or "without" and no giver ("a partnership with the ministry, with a $30m
cash injection", "won't survive without a $7m injection") is put into the subject by someone
unnamed, not the subject's own investment; a pool only part of which is the party's ("apply
for some of the $50bn bailout") is no sum of its own. Invented sentences from several
industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, owner", [
    ("Telvane Airlines sought a $1.7 billion loan from the government.", "Telvane Airlines"),
    ("Corvane Steel has applied for a $40 million loan from the state development bank.",
     "Corvane Steel"),
    ("Halvard Foods requested a €25 million credit line from its lenders last month.",
     "Halvard Foods"),
    ("Halvard Mining asked its lenders for a loan of $300 million.", "Halvard Mining"),
])
def test_a_sum_asked_for_is_hedged(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.modality == "hedged" for m in found)


@pytest.mark.parametrize("text, owner", [
    # a sum received stays asserted, also when it was applied for before
    ("Corvane Steel received a $40 million loan it had applied for in March.", "Corvane Steel"),
    ("Telvane Airlines secured a $1.7 billion loan from the government.", "Telvane Airlines"),
    # what is asked for is not the figure: "approval for its $2bn purchase"
    ("Orvia Health sought approval for its $2 billion purchase of Kestrel Labs.", "Orvia Health"),
])
def test_a_sum_not_asked_for_stays_asserted(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.modality == "asserted" for m in found)


@pytest.mark.parametrize("text", [
    "On Monday, Telvane Pharma announced a new partnership with the Ministry of Health, with a "
    "$30 million cash injection to speed up its vaccine work.",
    "The Orvia Theatre says it will not survive the year without a $7 million injection of cash.",
    "Halvard Airways stayed aloft through the winter with a $90 million lifeline.",
])
def test_an_injection_with_no_giver_is_not_the_subjects_investment(nlp, text):
    assert not [m for m in money(nlp, text) if m.kind == "investment"]


@pytest.mark.parametrize("text, owner, kind", [
    ("Brightwell Capital made a $50 million injection into Corvane Steel.",
     "Brightwell Capital", "investment"),
    ("Corvane Steel received a $50 million injection from Brightwell Capital.",
     "Corvane Steel", "funding"),
    ("Kestrel Motors was rescued last year with a $200 million capital injection from the "
     "Halvard Fund.", "Kestrel Motors", "funding"),
    ("Orvia Bank expanded its branch network with a $30 million investment.",
     "Orvia Bank", "investment"),
])
def test_an_injection_with_its_giver_named_is_kept(nlp, text, owner, kind):
    assert (owner, kind) in {(m.entity, m.kind) for m in money(nlp, text)}


@pytest.mark.parametrize("text", [
    "Telvane Airlines plans to apply for some of the $50 billion airline bailout included in the "
    "relief law.",
    "Halvard Health won a share of the €2 billion research fund.",
    "Corvane Farms received part of the $19 billion aid package for growers.",
])
def test_a_pool_only_part_of_which_is_the_partys_is_not_its_sum(nlp, text):
    assert money(nlp, text) == []


@pytest.mark.parametrize("text, owner", [
    ("Corvane Mining spent part of the $5 billion it raised last year on new plants.",
     "Corvane Mining"),
    ("Kestrel Air received $5 billion from the government.", "Kestrel Air"),
])
def test_a_sum_of_ones_own_is_kept(nlp, text, owner):
    assert owner in {m.entity for m in money(nlp, text)}
