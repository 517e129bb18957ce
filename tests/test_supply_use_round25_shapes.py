"""supply and use (round 25): use stated by a payment ("X paid Y $60 million to license its
technology": the payer uses what the payee makes) and goods a firm sources or procures from a
named supplier ("X sources its milk from Y"). Near shapes that must give no such fact: goods
owned by the payer or a third firm, a payment for no technology, a licence handed on to a third
party, a person or a place paid or sourced from, money, staff or talent sourced, and a payment
in an "if" clause. Sentences written for these tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, facts", [
    ("Quillfield Bank paid Trellis Analytics $60 million to license its technology.",
     {("Quillfield Bank", "Trellis Analytics"): "asserted"}),
    ("Quillfield Bank is paying Trellis Analytics to integrate Trellis Analytics' AI models into"
     " its apps.", {("Quillfield Bank", "Trellis Analytics"): "asserted"}),
    ("Kestrel Foods will pay Halvorsen Marine $2 million a year to license its shipping platform.",
     {("Kestrel Foods", "Halvorsen Marine"): "forecast"}),
    ("Orvane Holdings then paid Brambleway Robotics $650 million to license its patents, and"
     " hired most of its staff.",
     {("Orvane Holdings", "Brambleway Robotics"): "asserted"}),
    ("Kestrel Foods and Orvane Holdings paid Trellis Analytics to license its tools.",
     {("Kestrel Foods", "Trellis Analytics"): "asserted",
      ("Orvane Holdings", "Trellis Analytics"): "asserted"}),
    ("Quillfield Bank did not pay Trellis Analytics to license its technology.",
     {("Quillfield Bank", "Trellis Analytics"): "negated"}),
    ("Quillfield Bank may pay Trellis Analytics to license its technology.",
     {("Quillfield Bank", "Trellis Analytics"): "hedged"}),
])
def test_payment_for_use_of_payees_technology(nlp, text, facts):
    found = of_kind(nlp, text, "use")
    for pair, modality in facts.items():
        assert found.get(pair) == modality, (text, found)


@pytest.mark.parametrize("text, facts", [
    # "its" after "use"/"integrate" is decided by a product the article gives its maker
    ("Trellis Analytics launched its Corvid models last year. Quillfield Bank is paying Trellis"
     " Analytics to integrate its Corvid models into its apps.",
     {("Quillfield Bank", "Trellis Analytics"): "asserted"}),
    ("Quillfield Bank launched its Corvid assistant last year. Quillfield Bank is paying Trellis"
     " Analytics to integrate its Corvid assistant into its phones.",
     {("Trellis Analytics", "Quillfield Bank"): "asserted"}),
])
def test_payment_for_a_product_of_stated_maker(nlp, text, facts):
    found = of_kind(nlp, text, "use")
    assert set(found) == set(facts), (text, found)


@pytest.mark.parametrize("text, pair", [
    # a payment that buys no technology
    ("Quillfield Bank paid Trellis Analytics $60 million to settle the lawsuit.",
     ("Quillfield Bank", "Trellis Analytics")),
    ("Quillfield Bank paid Trellis Analytics $60 million to use the money for expansion.",
     ("Quillfield Bank", "Trellis Analytics")),
    ("Quillfield Bank paid Trellis Analytics $60 million to buy back its shares.",
     ("Quillfield Bank", "Trellis Analytics")),
    # the technology is a third firm's: the payee is not its maker
    ("Quillfield Bank paid Trellis Analytics $60 million to license Halvorsen Marine's software.",
     ("Quillfield Bank", "Trellis Analytics")),
    # the licence is handed on to a third party
    ("Quillfield Bank paid Trellis Analytics $60 million to license its technology to Kestrel"
     " Foods.", ("Quillfield Bank", "Trellis Analytics")),
    # a person or a place paid
    ("Quillfield Bank paid Ann Whitfield $60,000 to license her technology.",
     ("Quillfield Bank", "Ann Whitfield")),
    ("Quillfield Bank paid Norway $60 million to use its ports.", ("Quillfield Bank", "Norway")),
    # a supposed payment
    ("If Quillfield Bank paid Trellis Analytics to license its technology, the deal would be"
     " large.", ("Quillfield Bank", "Trellis Analytics")),
    # "its" after a verb the payee may do for the payer: the payer's goods, used by the payee
    ("Quillfield Bank pays Trellis Analytics $2 billion a year to use its search engine.",
     ("Quillfield Bank", "Trellis Analytics")),
    ("Quillfield Bank paid Trellis Analytics to deploy its new ticketing system across its"
     " branches.", ("Quillfield Bank", "Trellis Analytics")),
    ("Quillfield Bank paid Trellis Analytics to integrate its models into its apps.",
     ("Quillfield Bank", "Trellis Analytics")),
    # a payment for not using
    ("Quillfield Bank paid Trellis Analytics not to license its technology.",
     ("Quillfield Bank", "Trellis Analytics")),
    ("Quillfield Bank paid Trellis Analytics $60 million.", ("Quillfield Bank", "Trellis Analytics")),
])
def test_payment_without_use(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "use")


@pytest.mark.parametrize("text, facts", [
    ("Kestrel Foods sources its milk from Brambleway Markets.",
     {("Brambleway Markets", "Kestrel Foods"): "asserted"}),
    ("Kestrel Foods sources milk from Brambleway Markets and Orvane Holdings.",
     {("Brambleway Markets", "Kestrel Foods"): "asserted",
      ("Orvane Holdings", "Kestrel Foods"): "asserted"}),
    ("Kestrel Foods is sourcing packaging from Brambleway Markets.",
     {("Brambleway Markets", "Kestrel Foods"): "asserted"}),
    ("Kestrel Foods procures its packaging from Brambleway Markets.",
     {("Brambleway Markets", "Kestrel Foods"): "asserted"}),
    ("Kestrel Foods no longer sources its cocoa from Brambleway Markets.",
     {("Brambleway Markets", "Kestrel Foods"): "negated"}),
    ("Kestrel Foods may source its cocoa from Brambleway Markets.",
     {("Brambleway Markets", "Kestrel Foods"): "hedged"}),
])
def test_goods_sourced_from_a_named_firm(nlp, text, facts):
    found = of_kind(nlp, text, "supply")
    for pair, modality in facts.items():
        assert found.get(pair) == modality, (text, found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods sourced funding from Brambleway Capital.",  # money: a backer, not a supplier
    "Kestrel Foods sources its talent from Brambleway Markets.",
    "Kestrel Foods sources its staff from Brambleway Markets.",
    "Kestrel Foods sources its cocoa from Ghana.",  # a country, not a firm
    "Kestrel Foods sources its cocoa from Ann Whitfield.",  # a person
    "The data was sourced from Brambleway Markets.",  # no customer named
    "Kestrel Foods sourced Brambleway Markets from a rival.",  # a firm is no goods
    # revenue, a contract or an order come from a customer: the reverse direction
    "Kestrel Foods sources 40% of its sales from Brambleway Markets.",
    "Kestrel Foods procured a contract from Brambleway Markets.",
    "Kestrel Foods procured two large orders from Brambleway Markets.",
    # people and permissions are no goods
    "Kestrel Foods sourced its new CEO from Brambleway Markets.",
    "Kestrel Foods sourced two engineers from Brambleway Markets.",
    "Kestrel Foods procured approval from Brambleway Markets for the plan.",
    # no "from": "its items" are the buyer's own, they name no supplier
    "Locals know the shop as a play on Orvane Markets, where the Kestrel Foods business"
    " originally sourced most of its items.",
])
def test_sourced_without_supply(nlp, text):
    assert not of_kind(nlp, text, "supply"), text


@pytest.mark.parametrize("text, kind, pair", [
    ("Orvane Holdings hired three founders last year. It then paid Trellis Analytics $650 million"
     " to license its technology.", "use", ("Orvane Holdings", "Trellis Analytics")),
    ("Orvane Holdings hired three founders last year. The company then paid Trellis Analytics"
     " $650 million to license its technology.", "use", ("Orvane Holdings", "Trellis Analytics")),
    ("Kestrel Foods opened a plant in Ohio. The firm sources its milk from Brambleway Markets.",
     "supply", ("Brambleway Markets", "Kestrel Foods")),
    ("Kestrel Foods opened a plant in Ohio. It procures its packaging from Brambleway Markets.",
     "supply", ("Brambleway Markets", "Kestrel Foods")),
])
def test_payer_or_sourcing_firm_given_by_a_mention(nlp, text, kind, pair):
    assert of_kind(nlp, text, kind).get(pair) == "asserted", text


@pytest.mark.parametrize("text, kind, pair", [
    ("Kestrel Foods used to buy 40 trucks a year from Brambleway Motors.", "supply",
     ("Brambleway Motors", "Kestrel Foods")),
    ("Brambleway Motors used to supply engines to Kestrel Foods.", "supply",
     ("Brambleway Motors", "Kestrel Foods")),
    ("Kestrel Foods used to work with Brambleway Motors.", "partner",
     ("Brambleway Motors", "Kestrel Foods")),
])
def test_past_habit_is_no_standing_tie(nlp, text, kind, pair):
    """"used to supply": a habit of the past, the tie is negated."""
    assert of_kind(nlp, text, kind).get(pair) == "negated", text


@pytest.mark.parametrize("text, kind, pair", [
    # a past habit may also give nothing, but never a standing tie
    ("Kestrel Foods used to get its engines from Brambleway Motors.", "supply",
     ("Brambleway Motors", "Kestrel Foods")),
])
def test_past_habit_never_asserted(nlp, text, kind, pair):
    assert of_kind(nlp, text, kind).get(pair) in {None, "negated"}, text


@pytest.mark.parametrize("text, kind, pair", [
    # "use" with its own object, and "be used to" (accustomed), are no past habit
    ("Kestrel Foods used Brambleway Motors' engines to power its trucks.", "use",
     ("Kestrel Foods", "Brambleway Motors")),
    ("Kestrel Foods is used to working with Brambleway Motors.", "partner",
     ("Brambleway Motors", "Kestrel Foods")),
])
def test_use_and_accustomed_stay_asserted(nlp, text, kind, pair):
    assert of_kind(nlp, text, kind).get(pair) == "asserted", text


@pytest.mark.parametrize("text, kind, pair", [
    ("Kestrel Foods denied that it ships cheese to Orvane Markets.", "supply",
     ("Kestrel Foods", "Orvane Markets")),
    ("Kestrel Foods denies reports that it supplies Orvane Markets with cheese.", "supply",
     ("Kestrel Foods", "Orvane Markets")),
    ("Kestrel Foods denied that it had signed a deal with Orvane Markets.", "partner",
     ("Kestrel Foods", "Orvane Markets")),
    ("Kestrel Foods denied that it had agreed to supply Orvane Markets.", "supply",
     ("Kestrel Foods", "Orvane Markets")),
    # any denying verb that takes a 'that' clause, not "deny" alone
    ("Kestrel Foods rejected claims that it supplies Orvane Markets with cheese.", "supply",
     ("Kestrel Foods", "Orvane Markets")),
])
def test_denied_tie_is_negated(nlp, text, kind, pair):
    assert of_kind(nlp, text, kind).get(pair) == "negated", text


@pytest.mark.parametrize("text", [
    "Kestrel Foods did not deny that it ships cheese to Orvane Markets.",  # no denial made
    "Kestrel Foods said that it ships cheese to Orvane Markets.",
])
def test_undenied_tie_stays_asserted(nlp, text):
    assert of_kind(nlp, text, "supply").get(("Kestrel Foods", "Orvane Markets")) == "asserted"


@pytest.mark.parametrize("text", [
    # the denial is of a breach or of a means, not of the tie the clause holds
    "Kestrel Foods denied that it breached its contract to supply cheese to Orvane Markets.",
    "Kestrel Foods denied that it won a contract to supply Orvane Markets through bribes.",
])
def test_denial_of_something_else_leaves_the_tie(nlp, text):
    assert of_kind(nlp, text, "supply").get(("Kestrel Foods", "Orvane Markets")) == "asserted"


@pytest.mark.parametrize("text, kind", [
    ("Kestrel Foods denied that it would end its partnership with Orvane Markets.", "partner"),
    # the end is denied as done, not only as to come: the ending verb negates nothing
    ("Kestrel Foods denied that it had ended its partnership with Orvane Markets.", "partner"),
    ("Kestrel Foods denied that it had stopped supplying Orvane Markets.", "supply"),
])
def test_denied_end_leaves_the_tie_standing(nlp, text, kind):
    assert of_kind(nlp, text, kind).get(("Kestrel Foods", "Orvane Markets")) == "asserted", text


def test_undenied_rejection_leaves_the_tie(nlp):
    text = "Kestrel Foods did not reject claims that it supplies Orvane Markets with cheese."
    assert of_kind(nlp, text, "supply").get(("Kestrel Foods", "Orvane Markets")) == "asserted"
