"""A criminal prosecution is no lawsuit: "the case against Ann Lee" where the text around it
speaks of prosecutors, an indictment or a crime is the state's prosecution of a person."""
from __future__ import annotations

from .verbs import CRIMES

CASE_NOUNS = {"case", "charge"}  # nouns that name a prosecution as well as a suit
PROSECUTION_CUES = {"prosecutor", "prosecution", "prosecute", "indict", "indictment", "criminal",
                    "guilty", "convict", "conviction", "jury", "sentence", "sentencing", "plea",
                    "arrest", "acquit", "acquittal"} | CRIMES
CUE_WINDOW = 1  # sentences either side of the case noun that may show the prosecution


def prosecuted(noun, ents) -> bool:
    """"prosecutors dropped the case against Ann Lee" (a person): a prosecution, no suit. A case
    against a firm, or with no prosecution word near, stays a suit."""
    if noun.lemma_.lower() not in CASE_NOUNS:
        return False
    against = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"
               for p in c.children if p.dep_ == "pobj"]
    people = [m for p in against for m in [ents.mention_at(p)] if m and m.type == "PERSON"]
    if not people:
        return False
    sents = list(noun.doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= noun.i < s.end)
    near = sents[max(0, k - CUE_WINDOW):k + CUE_WINDOW + 1]
    return any(t.lemma_.lower() in PROSECUTION_CUES or t.lower_ in PROSECUTION_CUES
               for s in near for t in s)
