"""Names seen on real news, round 7 (issue 9: junk among the most-mentioned names): a social
handle is no part of a name, and a name signed alone on its line after a dash is a person.

Every sentence and name is invented; where a rule corrects a tagger error, the error is set on
the parse (doc.ents) so the test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,labels,platform,junk", [
    # personal finance Q&A: the writer's handle after the platform
    ("Follow Dora on Twitter @DoraKeswick for more answers.",
     [("Twitter @DoraKeswick", "PERSON")], "Twitter", "Twitter @DoraKeswick"),
    # sport: a club's account
    ("Brisk Rovers posted the lineup on Instagram @briskrovers on Friday.",
     [("Brisk Rovers", "ORG"), ("Instagram @briskrovers", "ORG")], "Instagram",
     "Instagram @briskrovers"),
])
def test_a_social_handle_ends_the_name_before_it(nlp, text, labels, platform, junk):
    found = names(nlp, text, labels)
    assert junk not in found
    assert platform in found


@pytest.mark.parametrize("text,labels,person", [
    # a tax column signed by its writer, tagged an organization every time
    ("Will the extra payment be taxed? Yes, it will.\n\n— Dora Keswick\n\n"
     "Can I still file late? Yes.\n\n— Dora Keswick\n\nFollow Dora on Twitter.",
     [("Dora Keswick", "ORG"), ("Dora Keswick", "ORG")], "Dora Keswick"),
    # a gardening column
    ("Prune roses in early spring.\n\n— Ivo Brandt Lamas\n\nWater them at dawn.",
     [("Ivo Brandt Lamas", "ORG")], "Ivo Brandt Lamas"),
])
def test_a_name_signed_alone_on_its_line_is_a_person(nlp, text, labels, person):
    assert names(nlp, text, labels)[person] == "PERSON"


@pytest.mark.parametrize("text,labels,firm", [
    # a firm signs a statement: its name holds a firm word
    ("The plant will reopen on Monday.\n\n— Halden Partners\n\nNo one was hurt.",
     [("Halden Partners", "ORG")], "Halden Partners"),
    # a dash inside a sentence is no signature
    ("Two lenders — Corvane Trust and Ostra Bank — cut rates on Monday.",
     [("Corvane Trust", "ORG"), ("Ostra Bank", "ORG")], "Corvane Trust"),
])
def test_a_firm_after_a_dash_stays_a_firm(nlp, text, labels, firm):
    assert names(nlp, text, labels)[firm] == "ORG"


@pytest.mark.parametrize("text,labels,field,body,person", [
    # public health: the field after "Director of", the department after "at"
    ("Rula Mansek, Director of Innovation at the Avalon Department of Public Health, spoke.",
     [("Rula Mansek", "PERSON"), ("Innovation", "ORG"),
      ("the Avalon Department of Public Health", "ORG")],
     "Innovation", "Avalon Department of Public Health", "Rula Mansek"),
    # statistics: the field before the role, the body after "for"
    ("Dr. Kate Hollis, Harbour Statistics Manager for the Avalon Port Authority, said so.",
     [("Kate Hollis", "PERSON"), ("Harbour Statistics", "ORG"),
      ("the Avalon Port Authority", "ORG")],
     "Harbour Statistics", "Avalon Port Authority", "Kate Hollis"),
])
def test_a_field_between_a_role_and_a_body_is_no_employer(nlp, text, labels, field, body, person):
    from test_names_round6 import employers

    assert field not in names(nlp, text, labels)
    found = employers(nlp, text, labels)
    assert (body, person) in found and not any(e == field for e, _ in found)


@pytest.mark.parametrize("text,labels,firm", [
    # a lab at a university: the lab is a firm's or a body's name of its own
    ("Lea Korr, director of Ostra Labs at the University of Avalon, said so.",
     [("Lea Korr", "PERSON"), ("Ostra Labs", "ORG"), ("the University of Avalon", "ORG")],
     "Ostra Labs"),
    # a firm before a title and no body after it
    ("Corvane Director Ann Vale said sales of the mill fell.",
     [("Corvane", "ORG"), ("Ann Vale", "PERSON")], "Corvane"),
])
def test_a_firm_beside_a_role_stays_a_name(nlp, text, labels, firm):
    assert firm in names(nlp, text, labels)


def test_an_acronym_takes_no_full_name_of_another_kind():
    """"KBN" the broadcaster is no "Kettle in Bowmore Narrows", an episode's title grouped with
    those initials; a firm's full name of the same kind still names its acronym."""
    from tieline.model import Document, Entity, Extraction
    from tieline.resolve import Resolver

    def seen(*entities):
        return Extraction(document=Document(text="x", source="t"), entities=list(entities))

    r = Resolver()
    for _ in range(3):
        r.observe(seen(Entity("KBN", "ORG")))
    r.observe(seen(Entity("Kettle in Bowmore Narrows", "PRODUCT", ["KBN"])))
    assert r.canonical("KBN") == "KBN"
    r.observe(seen(Entity("Kestrel Broadcasting Network", "ORG", ["KBN"])))
    assert r.canonical("KBN") == "Kestrel Broadcasting Network"


@pytest.mark.parametrize("text,labels,place", [
    # nature writing: a pond the tagger calls a facility, left and visited
    ("Ada Vale built a hut by Larch Pond and left Larch Pond two years later.",
     [("Ada Vale", "PERSON"), ("Larch Pond", "FAC"), ("Larch Pond", "FAC")], "Larch Pond"),
    # tourism: a lake resort town's lake
    ("Visitors returned to Lake Ostra, and Lake Ostra drew anglers in May.",
     [("Lake Ostra", "FAC"), ("Lake Ostra", "FAC")], "Lake Ostra"),
])
def test_a_landform_the_tagger_calls_a_facility_is_no_party(nlp, text, labels, place):
    assert names(nlp, text, labels).get(place) in (None, "GPE")


def test_a_firm_named_after_a_lake_stays_a_firm(nlp):
    text = "Silver Ostra Lake Capital invested in Corvane Foods, a dairy maker."
    labels = [("Silver Ostra Lake Capital", "ORG"), ("Corvane Foods", "ORG")]
    assert names(nlp, text, labels)["Silver Ostra Lake Capital"] == "ORG"


@pytest.mark.parametrize("text,labels,whole,piece", [
    # a charity the text always names with its possessive
    ("Vessa's Table gives out food boxes. Vessa's Table is also partnering with Larch Bank.",
     [("Vessa's Table", "PERSON"), ("Vessa's Table", "PERSON"), ("Larch Bank", "ORG")],
     "Vessa's Table", "Vessa"),
    # a research firm: "Corvo's Analytics" every time
    ("Ada Vale, an economist at Corvo's Analytics, said so. Corvo's Analytics expects a slump.",
     [("Ada Vale", "PERSON"), ("Corvo's Analytics", "ORG"), ("Corvo's Analytics", "ORG")],
     "Corvo's Analytics", "Analytics"),
])
def test_a_name_always_written_with_its_possessive_stays_whole(nlp, text, labels, whole, piece):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG" and piece not in found


def test_a_maker_named_alone_keeps_its_product(nlp):
    text = "Acme said its Widget sold well. Acme's Widget is made in Avalon. Acme's Widget is new."
    labels = [("Acme", "ORG"), ("Acme's Widget", "ORG"), ("Acme's Widget", "ORG")]
    found = names(nlp, text, labels)
    assert "Acme's Widget" not in found and "Acme" in found


@pytest.mark.parametrize("text,junk", [
    # sanitation: a common noun opening a sentence, written in lower case elsewhere
    ("Residential waste rose in April. Waste among homes has increased as people stay in.",
     "Waste"),
    # farming: the same with another noun
    ("Grain prices fell. Grain from the valley rots as the mills close, and grain stocks swell.",
     "Grain"),
])
def test_a_common_noun_opening_a_sentence_is_no_name(nlp, text, junk):
    assert junk not in names(nlp, text, [])


def test_a_name_ending_with_a_common_plural_is_not_cut_at_a_surname(nlp):
    """"Larch Lake Camps" where the text writes "camps" and a person-tagged "TLC Camps": no
    person "Lake Camps" split off a camp operator."""
    text = ("Ada Vale, director of Larch Lake Camps, said the camps would open. TLC Camps runs "
            "seven camps.")
    labels = [("Ada Vale", "PERSON"), ("Larch Lake Camps", "ORG"), ("TLC Camps", "PERSON")]
    found = names(nlp, text, labels)
    assert found.get("Larch Lake Camps") == "ORG" and "Larch" not in found
