"""Posts students hold, which are no job at the school: an officer of a student body ("student
body president at Quillfield University", "president of the Quillfield University student
government"), of an honour society ("the Kestrel Honor Society president"), or of a society's
chapter hosted by a school ("president of the Quillfield High School chapter of X"); and a pupils'
school written before a name with no post ("Quillfield High School's Ann Lee")."""
from __future__ import annotations

from .family_lines import name_words, words_after
from .not_employers import CLASS_YEARS, STUDENT_NOUNS
from .wordlists import words

STUDENT_BODY_WORDS = words("people", "student_body_words")  # government, council, body, senate
HONOR_SOCIETIES = words("people", "honor_societies")  # the last words of an honour society
BRANCH_NOUNS = words("people", "branch_nouns")  # "the Quillfield High School chapter of X"
SOCIETY_STAFF = words("people", "society_staff")  # "executive director": a paid post
PUPIL_SCHOOLS = words("people", "pupil_schools")  # high school, middle school: pupils' schools
PUPIL_NOUNS = STUDENT_NOUNS | CLASS_YEARS  # "a student", "a senior": a pupil's own nouns


def student_post(role_text, org) -> bool:
    """The role is a student's office, or the name is the host of another body's branch."""
    role = (role_text or "").lower().split()
    name = name_words(org)
    if any(a == "student" and b in STUDENT_BODY_WORDS for a, b in zip(role, role[1:])):
        return True  # "student body president at Quillfield University"
    if " ".join(name[-2:]) in HONOR_SOCIETIES and not set(role) & SOCIETY_STAFF:
        return True  # "the Orvane Honor Society president": elected from its student members
    after = words_after(org, 2)
    return after[:1] == ["student"] and after[1:] and after[1] in STUDENT_BODY_WORDS \
        or after[:1] and after[0] in BRANCH_NOUNS


def pupils_school(org, nouns) -> bool:
    """"Quillfield High School's Ann Lee won the hurdles", "..., a senior,": a school of pupils
    written before a name with no post is where the person studies or plays, not an employer
    (a noun beside it, "Quillfield High School's Ann Lee, a maths teacher", may say a job)."""
    name = name_words(org)
    return (" ".join(name[-2:]) in PUPIL_SCHOOLS or name[-1:] == ["high"]) and all(
        n.lemma_.lower() in PUPIL_NOUNS for n in nouns)
