"""Modality readings the clause-level cues get wrong for a money figure: a figure under
"would" (no cue at all, so asserted), a firm's own results under "reported" (the cue of
hearsay, though the firm states them) and a figure whose clause another firm or a news noun
reports (its cue lies outside the figure's clause)."""
from __future__ import annotations

from ..entities.words import WORD_CLASSES
from ..modality import (CONDITIONAL_MARKS, FORECAST_AUX, FORECASTING_GOVERNORS, HEDGING_AUX,
                        modality_of)
from .parties import news
from .words import (CONDITIONAL_AUX, HEARSAY_TELLERS, NARRATIVE_ADVERBS, RESULT_KINDS,
                    TELLING_VERBS)

PRESS = WORD_CLASSES["press"]  # "the Harbor Tribune", "Finwire Media"
PAST_OR_NOW = ("VBD", "VBZ", "VBP", "VBN")  # "reported", "reports", "has reported"


def conditional(modality: str, verb) -> str:
    """ "said it would invest $2bn", "expects it would spend $4m": a commitment told (the
    "would" clause the complement of a verb of telling or forecasting), forecast; "a fund which
    would provide $5bn", "the merger would have cost $1bn", "said it would spend $4m if ...":
    a proposal or condition, hedged. Only an asserted reading changes; the "would" must be the
    figure's own verb's (kinds.own_verb)."""
    if modality != "asserted" or verb is None:
        return modality
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ in CONDITIONAL_AUX for c in aux):
        return modality
    if any(c.lemma_ == "have" for c in aux):
        return "hedged"  # "would have cost": what did not happen
    had = verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "auxpass" for c in verb.children)
    if had or any(c.dep_ == "advmod" and c.lower_ in NARRATIVE_ADVERBS for c in verb.children):
        return modality  # "it'd spent" (had), "would later raise", "would often pay": past
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                     for m in c.children) for c in verb.children):
        return "hedged"  # "said it would spend $40m if regulators approved": a condition
    told = verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in TELLING_VERBS
                                     or verb.head.lemma_.lower() in FORECASTING_GOVERNORS)
    return "forecast" if told else "hedged"


def seen_under(modality: str, verb) -> str:
    """ "a shutdown could see Acme losing $100m" (hedged), "said it would keep paying $40m"
    (forecast, as "said it would pay" is), "could not see itself paying $50m" (negated): the
    figure's verb is a bare complement with no tense of its own ("losing", "paying"), so the
    modal or negation of the verb it completes is its mood; the clause cut at that complement
    shows no cue. A complement the tagger reads as finite ("will help Acme earn") is left."""
    if modality != "asserted" or verb is None or verb.dep_ not in ("ccomp", "xcomp") \
            or verb.tag_ not in ("VBG", "VB") or any(c.dep_ in ("aux", "auxpass")
                                                      for c in verb.children):
        return modality
    if any(c.dep_ == "neg" for c in verb.head.children):
        return "negated"
    told = conditional(modality, verb.head)  # "would" told by a firm of its plans: forecast
    if told != modality:
        return told
    aux = {c.lower_ for c in verb.head.children if c.dep_ == "aux"}
    return "hedged" if aux & HEDGING_AUX else "forecast" if aux & FORECAST_AUX else modality


def own_results(modality: str, kind: str, verb, clause: str, start: int, entity: str,
                owners) -> str:
    """ "Acme reported revenue of $2bn", "it reported a $3m loss": a firm's results stated by
    the firm, asserted; the clause's only cue of hearsay is that verb. An outlet, a source or
    a name other than the owner as the reporter ("the Harbor Tribune reported a loss of")
    stays reported, as do results told by someone else ("..., a person familiar said")."""
    if modality != "reported" or kind not in RESULT_KINDS or verb is None \
            or verb.lemma_.lower() != "report" or verb.tag_ not in PAST_OR_NOW:
        return modality
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(teller(s, entity, owners) for s in subjects):
        return modality
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in TELLING_VERBS \
            and not any(c.dep_ == "nsubj" and owners.at(c) == entity for c in verb.head.children):
        return modality  # "X reported a loss of $2m, a person familiar with it said": hearsay
    return "asserted" if modality_of(without_reports(clause, start, verb)) == "asserted" \
        else modality


def without_reports(clause: str, start: int, verb) -> str:
    """The clause with the verb itself cut out (not the first text that matches it, as in
    "dogged by unreported costs, reported a loss") and a "reported" joined to it ("X reported
    revenue of $3bn and Y reported revenue of $2bn"), which tells results the same way."""
    joined = [t for t in (verb.head, *verb.children) if t.lemma_.lower() == "report"
              and (t.dep_ == "conj" and t.head == verb or verb.dep_ == "conj" and t == verb.head)]
    for tok in sorted([verb, *joined], key=lambda t: -t.idx):
        at = tok.idx - start
        if 0 <= at and at + len(tok.text) <= len(clause):
            clause = clause[:at] + " " + clause[at + len(tok.text):]
    return clause


def teller(subject, entity: str, owners) -> bool:
    """ "The Harbor Tribune reported", "sources reported", "Finwire reported a loss at Acme":
    a reporter that is an outlet, a source or no name of the figure's owner tells hearsay."""
    return news(subject) or subject.lower_ in PRESS or subject.lemma_.lower() in HEARSAY_TELLERS \
        or owners.at(subject) != entity


def told_by_another(modality: str, verb, entity: str, owners) -> str:
    """ "The Ledger reported that Acme settled a $52m suit", "Acme spent $25m on it, the Ledger
    reported": a figure whose own verb is told by a report (its clause a complement of
    "reported") whose teller is an organization other than its owner (or a news noun) is hearsay,
    reported; the owner telling its own figure is not, nor is a report in a joined or adverbial
    clause ("X reported higher sales, and Y spent $1m")."""
    if modality != "asserted":
        return modality
    tok = verb
    while tok is not None and tok.dep_ in ("ccomp", "xcomp", "parataxis"):
        tok = tok.head
        if tok.lemma_.lower() != "report" or tok.pos_ != "VERB" or tok.tag_ not in PAST_OR_NOW:
            continue
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            mention = owners.ents.mention_at(subject)
            # a person telling ("Jane Roe, Acme's chief, reported that the company earned")
            # speaks for a firm, most often the owner: no other teller
            if news(subject) or (mention is not None and mention.type == "ORG"
                                 and mention.name != entity) or unnamed_teller(subject, entity,
                                                                              owners):
                return "reported"
    return modality


def unnamed_teller(subject, entity: str, owners) -> bool:
    """ "Sources reported that", "analysts at Brindle reported that": tellers named by a noun
    of hearsay (wherever they are), or people at another organization ("officials at Acme
    reported that Acme lost $2m" speak for the owner)."""
    if owners.ents.mention_at(subject) is not None or subject.pos_ != "NOUN":
        return False
    at = [owners.at(g) for c in subject.children if c.dep_ == "prep" and c.lower_ in (
        "at", "from", "with") for g in c.children if g.dep_ == "pobj"]
    if subject.lemma_.lower() in HEARSAY_TELLERS:
        return True  # "sources at Acme": unnamed even at the owner, hearsay all the same
    return any(name and name != entity and owners.ents.entities.get(name) is not None
               and owners.ents.entities[name].type == "ORG" for name in at)
