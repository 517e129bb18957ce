"""Jobs of people the text says have died, round 14: every employ tie of someone who "died",
"passed away", "was killed" or is "the late" one is a past role (negated, as a former role is),
whatever tense the sentence stating the job uses ("Lee, who died on Sunday, joined Globex in
1998"). A death only feared or nearly met, a quoted one, or someone else's keeps the job.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, employer, person", [
    # a kitchen, a bank, a school, a police force, a maker
    ("Ruth Okafor, the head chef at Corlan Abbey, passed away in March.",
     "Corlan Abbey", "Ruth Okafor"),
    ("Mira Caldo, the chief executive of Talvos Bank, was killed in a car crash on Tuesday.",
     "Talvos Bank", "Mira Caldo"),
    ("Lena Marsh, who led sales at Orvato Systems for a decade, died on Friday.",
     "Orvato Systems", "Lena Marsh"),
    ("Officer Dana Quill of the Marbury Police died after a crash on Route 9, the department "
     "said.", "Marbury Police", "Dana Quill"),
    ("The prize was set up by the late Jonas Pell, the founder of Pell Robotics.",
     "Pell Robotics", "Jonas Pell"),
    # the death and the job in two sentences
    ("Tomas Greer died on Sunday at 71. Greer joined Harlow Mills in 1979 as an engineer.",
     "Harlow Mills", "Tomas Greer"),
])
def test_the_job_of_someone_who_died_is_past(nlp, text, employer, person):
    assert of_kind(nlp, text, "employ").get((employer, person)) == "negated"


@pytest.mark.parametrize("text, employer, person", [
    ("Kira Dole, chief executive of Fenwick Group, said two workers nearly died in the fire.",
     "Fenwick Group", "Kira Dole"),
    ("\"I could have died,\" said Pavel Ostrin, chief pilot at Larkwing Airlines.",
     "Larkwing Airlines", "Pavel Ostrin"),
    ("Tomas Reyna, the finance chief of Brindle Foods, said his father died last year.",
     "Brindle Foods", "Tomas Reyna"),
    ("Mira Caldo, the chief executive of Talvos Bank, said no one was killed in the crash.",
     "Talvos Bank", "Mira Caldo"),
])
def test_a_death_feared_quoted_or_of_another_keeps_the_job(nlp, text, employer, person):
    assert of_kind(nlp, text, "employ").get((employer, person)) == "asserted"
