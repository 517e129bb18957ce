"""A figure an unnamed teller reports is hearsay (issue 9, round 22): "Analysts at Brindle
Capital reported that Kestrel Foods lost $40m", "Sources reported that ..." are reported, not
asserted; people at the owner itself ("officials at Kestrel Foods reported that the company
lost") speak for it, and "said" is read as before. Invented sentences."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, modality", [
    ("Analysts at Brindle Capital reported that Kestrel Foods lost $40 million in the quarter.",
     "reported"),
    ("Sources reported that Kestrel Foods paid $40 million for the mill.", "reported"),
    ("Researchers at Quillfield University reported that Orvane spent $12 million on the trial.",
     "reported"),
    ("Kestrel Foods lost $40 million in the quarter, analysts at Brindle Capital reported.",
     "reported"),
    # near shapes: the owner's own people, or a verb of saying
    ("Officials at Kestrel Foods reported that the company lost $40 million in the quarter.",
     "asserted"),
    ("Analysts at Brindle Capital said that Kestrel Foods lost $40 million in the quarter.",
     "asserted"),
])
def test_an_unnamed_teller_reports(nlp, text, modality):
    assert [m.modality for m in money(nlp, text)] == [modality]
