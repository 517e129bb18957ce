""""The company said Tarvo would supply its batteries. The firm also agreed to buy Y": a
description or pronoun bound across sentences takes an earlier sentence's subject that is itself
a description or pronoun (the chain the text follows) before a named one. The mention list holds
names before descriptions and pronouns, so the name in the reported clause (Tarvo) had come
first and taken the fact. Among names the first stays first: a quote's speaker ("'Tarvo is a
strong business,' Halden said") is no topic (a corpus article had turned so when the main
clause's subject was preferred instead).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,kind,fact,wrong", [
    # cars and parts
    ("Kestrel Motors reported higher sales on Monday. The company said Tarvo Parts would supply "
     "its new batteries. The firm also agreed to buy Halden Steel for $30m.",
     "acquire", ("Kestrel Motors", "Halden Steel"), "Tarvo Parts"),
    # medical tests
    ("Halden Labs makes blood tests. The group said Norland Health would distribute its kits in "
     "Spain. The company also bought a stake in Sable Diagnostics.",
     "invest", ("Halden Labs", "Sable Diagnostics"), "Norland Health"),
    # two names: the main clause's subject, as before
    ("Brindle Foods said Corvid Dairy would supply its milk. The firm also agreed to buy Menlo "
     "Farms.", "acquire", ("Brindle Foods", "Menlo Farms"), "Corvid Dairy"),
])
def test_main_clause_subject_comes_first(nlp, text, kind, fact, wrong):
    facts = of_kind(nlp, text, kind)
    assert fact in facts
    assert not [key for key in facts if key[0] == wrong]


@pytest.mark.parametrize("text,kind,fact", [
    # a person leads the sentence: the only firm named as a subject is still meant
    ("Ann Lee said Tarvo Industries would cut prices. The company also agreed to buy Halden "
     "Steel.",
     "acquire", ("Tarvo Industries", "Halden Steel")),
    ("Analysts said Sable Diagnostics had lost money. The firm also bought a stake in Corvid Labs.",
     "invest", ("Sable Diagnostics", "Corvid Labs")),
])
def test_reported_firm_alone_is_still_meant(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,kind,fact", [
    ("\"Tarvo Industries is a strong business,\" Halden Capital said. The company also signed a "
     "partnership with Corvid Air last year.", "partner", ("Corvid Air", "Tarvo Industries")),
    ("\"Sable Diagnostics has the best tests,\" said Menlo Partners. The firm also bought a stake "
     "in Corvid Labs.", "invest", ("Sable Diagnostics", "Corvid Labs")),
])
def test_quote_speaker_is_no_topic(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)
