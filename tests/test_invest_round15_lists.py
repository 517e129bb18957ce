"""Investors named in lists, round 15: "A, B and C were among the investors" (of the company the
phrase names, else of the story's company), "Acme counts Globex as an investor" (the counter's
investor), and "the round was co-led by A and B" (the tokenizer splits "co-" off and the parser
hangs the round on "was" under it).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,facts", [
    # software, biotech
    ("Zorvex Inc raised $40 million. Halcyon Ventures, Brightpeak Capital and Morrow Partners "
     "were among the investors.",
     {("Halcyon Ventures", "Zorvex"), ("Brightpeak Capital", "Zorvex"), ("Morrow Partners", "Zorvex")}),
    ("Tavira Therapeutics closed a $12 million round on Monday. Quenby Partners was among the new "
     "investors.", {("Quenby Partners", "Tavira Therapeutics")}),
    # logistics, retail
    ("Pryzmatic Inc counts Delmont Bank as an investor.", {("Delmont Bank", "Pryzmatic")}),
    ("The contract went to Fennick Logistics, which counts Orrin Capital as a shareholder.",
     {("Orrin Capital", "Fennick Logistics")}),
    # funding rounds told in a second sentence: fintech, energy
    ("Lumeris Inc raised $60 million in a Series C round. The round was co-led by Oakbridge "
     "Capital and Pellham Ventures.",
     {("Oakbridge Capital", "Lumeris"), ("Pellham Ventures", "Lumeris")}),
    ("Solvane Energy raised $25 million. The funding was co-led by Kestrel Ventures and Birchline "
     "Capital.", {("Kestrel Ventures", "Solvane Energy"), ("Birchline Capital", "Solvane Energy")}),
])
def test_listed_investors(nlp, text, facts):
    assert facts <= set(of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text", [
    # a described group, no list of a round's backers
    "Zorvex Inc shares fell. Halcyon Ventures was among the investors who sold their shares.",
    "Zorvex Inc shares fell. Halcyon Ventures was among the investors hit by the crash.",
    # not a count of investors
    "Pryzmatic Inc counts Delmont Bank as a rival.",
    "Pryzmatic Inc counts Delmont Bank as a customer.",
    # co-led work that is no funding
    "Lumeris Inc grew fast. The study was co-led by Oakbridge Capital and Pellham Ventures.",
])
def test_no_listed_investors(nlp, text):
    assert not of_kind(nlp, text, "invest")
