"""The verbs a person's name is the subject of, however the sentence hands them on: "A joined
Globex", "A, who co-founded Acme", "A is expected to join Globex", "A, who police say ran Globex's
finance team". Read by people.py for the jobs those verbs give."""
from __future__ import annotations

from .arguments import SUBJECT_DEPS, split_verb
from .career import appointed_to_lead, raised_joins
from .role_clauses import is_role
from .shared_clauses import listed_subject, shared_relatives


def subject_verbs(tok) -> list:
    """Verbs the person is the subject of: "X joined Globex", "X, who co-founded Acme"."""
    verb = tok.head
    verbs = [verb] if tok.dep_ == "nsubj" or tok.dep_ == "compound" and split_verb(verb) != verb else []
    listed = listed_subject(tok)  # "A and his son B have both resigned", "A, B and C joined X"
    if listed is not None:
        verbs.append(listed.head)
    verbs += raised_joins(tok)  # "A is expected to join Globex", "went on to join Globex"
    verbs += appointed_to_lead(tok)  # "A has been appointed to run Globex"
    # "Musk, who co-founded OpenAI"; "Lee, a former Globex executive who founded Acme"
    verbs += [c for x in [tok, *(a for a in tok.children if a.dep_ == "appos" and is_role(a))]
              for c in x.children if c.dep_ == "relcl"]
    verbs += shared_relatives(tok)  # "A and B, who joined X as directors": the clause is both's
    verbs += [c for v in list(verbs) for c in v.conjuncts   # "... has since left and formed xAI"
              if not any(x.dep_ in SUBJECT_DEPS for x in c.children)]
    verbs += [c for v in list(verbs) for c in [*v.children, *(x for p in v.children if p.dep_ == "prep"
                                                             for x in p.children)]
              if c.dep_ in {"advcl", "pcomp"} and c.lemma_.lower() == "join"  # "before joining X"
              and not any(x.dep_ in SUBJECT_DEPS for x in c.children)]
    return verbs
