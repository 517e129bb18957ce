"""Figures that are no organization's money, and the clause a figure is told in."""
from __future__ import annotations

import re

from ..modality import asked  # noqa: F401  (money/__init__ re-exports it from here)
from ..view import view
from .amounts import WORD_UNITS
from .kinds import governing_path, kind_word
from .parties import is_class
from .words import (AGGREGATE_NOUNS, BALANCE_MODIFIERS, GAP_NOUNS, INJECTION_NOUNS,
                    PERSONAL_PAY, PUBLIC_BALANCES, PUBLIC_FUNDS, PUBLIC_MODIFIERS,
                    PUBLIC_NAME_WORDS, PUBLIC_OR_PERSONAL, RATE_OR_DIFFERENCE, RATE_UNITS,
                    RESERVE_NOUNS, RUMOUR_MODIFIERS, RUMOUR_NOUNS, STATISTIC_WORDS, WORD_KIND)

# A figure someone predicted, given as the benchmark for another: "the £100m analysts expected".
EXPECTED = re.compile(r"(?:[a-z]+\s+){1,2}(?:had\s+|have\s+|has\s+)?(?:expected|forecast|"
                      r"predicted|estimated|anticipated|projected)\b")
# A change between two figures, not a sum anyone holds: "turnover rose $7.2bn to $170.8bn",
# "up nearly $3bn from 2003", "a $697m improvement".
CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|fell|increased|decreased|grew|jumped|climbed|"
                           r"dropped|declined|slipped|soared|surged)\s+(?:by\s+)?(?:nearly\s+|"
                           r"about\s+|around\s+|almost\s+|some\s+|roughly\s+|just\s+)?$", re.I)
# "down 68%, or almost $8bn": the figure restates a change given in per cent
CHANGE_SHARE = re.compile(r"\b(?:up|down|rose|fell|increased|decreased|grew|jumped|climbed|"
                          r"dropped|declined|slipped|soared|surged|gained|lost)\s+(?:by\s+)?"
                          r"[\d.,]+\s*(?:%|percent|per cent),?\s+or\s+(?:nearly\s+|about\s+|"
                          r"around\s+|almost\s+|some\s+|roughly\s+|just\s+)?$", re.I)
# "members have budgets of under $75,000": a bound over many, not a sum anyone holds
# "incomes below $35,000", "those earning up to $75,000": a bound over people, no one's money
THRESHOLD = re.compile(r"(?<!\bits )(?<!\btheir )(?<!'s )\b(?:(?:budgets|revenues|sales|assets|"
                       r"incomes|earnings|turnovers)\s+(?:of\s+)?|(?:earn|earns|earning|make|"
                       r"makes|making)\s+)(?:under|below|less than|up to|more than|over)\s*$", re.I)
# "applied for some of the $50bn bailout": a pool the party gets a part of, not its own sum
# (but "part of the $5bn it raised" is its own)
SHARE_OF = re.compile(r"\b(?:some|part|a portion|a share|a slice|a piece)\s+of\s+the\s*$", re.I)
# "to $9bn", "from 2003", "on its first quarter", "compared with a year earlier"
CHANGE_AFTER = re.compile(r"^\s*,?\s*(?:\([^)]*\)\s*)?(?:to|from|compared|versus|year-on-year|"
                          r"year-over-year|(?:on|over)\s+(?:(?:its|the|a|last|same|previous|"
                          r"prior|year-earlier|first|second|third|fourth|fiscal)\s+){0,3}"
                          r"(?:year|quarter|period|half|month)s?)\b", re.I)
MANAGING_VERBS = ("manage", "oversee", "administer")
TIME_AGO = ("ago", "earlier", "later", "before", "after")  # "a month ago": when, not a rate
MARKET_WIDE = ("global", "worldwide", "industry-wide", "nationwide")
CHANGE_NOUNS = ("improvement", "increase", "rise", "drop", "decline", "jump", "fall", "swing",
                "saving")  # "cost savings of $200m": what is no longer spent
CUTTING_VERBS = ("cut", "reduce", "shave", "slash", "trim")  # "slash $5bn from its costs"
# "funding cut by $18bn", "raised its offer by $1bn": the change, not the sum
CHANGE_VERBS = ("boost", "climb", "cut", "decline", "decrease", "drop", "fall", "grow", "increase",
                "jump", "lower", "raise", "reduce", "rise", "shrink", "slash", "trim")
# The parts a total was just given as: "it was made up of $250m ... and $125m in penalties".
NOT_ONE_OWNERS = AGGREGATE_NOUNS | PUBLIC_OR_PERSONAL | GAP_NOUNS  # totals, public money, gaps
PARTS_OF = re.compile(r"\b(?:made up of|consist(?:s|ed|ing)? of|compris(?:e|es|ed|ing)|"
                      r"split (?:between|into)|of which)\b", re.I)


def after_restatement(span):
    """The token after a figure, its currency word and any bracketed restatement."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in WORD_UNITS:
        i += 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + 16)) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    return doc[i] if i < len(doc) else None


def rate_or_difference(after, sent) -> bool:
    """ "$17m per plane", "£200m less debt", "$2bn more than", "$1.8m an hour", "€1m for each
    delivery", "$260m a month" (not "$5bn a month ago", a date): the word after a figure makes
    it a rate or a difference."""
    if after is None or after.i >= sent.end:
        return False
    doc = after.doc
    following = doc[after.i + 1].lower_ if after.i + 1 < len(doc) else ""
    if after.lower_ == "per" and following and doc[after.i + 1].pos_ in ("DET", "PRON"):
        return False  # "per the filing": according to it
    then = doc[after.i + 2].lower_ if after.i + 2 < len(doc) else ""
    return after.lower_ in RATE_OR_DIFFERENCE or (after.lower_, following) == ("more", "than") \
        or (after.lower_ in ("a", "an", "each") and following in (*RATE_UNITS, "month")
            and then not in TIME_AGO) \
        or (after.lower_ == "for" and following in ("each", "every")) \
        or one_day(after)


def one_day(after) -> bool:
    """ "sales hit $1m in a single day", "$2m in one week": a day's or a week's takings, a
    rate, not a total."""
    words = [t.lower_ for t in after.doc[after.i:after.i + 4]]
    if words[:1] != ["in"] or words[1:2] not in (["a"], ["one"]) \
            or words[1:2] == ["a"] and words[2:3] != ["single"]:
        return False  # "raised $5m in a week" is a total reached in a week
    unit = words[3:4] if words[2:3] == ["single"] else words[2:3]
    return bool(unit) and unit[0] in RATE_UNITS


def after_own_noun(after):
    """ "$20m in revenue per month": the token after the noun of the figure's "in" phrase."""
    if after is None or after.lower_ != "in":
        return None
    noun = next((c for c in after.children if c.dep_ == "pobj"), None)
    return after.doc[noun.i + 1] if noun is not None and noun.i + 1 < len(after.doc) else None


def public_fund(noun) -> bool:
    """ "a $750m state fund", "the federal program", "the city budget", "the $500bn Treasury
    fund": public money."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in PUBLIC_FUNDS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in PUBLIC_MODIFIERS
        or c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ in PUBLIC_NAME_WORDS
        for c in noun.children)


def noun_after_brackets(span):
    """ "a 400m euro ($495m) loan": the noun after the restatement in brackets, which the
    parser tends to lose; None when no bracket follows the amount."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].text[:1].islower():
        i += 1  # currency words the regex already consumed ("euro", "dollar")
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(len(doc), i + 16)) if doc[j].text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return None
    after = doc[close + 1]
    return after if after.pos_ == "NOUN" or kind_word(after) in WORD_KIND else None


def clause_text(root, sent) -> str:
    """The text of the clause the amount sits in, for modality and time."""
    start, end = clause_bounds(root, sent)
    return view(sent.doc).text[start:end]


def clause_bounds(root, sent) -> tuple[int, int]:
    """Character bounds of the clause the amount sits in."""
    tok = root
    while tok.head != tok and tok.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl"):
        tok = tok.head
    if tok.dep_ == "conj" and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    tokens = list(tok.subtree)
    if not tokens:
        return sent.start_char, sent.end_char
    # "received $1.2bn for a vaccine that is not approved yet": a relative clause after the
    # figure tells of something else, and its negation or hedge is not the figure's
    after = [c for t in tokens if t.i > root.i for c in t.children
             if c.dep_ == "relcl" and c.left_edge.i > root.i]
    # "spent $2bn on ads last year but plans to spend $1bn in 2021", "raised $40m and may
    # hire 200": a verb coordinated after the figure is another clause, with its own time,
    # plan or negation; it is cut at its conjunction
    after += [next((k for k in tok.children if k.dep_ == "cc" and root.i < k.i < c.i), c)
              for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and c.i > root.i and c.left_edge.i > root.i]
    last = min((c if c.dep_ == "cc" else c.left_edge for c in after), key=lambda t: t.i,
               default=None)
    if last is not None:
        tokens = [t for t in tokens if t.i < last.i]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def served(head) -> list:
    """Whom a "for" phrase (or a verb's "for ... to" clause) names: "for airlines", "for all
    hospitals to offset costs"."""
    clauses = [c for c in head.children if c.dep_ == "pcomp" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    return [c for c in head.children if c.dep_ == "pobj"] + [
        s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def every(noun) -> bool:
    """ "for all hospitals", "for every airline": a class by its quantifier."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("all", "every", "each")
                                       for c in noun.children)


def injected(root) -> bool:
    """ "announced a partnership with the ministry, with a $30m cash injection", "won't survive
    without a $7m injection": money put into the clause's subject, by a giver the phrase does
    not name (one it names, "an injection from X", is X's)."""
    noun = root.head if root.dep_ in ("compound", "nmod", "amod", "nummod") else root
    return noun.lemma_.lower() in INJECTION_NOUNS and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("with", "without") \
        and not any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def changed_by(root) -> bool:
    """ "a $697m improvement", "an increase of nearly $1.5bn", "a rise by $2bn", "shave $48m
    from its costs": the figure is a change, not a sum anyone holds."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "VERB":
        verb = head.head  # "funding was cut by $18bn"; "restated its earnings by $5bn", "inflate
        return verb.lemma_.lower() in CHANGE_VERBS or any(  # profits by $8m": whatever the verb,
            c.dep_ == "dobj" and kind_word(c) in WORD_KIND for c in verb.children)  # a change
    if root.dep_ == "dobj" and head.lemma_.lower() in CUTTING_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in head.children):
        return True  # "slash $5bn from its costs": a cut, not what is spent
    if root.dep_ == "pobj" and head.lower_ in ("of", "by"):
        head = head.head
    elif root.dep_ not in ("compound", "nmod", "amod", "nummod"):
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() in CHANGE_NOUNS


def not_a_holding(span, root, sent) -> bool:
    """True for figures that are no organization's money: rates and differences ("$17m per
    plane", "£200m less debt"), statistics over many ("the minimum investment was $80,000"),
    sizes of markets or frauds, changes ("rose $2bn to $9bn"), pools only part of which is
    anyone's ("some of the $50bn bailout"), public money and a person's own ("a $2tn relief
    bill", "his salary", "a $20m pay package"), benchmarks someone expected, rumoured deals and
    the parts of a total just given."""
    doc = span.doc
    text = view(doc).text
    after = after_restatement(span)
    if rate_or_difference(after, sent) or rate_or_difference(after_own_noun(after), sent):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in ("the", "than") and after is not None \
            and EXPECTED.match(text[after.idx:sent.end_char]):
        return True
    if PARTS_OF.search(doc[sent.start:span.start].text):
        return True
    before = text[sent.start_char:span.start_char]
    if (CHANGE_BEFORE.search(before) and CHANGE_AFTER.match(text[span.end_char:sent.end_char])) \
            or CHANGE_SHARE.search(before) or changed_by(root) or THRESHOLD.search(before) \
            or SHARE_OF.search(before) and not any(c.dep_ == "relcl" for c in root.children):
        return True
    if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ == "PROPN" \
            and root.head.lower_ in ("fund", "funds"):
        return True  # "the $150m Harbor Bear Fund": the money a fund manages, not its own
    if any(t.pos_ == "NOUN" and t.lemma_.lower() == "fund" and t.dep_ in ("attr", "appos")
           for t in governing_path(root, sent)[1:5]):
        return True  # "X Fund was a $1bn fund, later expanded to $5bn": its size again
    # "$250bn in deal-making activity": a total over an industry
    nouns = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj"]
    for tok in governing_path(root, sent):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in MANAGING_VERBS:
            return True  # "a fund which manages $2bn": assets it looks after, not its own
        if tok.pos_ in ("VERB", "AUX"):
            nouns += [n for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                      for n in (c, *c.children) if n.dep_ in (c.dep_, "appos")]
            # "estimated his net worth at $3bn", "valued the market at $5bn"
            nouns += [c for c in tok.children if c.dep_ == "dobj" and root not in c.subtree]
            if any(is_class(g) or every(g) for g in served(tok)):
                return True  # "asked for $5bn for all stores to offset costs"
            if any(g.lemma_.lower() in AGGREGATE_NOUNS for c in tok.children if c.dep_ == "prep"
                   and c.lower_ in ("into", "to") for g in c.children if g.dep_ == "pobj"):
                return True  # "injected $200m into the local economy": an impact, no holding
            break
        nouns.append(tok)
    if any(g.lemma_.lower() in AGGREGATE_NOUNS or is_class(g) or every(g) for n in nouns
           for c in n.children if c.dep_ == "prep" and c.lower_ == "for" for g in served(c)):
        return True  # "a $50bn bailout for the industry", "$5bn for airlines": a pool for many
    if any(map(public_fund, nouns)):
        return True  # "the $750m state fund for housing": a public body's, not a company's
    if any(n.pos_ == "NOUN" and n.lemma_.lower() in RUMOUR_NOUNS for n in nouns):
        return True  # "rumours of a £100bn deal", "talk of a $2bn bid": nothing agreed
    if any(c.dep_ == "amod" and c.lower_ in RUMOUR_MODIFIERS for n in (root, *nouns[:2])
           for c in n.children):
        return True  # "the alleged $10m", "a purported $2bn bid"
    return any(n.lemma_.lower() in NOT_ONE_OWNERS
               or any(c.dep_ == "amod" and c.lower_ in STATISTIC_WORDS for c in n.children)
               or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in PUBLIC_OR_PERSONAL
                      for c in n.children)
               or (n.lower_ == "worth" and any(c.lower_ == "net" for c in n.children))
               # "a $2.6bn compensation plan", "a $20m pay package": a person's pay
               or (n.lemma_.lower() in ("plan", "package", "award") and any(
                   c.dep_ == "compound" and c.lemma_.lower() in PERSONAL_PAY for c in n.children))
               # "worldwide sales of digital cameras": a market's, unless someone's ("Acme's")
               or market_wide(n)
               # "the budget deficit widened to $90bn", "a trade surplus of $5bn": a country's
               or (n.lemma_.lower() in PUBLIC_BALANCES and any(
                   c.dep_ in ("amod", "compound") and c.lemma_.lower() in BALANCE_MODIFIERS
                   for c in n.children))
               for n in nouns)


def market_wide(noun) -> bool:
    """ "worldwide sales of cameras", "world coffee sales": a market's total, by an adjective on
    the noun or "world" in its compounds; unless someone's ("Acme's global sales")."""
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    compounds += [g for c in compounds for g in c.children if g.dep_ == "compound"]
    return not any(c.dep_ == "poss" for c in noun.children) and (
        any(c.dep_ == "amod" and c.lower_ in MARKET_WIDE for c in noun.children)
        or any(c.lower_ == "world" and c.pos_ == "NOUN" for c in compounds))


def programme_name(ents, entity: str, root, sent) -> bool:
    """ "the total FFS payments were $484bn", "PPP loans of $5bn", "SEC fines": an
    abbreviation that only modifies a plural noun of payments or loans names a programme or
    the body that grants or imposes them; a firm's full name there ("Acme payments to the
    state") is the payer's."""
    if not (entity.isupper() and entity.isalpha()):
        return False
    path = governing_path(root, sent)
    near = {*path, *(c for t in path for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))}
    return any(m.name == entity and m.root.dep_ == "compound" and m.root.head in near
               and m.root.head.tag_ == "NNS"
               and WORD_KIND.get(kind_word(m.root.head)) in ("funding", "other")
               for m in ents.mentions_in(sent))


def _clause_nouns(root, sent) -> list:
    """The figure's heads and the subjects of their verbs, with what these are "at" or "of":
    where a holding the figure is the worth of is named."""
    path = governing_path(root, sent)
    nouns = [*path, *(c for t in path if t.pos_ in ("VERB", "AUX") for c in t.children
                      if c.dep_ in ("nsubj", "nsubjpass"))]
    return nouns + [g for n in nouns for c in n.children if c.dep_ == "prep"
                    and c.lower_ in ("at", "of") for g in c.children if g.dep_ == "pobj"]


def reserves_valued(root, sent) -> bool:
    """ "the value of its silver reserves rose to $40bn", "its stake is worth $2bn": what
    money or shares held are worth, no valuation of their holder."""
    return any(n.lemma_.lower() in RESERVE_NOUNS for n in _clause_nouns(root, sent))
