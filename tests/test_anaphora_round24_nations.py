"""Descriptions that carry a nation: "the French group", "the Milan-based lender", "its German
rival". Such a description means the one firm the text has told of that nation: by an
adjective ("Dutch group X"), by its country ("France's X", "the Netherlands' X", "X, France's
largest dairy group"), or by a large city it is based in ("Milan-based" is Italian). Two firms
of that nation in play and it means neither; a firm whose own phrase gives it another nation
("Switzerland's X") is never it; an indefinite "a German rival" or a plural binds nothing.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

OTHER = "Kestrel Foods said margins fell. "
BUY = "agreed to buy Orvane."


@pytest.mark.parametrize("text,buyer", [
    # the country before the name, the adjective after "the" (irregular pairs from the list)
    ("France's Brambleway Dairy posted higher sales. " + OTHER + "The French company " + BUY,
     "Brambleway Dairy"),
    ("France's dairy group Brambleway Dairy posted higher sales. " + OTHER + "The French firm "
     + BUY, "Brambleway Dairy"),
    ("The Netherlands' Trellis Analytics posted a loss. " + OTHER + "The Dutch company " + BUY,
     "Trellis Analytics"),
    ("Britain's Trellis Analytics posted higher sales. " + OTHER + "The British company " + BUY,
     "Trellis Analytics"),
    ("Ireland's Trellis Analytics posted higher sales. " + OTHER + "The Irish company " + BUY,
     "Trellis Analytics"),
    ("Denmark's Trellis Analytics posted higher sales. " + OTHER + "The Danish company " + BUY,
     "Trellis Analytics"),
    ("Spain's Trellis Analytics posted higher sales. " + OTHER + "The Spanish company " + BUY,
     "Trellis Analytics"),
    # the country in an apposition of the name
    ("Brambleway Dairy, France's largest dairy group, posted higher sales. " + OTHER
     + "The French group " + BUY, "Brambleway Dairy"),
    # the other firm is told of another nation
    ("France's Brambleway Dairy posted higher sales. Switzerland's Kestrel Foods said margins "
     "fell. The French company " + BUY, "Brambleway Dairy"),
    ("Switzerland's Kestrel Foods posted higher sales. France's Brambleway Dairy said margins "
     "fell. The Swiss company " + BUY, "Kestrel Foods"),
    # a large city's country
    ("Japan's Kestrel Robotics posted higher sales. South Korea's Halvorsen Marine said margins "
     "fell. The Tokyo-based company " + BUY, "Kestrel Robotics"),
])
def test_description_means_the_firm_of_its_nation(nlp, text, buyer):
    facts = of_kind(nlp, text, "acquire")
    assert (buyer, "Orvane") in facts
    assert [h for h, t in facts if t == "Orvane"] == [buyer]


@pytest.mark.parametrize("text", [
    # two firms of that nation: either may be meant
    "France's Brambleway Dairy posted higher sales. France's Kestrel Foods said margins fell. "
    "The French company " + BUY,
    "Dutch group Halvorsen Marine raised its stake in Kestrel Foods. The Netherlands' Trellis "
    "Analytics said sales rose. The Dutch firm " + BUY,
    "Britain's Trellis Analytics posted higher sales. British retailer Kestrel Foods said margins "
    "fell. The British company " + BUY,
    # the only firms told of a nation are of others
    "France's Brambleway Dairy posted higher sales. Switzerland's Kestrel Foods said margins "
    "fell. The German company " + BUY,
    "Spain's Trellis Analytics posted higher sales. Denmark's Kestrel Foods said margins fell. "
    "The Irish company " + BUY,
])
def test_description_of_a_nation_two_fit_or_none(nlp, text):
    assert not [h for h, t in of_kind(nlp, text, "acquire") if t == "Orvane"]


@pytest.mark.parametrize("text,right,wrong", [
    # the city says which of two banks: the Italian one, or the German one
    ("Italian bank Quillfield said on Monday it had raised its stake in German lender Orvane. "
     "The Munich-based bank said in May that it had bought a large stake in Trellis Analytics.",
     ("Orvane", "Trellis Analytics"), ("Quillfield", "Trellis Analytics")),
    ("Kestrel Air, the Chicago-based airline, reported results. London-based Brambleway Air said "
     "sales rose. The Chicago-based carrier agreed to buy Orvane.",
     ("Kestrel Air", "Orvane"), ("Brambleway Air", "Orvane")),
])
def test_city_based_description_picks_the_firm_of_that_country(nlp, text, right, wrong):
    facts = {**of_kind(nlp, text, "invest"), **of_kind(nlp, text, "acquire")}
    assert right in facts and wrong not in facts


def _compete(nlp, text):
    return {tuple(sorted(pair)) for pair in of_kind(nlp, text, "compete")}


@pytest.mark.parametrize("text,pair", [
    ("Italian bank Quillfield said on Monday it had raised its stake in German lender Orvane. "
     "Quillfield said it had built a large stake in its German rival.", ("Orvane", "Quillfield")),
    ("Italian bank Quillfield said on Monday it had raised its stake in German lender Orvane. "
     "Officials in Berlin were angry. The Milan-based bank said in May that it had built a large "
     "stake in its German rival.", ("Orvane", "Quillfield")),
    ("German carmaker Kestrel Motors said sales rose. Halvorsen Marine said it had lost customers "
     "to its German rival.", ("Halvorsen Marine", "Kestrel Motors")),
    ("Japanese robot maker Trellis Analytics reported a loss. Halvorsen Marine said it had lost "
     "orders to its Japanese competitor.", ("Halvorsen Marine", "Trellis Analytics")),
])
def test_its_national_rival_is_the_one_firm_of_that_nation(nlp, text, pair):
    assert pair in _compete(nlp, text)


@pytest.mark.parametrize("text", [
    # two German firms named before
    "Italian bank Quillfield said it had raised its stake in German lender Orvane. German "
    "insurer Trellis Analytics also holds shares. Quillfield said it had built a large stake in "
    "its German rival.",
    # none of that nation
    "German carmaker Kestrel Motors said sales rose. Halvorsen Marine said it had lost customers "
    "to its Japanese rival.",
    "Halvorsen Marine reported results on Monday. Halvorsen Marine said it had lost customers to "
    "its German rival.",
    # an indefinite or plural rival is a third party, or many
    "German carmaker Kestrel Motors said sales rose. Halvorsen Marine said it had lost customers "
    "to a German rival.",
    "German carmaker Kestrel Motors said sales rose. Halvorsen Marine said it had lost customers "
    "to its German rivals.",
    # the only German firm is the possessor itself
    "German carmaker Kestrel Motors said it had lost customers to its German rival.",
])
def test_its_national_rival_unbound(nlp, text):
    assert not _compete(nlp, text)


@pytest.mark.parametrize("text,buyer", [
    ("Finland's Trellis Analytics posted higher sales. " + OTHER + "The Finnish company " + BUY,
     "Trellis Analytics"),
    ("Poland's Trellis Analytics posted higher sales. " + OTHER + "The Polish company " + BUY,
     "Trellis Analytics"),
    ("U.S. chipmaker Trellis Analytics posted higher sales. France's Kestrel Foods said margins "
     "fell. The American company " + BUY, "Trellis Analytics"),
    ("Paris-based Brambleway Dairy posted higher sales. Munich-based Kestrel Foods said margins "
     "fell. The French company " + BUY, "Brambleway Dairy"),
    ("Brambleway Dairy, based in Paris, posted higher sales. Munich-based Kestrel Foods said "
     "margins fell. The French group " + BUY, "Brambleway Dairy"),
    ("Zurich-based Kestrel Foods posted higher sales. France's Brambleway Dairy said margins fell. "
     "The Swiss company " + BUY, "Kestrel Foods"),
])
def test_country_city_and_adjective_agree(nlp, text, buyer):
    assert [h for h, t in of_kind(nlp, text, "acquire") if t == "Orvane"] == [buyer]


@pytest.mark.parametrize("text,wrong", [
    # "the Milan-based bank" after two Italian lenders is either; so is "it" in its clause
    ("Italian bank Quillfield said on Monday it had raised its stake in Italian lender Orvane. "
     "The Milan-based bank said in May that it had bought a large stake in Trellis Analytics.",
     ("Quillfield", "Trellis Analytics")),
    ("Halvorsen Bank raised its stake in Orvane Bank. The lender said that it had bought a stake "
     "in Trellis Analytics.", ("Halvorsen Bank", "Trellis Analytics")),
    # and a pronoun leading the next sentence, no firm named before it
    ("Halvorsen Bank raised its stake in Orvane Bank. The lender had bought a stake in Trellis "
     "Analytics. It also owns Kestrel Foods.", ("Trellis Analytics", "Kestrel Foods")),
])
def test_pronoun_of_an_open_description_stays_open(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "invest")


def test_pronoun_after_an_open_description_reads_a_name_before_it(nlp):
    text = ("Halvorsen Bank raised its stake in Orvane Bank. The lender had bought a stake in "
            "Trellis Analytics. Brambleway Dairy said it also owns Kestrel Foods.")
    assert ("Brambleway Dairy", "Kestrel Foods") in of_kind(nlp, text, "invest")


NORDIC = "Norway's Halvorsen Marine posted higher sales. Sweden's Kestrel Foods said margins fell. "


@pytest.mark.parametrize("text,buyer", [
    (NORDIC + "The Norwegian company " + BUY, "Halvorsen Marine"),
    (NORDIC + "The Swedish company " + BUY, "Kestrel Foods"),
    (NORDIC + "The Oslo-based company " + BUY, "Halvorsen Marine"),
    (NORDIC + "The Stockholm-based company " + BUY, "Kestrel Foods"),
    ("Canadian miner Trellis Resources posted higher sales. " + OTHER + "The Toronto-based "
     "company " + BUY, "Trellis Resources"),
    ("Trellis Resources, a Canadian miner, posted higher sales. Australia's Kestrel Mining said "
     "margins fell. The Toronto-based miner " + BUY, "Trellis Resources"),
])
def test_two_nations_in_play_each_description_its_own(nlp, text, buyer):
    assert [h for h, t in of_kind(nlp, text, "acquire") if t == "Orvane"] == [buyer]


@pytest.mark.parametrize("text", [
    # a third party: an indefinite rival, a plural
    "France's Brambleway Dairy posted higher sales. Kestrel Foods said a French rival had agreed "
    "to buy Orvane.",
    "France's Brambleway Dairy posted higher sales. Kestrel Foods said French companies had "
    "agreed to buy Orvane.",
])
def test_indefinite_or_plural_nation_is_no_one_named(nlp, text):
    assert ("Brambleway Dairy", "Orvane") not in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text,pair", [
    ("Swedish carmaker Kestrel Motors said sales rose. Halvorsen Marine said it had lost orders "
     "to its Swedish competitor.", ("Halvorsen Marine", "Kestrel Motors")),
    ("Denmark's Kestrel Brewing reported higher sales. Halvorsen Marine said it had lost "
     "customers to its Danish rival.", ("Halvorsen Marine", "Kestrel Brewing")),
])
def test_its_national_competitor(nlp, text, pair):
    assert pair in _compete(nlp, text)


@pytest.mark.parametrize("text", [
    # two Swedish firms
    "Swedish carmaker Kestrel Motors said sales rose. Swedish truckmaker Trellis Trucks said sales "
    "fell. Halvorsen Marine said it had lost orders to its Swedish competitor.",
    # the Swedish firm is named only after the rival
    "Halvorsen Marine said it had lost orders to its Swedish competitor. Swedish carmaker "
    "Kestrel Motors said sales rose.",
])
def test_its_national_competitor_unbound(nlp, text):
    assert not _compete(nlp, text)


# Mended after review: nations that only share their first letters, a nation read across a
# sentence break, a city acting taken for "the firm", and the subject "it" reads after.
@pytest.mark.parametrize("text,buyer", [
    # "Austrian" is not "Australia's", nor "Slovak" "Slovenia's": a shared start is no stem
    ("Austrian group Brambleway Dairy posted higher sales. Australia's Kestrel Foods said margins "
     "fell. The Australian company " + BUY, "Kestrel Foods"),
    ("Australia's Brambleway Dairy posted higher sales. Austrian group Kestrel Foods said margins "
     "fell. The Austrian company " + BUY, "Kestrel Foods"),
    ("Slovak group Brambleway Dairy posted higher sales. Slovenia's Kestrel Foods said margins "
     "fell. The Slovenian company " + BUY, "Kestrel Foods"),
    # a country ending the sentence before is not the nation of the name that follows
    ("Demand fell across Germany. Halvorsen Marine posted a loss. Germany's Kestrel Foods said "
     "margins fell. The German company " + BUY, "Kestrel Foods"),
])
def test_nation_read_from_its_stem_and_its_sentence(nlp, text, buyer):
    assert [h for h, t in of_kind(nlp, text, "acquire") if t == "Orvane"] == [buyer]


@pytest.mark.parametrize("text,wrong", [
    ("Australia's Brambleway Dairy posted higher sales. " + OTHER + "The Austrian company " + BUY,
     "Brambleway Dairy"),
    ("Sales were strong in France. Kestrel Foods said margins rose. Brambleway Dairy said costs "
     "fell. The French company " + BUY, "Kestrel Foods"),
])
def test_no_nation_from_first_letters_or_the_sentence_before(nlp, text, wrong):
    assert (wrong, "Orvane") not in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text,buyer", [
    # a city acting is a public body, not "the firm"
    ("Kestrel Foods posted results. After Munich approved the plan, the firm raised its forecast. "
     "It " + BUY, "Kestrel Foods"),
    # "it" after a sentence: its main verb's subject, not a subject of a clause inside it
    ("Kestrel Foods posted results. The firm said Munich had approved the plan. It " + BUY,
     "Kestrel Foods"),
    ("Kestrel Foods posted results. When Halvorsen Marine cut prices, Trellis Analytics lost "
     "customers. It " + BUY, "Trellis Analytics"),
])
def test_it_and_the_firm_are_no_city_nor_an_inner_subject(nlp, text, buyer):
    assert [h for h, t in of_kind(nlp, text, "acquire") if t == "Orvane"] == [buyer]
