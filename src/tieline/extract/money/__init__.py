"""Money figures: amount and currency from the surface text, kind and owner from the parse.

Amounts are found with regular expressions built from the tables below (symbols, currency
words, scale words); a figure that only restates another in a second currency, "$1bn (£530m)"
or "two billion euros, or about $2.1 billion", is dropped, and so are figures that are no
organization's money: rates and differences ("$17m per plane", "£200m less debt"), statistics
("the minimum investment"), the size of a market, a benchmark analysts expected, the parts of
a total just given, and figures the parse gives to a place or to a person known only by role.
The kind comes from what the figure is "in" ("$400bn in investment") or the words that govern
it in the dependency tree (the noun it modifies, the noun or verb it is the object of, that
verb's subject), falling back on the nearest keyword in the sentence. The entity follows the
guide's conventions: the raiser, the valued company, the investor, the buyer of a deal, the
payer of a fine or payment, the borrower of a loan. It is the possessor or subject on the
path, or the argument a construction names ("a loan to X", "a payment from X", "took X to a
valuation of", "a venture named X", "A and B were each fined"), with "the company", "it" and
"which" resolved. Where the parse names no owner, the buyer just mentioned (for a price) or
the nearest name is taken as a guess (lower confidence); news outlets the text only cites
never own a figure, and a figure repeated is reported once.

Modules: amounts (surface text), kinds, owners, deals (the sides of a deal), binding (what
"it" or a description cannot stand for), parties, guess, filters (figures that are no one's
money), scope (a part's or an industry's figure, money handed out or taken away), respective
("A and B earned $1m and $2m respectively"), mood (a figure under "would", a firm's own
results under "reported", a figure another name reports), raisers ("the total raised by X")
and bearers ("the recall cost X $40m");
the tables and word lists are data in patterns/money.json (words.py names them).
"""
from __future__ import annotations

import re

from ...model import Money
from ..evidence import evidence
from ..lexicon import ROLE_WORDS
from ..modality import FORECASTING_GOVERNORS, fixed_lemma, modality_of
from ..timex import time_near
from ..view import view
from .amounts import Amount, find_amounts, own_period, own_year, year_earlier
from .bearers import cost_bearer
from .deals import bought, recent_buyer
from .guess import guess_owner
from .filters import (asked, clause_bounds, injected, noun_after_brackets, not_a_holding,
                      programme_name, reserves_valued)
from .mood import conditional, own_results, seen_under, told_by_another
from .kinds import (compared_to, governing_path, kind_of, kind_word, many_deals, own_kind,
                    own_phrase, own_verb)
from .owner_names import is_public
from .owners import NOBODY, Owners
from .raisers import raised_by
from .respective import respective_owner
from .scope import no_profit_above_sales, not_the_owners
from .parties import cut_from_longer, grant_receiver, joint_raiser, not_one_name, part_owner
from .words import (ESTIMATE_VERBS, HEDGE_WORDS, INVESTOR_VERBS, ISO_CODES, MARKET_NAMES,
                    PERSONAL_PAY, PERSONLESS_KINDS, PROBE_WORDS, PUBLIC_FUNDS, PUBLIC_KINDS,
                    PURPOSE_NOUNS, REQUEST_VERBS, STRIVING_VERBS, WORD_KIND, YEARLY_RATES)

GUESS_LIMIT = 1e12  # figures this large get no guessed owner
HARD_CURRENCIES = ("USD", "EUR", "GBP", "CHF")  # where a trillion is more than any firm's sales
FORECAST_VERBS = FORECASTING_GOVERNORS | {"predict"}  # verbs whose object is a forecast
PLAN_CUE = re.compile(r"\b(plans?|planning|aims?|aiming) to\b", re.I)  # modality_of's hedge
CHIEF_OFFICER = re.compile(r"C[A-Z]O")  # "CIO", "CTO": a chief officer's title, not a name
YEARLY = re.compile(r"\s+(?:%s)\b(?!\s+(?:ago|earlier|before|later)\b)" % "|".join(YEARLY_RATES),
                    re.I)  # "$2bn a year", not "$2bn a year ago"
ROUND_LABEL = re.compile(r"(Pre-)?(Series [A-H]\d?|Seed)( Round)?", re.I)  # a round, not its raiser

__all__ = ["Amount", "Owners", "extract_money", "find_amounts"]


def extract_money(sdoc, ents, document) -> list[Money]:
    owners = Owners(sdoc, ents)
    found: list[Money] = []
    seen: set[tuple] = set()
    kept: dict[tuple, tuple[Money, bool]] = {}  # figure -> (fact, owner guessed)
    last: tuple | None = None  # the figure before: (amount, sentence start, kind, owner, guessed)
    last_time: tuple | None = None  # the sentence start and time of the figure stored before
    text = view(sdoc).text
    for amount in find_amounts(text):
        span = sdoc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span[0].sent
        root = noun_after_brackets(span) or span.root
        if not_a_holding(span, root, sent) or asked(sent):
            continue
        named = _kind_and_owner(owners, amount, span, root, sent)
        compared = last if last and last[1] == sent.start and compared_to(
            text[last[0].end:amount.start], last[2]) and not own_kind(root, sent) else None
        if compared:  # "$3.3bn in revenue last year, on track for $5bn": the same kind
            named = (compared[2], *(named[1:] if named and not named[2] else compared[3:]))
        if named is None:
            continue
        kind, entity, guessed = named
        if not guessed:
            entity = respective_owner(owners, entity, sent, text, amount)
        last = (amount, sent.start, kind, entity, guessed)
        # A figure repeated is one fact, whatever words are around it this time (a headline
        # says "invests" where the text says "deal"), unless it is the price of something else
        # ("bought X for $1bn", "paid $1bn for Y"); a guessed owner never adds a second owner
        # to it, and gives way to an owner the parse names.
        target = bought(owners, root, sent, entity) if kind == "deal_value" else None
        key = next((k for k in kept if k[:2] == (round(amount.value), amount.currency)
                    and None in (k[2], target)), (round(amount.value), amount.currency, target))
        previous = kept.get(key)
        if previous and (guessed or ((entity, key) in seen and not previous[1])):
            continue
        start, end = clause_bounds(root, sent)
        clause = text[start:end]
        verb = own_verb(root, sent)  # read once for the three mood checks of mood.py
        mood = own_results(modality_of(clause), kind, verb, clause, start, entity, owners)
        mood = intended(settled(mood, root, sent), root, sent, clause)
        mood = "hedged" if mood == "asserted" and (requested(root, sent) or likely(root, sent)) \
            else mood
        mood = seen_under(conditional(told_by_another(mood, verb, entity, owners), verb), verb)
        if kind == "funding" and mood == "negated":
            continue  # "the grant was not given to X", "there never was a grant to X": none
        base = None
        if compared and year_earlier(text, amount.start, amount.end):
            # "rose to $40m in 2019 from $30m a year earlier": the year before the figure
            # compared with (else before publication, as "last year" is), never that
            # figure's own year; with neither it stays undated, as the gold sets keep it
            now = last_time[1] if last_time and last_time[0] == sent.start else None
            base = (now or document.published or "")[:4]
            base = base if base.isdigit() else None
        if previous and previous[1]:
            found.remove(previous[0])
        rate = yearly(text, amount.end)
        ev = evidence(document, sent.start_char, sent.end_char, f"money:{kind}" + (":guess" if guessed else ""),
                      0.4 if guessed else 0.6, estimated(mood, root),
                      str(int(base) - 1) if base else own_year(text, rate or amount.end) or (
                          None if rate else time_near(own_period(clause, amount.end - start),
                                                      amount.start - start, document.published)))
        last_time = (sent.start, ev.time)
        for name in [entity, *([] if guessed else owners.each_of(entity, sent, clause))]:
            seen.add((name, key))
            found.append(Money(name, kind, amount.value, amount.currency, ev.modality, ev.time,
                               ev))
            if name == entity:
                kept[key] = (found[-1], guessed)
    return no_profit_above_sales(found)


def _kind_and_owner(owners, amount, span, root, sent) -> tuple[str, str, bool] | None:
    """The figure's kind, its owner and whether the owner is guessed; None when the figure is
    no one organization's."""
    kind = kind_of(root, sent)
    if kind == "investment" and any(t.lemma_.lower() in INVESTOR_VERBS
                                    for t in governing_path(root, sent)):
        kind = "funding"  # "Amazon led a $700m investment in X": X's round, not Amazon's money
    if any(h.lemma_.lower() == "compare" for h in root.ancestors):
        return None  # "small compared to the $5bn fund": a benchmark ("up from" is told above)
    if kind is None or (kind != "valuation" and amount.value >= GUESS_LIMIT
                        and amount.currency in HARD_CURRENCIES):
        return None  # a trillion dollars is a market value or an economy's, never a company's
    if kind == "deal_value" and any(t.lemma_.lower() in PROBE_WORDS for t in sent):
        return None  # "reached a $140m deal ... in its probe into X": a settlement, payer unclear
    if kind == "investment":
        raiser = joint_raiser(owners, root, sent)
        if raiser:  # "A and B announced a $110m investment in C": C's round, no one investor's
            return "funding", raiser, False
    if kind == "valuation" and reserves_valued(root, sent):
        return None  # "the value of its silver reserves rose to $40bn": money held
    if kind == "investment" and injected(root):
        return None  # "rescued with a $30m injection": put into the subject by someone unnamed
    many = many_deals(root, sent) if kind == "deal_value" else None
    entity = _named_owner(owners, root, sent, kind, span)
    if entity == NOBODY or many == "counted":
        return None  # "eight other contracts worth $3bn": a total over many deals
    guessed = entity is None
    if guessed and kind != "other" and persons_deal(owners, root, sent):
        return None  # "Dr. Jo Roe's purchase of X for $500m": a person's, not guessed
    if guessed:
        if many:
            return None  # "$3bn in contracts" with no owner named: not guessed
        if amount.value >= GUESS_LIMIT:
            return None  # a trillion with no owner named is an economy's, not a company's
        entity = (kind == "deal_value" and recent_buyer(owners, sent)) \
            or guess_owner(owners, sent, span, root, kind)
        if entity is None or owners.is_person(entity):
            return None  # a person's money is told with a verb that names them, not guessed
        if is_public(entity):
            return None  # "the bill launches a $175bn fund": never guessed to a chamber or agency
    if kind == "cost" and owners.is_person(entity) and any(
            t.lemma_.lower() == "budget" for t in own_phrase(root, sent)):
        return None  # "Roe, director of X, with an operating budget of $250,000": X's budget
    if kind == "revenue" and owners.is_person(entity) and introduced_by_who(owners, entity, sent):
        return None  # "Roe, who crossed $1bn in career sales": an agent's record, no firm's
    if kind in PERSONLESS_KINDS and owners.is_person(entity):
        return None  # a person has a net worth, never a valuation: a firm is named by its founder
    if kind == "funding" and owners.is_person(entity) and raised_for(root, sent):
        return None  # "Roe is raising $20m for restaurant workers": money for others
    if kind == "profit" and owners.is_person(entity) and earned(root, sent):
        return None  # "Roe earned $90,000 last year": a person's income
    if owners.is_person(entity) and any(t.lemma_.lower() in PERSONAL_PAY
                                        for t in own_phrase(root, sent)):
        return None  # "Roe earned $8m in total compensation", "her $2m salary": a person's pay
    if kind != "other" and owners.known_person(entity):
        return None  # a person's deal or revenue is told of a firm; fines are their own
    if not owners.is_person(entity) and cut_from_longer(owners.sdoc, entity):
        return None  # "Energy" of "PDC Energy Inc": a name the tagger cut is no owner
    if entity.lower() in ROLE_WORDS or CHIEF_OFFICER.fullmatch(entity):
        return None  # "the CIO of a $150m fund says": a role the tagger took for a name
    if entity.lower().removeprefix("the ") in MARKET_NAMES:
        return None  # "despite a rise in profit to $90m, Wall Street hoped for more": the market
    if entity.lower() in WORD_KIND:
        return None  # "Damages awarded to X totalled $12m": a money word the tagger took
    if ROUND_LABEL.fullmatch(entity):
        return None  # "$1.2m in Series A funding": the round's label owns nothing
    if programme_name(owners.ents, entity, root, sent):
        return None  # "the total FFS payments were $484bn": a programme's, no one payer's
    if not_one_name(owners.sdoc, entity):
        return None  # "ETFs lost $19bn": a kind of party; "A, B": two names run together
    if entity in ISO_CODES or (kind not in PUBLIC_KINDS and is_public(entity)):
        return None  # a currency code typed as an organization ("DKK 40 billion"); public money
    if kind == "investment" and is_public(entity) and any(
            t.lemma_.lower() in PUBLIC_FUNDS for t in own_phrase(root, sent)):
        return None  # "the Agency's $20bn fund for small firms": the size of public money
    if not_the_owners(kind, entity, root, sent):
        return None  # a division's results, an industry's total, public money handed out
    return kind, entity, guessed


def _named_owner(owners, root, sent, kind: str, span) -> str | None:
    """The owner the parse names: the possessor of the whole a figure is part of ("assume
    $3bn of Acme's debt" is Acme's), the raiser "raised by" names or the bearer "cost" names
    ("the recall cost Acme $40m"), else the owner of its phrase or clause, where a grant a
    public body gives is its receiver's ("the Agency's $40m grant to X")."""
    whole = part_owner(owners, root) or raised_by(owners, root, root.sent) \
        or cost_bearer(owners, root, root.sent)
    if whole:
        return whole
    entity = owners.of(root, sent, kind, span)
    if kind == "funding" and entity not in (None, NOBODY) and is_public(entity):
        return grant_receiver(owners, root) or entity
    return entity


def introduced_by_who(owners, entity: str, sent) -> bool:
    """ "Roe, who has sold ...": a name a "who" clause describes in this sentence is a person's,
    whatever the tagger's type for it elsewhere."""
    return any(t.lower_ == "who" and t.head.dep_ == "relcl" and (
        m := owners.ents.mention_at(t.head.head)) is not None and m.name == entity for t in sent)


def raised_for(root, sent) -> bool:
    """ "raising $20m for restaurant workers", "raised $5m for her startup": for someone else."""
    path = governing_path(root, sent)
    upto = path[:next((i + 1 for i, t in enumerate(path) if t.pos_ == "VERB"), len(path))]
    return any(c.dep_ == "prep" and c.lower_ == "for" for t in upto for c in t.children)


def earned(root, sent) -> bool:
    """ "earned $90,000", "makes $60,000": a verb of income, not a results noun ("its profit")."""
    verb = next((t for t in governing_path(root, sent) if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in ("earn", "make") and not any(
        c.dep_ == "prep" and c.lower_ == "in" for c in root.children)  # "made $5m in profit"


def persons_deal(owners, root, sent) -> bool:
    """A noun on the figure's path that a person's name possesses ("Roe's purchase of X")."""
    return any(c.dep_ in ("poss", "nmod") and owners.is_person(m.name)
               for t in governing_path(root, sent) for c in t.children
               for m in [owners.ents.mention_at(c)] if m is not None)


def estimated(modality: str, root) -> str:
    """ "X faces a $21bn loss, analysts warn": a figure in the clause an estimating verb
    governs is that party's estimate, hedged, not a fact the text asserts."""
    tok = root
    while tok.head != tok:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ESTIMATE_VERBS:
            return "hedged" if modality == "asserted" else modality
        tok = tok.head
    return modality


def settled(modality: str, root, sent) -> str:
    """ "has received $600,000, which it says will cover ...", "sales jumped to $75bn and it
    projects ...": a figure whose own verb is past or perfect is no forecast, whatever the
    rest of its clause says about the future."""
    verb = own_verb(root, sent)
    if modality != "forecast" or verb is None or verb.lemma_.lower() in FORECAST_VERBS:
        return modality  # "has projected a $1.4bn shortfall": a forecast made, still a forecast
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return "asserted" if verb.tag_ == "VBD" or perfect else modality


def intended(modality: str, root, sent, clause: str) -> str:
    """ "Acme expects to spend $4bn", "plans to invest €200m": a sum under a verb of intent is
    a forecast, under "hopes to", "seeks to" a hedge, not a sum spent; a hedge or negation of
    the clause's own ("may plan to", "does not expect to") stands."""
    verb = own_verb(root, sent)
    tok, intent = verb, ("hedged" if verb is not None and purposed(verb) else None)
    while intent is None and tok is not None and (tok.dep_ in ("xcomp", "conj") or to_clause(tok)) \
            and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
        lemma = fixed_lemma(tok)
        if lemma == "go" and tok.tag_ == "VBG":
            lemma = "plan"  # "is going to spend $2bn"
        if lemma in FORECASTING_GOVERNORS or lemma in STRIVING_VERBS:
            intent = "forecast" if lemma in FORECASTING_GOVERNORS else "hedged"
            break
    if intent is None:
        return modality
    if modality == "asserted" or (modality == "hedged" and intent == "forecast"
                                  and modality_of(PLAN_CUE.sub(" ", clause)) == "asserted"):
        return intent
    return modality


def purposed(verb) -> bool:
    """ "with the aim of raising $1bn", "in a bid to raise $1bn": the figure's verb names
    a goal held, not a sum raised."""
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else verb.head
    return verb.dep_ in ("pcomp", "acl") and head.lemma_.lower() in PURPOSE_NOUNS


def requested(root, sent) -> bool:
    """ "sought a $1.7bn loan", "has requested $12m in aid", "applied for a $40m loan": the
    figure's own verb asks for it; whether it was granted the clause does not say."""
    path = governing_path(root, sent)
    at = next((i for i, t in enumerate(path) if t.pos_ == "VERB"), None)
    own = root.head if root.dep_ in ("compound", "nmod", "amod", "nummod") else root
    if at is None or not all(t == own or t.lower_ in ("for", "of") or kind_word(t) in WORD_KIND
                             for t in path[1:at]):
        return False  # "sought approval for its $2bn purchase": the approval is asked for
    lemma = path[at].lemma_.lower()
    return lemma in REQUEST_VERBS or lemma == "apply" and any(t.lower_ == "for" for t in path)


def likely(root, sent) -> bool:
    """ "would likely be less than $40m", "revenue was probably $2bn": a figure the text only
    expects, told by an adverb or adjective on its own path."""
    return any(t.lower_ in HEDGE_WORDS for p in governing_path(root, sent)
               for t in (p, *(c for c in p.children if c.dep_ in ("advmod", "acomp"))))


def yearly(text: str, end: int) -> int | None:
    """ "spends about $2bn a year": a recurring figure, dated only by a year of its own ("$2bn
    a year in 2019"), never by a date near it (not "$75m a year ago"); where its rate words
    end, else None."""
    match = YEARLY.match(text, end)
    return match.end() if match else None


def to_clause(verb) -> bool:
    """ "expects revenue to be $5bn": an infinitive with its own subject, which the parser
    hangs on the verb of intent as a clausal complement."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
