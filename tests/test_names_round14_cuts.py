"""Names cut short, round 14 (issue 9): a board whose own post follows it keeps "Board", a
unit named only by its field ("School of Public Health at ...") gives way to its institution,
the first words of a run the tagger left untagged open the name, a word found inside a longer
name the text gives elsewhere is that name, a body "of the" another body is one name, a
firm ending with an industry word is no product of its own short name, and a short form is
no mention inside another capitalised run ("City" of "New York City").

Every sentence and name is invented; where a rule corrects a tagger error, the error is set on
the parse (doc.ents) so the test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from tieline.extract.entities import DocEntities

from extracted import relations
from test_names_round3 import names
from test_names_round6 import employers


@pytest.mark.parametrize("text,labels,board", [
    # sport, water: the board's own chief executive or spokeswoman
    ("Avalon Cricket Board chief executive Ada Vale said the tour would go ahead.",
     [("Avalon Cricket Board", "ORG"), ("Ada Vale", "PERSON")], "Avalon Cricket Board"),
    ("Kestrel Valley Water Board spokeswoman Ada Vale said levels were low.",
     [("Kestrel Valley Water Board", "ORG"), ("Ada Vale", "PERSON")], "Kestrel Valley Water Board"),
    ("Marlow Harbour Board Chief Executive Tom Brill said the port would reopen.",
     [("Marlow Harbour Board", "ORG"), ("Tom Brill", "PERSON")], "Marlow Harbour Board"),
])
def test_a_post_no_board_seat_is_after_board_is_the_boards_own(nlp, text, labels, board):
    person = labels[1][0]
    assert (board, person) in employers(nlp, text, labels)


@pytest.mark.parametrize("text,labels,firm", [
    # a food firm, a courier: a seat on the firm's board
    ("Kestrel Foods Board member Ada Vale said sales rose.",
     [("Kestrel Foods Board", "ORG"), ("Ada Vale", "PERSON")], "Kestrel Foods"),
    ("Vantor Logistics Board Chair Tom Brill said the merger was off.",
     [("Vantor Logistics Board", "ORG"), ("Tom Brill", "PERSON")], "Vantor Logistics"),
])
def test_a_board_seat_after_board_is_the_firms_post(nlp, text, labels, firm):
    found = names(nlp, text, labels)
    assert found.get(firm) == "ORG" and labels[0][0] not in found, found


@pytest.mark.parametrize("text,labels,institution,unit", [
    # public health, medicine: the unit is named by its field alone (since round 21 a
    # university's department gives way too: "the Department of History at Brinmoor University")
    ("Ada Vale, a professor at the School of Public Health at Marlow University, said so.",
     [("Ada Vale", "PERSON"), ("the School of Public Health", "ORG"),
      ("Marlow University", "ORG")], "Marlow University", "School of Public Health"),
    ("Tom Brill, a lecturer in the Faculty of Medicine at Harlan University, said so.",
     [("Tom Brill", "PERSON"), ("the Faculty of Medicine at Harlan University", "ORG")],
     "Harlan University", "Faculty of Medicine"),
])
def test_a_unit_named_by_its_field_gives_way_to_its_institution(nlp, text, labels,
                                                                institution, unit):
    found = names(nlp, text, labels)
    assert found.get(institution) == "ORG" and unit not in found, found


@pytest.mark.parametrize("text,labels,name", [
    # a school named for someone, a school said alone, a field after a place name
    ("Ada Vale, a professor at the Marlow University School of Public Health, said so.",
     [("Ada Vale", "PERSON"), ("the Marlow University School of Public Health", "ORG")],
     "Marlow University School of Public Health"),
    ("Tom Brill, a lecturer at the School of Visual Arts, said the show would open.",
     [("Tom Brill", "PERSON"), ("the School of Visual Arts", "ORG")], "School of Visual Arts"),
])
def test_a_unit_with_a_name_of_its_own_stays(nlp, text, labels, name):
    assert names(nlp, text, labels).get(name) == "ORG"


@pytest.mark.parametrize("text,labels,whole", [
    # cruises, outdoor gear: the tagger found only the last word
    ("Larchmont Cruises spokeswoman Ada Vale said the ships would sail in May.",
     [("Cruises", "ORG"), ("Ada Vale", "PERSON")], "Larchmont Cruises"),
    ("Shares of Brindle Outfitters fell after the retailer cut its forecast.",
     [("Outfitters", "ORG")], "Brindle Outfitters"),
])
def test_untagged_first_words_of_a_run_open_the_name(nlp, text, labels, whole):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG", found
    assert labels[0][0] not in found


@pytest.mark.parametrize("text,labels,name,not_name", [
    # banking: a possessor before a name stays out of it
    ("Tom Brill said Avalon's Harbor Bank would cut rates.",
     [("Tom Brill", "PERSON"), ("Avalon", "GPE"), ("Harbor Bank", "ORG")], "Harbor Bank",
     "Avalon's Harbor Bank"),
    ("Tom Brill said Vale's Harbor Bank would cut rates.",
     [("Tom Brill", "PERSON"), ("Harbor Bank", "ORG")], "Harbor Bank", "Vale's Harbor Bank"),
])
def test_a_possessor_before_a_name_stays_out_of_it(nlp, text, labels, name, not_name):
    found = names(nlp, text, labels)
    assert found.get(name) == "ORG" and not_name not in found, found


@pytest.mark.parametrize("text,labels,glued", [
    # cloud, payments: an acronym tagged after a product's name is no last word of a firm's
    ("Brightwave may work with partners, with exclusive Lumen API access for them.",
     [("Brightwave", "ORG"), ("API", "ORG")], "Lumen API"),
    ("Shops can now take Tollo SDK payments, Marrow Pay said.",
     [("SDK", "ORG"), ("Marrow Pay", "ORG")], "Tollo SDK"),
])
def test_an_acronym_after_a_product_name_opens_no_run(nlp, text, labels, glued):
    assert glued not in names(nlp, text, labels)


def test_a_long_untagged_run_is_left_unsure(nlp):
    # outdoor gear: three untagged words before the tagged one; where it starts is unsure
    text = "Ada Vale said Great North Larch Outfitters would close two stores."
    found = names(nlp, text, [("Ada Vale", "PERSON"), ("Outfitters", "ORG")])
    assert not any(n.endswith("Outfitters") and n != "Great North Larch Outfitters"
                   for n in found), found


def labelled(nlp, text, spans):
    """The parse of text with the tagger's entities set to (words, nth occurrence, label)."""
    doc = nlp(text)
    ents = []
    for words, nth, label in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        ents.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


@pytest.mark.parametrize("text,spans,whole,piece", [
    # benefits consulting, law: the last word alone tagged a person in the second sentence
    ("Tom Brill, a director at Corwin Hale Mercer, said costs would rise. Staff should watch"
     " for letters, says Brill of Corwin Hale Mercer.",
     [("Tom Brill", 0, "PERSON"), ("Corwin Hale Mercer", 0, "FAC"), ("Brill", 1, "PERSON"),
      ("Mercer", 1, "PERSON")], "Corwin Hale Mercer", "Mercer"),
    ("Ada Vale, a partner at Dunmore Pike Lawson, said fees rose. Clients should ask first,"
     " says Vale of Dunmore Pike Lawson.",
     [("Ada Vale", 0, "PERSON"), ("Dunmore Pike Lawson", 0, "ORG"), ("Vale", 1, "PERSON"),
      ("Lawson", 1, "PERSON")], "Dunmore Pike Lawson", "Lawson"),
])
def test_a_piece_of_a_name_given_whole_elsewhere_is_that_name(nlp, text, spans, whole, piece):
    found = {n: e.type for n, e in DocEntities(labelled(nlp, text, spans)).entities.items()}
    assert found.get(whole) == "ORG" and piece not in found, found


def test_an_article_before_a_piece_is_not_glued_on(nlp):
    # a paper: "The" + "Times" is the short form of "The Larch Times", as before
    text = ("Ada Vale, an editor at The Larch Times, said so. Tom Brill, The Times's Asia"
            " editor, agreed. Readers wrote to The Times.")
    found = employers(nlp, text, [("Ada Vale", "PERSON"), ("The Larch Times", "ORG"),
                                  ("Tom Brill", "PERSON"), ("Times", "ORG"), ("The Times", "ORG")])
    assert ("The Times", "Tom Brill") not in found, found


@pytest.mark.parametrize("text,labels,whole", [
    # diplomacy, health: an academy or institute of a ministry or council
    ("Ada Vale, a professor at the Diplomatic Academy of the Avalon Foreign Ministry, said so.",
     [("Ada Vale", "PERSON"), ("the Diplomatic Academy", "ORG"),
      ("the Avalon Foreign Ministry", "ORG")],
     "Diplomatic Academy of the Avalon Foreign Ministry"),
    ("Tom Brill, who heads the Training Institute of the Marlow Health Council, said so.",
     [("Tom Brill", "PERSON"), ("the Training Institute", "ORG"),
      ("the Marlow Health Council", "ORG")], "Training Institute of the Marlow Health Council"),
])
def test_a_body_of_the_body_is_one_name(nlp, text, labels, whole):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG", found


@pytest.mark.parametrize("text,labels,parts", [
    # a firm and its group, a person of a council
    ("Kestrel Foods of the Vantor Group signed a deal with Brambleway Dairy.",
     [("Kestrel Foods", "ORG"), ("the Vantor Group", "ORG"), ("Brambleway Dairy", "ORG")],
     ["Kestrel Foods", "Vantor Group", "Brambleway Dairy"]),
    ("Ada Vale of the Marlow Council said the plan would go ahead.",
     [("Ada Vale", "PERSON"), ("the Marlow Council", "ORG")], ["Ada Vale", "Marlow Council"]),
])
def test_a_firm_or_person_of_the_body_stay_apart(nlp, text, labels, parts):
    found = names(nlp, text, labels)
    assert all(p in found for p in parts), found


@pytest.mark.parametrize("text,fact,cut", [
    # oil services, medical devices: the firm's short name stands alone elsewhere
    ("\"Rules first,\" says Ada Vale, deputy managing director of oil consultancy Brindlemoor"
     " Petroleum Services, which entered Avalon in 2003. Brindlemoor's engineers work there.",
     ("employ", "Brindlemoor Petroleum Services", "Ada Vale"), "Petroleum Services"),
    ("Kestrel Motors is partnering with Ventrix Life Systems to build more ventilators."
     " Ventrix is one of a few makers of the machines.",
     ("partner", "Kestrel Motors", "Ventrix Life Systems"), "Life Systems"),
])
def test_a_firm_ending_with_an_industry_word_is_no_product_of_its_short_name(nlp, text, fact,
                                                                             cut):
    found = relations(nlp, text)
    assert fact in found and not any(cut in (h, t) for _, h, t in found), found


@pytest.mark.parametrize("text,fact", [
    # chips: a maker's name before a product's name and a product noun
    ("Marrow Labs will run its models on Tessel Hopper chips. Tessel said demand was high.",
     ("develop", "Tessel", "Hopper")),
    ("Corvane bought 5,000 Tessel Quanta GPUs last year. Tessel said demand was high.",
     ("develop", "Tessel", "Quanta")),
])
def test_a_maker_before_a_product_name_stays_the_maker(nlp, text, fact):
    assert fact in relations(nlp, text)


def _mentioned(nlp, text, spans, name):
    ents = DocEntities(labelled(nlp, text, spans))
    return [ents.sdoc[i:j].text for m in ents.mentions if m.name == name for i, j in [m.span]]


@pytest.mark.parametrize("text,spans,name", [
    # a university, a haulier: the short form's word inside a place's longer name
    ("Tom Brill studied at Marlow University. Ada Vale spent 20 years with Port Marlow"
     " schools. The school said she taught well.",
     [("Tom Brill", 0, "PERSON"), ("Marlow University", 0, "ORG"), ("Ada Vale", 0, "PERSON")],
     "Marlow University"),
    ("Ada Vale ran Tessel Logistics until 2019. Trucks now leave Port Tessel depots at dawn.",
     [("Ada Vale", 0, "PERSON"), ("Tessel Logistics", 0, "ORG")], "Tessel Logistics"),
])
def test_a_short_form_inside_another_capitalised_run_is_no_mention(nlp, text, spans, name):
    assert _mentioned(nlp, text, spans, name) == [name]


def test_a_short_form_said_alone_is_still_a_mention(nlp):
    text = "Ada Vale ran Tessel Logistics until 2019. Analysts expect Tessel to cut jobs."
    spans = [("Ada Vale", 0, "PERSON"), ("Tessel Logistics", 0, "ORG")]
    assert _mentioned(nlp, text, spans, "Tessel Logistics") == ["Tessel Logistics", "Tessel"]
