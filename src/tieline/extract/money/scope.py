"""Figures of a part or of a whole that the parse would give to one company: a division's
results ("revenue at its cloud division rose to $4bn"), an industry's total ("sales in the
sector hit $80bn"), public money handed out ("$4.9bn in relief funds sent to nursing homes")
and funding a condition would take away told as a loss ("if X stops its funding, the agency
will suffer the loss of $419m")."""
from __future__ import annotations

from .kinds import governing_path, own_verb, token_kind
from .owner_names import is_public
from .words import COMBINED_KINDS, DIVISION_NOUNS, GIVING_VERBS

SCOPE_PREPS = ("across", "at", "from", "in", "of", "within")  # "revenue at its unit"
SENDING_VERBS = GIVING_VERBS | {"send"}
RESULT_KINDS = COMBINED_KINDS  # a part's results and worth
TOTAL_NOUNS = ("industry", "sector")  # not "market": "revenue in the US market" is a firm's


def _path_nouns(root, sent) -> list:
    """The figure's heads up to its verb (the verb too), their subjects, what these are "at",
    "in", "of" or "from", and who possesses them ("the unit's profit")."""
    heads = []
    for tok in governing_path(root, sent)[1:]:
        heads.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            break
    heads += [c for t in heads for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [g for t in heads for c in t.children if c.dep_ == "prep"
              and c.lower_ in SCOPE_PREPS for g in c.children if g.dep_ == "pobj"]
    return heads + [c for t in heads for c in t.children if c.dep_ == "poss"]


def division_figure(root, sent) -> bool:
    """ "revenue at its cloud division rose to $4bn", "fell to £83m in that division", "the
    unit posted a $2bn loss": a part's results, which are not its group's (a count of
    products, "5,000 units", is no division)."""
    return any(n.lemma_.lower() in DIVISION_NOUNS and n.tag_ == "NN" and n.pos_ == "NOUN"
               for n in _path_nouns(root, sent))


def industry_total(root, sent) -> bool:
    """ "sales in the sector hit $80bn", "revenue across the industry": the total of many
    companies; not "Acme's sales in the US market", which are its own."""
    nouns = []
    for tok in governing_path(root, sent)[1:]:
        if tok.pos_ in ("VERB", "AUX"):
            nouns += [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            break
        nouns.append(tok)
    return any(map(_of_aggregate, nouns))


def _of_aggregate(noun) -> bool:
    """A noun no one possesses, told of an industry or a sector ("sales in the sector"; a
    market is left out: "revenue in the US market" is a firm's)."""
    def unowned(tok):
        return not any(c.dep_ == "poss" for c in tok.children)
    return unowned(noun) and any(
        c.dep_ == "prep" and c.lower_ in SCOPE_PREPS and g.dep_ == "pobj"
        and g.lemma_.lower() in TOTAL_NOUNS and unowned(g)
        for c in noun.children for g in c.children)


def handed_out(root, sent) -> bool:
    """ "$4.9bn in provider funds sent to nursing homes", "granted $30m to fund X": money a
    body hands out, which is the receiver's funding, not the giver's investment."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in SENDING_VERBS
               for t in governing_path(root, sent))


def not_the_owners(kind: str, entity: str, root, sent) -> bool:
    """A figure of a division, of an industry, handed out by a public body, or funding a
    condition takes away: the owner (or kind) the parse found is not the figure's."""
    if kind in RESULT_KINDS and division_figure(root, sent):
        return True
    if kind == "investment" and is_public(entity) and handed_out(root, sent):
        return True
    if kind == "loss" and funding_lost(root, sent):
        return True
    return kind in RESULT_KINDS and industry_total(root, sent)


ARGUMENT_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})  # "to stop funding to X"


def funding_lost(root, sent) -> bool:
    """ "If the government stops its funding, the agency will suffer the loss of $419m": the
    loss is the funding the condition takes away, no loss in the accounts ("if demand stays
    weak, X will post a $600m loss" is one)."""
    verb = own_verb(root, sent)
    conditions = [c for v in ([verb, *verb.ancestors] if verb is not None else [])
                  for c in v.children if c.dep_ == "advcl" and any(
                      m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
    return any((t.pos_ == "NOUN" or t.dep_ in ARGUMENT_DEPS)
               and (token_kind(t) in ("funding", "investment") or t.lemma_.lower() in ("aid", "support"))
               for c in conditions for t in c.subtree)  # "if it cannot raise prices": no funding


def no_profit_above_sales(found: list) -> list:
    """ "its sales jumped to $75bn and it projects its income will rise to $81bn": a profit
    larger than the sales the same sentence gives its owner is sales the writer called income,
    not a profit; it is dropped."""
    sales: dict = {}  # the largest sales figure, so a year-ago one decides nothing
    for m in found:
        if m.kind == "revenue" and m.evidence is not None:
            key = (m.entity, m.currency, m.evidence.start)
            sales[key] = max(sales.get(key, 0), m.amount)
    return [m for m in found if not (
        m.kind == "profit" and m.evidence is not None
        and m.amount > sales.get((m.entity, m.currency, m.evidence.start), m.amount))]
