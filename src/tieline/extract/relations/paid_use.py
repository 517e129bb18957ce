"""Use stated by a payment: "X paid Y $60 million to license its technology", "X is paying Y to
integrate its models into its apps". Whichever side the purpose clause grammatically hands the
verb to, the payer is buying the use of what the payee makes: use(payer -> payee).

Read only when the purpose's goods belong to the payee: the payee's own name as owner ("Y's
models", "the models of Y", "Y technology"), or "its"/"their" after a verb the owner does for the
payer ("to license its technology": `paid_use_granting_verbs`), or a product the article says
the payee makes ("to integrate its Claude models" where Y's Claude is stated). With the other
verbs "its" alone may be the payer's ("pays Y to use its search engine", "paid Y to deploy its
system": Y uses or installs the payer's), so it is refused there, as is a negated purpose ("paid
Y not to use"). Refused: goods owned by the
payer or a third firm ("paid Y to use Z's chips"), goods that are not a technology
(`relation_words.json` `paid_use_goods`: a settlement, shares or a debt are no use), a
purpose handed on to a third party ("to license its technology to Z": Y's licensee is Z), a
payee that is no organization (a person, a place) and a payment in an "if" clause."""
from __future__ import annotations

from ..arguments import conjuncts, subjects_of
from ..modality import modality_at
from ..wordlists import words
from .makers import stated_makers
from .supply import org_mentions
from .supply_checks import conditional

USE_VERBS = words("relation_words", "paid_use_verbs")
GRANTING_VERBS = words("relation_words", "paid_use_granting_verbs")
GOODS = words("relation_words", "paid_use_goods")
PAYEE_DEPS = {"dative", "dobj"}  # "paid Y $60m" (Y dative), "is paying Y to ..." (Y dobj)
PURPOSE_DEPS = {"xcomp", "advcl"}
OWNED_BY_PAYEE = {"its", "their"}  # the purpose's goods given with the payee's pronoun


def paid_use(ents, sink) -> None:
    for verb in ents.view.with_lemma(("pay",)):
        if verb.pos_ == "VERB":
            _paid_for_use(verb, ents.view.sent(verb), ents, sink)


def _paid_for_use(verb, sent, ents, sink) -> None:
    if conditional(verb):
        return
    payees = org_mentions(ents.mention_at(t) for c in verb.children if c.dep_ in PAYEE_DEPS
                   for t in conjuncts(c))
    payers = org_mentions(m for s in subjects_of(verb) for t in conjuncts(s)
                          for m in [ents.mention_at(t)])
    if len(payees) != 1 or not payers:
        return
    payee = payees[0]
    purposes = [c for c in verb.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB"
                and c.lemma_.lower() in USE_VERBS and any(a.lower_ == "to" for a in c.children)]
    for p in purposes:
        if any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in p.children):
            continue  # "to license its technology to Z": Z is the licensee
        if any(c.dep_ == "neg" for c in p.children):
            continue  # "paid Y not to use its technology"
        granting = p.lemma_.lower() in GRANTING_VERBS
        goods = [o for o in p.children if o.dep_ == "dobj" and o.lemma_.lower() in GOODS]
        if not goods or not all(_payee_owns(g, payee, ents, granting) for g in goods):
            continue
        for payer in payers:
            if payer.name != payee.name:
                sink.add("use", payer, payee, p, "paid_use", sent, obj=goods[0].lemma_.lower(),
                         modality=modality_at(verb, sent), confidence=0.6)


def _payee_owns(goods, payee, ents, granting) -> bool:
    """Whether the goods are the payee's: "Y's models", "the models of Y", a product the payee
    makes ("its Claude models"), and "its technology" after a granting verb."""
    owners = [c for c in goods.children if c.dep_ in {"poss", "compound"}]
    owners += [p for c in goods.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    named = False
    for o in owners:
        if o.lower_ in OWNED_BY_PAYEE and o.dep_ == "poss":
            if granting:
                return True
            continue  # the payer's or the payee's: only a named owner or product decides
        m = ents.mention_at(o)
        if m is not None:
            if m.name != payee.name and _maker_of(m.name, ents) != payee.name:
                return False
            named = True
    return named


def _maker_of(name, ents) -> str | None:
    """The maker the article gives a product ("Y's Claude"), canonical, or None."""
    return next((maker for product, maker, _ in stated_makers(ents) if product == name), None)
