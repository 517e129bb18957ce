"""supply (round 24): orders, goods taken in, and the shops a maker lists. A buyer of goods
named with their maker ("ordered 40 Kestrel Aerospace jets"), an order a seller fills, ships
or delivers for a named firm, goods taken in from a named firm ("took delivery of 12 trucks
from X", "gets its engines from X", "2 million tons of LNG"), goods shipped to a named firm,
and "X lists A and B among the retailers that sell its products". Near shapes that must give
no supply: an order as a command, shares, a letter or an approval taken in, a place or a
person at the other end, sellers of unowned goods, a retailer that stopped selling. And a
list given with "such as" after a tie noun reads as one given with "including".
Sentences written for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import relations


def _supply(nlp, text):
    return {(h, t): m for (k, h, t), m in relations(nlp, text).items() if k == "supply"}


@pytest.mark.parametrize("text, facts", [
    ("Orvane Airways ordered 40 Kestrel Aerospace jets last year.",
     [("Kestrel Aerospace", "Orvane Airways", "asserted")]),
    ("Quillfield Freight ordered 200 Brambleway Motors trucks.",
     [("Brambleway Motors", "Quillfield Freight", "asserted")]),
    ("Orvane Airways ordered 40 of Kestrel Aerospace's jets last year.",
     [("Kestrel Aerospace", "Orvane Airways", "asserted")]),
    ("Orvane Health bought 300 Brambleway Medical ventilators in March.",
     [("Brambleway Medical", "Orvane Health", "asserted")]),
    ("Quillfield Power purchased 12 Halvorsen Energy turbines for its wind farm.",
     [("Halvorsen Energy", "Quillfield Power", "asserted")]),
    ("Orvane Airways plans to order 40 Kestrel Aerospace jets.",
     [("Kestrel Aerospace", "Orvane Airways", "forecast")]),
    ("Orvane Airways is considering buying 40 Kestrel Aerospace jets.",
     [("Kestrel Aerospace", "Orvane Airways", "hedged")]),
    ("Kestrel Foods filled an order for hand sanitizer for Brambleway Markets.",
     [("Kestrel Foods", "Brambleway Markets", "asserted")]),
    ("Kestrel Foods said it filled a $5 million order for its hand sanitizer for Brambleway"
     " Markets.",
     [("Kestrel Foods", "Brambleway Markets", "asserted")]),
    ("Trellis Analytics fulfilled an order from Orvane Bank for 300 servers.",
     [("Trellis Analytics", "Orvane Bank", "asserted")]),
    ("Halvorsen Marine shipped the order for spare engines to Kestrel Shipping in May.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Kestrel Foods could fill an order for hand soap for Orvane Markets.",
     [("Kestrel Foods", "Orvane Markets", "hedged")]),
    ("Kestrel Foods did not fill the order for Orvane Markets.",
     [("Kestrel Foods", "Orvane Markets", "negated")]),
    ("Quillfield Freight took delivery of 12 trucks from Brambleway Motors.",
     [("Brambleway Motors", "Quillfield Freight", "asserted")]),
    ("Quillfield Power took delivery of the first of 20 turbines from Halvorsen Energy.",
     [("Halvorsen Energy", "Quillfield Power", "asserted")]),
    ("Quillfield Freight gets its trucks from Brambleway Motors.",
     [("Brambleway Motors", "Quillfield Freight", "asserted")]),
    ("Kestrel Shipping gets its engines from Halvorsen Marine.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Quillfield Gas will receive 2 million tons of LNG a year from Trellis Energy.",
     [("Trellis Energy", "Quillfield Gas", "forecast")]),
    ("Orvane Health received 500 Brambleway Medical ventilators last week.",
     [("Brambleway Medical", "Orvane Health", "asserted")]),
    ("Quillfield Gas imports its gas from Trellis Energy.",
     [("Trellis Energy", "Quillfield Gas", "asserted")]),
    ("Kestrel Foods shipped 300 cases of soup to Orvane Markets.",
     [("Kestrel Foods", "Orvane Markets", "asserted")]),
    ("Halvorsen Marine shipped 40 engines to Kestrel Shipping last year.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Kestrel Foods lists Orvane Markets and Quillfield Grocers among the retailers that sell"
     " its products.",
     [("Kestrel Foods", "Orvane Markets", "asserted"),
      ("Kestrel Foods", "Quillfield Grocers", "asserted")]),
    ("Retailers that sell Kestrel Foods products include Orvane Markets and Quillfield Grocers.",
     [("Kestrel Foods", "Orvane Markets", "asserted"),
      ("Kestrel Foods", "Quillfield Grocers", "asserted")]),
    ("Kestrel Electronics counts Orvane Digital and Quillfield Stores among the stores that"
     " carry its speakers.",
     [("Kestrel Electronics", "Orvane Digital", "asserted"),
      ("Kestrel Electronics", "Quillfield Stores", "asserted")]),
    ("Kestrel Foods lists Orvane Markets among the retailers that no longer sell its products.",
     [("Kestrel Foods", "Orvane Markets", "negated")]),
    ("Orvane Airways placed an order for 35 jets from Halvorsen Marine.",
     [("Halvorsen Marine", "Orvane Airways", "asserted")]),
    ("Kestrel Shipping placed an order with Halvorsen Marine for 20 ferries.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Halvorsen Marine won an order from Kestrel Shipping for 20 ferries.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Halvorsen Marine supplies Kestrel Shipping with engines.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Kestrel Shipping relies on Halvorsen Marine for engines.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Kestrel Shipping bought 12 engines from Halvorsen Marine.",
     [("Halvorsen Marine", "Kestrel Shipping", "asserted")]),
    ("Trellis Energy signed a deal to deliver 2 million tons of LNG to Quillfield Gas.",
     [("Trellis Energy", "Quillfield Gas", "asserted")]),
    ("Trellis Analytics has customers including Orvane Bank and Quillfield Insurance.",
     [("Trellis Analytics", "Orvane Bank", "asserted"),
      ("Trellis Analytics", "Quillfield Insurance", "asserted")]),
])
def test_supply_read_from_orders_intake_and_listed_sellers(nlp, text, facts):
    found = _supply(nlp, text)
    for head, tail, mood in facts:
        assert found.get((head, tail)) == mood, found


@pytest.mark.parametrize("text", [
    "Orvane Airways bought 40 Kestrel Aerospace shares.",
    "The court ordered Kestrel Foods to pay Orvane Markets.",
    "Orvane Airways ordered Kestrel Aerospace to stop the work.",
    "The regulator ordered Kestrel Foods products removed from shelves.",
    "Orders at Halvorsen Marine fell 10 percent.",
    "If Kestrel Foods fills the order for Orvane Markets, it will be paid.",
    "Kestrel Foods filled an order for Orvane Markets' customers.",
    "Kestrel Foods delivered an order of masks to Norway.",
    "Kestrel Foods shipped an order to its own store in Quillfield.",
    "Quillfield Freight got approval from Brambleway Motors.",
    "Quillfield Freight received a letter from Brambleway Motors.",
    "Quillfield Freight gets its trucks from Norway.",
    "Quillfield Freight took delivery of the letter from Brambleway Motors.",
    "Ann Whitfield took delivery of 12 trucks from Brambleway Motors.",
    "Quillfield Freight took delivery of 12 trucks from its plant in Ohio.",
    "Orvane Health received 500 Brambleway Medical shares last week.",
    "Orvane Health got 500 ventilators from its own warehouse.",
    "Orvane Health received 500 ventilators from donors.",
    "Orvane Health received Brambleway Medical's letter.",
    "Kestrel Foods shipped 300 cases of soup to Norway.",
    "Kestrel Foods shipped 300 cases of soup to Ann Whitfield.",
    "Kestrel Foods lists Norway and Sweden among the markets where it sells its products.",
    "Retailers that sell hand soap include Orvane Markets and Quillfield Grocers.",
    "Stores that carry its products include Orvane Markets.",
    "Kestrel Foods lists Orvane Markets among the retailers that stopped selling its products.",
    "Halvorsen Marine is trying to win over Orvane Ferries' customers.",
    "Kestrel Foods supplies its own stores.",
    "Halvorsen Marine is in talks to supply engines to Kestrel Shipping.",
])
def test_no_supply_from_near_shapes(nlp, text):
    assert not _supply(nlp, text)


@pytest.mark.parametrize("text, kind, head, tail", [
    ("Orvane Airways bought Kestrel Aerospace.", "acquire", "Orvane Airways", "Kestrel Aerospace"),
    ("Kestrel Foods counts Orvane Markets among its rivals.", "compete", "Kestrel Foods",
     "Orvane Markets"),
    ("Orvane Bank is a customer of Trellis Analytics.", "use", "Orvane Bank", "Trellis Analytics"),
])
def test_other_readings_of_the_near_shapes_stand(nlp, text, kind, head, tail):
    found = relations(nlp, text)
    key = (kind, *sorted((head, tail))) if kind == "compete" else (kind, head, tail)
    assert key in found, found
    assert not any(k == "supply" for k, *_ in found), found


@pytest.mark.parametrize("text, kind, head, tail", [
    ("Trellis Analytics has customers such as Orvane Bank and Quillfield Insurance.", "supply",
     "Trellis Analytics", "Quillfield Insurance"),
    ("Trellis Analytics's customers such as Orvane Bank renewed their contracts.", "use",
     "Orvane Bank", "Trellis Analytics"),
    ("Trellis Analytics has investors such as Orvane Capital and Quillfield Ventures.", "invest",
     "Quillfield Ventures", "Trellis Analytics"),
])
def test_members_listed_with_such_as_read_as_with_including(nlp, text, kind, head, tail):
    assert (kind, head, tail) in relations(nlp, text)


def test_such_as_after_a_place_noun_lists_no_customers(nlp):
    assert not _supply(nlp, "Trellis Analytics has customers in cities such as Boston and Denver.")


# Mended after review: a business bought whole, a person as customer, a grant taken in, a
# share of money taken in.
@pytest.mark.parametrize("text", [
    "Orvane Airways bought Kestrel Aerospace's engine unit.",
    "Orvane Airways agreed to buy Kestrel Aerospace's engine unit for $2 billion.",
    "Orvane Airways bought the power business of Kestrel Aerospace.",
    "Orvane Airways bought Kestrel Aerospace's engine division.",
    "Kestrel Foods filled an order for masks for Ann Whitfield.",
    "Kestrel Foods received an order for masks from Ann Whitfield.",
    "Kestrel Foods won a contract from Ann Whitfield.",
    "Quillfield Casinos obtained a licence from the Orvane Gaming Commission.",
    "Quillfield Casinos received a license from Orvane Gaming Authority last year.",
    "Quillfield Freight got part of the money from Brambleway Capital.",
])
def test_no_supply_from_a_business_a_person_a_grant_or_money(nlp, text):
    assert not _supply(nlp, text)


@pytest.mark.parametrize("text, head, tail", [
    ("Orvane Airways bought 200 units from Kestrel Aerospace.", "Kestrel Aerospace",
     "Orvane Airways"),
    ("Kestrel Foods filled an order for masks for Brambleway Markets.", "Kestrel Foods",
     "Brambleway Markets"),
    ("Quillfield Freight received a shipment of ventilators from Brambleway Medical.",
     "Brambleway Medical", "Quillfield Freight"),
    ("Quillfield Freight imports most of its oil from Orvane Petroleum.", "Orvane Petroleum",
     "Quillfield Freight"),
])
def test_counted_units_firms_and_measured_goods_still_read(nlp, text, head, tail):
    assert (head, tail) in _supply(nlp, text)
