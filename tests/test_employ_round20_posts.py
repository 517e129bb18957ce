"""Round 20, employ: role nouns the lists lacked. In random corpus text a person set beside
"dean of", "curator of", "superintendent of", "a consultant at", "a coordinator for", "an
organizer with", "a doctor at" an organization gave no employ fact, as the noun was no role.
Posts held at a body ("dean", "curator", ...) take their organization after "of" as after "at";
trades held at a place ("consultant", "organizer", ...) take one after "at", "for" or "with".
Written with no organization, neither borrows one from elsewhere in the sentence.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,org,person", [
    # a university
    ("Ann Lee, dean of the Brinmoor School of Law, said fees would rise.",
     "Brinmoor School of Law", "Ann Lee"),
    ("Nina Patel, an associate dean at the Harlow School of Medicine, said the wards were full.",
     "Harlow School of Medicine", "Nina Patel"),
    # a museum
    ("Tom Reed, curator of the Marlow Maritime Museum, said the ship would be restored.",
     "Marlow Maritime Museum", "Tom Reed"),
    # an opera house's foundation
    ("Dana Cole, superintendent of the Avalon Opera Foundation, said the season was cancelled.",
     "Avalon Opera Foundation", "Dana Cole"),
    # software security
    ('"Patches are slow," said Ravi Shah, a security consultant at Kestrel Systems.',
     "Kestrel Systems", "Ravi Shah"),
    # housing advocacy
    ("Mara Quinn, a housing coordinator for the Avalon Tenants Union, said rents had doubled.",
     "Avalon Tenants Union", "Mara Quinn"),
    # labour
    ("Lena Ortiz, an organizer with the Harlow Workers Union, said shifts were cut.",
     "Harlow Workers Union", "Lena Ortiz"),
    # cancer research
    ("Omar Haddad, an investigator at the Brinmoor Cancer Institute, said trials had stopped.",
     "Brinmoor Cancer Institute", "Omar Haddad"),
])
def test_a_post_or_trade_beside_a_name_names_its_organization(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


@pytest.mark.parametrize("text", [
    # no organization written with the post: none is borrowed from the sentence
    "Ann Lee, the dean, said Globex Labs would fund the new wing.",
    "Ravi Shah, a consultant, said Kestrel Systems had been slow to patch.",
    # a trade "of" a thing or a field is no post there
    "Tom Reed, a consultant of long standing, wrote about Harlow Mills.",
])
def test_a_post_with_no_organization_borrows_none(nlp, text):
    assert not of_kind(nlp, text, "employ")


def test_a_former_dean_is_a_past_post(nlp):
    facts = of_kind(nlp, "Ann Lee, a former dean of the Brinmoor School of Law, said fees rose.",
                    "employ")
    assert facts.get(("Brinmoor School of Law", "Ann Lee")) == "negated"


@pytest.mark.parametrize("text,past", [
    # retail, then banking
    ('"Stores are quiet," says Ann Lee, a retail analyst formerly of Globex Stores and Harlow Bank.',
     ["Globex Stores", "Harlow Bank"]),
    # software, then food
    ('"It was hard," says Tom Reed, a workplace consultant formerly of Quillane Labs and Kestrel Foods.',
     ["Quillane Labs", "Kestrel Foods"]),
])
def test_formerly_of_two_organizations_makes_both_past(nlp, text, past):
    facts = of_kind(nlp, text, "employ")
    assert past[-1] in {o for o, _ in facts}  # the one joined by "and" is found
    assert facts and all(m == "negated" for m in facts.values())


def test_an_analyst_of_two_firms_now_is_current_at_both(nlp):
    facts = of_kind(nlp, "Ann Lee, a retail analyst at Globex Stores and Harlow Bank, said sales fell.",
                    "employ")
    assert facts.get(("Globex Stores", "Ann Lee")) == "asserted"
    assert facts.get(("Harlow Bank", "Ann Lee")) == "asserted"


@pytest.mark.parametrize("text,past,now", [
    # retail, then banking
    ("Ann Lee, a retail analyst formerly of Globex Stores and now Harlow Bank, said sales fell.",
     "Globex Stores", "Harlow Bank"),
    # food, then health care (the first employer is not found here; the second stays current)
    ("Tom Reed, a health consultant formerly of Kestrel Foods and currently Brinmoor Clinics, "
     "said costs rose.", None, "Brinmoor Clinics"),
])
def test_formerly_of_one_and_now_another_keeps_the_now_job_current(nlp, text, past, now):
    facts = of_kind(nlp, text, "employ")
    person = text.split(",")[0]
    assert past is None or facts.get((past, person)) == "negated"
    assert facts.get((now, person)) == "asserted"


@pytest.mark.parametrize("text,org,first,other", [
    # textiles and a lab: the parser joins the second title to the first name with "and"
    ("Ann Lee, director of Harlow Mills, right, and Globex Labs coordinator Dr. Tom Reed listen.",
     "Globex Labs", "Ann Lee", "Tom Reed"),
    # public health: the parser hangs the second title on the first name as an apposition
    ("Dr. Ann Lee, director of the Harlow Institute of Health, right, and Globex Labs health "
     "coordinator Dr. Tom Reed listen.", "Globex Labs", "Ann Lee", "Tom Reed"),
    ("Dr. Ann Lee, director of the Harlow Institute of Health, right, and Kestrel Motors safety "
     "coordinator Dr. Tom Reed listen during a briefing.", "Kestrel Motors", "Ann Lee", "Tom Reed"),
])
def test_a_joined_title_before_another_name_is_that_persons(nlp, text, org, first, other):
    facts = of_kind(nlp, text, "employ")
    assert (org, first) not in facts
    assert facts.get((org, other)) == "asserted"


@pytest.mark.parametrize("text", [
    # in an insolvency the company's administrator (UK usage) runs it, no employee (cars; food)
    "Halden Motors went into administration in May. Ann Lee, administrator of Halden Motors, "
    "said the buyer would keep 300 jobs.",
    "Kestrel Foods is insolvent. Tom Reed, administrator of Kestrel Foods, said bids were due.",
])
def test_an_administrator_of_an_insolvent_company_is_no_post_there(nlp, text):
    assert not of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,org,person", [
    # an agency's or a hospital's administrator holds a post there ("administration" of a
    # government is no insolvency)
    ("The Brinmoor administration cut budgets. Ann Lee, associate administrator of the Avalon "
     "Space Agency, said launches would slow.", "Avalon Space Agency", "Ann Lee"),
    ("Tom Reed, administrator of Harlow General Hospital, said beds were full.",
     "Harlow General Hospital", "Tom Reed"),
])
def test_an_administrator_elsewhere_holds_a_post(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


@pytest.mark.parametrize("text", [
    # a post written with no body of its own does not take the company the sentence names
    "Globex Stores cut prices, said Ann Lee, superintendent.",
    "Harlow Motors recalled 300 cars, said Tom Reed, curator.",
])
def test_a_bare_post_after_said_borrows_no_employer(nlp, text):
    assert not of_kind(nlp, text, "employ")
