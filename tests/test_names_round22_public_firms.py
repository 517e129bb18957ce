"""Names cut short, round 22 mend (issue 9): "Public Relations" and "Public Affairs" are also
the trade of a firm ("Brinmoor Public Relations", an agency). A department has no chief
executive, founder or president, so a "Public <field>" written before such a post is the
firm's own name, and the post holder works for the whole firm. Before a post a department
does have ("Public Affairs Director") the field is still the title's.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,employer,person", [
    ("Brinmoor Public Relations CEO Tom Brill said the agency had won the account.",
     "Brinmoor Public Relations", "Tom Brill"),
    ("Halvorsen Public Affairs founder Tom Brill said the firm would hire ten people.",
     "Halvorsen Public Affairs", "Tom Brill"),
    ("Kestrel Public Relations president Ona Pell said the agency was growing.",
     "Kestrel Public Relations", "Ona Pell"),
])
def test_a_firm_post_after_a_public_field_keeps_the_firm_whole(nlp, text, employer, person):
    found = of_kind(nlp, text, "employ")
    assert (employer, person) in found, found
    assert not any(head == employer.rsplit(" ", 2)[0] for head, _ in found), found


@pytest.mark.parametrize("text,employer,person", [
    ("Trellis Foods Public Affairs Director Ona Pell said sales rose.",
     "Trellis Foods", "Ona Pell"),
    ("Orvane County Public Health Officer Tom Brill said cases fell.",
     "Orvane County", "Tom Brill"),
])
def test_a_department_post_still_takes_the_field(nlp, text, employer, person):
    assert (employer, person) in of_kind(nlp, text, "employ")
