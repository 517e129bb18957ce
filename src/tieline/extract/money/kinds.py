"""What a figure is (funding, valuation, revenue, a deal's value, ...), from the parse."""
from __future__ import annotations

import re

from .words import (COMPELLING_VERBS, DEAL_SUBJECTS, HELD_IF_HAD, HELD_IN, HOLDINGS,
                    HOLDING_NOUNS, HOLDING_VERBS, KIND_WORDS, LEGAL_CHARGES, PURPOSE_NOUNS,
                    RECEIVING_VERBS, REVENUE_TAKERS, SALE_VERBS, SAVING_VERBS,
                    TRADED_CREDITS, UNEARNED, WEAK_WORDS, WINDOW, WORD_KIND)


# Words that compare a figure with the one before it: "up from $2bn", "against $1bn a year
# earlier", "on track for $5bn", "from $1bn to $2bn".
COMPARED = re.compile(r"(?:\b(?:from|compared (?:with|to)|against|versus|vs\.?|on track for)\s+"
                      r"(?:about|around|roughly|nearly|some|over|more than|less than|almost|just)?"
                      r"\s*|^\s*,?\s*to\s+)$", re.I)


def compared_to(between: str, kind: str) -> bool:
    """True when the text between two figures compares the second with the first (of kind),
    naming no other kind: not "losses rose to £1.2m, while sales fell from £138m"."""
    named = {WORD_KIND.get(w) for w in re.findall(r"[a-z-]+", between.lower())} - {None, kind}
    return len(between) <= 80 and not named and bool(COMPARED.search(between))


def own_kind(root, sent) -> str | None:
    """The kind the figure's own phrase names, up to its verb: "$400bn in investment", "a
    $1bn loss"; None for a bare "from $2bn"."""
    return kind_in(own_phrase(root, sent))


def own_phrase(root, sent) -> list:
    """The figure's own phrase: what its "in" names ("$400bn in investment") and its heads up
    to the clause's verb."""
    tokens = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"]
    for tok in governing_path(root, sent):
        if tok.pos_ in ("VERB", "AUX"):
            break
        tokens.append(tok)
    return tokens


COUNTING_WORDS = ("other", "several", "many", "various", "multiple", "numerous", "some")


def many_deals(root, sent) -> str | None:
    """ "$3bn in multi-year contracts", "eight other contracts worth $3bn": the figure totals
    several deals; "counted" when they are counted ("eight", "other", "several")."""
    tokens = own_phrase(root, sent)
    deals = [t for t in tokens if t.tag_ == "NNS" and WORD_KIND.get(kind_word(t)) == "deal_value"
             and not any(c.dep_ == "poss" for c in t.children)]
    if any(c.dep_ == "nummod" or c.lower_ in COUNTING_WORDS for t in deals for c in t.children):
        return "counted"
    return "plural" if deals else None


def governing_path(root, sent):
    """The amount's root token and its heads up to the clause's verb, then two more levels."""
    tokens, tok, verbs = [root], root, 0
    while tok.head != tok and tok.head.i >= sent.start and len(tokens) < 8:
        tok = tok.head
        tokens.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            verbs += 1
            if verbs == 2:
                break
    return tokens


def own_verb(root, sent):
    """The first verb on the figure's path: the verb the figure belongs to."""
    return next((t for t in governing_path(root, sent) if t.pos_ in ("VERB", "AUX")), None)


def kind_word(tok) -> str:
    """Lemma, except that plural "sales" (revenue) differs from singular "sale" (a deal)."""
    text = tok.text.lower()
    return text if text in WORD_KIND else tok.lemma_.lower()


def token_kind(tok) -> str | None:
    """The kind a word names; "the value of their agreements" is the agreements' kind, and
    revenue not yet earned ("future contract revenue") is no revenue."""
    word = kind_word(tok)
    kind = WORD_KIND.get(word)
    if kind is None:
        return None
    if word == "deal" and tok.pos_ == "VERB":
        return None  # "$24m to deal with the floods": no deal
    if word == "fund" and tok.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in tok.children):
        return None  # "relief funds", "provider funds sent to homes": money, not a fund's size
        # ("two new funds totaling $500m" are counted: funds a firm raised, their size)
    if word == "charge" and legal_charge(tok):
        return None  # "$1bn to settle criminal charges": an accusation, not a cost
    if kind == "funding" and word == "credit" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in TRADED_CREDITS for c in tok.children):
        return None  # "sold $354m of carbon credits": credits traded, not lent
    if word == "offer" and tok.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "offered to repay its creditors $220m": a proposal, not a bid
    if kind == "revenue" and any(c.dep_ == "amod" and c.lower_ in UNEARNED for c in tok.children):
        return "other"
    if kind == "valuation" and word == "value":
        deals = [c for c in tok.children if c.dep_ in ("compound", "poss")
                 and WORD_KIND.get(kind_word(c)) == "deal_value"]
        if deals:  # "a contract value of $2bn", "the deal's total value" are a price; "a total
            # contract value of $200m" is the sum of a firm's contracts; none is what a firm is worth
            return "other" if deals[0].dep_ == "compound" and any(
                c.lower_ in ("total", "cumulative") for c in tok.children) \
                and not _one_deals_value(tok) else "deal_value"
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in HOLDINGS for g in of):
            return None  # "the value of his stock holdings": what a holder's shares are worth
        return next((WORD_KIND[kind_word(g)] for g in of if kind_word(g) in WORD_KIND), kind)
    return kind


def _one_deals_value(value) -> bool:
    """ "signed a deal with X, with a total deal value of $200m", "won a contract with a total
    contract value of $200m": the "with" phrase hangs on one deal (or on the verb taking it),
    so the total is that deal's price, not a firm's many contracts."""
    prep = value.head if value.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "with":
        return False
    gov = prep.head
    nouns = [c for c in gov.children if c.dep_ == "dobj"] if gov.pos_ == "VERB" else [gov]
    return any(n.tag_ == "NN" and WORD_KIND.get(kind_word(n)) == "deal_value" for n in nouns)


def legal_charge(tok) -> bool:
    """ "criminal charges", "settled the charges": charges a prosecutor brings, not a charge
    taken in the accounts ("restructuring charges of $2bn")."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in LEGAL_CHARGES
           for c in tok.children):
        return True
    return tok.tag_ == "NNS" and tok.dep_ in ("dobj", "nsubjpass") \
        and tok.head.lemma_.lower() in LEGAL_CHARGES


def kind_in(tokens) -> str | None:
    """The most specific kind the tokens name (KIND_WORDS order), if any."""
    kinds = {token_kind(t) for t in tokens} - {None}
    return next((k for k in KIND_WORDS if k in kinds), None)


def _deal_valued(tok) -> bool:
    """ "the deal values X at $N": the price of a deal, whoever X is."""
    return tok.lemma_.lower() == "value" and tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_SUBJECTS for c in tok.children)


def _special_kind(tok) -> str | None:
    """Constructions whose words say one kind and mean another: "was ordered to pay $N" (a
    fine or damages), "spent $N to buy X" (a price), "received a $N investment" or "an
    investment secured by X" (funding), "invested $N on safety measures" (a cost)."""
    lemma = tok.lemma_.lower()
    if lemma == "pay" and tok.head.lemma_.lower() in COMPELLING_VERBS:
        return "other"
    if lemma == "invest" and tok.pos_ == "VERB" and spent_on(tok):
        return "cost"
    if lemma in ("spend", "pay") and any(c.dep_ in ("xcomp", "advcl") and
                                         c.lemma_.lower() in SALE_VERBS for c in tok.children):
        return "deal_value"
    if WORD_KIND.get(kind_word(tok)) == "investment" and tok.pos_ == "NOUN" and (
            (tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVING_VERBS)
            or from_backer(tok)
            or any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in RECEIVING_VERBS
                   for c in tok.children)):  # "an investment secured by X", not "securing"
        return "funding"
    return None


def spent_on(verb) -> bool:
    """ "invested $800m on safety measures", "invested $800m in 2020 on safety": money spent
    on things (not "on Monday"), with no business it was put "in" or "into" (a date it was
    spent "in" names none)."""
    preps = [c for t in (verb, *(d for d in verb.children if d.dep_ == "dobj"))
             for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "into")
             and not dated(c)]
    return bool(preps) and all(p.lower_ == "on" for p in preps)


def dated(prep) -> bool:
    """ "in 2020", "on Monday": a preposition whose object is a date or a time."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def from_backer(noun) -> bool:
    """ "commitments from lenders for $900m": money coming to the clause's subject from others
    (not "an investment from Acme in Beta", which is Acme's)."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    told = {t.lower_ for p in preps for t in p.subtree}  # "from its fund in Beta"
    return any(p.lower_ == "from" for p in preps) and not {"in", "into"} & told


def _weak_kind(tok) -> str:
    """ "paid $1bn for X" is a price; "agreed to pay $1bn to victims" is a payment."""
    kind = WEAK_WORDS[kind_word(tok)]
    if kind == "deal_value" and tok.pos_ == "VERB" and not any(
            t.dep_ in ("prep", "dative") and t.lower_ == "for" for t in tok.subtree):
        return "other"
    return kind


def gap_clause(root):
    """ "the $4.1bn it paid for a stake": the relative clause whose verb has the figure as its
    unspoken object; what the figure is comes from that clause, not from the words above it
    ("its market value is less than ...")."""
    relative = ("which", "that", "who")
    return next((c for c in root.children if c.dep_ == "relcl" and c.pos_ == "VERB" and any(
        d.dep_ == "nsubj" and d.lower_ not in relative for d in c.children) and not any(
        d.dep_ in ("nsubjpass", "ccomp", "xcomp") or d.dep_ == "dobj" and d.lower_ not in relative
        for d in c.children)), None)


def aimed(verb) -> bool:
    """ "in a bid to raise $40m": the noun names a goal, and what the figure is comes from
    the verb ("raise"), not from the noun ("bid" as an offer)."""
    return verb.head.lemma_.lower() in PURPOSE_NOUNS and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def takes_revenue(tok) -> bool:
    """A word of loss ("lost revenue") or a verb that takes revenue away ("the closures cost
    it $6m in revenue"): revenue told with it is lost. "its lost revenue" after "said" is
    often tagged an adjective whose lemma is "lost": the list holds that form too."""
    return token_kind(tok) == "loss" or tok.lemma_.lower() in REVENUE_TAKERS and (
        tok.pos_ == "VERB" or tok.dep_ == "amod")


def kind_of(root, sent) -> str | None:
    clause = gap_clause(root)
    if clause is not None:  # "paid for a stake" is an investment; "it expected" names none
        return kind_in([clause, *(g for c in clause.children if c.dep_ == "prep"
                                  for g in c.children if g.dep_ == "pobj")])
    weak = None
    named_in = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.dep_ == "pobj"]  # "$400bn in investment"
    path = governing_path(root, sent)
    held = [g for g in named_in if g.lemma_.lower() in HELD_IN | HELD_IF_HAD or any(
        c.dep_ == "compound" and c.lemma_.lower() in HELD_IN for c in g.children)]
    if held and (held[0].lemma_.lower() not in HELD_IN | HELD_IF_HAD or any(
            t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in HOLDING_VERBS for t in path[:3])):
        return None  # "has $500m in cash", "$2bn in cash reserves": held ("paid $1bn in cash" is)
    if kind_in(named_in):  # "lost $6m in revenue", "$6m in lost revenue" are losses
        told = [*path, *(c for t in path for c in t.children if c.dep_ == "nsubj"),
                *(c for g in named_in for c in g.children if c.dep_ == "amod")]
        lost = kind_in(named_in) == "revenue" and any(map(takes_revenue, told))
        verb = kind_in([t for t in path if t.pos_ == "VERB"][:1])
        if kind_in(named_in) == "other" and verb in ("funding", "investment") and all(
                kind_word(g) in ("debt", "equity") for g in named_in):
            return verb  # "inject $6.5bn in debt and equity into X", "raised $2bn in debt"
        return "loss" if lost else kind_in(named_in)
    if root.dep_ in ("compound", "nmod", "amod", "nummod") and \
            root.head.lemma_.lower() in HOLDING_NOUNS:
        return None  # "its $6bn cash pile": money held, of no kind the guide counts
    for tok in path:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SAVING_VERBS:
            return None  # "could save $1.7tn a year": a saving is no one's holding
        if tok.dep_ == "acl" and kind_in([tok.head]) and not aimed(tok):
            return kind_in([tok.head])  # "an investment valued at $1bn"
        raised = [c for c in tok.children if c.dep_ == "dobj" and c != root]
        if tok.pos_ == "VERB" and kind_in(raised) and any(t.lower_ == "to" for t in path):
            return kind_in(raised)  # "raised its bid to $2bn" is a bid, not a fundraising
        if _deal_valued(tok):
            return "deal_value"
        special = _special_kind(tok)
        if special:
            return special
        if kind_in([tok]) == "valuation" and kind_word(tok) == "value" and tok.pos_ == "NOUN":
            # "an order of 50 jets at a value of $16bn", "announced an order ... at a value of
            # $16bn": the value of a deal is its price
            above = path[path.index(tok) + 1:]
            upto = above[:next((i + 1 for i, t in enumerate(above) if t.pos_ in ("VERB", "AUX")),
                               len(above))]
            upto += [c for t in upto if t.pos_ == "VERB" for c in t.children if c.dep_ == "dobj"]
            if kind_in(upto) == "deal_value":
                return "deal_value"
        if kind_in([tok]):
            return kind_in([tok])
        group = [c for c in tok.children if c.dep_ in (
            "compound", "amod", "nsubj", "nsubjpass", "xcomp", "advcl", "poss")
            and c != root]
        group += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g != root]  # "worth of equity"
        if tok.pos_ in ("VERB", "AUX"):
            group += [c for c in tok.children if c.dep_ == "dobj" and c != root]
        kind = kind_in(group)
        if kind == "revenue" and any(takes_revenue(a) for g in group for a in g.children
                                     if a.dep_ == "amod"):
            return "loss"  # "its lost revenue reached $6m"
        if kind:
            return kind
        weak = weak or next((_weak_kind(t) for t in [tok, *group]
                             if kind_word(t) in WEAK_WORDS), None)
    # a word of another organization's name says nothing of the figure ("asking for $150m
    # from the Velmar Investment Fund" is no investment; "giving $10m from its Manufacturing
    # Fund" is one)
    nearby = sorted((t for t in sent if abs(t.i - root.i) <= WINDOW and t != root
                     and not (t.pos_ == "PROPN" and t.ent_type_ == "ORG"
                              and not any(c.dep_ == "poss" for c in t.children))),
                    key=lambda t: abs(t.i - root.i))
    for tok in nearby:
        kind = token_kind(tok)
        if kind and weak == "deal_value" and tok.pos_ == "VERB":
            continue  # "paid $3bn for X and continued to invest": the price, not the verb beside
        if kind:
            return kind
    return weak  # no word names a kind: a price, a tariff's base, a bond; no one's figure
