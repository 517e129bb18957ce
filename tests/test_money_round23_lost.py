"""Revenue lost is a loss (issue 9, round 23): "lost revenue reached $6m", "the closures will
cost X $6m in revenue"; revenue told of losses was read so before. Invented sentences."""
import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    "Quillfield Orchestra's lost revenue reached $6.2 million.",
    "The closures will cost Quillfield Orchestra $6.2 million in revenue.",
])
def test_revenue_lost_is_a_loss(nlp, text):
    assert money_facts(nlp, text) == {("Quillfield Orchestra", "loss", 6.2e6)}


@pytest.mark.parametrize("text, kind", [
    ("Quillfield Orchestra counted its losses, which were some $6.2 million in revenue after "
     "the cancellations.", "loss"),
    ("Quillfield Orchestra counted its sales, which were some $6.2 million in revenue after "
     "the cancellations.", "revenue"),
    ("Quillfield Orchestra's revenue fell to $6.2 million.", "revenue"),
    ("The closures cost Quillfield Orchestra $6.2 million in repairs.", "cost"),
])
def test_other_revenue_and_costs_read_as_before(nlp, text, kind):
    assert money_facts(nlp, text) == {("Quillfield Orchestra", kind, 6.2e6)}
