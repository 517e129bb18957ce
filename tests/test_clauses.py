from tieline.extract.clauses import extract_clauses
from tieline.extract.entities import DocEntities
from tieline.model import Document


def clauses_in(nlp, text):
    sdoc = nlp(text)
    return extract_clauses(DocEntities(sdoc), Document(text, "test"))


def test_permission_clause_with_trigger_and_decider(nlp):
    text = ("Kestrel Systems and Brightwater Labs signed a supply contract in 2022. "
            "A clause allows Brightwater Labs to end Kestrel Systems' access to its designs if "
            "Brightwater Labs reaches a production milestone. "
            "The decision on when the milestone is reached rests with Brightwater Labs.")
    (clause,) = clauses_in(nlp, text)
    assert (clause.holder, clause.counterparty, clause.action) == (
        "Brightwater Labs", "Kestrel Systems", "end_access")
    assert clause.trigger == "Brightwater Labs reaches a production milestone"
    assert clause.object == "Kestrel Systems' access to its designs"
    assert clause.decider == "Brightwater Labs"
    assert clause.evidence.sentence.startswith("A clause allows")


def test_holder_of_exclusive_rights(nlp):
    text = ("Under the agreement, Kestrel Systems retains exclusive distribution rights for "
            "Brightwater Labs products until 2030.")
    (clause,) = clauses_in(nlp, text)
    assert (clause.holder, clause.counterparty, clause.action) == (
        "Kestrel Systems", "Brightwater Labs", "exclusivity")


def test_revenue_share_and_grantor(nlp):
    text = "Kestrel Systems invested heavily in Brightwater Labs and has rights to a share of its revenues."
    (clause,) = clauses_in(nlp, text)
    assert (clause.holder, clause.counterparty, clause.action) == (
        "Kestrel Systems", "Brightwater Labs", "revenue_share")


def test_right_of_first_refusal(nlp):
    text = "The deal gives Kestrel Systems a right of first refusal on any sale of Brightwater Labs."
    (clause,) = clauses_in(nlp, text)
    assert (clause.holder, clause.action) == ("Kestrel Systems", "right_of_first_refusal")


def test_relinquished_rights_and_plain_sentences_are_not_clauses(nlp):
    assert clauses_in(nlp, "Kestrel Systems relinquished its right of first refusal on "
                           "Brightwater Labs' compute contracts.") == []
    assert clauses_in(nlp, "Kestrel Systems sells sensors to Brightwater Labs.") == []


def test_revenue_share_paid_by_the_subjects_is_held_by_the_payee(nlp):
    text = ("Analysts said large carriers like Northwind Air, Bluefin Airways and Coral Airlines "
            "might have to agree revenue-sharing arrangements with Skyport Systems.")
    found = {(c.holder, c.counterparty, c.action) for c in clauses_in(nlp, text)}
    assert found == {("Skyport Systems", payer, "revenue_share")
                     for payer in ("Northwind Air", "Bluefin Airways", "Coral Airlines")}


def test_revenue_share_payee_unnamed_is_the_organization_the_article_is_about(nlp):
    text = ("Skyport Systems licenses its booking software to airlines. Skyport Systems says "
            "the software is free for small users. Large users such as Northwind Air will have "
            "to pay royalties, Skyport Systems said.")
    found = {(c.holder, c.counterparty, c.action) for c in clauses_in(nlp, text)}
    assert found == {("Skyport Systems", "Northwind Air", "revenue_share")}


def test_counterparty_is_not_a_name_the_article_uses_once(nlp):
    text = ("Brightwater Labs and Kestrel Systems renewed their deal. Brightwater Labs will keep "
            "making the chips. Kestrel Systems' IP rights are extended through 2032, covering "
            "designs first shown at Hexa Expo.")
    (clause,) = clauses_in(nlp, text)
    assert (clause.holder, clause.counterparty) == ("Kestrel Systems", "Brightwater Labs")


def test_royalties_paid_to_a_named_payee(nlp):
    text = "Northwind Air pays royalties to Skyport Systems for every booking."
    found = {(c.holder, c.counterparty, c.action) for c in clauses_in(nlp, text)}
    assert found == {("Skyport Systems", "Northwind Air", "revenue_share")}
