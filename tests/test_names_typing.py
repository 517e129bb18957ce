"""Names typed beyond the tagger's label: people's surnames and pronouns, demonyms formed from
place names, places named after a town, contractions (issue 9, names first).

Every sentence and name is invented; where a rule corrects a tagger error, the error is set on
the parse (doc.ents) so the test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from tieline.extract.document import extract
from tieline.extract.entities import DocEntities
from tieline.extract.entities.not_party import not_party_type
from tieline.model import Document


def entities(nlp, text):
    return DocEntities(nlp(text)).entities


def relations(nlp, text):
    ex = extract(Document(text=text, source="test"), nlp(text))
    return {(r.type, r.head, r.tail) for r in ex.relations}


def with_labels(nlp, text, labels):
    """The parse of text with the tagger's entities replaced by (words, label) pairs, every
    occurrence of the words labelled so."""
    doc = nlp(text)
    spans, taken = [], set()
    for words, label in labels:  # the longer names first: "Marlowe" inside "Christian Marlowe"
        n = len(words.split())
        for k in range(len(doc) - n + 1):
            if doc[k:k + n].text == words and not taken & set(range(k, k + n)):
                spans.append(Span(doc, k, k + n, label=label))
                taken |= set(range(k, k + n))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


@pytest.mark.parametrize("text,full,short", [
    ("Last month, Ron Velasco started nights at the Pellgrove clinic. Velasco earned $52,000 in "
     "overtime. Velasco's mother came to the city in 1990. That does not bother Velasco. "
     "Velasco lives in the suburbs, and Velasco drives to work.",
     "Ron Velasco", "Velasco"),
    ("On Saturday, Jace Orlan met Mara Quillen in the main event. Orlan absorbed most of the "
     "blows. Quillen beat Orlan to the punch, and Orlan stumbled late.", "Jace Orlan", "Orlan"),
])
def test_a_surname_tagged_an_organization_is_the_person(nlp, text, full, short):
    doc = with_labels(nlp, text, [(full, "PERSON"), (short, "ORG")])
    ents = DocEntities(doc).entities
    assert ents[full].type == "PERSON" and short not in ents


def test_a_firm_sharing_a_word_with_a_person_keeps_its_type(nlp):
    # "shares of Kell" is a firm cue: the founder's surname does not make the firm a person
    text = ("Astrid Kell founded the firm in 2001. Avalon Capital bought 10% of Kell last year, "
            "and Kell said the deal closed.")
    doc = with_labels(nlp, text, [("Astrid Kell", "PERSON"), ("Kell", "ORG"),
                                  ("Avalon Capital", "ORG")])
    assert DocEntities(doc).entities["Kell"].type == "ORG"


def test_a_lone_name_with_he_or_she_is_a_person(nlp):
    ents = entities(nlp, "Edwin wrote to his sister every week. Edwin was 24. She kept the "
                         "letters, and Edwin later joined the army.")
    assert ents["Edwin"].type == "PERSON"


def test_a_lone_name_the_text_calls_it_stays_an_organization(nlp):
    text = "Replum said it would open an office in Lyon. Replum hired 40 engineers."
    doc = with_labels(nlp, text, [("Replum", "PERSON")])
    assert DocEntities(doc).entities["Replum"].type == "ORG"


def test_a_creed_word_before_a_surname_makes_a_person(nlp):
    text = ("Christian Marlowe organized a walkout at the warehouse of Tessel Logistics. "
            "Tessel Logistics fired Marlowe a week later.")
    doc = with_labels(nlp, text, [("Christian Marlowe", "NORP"), ("Tessel Logistics", "ORG"),
                                  ("Marlowe", "ORG")])
    ents = DocEntities(doc).entities
    assert ents["Christian Marlowe"].type == "PERSON" and "Marlowe" not in ents


@pytest.mark.parametrize("word", ["New Zealander", "Icelanders", "Kenyan", "Ukrainians",
                                  "Vietnamese", "Argentinians"])
def test_demonyms_formed_from_place_names_are_no_parties(word):
    assert not_party_type(word) == "NORP"


@pytest.mark.parametrize("word", ["Velasco", "Quorn Bank", "Pellor", "Tessel Logistics"])
def test_names_are_no_demonyms(word):
    assert not_party_type(word) is None


@pytest.mark.parametrize("text,word", [
    ("The New Zealander previously ran retail banking at Quorn Bank's rival Pellor Bank.",
     "New Zealander"),
    ("The Icelanders won the contract from Vantor Energy, and Brisk Capital invested in "
     "Vantor Energy.", "Icelanders"),
])
def test_a_demonym_is_in_no_fact(nlp, text, word):
    assert word not in entities(nlp, text)
    assert not any(word in (head, tail) for _, head, tail in relations(nlp, text))


def test_a_state_after_its_town_is_a_place(nlp):
    text = "Marrow Software, based in Cupertino, California, agreed to buy Pell Semiconductor."
    assert "California" not in entities(nlp, text)
    assert ("acquire", "Marrow Software", "Pell Semiconductor") in relations(nlp, text)


def test_a_contraction_is_no_name(nlp):
    text = "We don't know if Halvorsen Marine will sign, but we haven't asked Trellis Analytics."
    doc = with_labels(nlp, text, [("Halvorsen Marine", "ORG"), ("Trellis Analytics", "ORG")])
    doc.ents = [*doc.ents, *(Span(doc, t.i, t.i + 1, label="GPE") for t in doc
                             if t.lower_ == "n't")]
    assert set(DocEntities(doc).entities) == {"Halvorsen Marine", "Trellis Analytics"}


@pytest.mark.parametrize("text,place,fact", [
    ("OSLOVIK (Agency) - Norwegian shipping group Morvel Lines said it agreed to acquire "
     "Tessel Logistics.", "OSLOVIK", ("acquire", "Morvel Lines", "Tessel Logistics")),
    ("Lead story\n\nPORT AVALON, Dec 3 (Agency) - Marrow Software said it agreed to acquire "
     "Pell Semiconductor.", "PORT AVALON", ("acquire", "Marrow Software", "Pell Semiconductor")),
])
def test_a_dateline_place_is_no_party(nlp, text, place, fact):
    assert place not in entities(nlp, text)
    rels = relations(nlp, text)
    assert fact in rels and not any(place in (h, t) for _, h, t in rels)


def test_a_capitalised_subject_before_a_dash_is_still_a_name(nlp):
    text = "IBMX - the chipmaker - agreed to buy Quill Holdings."
    assert ("acquire", "IBMX", "Quill Holdings") in relations(nlp, text)


@pytest.mark.parametrize("text,person,word", [
    ("However, Transport Commissioner Ann Vale said she wanted the rules applied swiftly.",
     "Ann Vale", "Transport"),
    ("The central bank and Finance Minister Ivo Pelk predicted a decline of 6%.",
     "Ivo Pelk", "Finance"),
])
def test_a_portfolio_before_a_ministers_name_is_no_employer(nlp, text, person, word):
    ents = entities(nlp, text)
    assert person in ents and word not in ents
    assert not any(r[1] == word for r in relations(nlp, text))


@pytest.mark.parametrize("text,fact", [
    ("Pellor Bank chief executive Dana Quill said the bank would grow.",
     ("employ", "Pellor Bank", "Dana Quill")),
    ("On Monday, Tessel Robotics chief financial officer Omar Bright said orders doubled.",
     ("employ", "Tessel Robotics", "Omar Bright")),
])
def test_an_employer_before_a_role_still_employs(nlp, text, fact):
    assert fact in relations(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("On Monday, Tessel Robotics chief financial officer Omar Bright said orders doubled.",
     "Tessel Robotics"),
    ("Last week, Quorn Dairy managing director Ida Marsh said milk prices rose.", "Quorn Dairy"),
])
def test_capitalised_words_ending_with_an_industry_noun_are_a_firm(nlp, text, name):
    ents = entities(nlp, text)
    assert ents[name].type == "ORG"


@pytest.mark.parametrize("text", [
    "At the hearing, Chief Research Officer Ana Pell of Brisk Capital said rates would fall.",
    "Yesterday Senior Engineering Director Omar Bright of Tessel Robotics left the firm.",
])
def test_a_title_with_an_industry_word_is_no_firm(nlp, text):
    ents = entities(nlp, text)
    assert not [n for n in ents if n.startswith(("Chief", "Senior"))]


@pytest.mark.parametrize("text,place,firm", [
    ("Marrow Software opened a plant in Oregon last year. Oregon's rules on water are strict, "
     "and Oregon issued the permit in May.", "Oregon", "Marrow Software"),
    ("Quorn Dairy sells most of its cheese in Vermont. Vermont's farms are small, and Vermont "
     "taxed milk last year.", "Vermont", "Quorn Dairy"),
])
def test_a_place_named_so_once_stays_a_place_where_it_acts(nlp, text, place, firm):
    ents = entities(nlp, text)
    assert firm in ents and place not in ents


def test_a_firm_the_tagger_calls_a_place_still_acts(nlp):
    text = "Brisk Capital bought a stake in Ventora, and Ventora said it would hire 200 people."
    doc = with_labels(nlp, text, [("Brisk Capital", "ORG"), ("Ventora", "GPE")])
    assert DocEntities(doc).entities["Ventora"].type == "ORG"


@pytest.mark.parametrize("text,name", [
    ("“Imagine how hard this must be for them,” my friend Ilsa said.", "Ilsa"),
    ("Orders rose at the bakery, his wife Marit told the meeting.", "Marit"),
])
def test_a_name_after_a_kin_word_is_a_person(nlp, text, name):
    doc = with_labels(nlp, text, [(name, "PERSON")])
    assert DocEntities(doc).entities[name].type == "PERSON"


@pytest.mark.parametrize("text,site,firm", [
    ("Workers walked out at Tessel Logistics' warehouse, QX4. A worker at QX4 fell ill, and "
     "QX4 closed for a day.", "QX4", "Tessel Logistics"),
    ("Vantor Energy shut its refinery, Port Haldane Works, after a fire. Port Haldane Works "
     "will reopen in May.", "Port Haldane Works", "Vantor Energy"),
])
def test_a_named_site_is_no_party(nlp, text, site, firm):
    doc = with_labels(nlp, text, [(site, "ORG"), (firm, "ORG")])
    ents = DocEntities(doc)
    assert firm in {e.name for e in ents.party_entities()}
    assert site not in {e.name for e in ents.party_entities()}


def test_a_firm_described_as_an_operator_of_sites_stays_a_party(nlp):
    text = "Tessel Logistics, a warehouse operator, agreed to buy Quill Holdings."
    assert ("acquire", "Tessel Logistics", "Quill Holdings") in relations(nlp, text)


@pytest.mark.parametrize("text,first,second,whole", [
    ("Royal Quorn Bank of Scotland's departing chief executive, Ida Marsh, will run Pellor Bank.",
     "Royal Quorn Bank of", "Scotland", "Royal Quorn Bank of Scotland"),
    ("Trellis Mutual Insurance of Vermont said it would buy Quill Holdings.",
     "Trellis Mutual Insurance of", "Vermont", "Trellis Mutual Insurance of Vermont"),
])
def test_an_x_of_y_name_cut_after_of_is_made_whole(nlp, text, first, second, whole):
    doc = with_labels(nlp, text, [(first, "ORG"), (second, "GPE")])
    ents = DocEntities(doc).entities
    assert whole in ents and first not in ents and first.rsplit(" ", 1)[0] not in ents


def test_a_name_cut_before_a_lower_case_word_loses_its_of(nlp):
    text = "Analysts at Quorn Bank of the north said Pellor Bank would grow."
    doc = with_labels(nlp, text, [("Quorn Bank of", "ORG"), ("Pellor Bank", "ORG")])
    assert set(DocEntities(doc).entities) == {"Quorn Bank", "Pellor Bank"}


@pytest.mark.parametrize("text,site", [
    ("Orders surged, but the warehouse, called QX4, was busier than ever. Workers at QX4 fell "
     "ill, and QX4 closed for a day.", "QX4"),
    ("Vantor Energy runs a refinery named Harbor Point. Harbor Point opened in 2018, and "
     "Harbor Point employs 300 people.", "Harbor Point"),
])
def test_a_site_the_text_names_is_no_party(nlp, text, site):
    ents = DocEntities(nlp(text))
    assert site not in {e.name for e in ents.party_entities()}


@pytest.mark.parametrize("text,names", [
    ("The banker previously ran retail banking at Quorn Bank's rival Pellor Bank.",
     {"Quorn Bank", "Pellor Bank"}),
    ("Analysts compared Vantor Energy's output with its rival Brisk Energy.",
     {"Vantor Energy", "Brisk Energy"}),
])
def test_a_word_inside_a_name_is_no_name_of_its_own(nlp, text, names):
    assert set(entities(nlp, text)) == names


def test_names_that_are_no_parties_are_not_counted_as_mentions(nlp):
    text = ("Workers at Tessel Logistics' warehouse, QX4, walked out. A worker at QX4 fell ill, "
            "and Americans ordered less from Tessel Logistics.")
    ex = extract(Document(text=text, source="test"), nlp(text))
    assert ex.mention_counts.get("Tessel Logistics", 0) >= 2
    assert not {"QX4", "Americans"} & set(ex.mention_counts)
