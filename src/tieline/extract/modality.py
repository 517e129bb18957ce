"""Modality of a statement: asserted, reported, hedged, forecast or negated.

`modality_of` judges a piece of text; `modality_at` judges the clause around a trigger word,
so "X partnered with Y, signalling it may leave Z" stays asserted for the partnership.
"""
from __future__ import annotations

import re

from .given_means import giving_verb
from .wordlists import load, words

# "the quarter ended June 30", "the year that ended in March": a reporting period, no negation
_PERIOD_ENDED = "".join(f"(?<!{p} )(?<!{p} that )" for p in
                        ("year", "quarter", "half", "period", "months", "weeks"))
NEGATED = re.compile(r"\b(no longer|not|n't|never|less dependent|denied|den(y|ies)|"
                     rf"{_PERIOD_ENDED}ended|"
                     r"scrapped|abandon(ed|s)?|called off|terminat(ed|es))\b", re.I)
REPORTED = re.compile(r"\b(reportedly|reported|according to|sources said|people familiar|"
                      r"is said to|are said to|was said to|reports? (from|by|say|said|that)|"
                      r"per [A-Z])", re.I)
# "May" after a word is the month (or a name), never the hedge "may"
HEDGED = re.compile(r"\b((?-i:may)|(?<!\S )may|might|could|considering|exploring|in talks|weighing|"
                    r"potential(ly)?|possible|possibly|plans? to|aims? to|seeking)\b", re.I)
FORECAST = re.compile(r"\b(will|expected to|is set to|are set to|by 20\d\d|forecast|"
                      r"projected|next year)\b", re.I)

NEGATING_GOVERNORS = words("modality", "negating_governors")
# "fail", "refuse", "reject": they deny what they govern, they end no tie that stands
DENYING_GOVERNORS = words("modality", "denying_governors")
HEDGING_GOVERNORS = words("modality", "hedging_governors")
# "seeks $5m in a lawsuit against Y": the suit is the means of the seeking, filed, not an aim
SUING_SEEKERS = words("modality", "suing_seekers")
SUIT_NOUNS = words("modality", "suit_nouns")
SUIT_PREPS = words("modality", "suit_preps")
ASKING_VERBS = words("modality", "asking_verbs")  # "asked if A would buy B": a question
QUESTION_MARKS = words("modality", "question_marks")
# "Acme's partners do not include X", "its investors may include X": the list's verb states
# the tie, so its negation and auxiliaries are the tie's
LISTING_VERBS = {"include", "comprise"}
FORECASTING_GOVERNORS = words("modality", "forecasting_governors")
HEDGING_AUX = words("modality", "hedging_aux")
CONDITIONAL_MARKS = words("modality", "conditional_marks")
CONTRAST_ADVERBS = words("modality", "contrast_adverbs")  # "and instead buy Y": no sharing
INVERTING_AUX = words("modality", "inverting_aux")  # "Had X bought Y, ...": a condition, not a fact
FORECAST_AUX = words("modality", "forecast_aux")
MODAL_AUX = HEDGING_AUX | FORECAST_AUX  # "could", "will": what they govern has not happened
NON_FINITE_TAGS = {"VB", "VBG", "VBN"}  # the forms an auxiliary governs (train, training, trained)
HEDGING_WORDS = words("modality", "hedging_words")
NEGATING_WORDS = words("modality", "negating_words")
REPORTING_WORDS = words("modality", "reporting_words")
# "an agreement to buy Y": the deal noun's clause ("pulled out of", "signed") judges the buying
DEAL_NOUNS = words("modality", "deal_nouns")
# "may abandon its takeover of Y": a deal still to be done, not a tie that stands
PENDING_DEALS = DEAL_NOUNS | words("relation_words", "blocked_deal_nouns")
# "pulled out of the deal", "walked away from a deal": the verb and the particle on the path
WITHDRAWING_VERBS = load("modality")["withdrawing_verbs"]
# "in competition with Z to take over Y": a bid (but "won the race to buy Y" is a deal)
CONTEST_WORDS = words("modality", "contest_words")
CONTEST_WINNING_VERBS = words("modality", "contest_winning_verbs")
# "regulators blocked the takeover": an outsider stops the deal ("sued to block it": an aim)
STOPPING_GOVERNORS = words("modality", "stopping_governors")
# "the takeover collapsed", "the deal fell through", "the merger was blocked": a failed tie
FAILING_VERBS = load("modality")["failing_verbs"]
FAILED_PASSIVES = words("modality", "failed_passives")
ENDING_PHRASALS = load("modality")["ending_phrasals"]  # "called off its acquisition of Y"
# "moved to block the deal", "moves to buy Y": a step taken, not a move away from a tie
STEP_VERBS = words("modality", "step_verbs")
MEANS_PREPS = words("modality", "means_preps")  # "moved into ferries by buying Y": the means
# Forms the small model's lemmatizer gets wrong ("hopes" -> "hop").
LEMMA_FIXES = load("modality")["lemma_fixes"]
GIVEN_RIVALRY = words("relation_words", "given_rivalry_verbs")


def fixed_lemma(tok) -> str:
    """The token's lowercased lemma, with the small model's known misreadings mended."""
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def modality_of(text: str) -> str:
    """A sentence-level guess; extractors pass the clause around their trigger when they can."""
    if NEGATED.search(text):
        return "negated"
    if REPORTED.search(text):
        return "reported"
    if FORECAST.search(text):
        return "forecast"
    if HEDGED.search(text):
        return "hedged"
    return "asserted"


def modality_at(trigger, sent=None) -> str:
    """Modality of the clause a trigger token sits in: its own auxiliaries and negation, those of
    the verbs governing it (up to the clause root), and reporting cues in the sentence."""
    chain, shared, failed, denied, end_denied = _clause_chain(trigger)
    words = set()
    negated = hedged = forecast = False
    for k, t in enumerate(chain):
        lemma = fixed_lemma(t)
        if k in shared:
            lemma = ""  # a verb shared with only for its auxiliaries and negation, not its sense
        if k > 0 and lemma and not _means(chain[k - 1]) and _standing_tie_kept(t, chain[:k], lemma):
            break  # "could sell its stake", "is weighing selling its stake": the holding stands
        # "did not block the deal": no stop; "blocked X's attempt to buy Y": an attempt, hedged
        stopper = k > 0 and lemma in STOPPING_GOVERNORS and not any(
            fixed_lemma(b) in HEDGING_GOVERNORS for b in chain[:k])
        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" and (k == 0 or t.pos_ in {"VERB", "AUX"}) and not (
                    c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in {"just", "only", "merely"}
            ) and not stopper:
                negated = True  # but "didn't just hire X" affirms the hiring
            if c.dep_ in {"aux", "auxpass"}:
                hedged |= low in HEDGING_AUX or low in INVERTING_AUX and any(
                    s.dep_ in {"nsubj", "nsubjpass"} and s.i > c.i for s in t.children)
                forecast |= low in FORECAST_AUX
            if c.dep_ in {"advmod", "amod", "neg", "det"} and (k == 0 or t.pos_ in {"VERB", "AUX"}) \
                    and not (stopper and c.dep_ == "neg"):
                words.add(low)
                if low == "longer" and any(g.lower_ == "no" for g in c.children):
                    negated = True  # "no longer supplies"
            if c.dep_ == "mark" and low in CONDITIONAL_MARKS and t.pos_ in {"VERB", "AUX"}:
                hedged = True  # "if X had bought Y": a condition, not a fact
        if k > 0 and k not in shared:
            negated |= _ending(t) and not end_denied and not (
                lemma in STEP_VERBS and chain[k - 1].dep_ == "xcomp") and not _means(chain[k - 1])
            negated |= _used_to(t, chain[k - 1])
            negated |= _withdrawn(t, chain[k - 1])
            if stopper and t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children):
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                    forecast = True  # "sued to block the sale": pending, not stopped
                elif not _modal(t):  # "could block it", "will veto it": its auxiliary says
                    negated = True
            negated |= t.pos_ == "VERB" and any(
                c.dep_ == "prt" and c.lower_ == ENDING_PHRASALS.get(lemma) for c in t.children)
            hedged |= lemma in HEDGING_GOVERNORS and not _sought_in_suit(chain, k, lemma)
            # "is in talks with B to buy C", the infinitive hung on "is": the talks' aim
            hedged |= chain[k - 1].dep_ == "advcl" and _in_talks(t)
            forecast |= lemma in FORECASTING_GOVERNORS
            if lemma == "be" and any(c.dep_ == "xcomp" and c.i == chain[k - 1].i for c in t.children):
                forecast = True  # "Fiat is to integrate Maserati"
    negated |= bool(words & NEGATING_WORDS) or any(
        t.lower_ in {"former", "ex", "previously", "formerly"} for t in trigger.lefts)
    negated |= any(_withdrawn_deal(t) for t in chain) or failed or denied
    hedged |= bool(words & HEDGING_WORDS) or _alternative(trigger) or _contested(chain)
    # "gave Acme the right to buy B": made possible, not done (but "the heft to compete" is a
    # rivalry that stands)
    hedged |= any(t.pos_ == "VERB" and fixed_lemma(t) not in GIVEN_RIVALRY
                  and giving_verb(t) is not None for t in chain)
    wish = _wished(chain[-1])  # "Shareholders want X to buy Y": the wish's own mood
    hedged, forecast = hedged or wish in HEDGING_GOVERNORS, forecast or wish in FORECASTING_GOVERNORS
    sent = sent if sent is not None else trigger.sent
    if negated:
        return "negated"
    if _attributed(sent, trigger) or words & REPORTING_WORDS:
        return "reported"
    if hedged:
        return "hedged"
    if forecast:
        return "forecast"
    return "asserted"


def _clause_chain(trigger):
    """The trigger and the words governing it up to its clause's root: (chain, the chain places
    reached from a verb sharing their auxiliaries, whether the clause's subject failed, whether
    a denial negates the clause, whether the denied thing is an end)."""
    chain, tok = [trigger], trigger
    failed = denied = end_denied = False
    shared = set()
    while tok.head.i != tok.i and len(chain) < 6:
        if _shares_auxiliaries(tok):
            tok = tok.head  # "will train and deploy its models": "will" is deploy's too
            shared.add(len(chain))
            chain.append(tok)
            continue
        if tok.dep_ in {"relcl", "ccomp", "advcl", "parataxis", "acl", "appos", "conj"} and not (
                tok.dep_ == "acl" and tok.head.lemma_.lower() in DEAL_NOUNS) and not _talks_for(tok):
            denied, end_denied = _denial(tok, chain)
            break  # another clause: its auxiliaries and negation are not the trigger's
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"NOUN", "PROPN"} \
                and tok.head.lemma_.lower() not in LISTING_VERBS:
            failed = failed_subject(tok)  # "the takeover collapsed": but it does not exist
            break  # "The partnership aims to ...": the subject's existence is taken as given
        tok = tok.head
        chain.append(tok)
    return chain, shared, failed, denied, end_denied


def _shares_auxiliaries(verb) -> bool:
    """"will train and deploy", "did not build or sell", "will design, build and sell": a verb
    joined by "and" / "or" to the one before it, in the same non-finite form and with no subject,
    auxiliary or negation of its own, shares that verb's. A finite verb carries its own tense and
    shares nothing ("did not renew the deal and later signed with Y", "cannot build it and
    supplies Y"); nor does a verb after "but" or set against the first by "instead" / "rather"
    ("did not renew the deal but signed with Y", "will not sell it and rather buy Y")."""
    head = verb.head
    if not (verb.dep_ == "conj" and verb.pos_ == "VERB" and head.pos_ == "VERB"
            and verb.tag_ == head.tag_ and verb.tag_ in NON_FINITE_TAGS) or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"}
            or c.lower_ in CONTRAST_ADVERBS for c in verb.children):
        return False  # a clause of its own, or one set against the first
    joiners = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
    if not joiners and any(c.lower_ == "," for c in head.children if head.i < c.i < verb.i):
        # a list's comma: the "and" / "or" closing it hangs on this verb or after it on the first
        joiners = [c for c in (*verb.children, *head.children) if c.dep_ == "cc" and c.i > verb.i]
    return bool(joiners) and all(c.lower_ in {"and", "or"} for c in joiners)


def asked(sent) -> bool:
    """ "Did Roe really pour $1bn down the drain?", "Is B facing a suit filed by A?": a sentence
    ending in a question mark (before closing quotes or brackets) asserts nothing."""
    return sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")


def asked_about(trigger):
    """"When asked if A would buy B", "analysts asked whether A will join B": the clause of the
    trigger, opened by "if"/"whether", that is the object of an asking verb (a question states no
    tie), or None. Read up the trigger's own clause only (not past a relative clause, nor past
    a first "if"/"whether", whose question is the nearest)."""
    tok = trigger
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in tok.children):
            asked = tok.dep_ in {"ccomp", "advcl", "xcomp"} and tok.head.pos_ == "VERB" \
                and tok.head.lemma_.lower() in ASKING_VERBS
            return tok if asked else None
        if tok.dep_ == "relcl" or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _sought_in_suit(chain, k: int, lemma: str) -> bool:
    """"is seeking $20m in a lawsuit against Y", "seeks damages through a suit": the trigger is
    the suit noun, the object of an "in"/"through" phrase on the seeking verb itself, so the
    suit is filed; "is seeking a lawsuit", "seeks to sue" stay aims, and so does a phrase on
    another word ("seeks to intervene in the lawsuit", "seeks a role in the case": a suit
    someone else may have brought)."""
    return lemma in SUING_SEEKERS and k == 2 and chain[0].lemma_.lower() in SUIT_NOUNS \
        and chain[1].dep_ == "prep" and chain[1].lower_ in SUIT_PREPS


def _wished(top) -> str:
    """"Shareholders want X to buy Y", "analysts expect X to sell Y": the infinitive clause with
    its own subject says what the governing verb wants or expects (the walk stops at it); the
    governor's lemma, or "" where the clause is no such infinitive."""
    if top.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return ""
    return fixed_lemma(top.head)


def _used_to(verb, below) -> bool:
    """"X used to get its chips from Y", "used to own Y": a habit or state that ended. Not "used
    its cash to buy Y" (an object: a means) nor "is used to" (passive, or accustomed)."""
    return verb.lower_ == "used" and verb.tag_ == "VBD" and below.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in below.children) and not any(
        c.dep_ in {"dobj", "auxpass", "aux"} for c in verb.children)


def _talks_for(tok) -> bool:
    """"is in talks to hire Ann Lee", "held discussions to buy Y": the infinitive says what talks
    are about, so the walk goes on to the talks noun (a hedge) and the clause that holds it."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    # "is in talks with X to buy Y": the parser may hang the infinitive on "is"
    return tok.dep_ in {"acl", "relcl"} and tok.head.pos_ == "NOUN" \
        and tok.head.lemma_.lower() in HEDGING_GOVERNORS or tok.dep_ == "advcl" and _in_talks(tok.head)


def _in_talks(verb) -> bool:
    """"is in talks", "are in negotiations": the verb's state is a hedge on what it aims at."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in HEDGING_GOVERNORS for p in c.children)
        for c in verb.children)


def failed_subject(subj) -> bool:
    """"The takeover collapsed", "the deal fell through", "the merger was blocked by
    regulators": the tie the subject names did not come about (not "the deal failed to lift
    profits", where it did)."""
    verb = subj.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or any(c.dep_ in {"xcomp", "dobj", "ccomp", "neg"} for c in verb.children):
        return False  # "was not blocked", "has not collapsed": it stands
    if _modal(verb):
        return False  # "could collapse", "may fall through": it stands, for now
    if subj.dep_ == "nsubjpass":
        return lemma in FAILED_PASSIVES or any(
            c.dep_ == "prt" and c.lower_ == ENDING_PHRASALS.get(lemma) for c in verb.children)
    particle = FAILING_VERBS.get(lemma)
    return particle is not None and (not particle or any(
        c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == particle for c in verb.children))


def _modal(verb) -> bool:
    """The verb has an auxiliary of possibility or of the future ("could", "will"): what it says
    of a deal (blocked, collapsed) has not happened."""
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)


def _ending(verb) -> bool:
    """A verb that ends what it governs ("sold its stake", "stopped supplying"); "end up" and
    the like say where something came out ("could end up building cars for X"), not an end."""
    return verb.pos_ == "VERB" and fixed_lemma(verb) in NEGATING_GOVERNORS \
        and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _means(link) -> bool:
    """The word by which a tie reaches its governing verb says how that verb's act was done:
    "moved into ferries by buying Y", "left the market by selling its unit to Y". The tie is
    the means, carried out, not what the ending verb ends."""
    return link.lower_ in MEANS_PREPS and link.dep_ == "prep"


def _standing_tie_kept(verb, below, lemma) -> bool:
    """An ending verb, itself undone, above a tie that stands ("could sell its stake", "did not
    end its partnership"). Not a denial ("may fail to complete its purchase", "could refuse to
    supply"), nor a deal still to be done ("may abandon its takeover of Y", "could scrap its
    merger"): those ties are not there to be kept."""
    return _ending(verb) and lemma not in DENYING_GOVERNORS and ending_undone(verb) and not any(
        b.lemma_.lower() in PENDING_DEALS for b in below)


def ending_undone(verb) -> bool:
    """An ending verb ("sell", "exit", "stop") that is itself only possible, weighed or denied
    ("could sell", "may exit", "is considering selling", "did not stop", "denied that it had
    sold"): what it would end still holds, so nothing above it negates or hedges the tie below
    it."""
    weighed = verb.dep_ in {"xcomp", "ccomp", "pcomp", "acl"} and \
        fixed_lemma(verb.head) in HEDGING_GOVERNORS
    return weighed or _denied_clause(verb) or _negated_or_hedged(verb)


def _negated_or_hedged(verb) -> bool:
    """The verb has its own "not" or hedging auxiliary ("did not stop", "could sell")."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HEDGING_AUX for c in verb.children)


def _denial(clause, chain) -> tuple[bool, bool]:
    """Whether a denial of the clause negates the tie, and whether what it denies is an end.
    "denied that it ships soap to X": the denial reaches the tie only where the tie is what the
    denied clause states ("agreed to supply X", "is X's supplier"), not a thing inside it
    ("breached its contract to supply X", "won a deal with X by bribes"). A denied end ("denied
    that it had ended its deal with X") leaves the tie standing: neither the end nor the denial
    negates it."""
    if not _denied_clause(clause):
        return False, False
    if any(_ending(t) for t in chain[1:]):
        return False, True
    return all(t.dep_ in {"xcomp", "attr", "acomp"} for t in chain[:-1]), False


def _denied_clause(clause) -> bool:
    """"X denied that it ships soap to Y", "X rejected claims that it supplies Y": the clause is
    what a denial rejects, so it states no tie (a denial that is itself denied or only possible,
    "did not deny that", "may deny that", affirms nothing either way and is left alone)."""
    if clause.dep_ not in {"ccomp", "acl"} or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    gov = clause.head
    if gov.pos_ == "NOUN" and gov.dep_ == "dobj":  # "denied reports that ..."
        gov = gov.head
    # of the denying governors only those that take a 'that' clause get here ("deny", "reject")
    return gov.pos_ == "VERB" and fixed_lemma(gov) in DENYING_GOVERNORS and not _negated_or_hedged(gov)


def _withdrawn(verb, below) -> bool:
    """"pulled out of the deal", "was set to pull out of an agreement to buy Y": the path comes
    up through the verb's own particle (not "pulled the product out of stores")."""
    particle = WITHDRAWING_VERBS.get(verb.lemma_.lower())
    return verb.pos_ == "VERB" and below.head.i == verb.i and below.lower_ == particle and (
        below.dep_ in {"prep", "prt", "advmod"})


def _withdrawn_deal(tok) -> bool:
    """"backed out of its deal to acquire Y", "walked away from a deal to buy Y": the parser
    hangs the infinitive on the withdrawing verb, not on the deal noun just before it."""
    verb = tok.head
    particle = WITHDRAWING_VERBS.get(verb.lemma_.lower())
    if tok.dep_ not in {"xcomp", "advcl"} or particle is None or tok.left_edge.i == 0:
        return False
    noun = tok.doc[tok.left_edge.i - 1]
    return noun.lemma_.lower() in DEAL_NOUNS and any(
        a.i == verb.i for a in noun.ancestors) and any(
        c.lower_ == particle and c.i < noun.i for c in verb.children)


def _contested(chain) -> bool:
    """"in competition with Z to take over Y", "vying with Z to buy Y", "the race to buy Y":
    the trigger says what a contest is for (the clause walk passes through the contest word, or
    stops at an infinitive attached to it)."""
    if any(_contest(t) for t in chain[1:]):
        return True
    top = chain[-1]
    if top.dep_ not in {"advcl", "acl", "xcomp"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return False
    return _contest(top.head) or any(c.dep_ == "prep" and any(
        g.dep_ == "pobj" and _contest(g) for g in c.children) for c in top.head.children)


def _contest(tok) -> bool:
    """A contest word not governed by "won" or "beat" ("won the race to buy Y", "beat Z in the
    race to buy Y" are the deal)."""
    governor = tok.head.head if tok.head.dep_ == "prep" else tok.head
    return tok.lemma_.lower() in CONTEST_WORDS and (
        governor.lemma_.lower() not in CONTEST_WINNING_VERBS)


def _alternative(trigger) -> bool:
    """"wants it to buy back shares rather than buy Y", "instead of acquiring Y": the option
    set aside, not a deal that happened."""
    before = " ".join(t.lower_ for t in trigger.doc[max(0, trigger.i - 2):trigger.i])
    return before.endswith(("rather than", "instead of"))


def _source_clause(trigger, according) -> bool:
    """"according to documents that show X bought Y": the trigger sits in a clause the source
    phrase holds as what it says (a complement clause), which the source reports; the source's
    own noun phrase ("according to Acme spokesman Bo Kim", "a paper published by Bo Kim of
    Acme", "Bo Kim, who is an analyst at Acme") is the writer's."""
    path = [trigger, *trigger.ancestors]
    return any(t.dep_ == "ccomp" for t in path[:path.index(according)])


def _reports_clause(reports, trigger) -> bool:
    """"amid reports that X is to buy Y", "following reports X bought Y": the trigger sits in
    the clause the reports noun holds, so the reports carry it."""
    return any(c.dep_ in {"acl", "ccomp"} and trigger in c.subtree
               for c in reports.children)


ATTRIBUTION_WORDS = REPORTING_WORDS | {"according", "sources", "people"}


def _attributed(sent, trigger) -> bool:
    """A third party's report: "X reported", "reportedly", "according to", "sources said"
    (but not "a reported valuation", nor a "reportedly" inside another relative clause)."""
    own = set(trigger.ancestors) | {trigger}
    for tok in sent:
        low = tok.lower_
        if low not in ATTRIBUTION_WORDS and tok.lemma_ != "report":
            continue  # no cue word below: spare the walk up its ancestors
        if any(a.dep_ in {"relcl", "acl"} and a not in own for a in [tok, *tok.ancestors]):
            continue
        if low in REPORTING_WORDS:
            return True
        if low == "according" and tok.nbor().lower_ == "to" and (
                tok not in own or _source_clause(trigger, tok)):
            return True  # not the source's own title: "according to Acme spokesman Bo Kim"
        if tok.lemma_ == "report" and tok.pos_ == "VERB" and tok.dep_ != "amod" \
                and not _in_subject(trigger, tok):
            return True
        if tok.lemma_ == "report" and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and (
                tok.dep_ in {"nsubj", "nsubjpass", "ROOT"} or _reports_clause(tok, trigger)):
            return True  # "Reports from X say ...", "amid reports that ...", not "clues from
            # these reports"
        if low in {"sources", "people"} and any(c.lemma_ == "familiar" for c in tok.children):
            return True
    return False


def _in_subject(trigger, verb) -> bool:
    """The trigger sits in the subject of the reporting verb: "Y, a unit of X, reported higher
    sales", "X, which owns Y, reported a loss". The writer says who the reporter is; only what
    it reports is attributed."""
    path = [trigger, *trigger.ancestors]
    return any(t.head.i == verb.i and t.i != verb.i and t.dep_ in {"nsubj", "nsubjpass"}
               for t in path)


def aim_mood(rtype: str, trigger, mood: str, sent) -> str:
    """The mood of a use or supply that is the infinitive aim of another verb ("signed a deal
    with X to use its service"): the aim's own when it says more than "asserted", else the
    governing verb's ("has not signed ... to use": negated; "may sign ... to use": hedged).
    Other kinds keep theirs. Called by Sink.add for every rule, not only the purpose path
    (sink._purpose_supply): a verb rule fires on the infinitive itself ("to use its service")
    and needs the governing verb's mood as much."""
    if rtype not in {"supply", "use"} or mood != "asserted" or trigger.dep_ != "advcl" \
            or trigger.head.pos_ != "VERB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return mood
    return modality_at(trigger.head, sent)
