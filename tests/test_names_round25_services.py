"""Names, round 25: a name the text uses only as a service is no organization party.

"advertised the club on her popular Chirpa account": Chirpa is a service people post on, and
where nothing in the text shows it acting as a firm, a fact that takes its mention there as
an organization names the service, not the firm behind it: refused. What is posted on a
service counts when the "on" phrase hangs on the posted thing ("shared photos on X"), and a
service listed after another ("on Chirpa and Meetlo") is one too. A name that acts
("Chirpa agreed to buy"), holds a post ("Quillo manager Ann Lee"), is described as a firm or
is the object of a deal ("bought Quillo", "invested in Quillo", "partnered with Chirpa") is
a firm, and a mention of it that is no use of the service ("the head of Quillo") keeps its
fact. Types are left as voted. Every name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.arguments import Named
from tieline.extract.entities import DocEntities
from tieline.extract.entities.services import service_party


@pytest.mark.parametrize("text,names", [
    ("Ann Lee follows the band on Chirpa and Meetlo.", {"Chirpa", "Meetlo"}),
    ("Fans shared photos on Quillo and Meetlo after the match.", {"Quillo", "Meetlo"}),
    ("Members posted videos on Quillo every night.", {"Quillo"}),
])
def test_a_name_only_used_as_a_service_is_known(nlp, text, names):
    assert names <= DocEntities(nlp(text)).service_names


@pytest.mark.parametrize("text,name", [
    ("Ann Lee posted a clip on Chirpa. Chirpa agreed to buy Orvane for $40 million.", "Chirpa"),
    ("Members posted videos on Quillo, and Quillo manager Ann Lee said traffic doubled.", "Quillo"),
    ("Ann Lee shared a video on Quillo. Trellis Analytics bought Quillo in March.", "Quillo"),
    ("Fans shared photos on Quillo after the match, and Halvorsen Marine invested in Quillo.",
     "Quillo"),
])
def test_a_service_that_acts_or_is_dealt_with_is_a_firm(nlp, text, name):
    assert name not in DocEntities(nlp(text)).service_names


def test_a_party_written_only_as_the_used_service_is_refused(nlp):
    sdoc = nlp("Fans shared photos on Quillo and Meetlo after the match.")
    ents = DocEntities(sdoc)
    sent = next(iter(sdoc.sents))
    assert service_party(Named("Quillo", "ORG"), sent, ents)
    assert not service_party(Named("Quillo", "PRODUCT"), sent, ents)


@pytest.mark.parametrize("text,kind,pair", [
    ("Ann Lee posted a clip on Chirpa. Chirpa agreed to buy Orvane for $40 million.",
     "acquire", ("Chirpa", "Orvane")),
    ("Members posted videos on Quillo, and Quillo manager Ann Lee said traffic doubled.",
     "employ", ("Quillo", "Ann Lee")),
    ("Ann Lee shared a video on Quillo. Trellis Analytics bought Quillo in March.",
     "acquire", ("Trellis Analytics", "Quillo")),
    ("Fans shared photos on Quillo and Meetlo after the match, and Halvorsen Marine invested "
     "in Quillo.", "invest", ("Halvorsen Marine", "Quillo")),
    ("Tom Reyes posted a clip on Chirpa, and Brambleway Dairy partnered with Chirpa last year.",
     "partner", ("Brambleway Dairy", "Chirpa")),
])
def test_firm_facts_are_kept(nlp, text, kind, pair):
    got = of_kind(nlp, text, kind)
    assert pair in got or tuple(sorted(pair)) in got, got
