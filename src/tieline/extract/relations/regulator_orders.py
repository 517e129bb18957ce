"""A regulator's order or ban against a party is a regulatory action, so sue per the guide:
"the Bureau ordered X's wind project to halt", "X was ordered by the Agency to suspend its
service", "the Authority banned X from bidding". The one who orders must be an enforcer (a
commission, agency, bureau, department, authority ... by its name, not a court or the police),
and what is ordered must stop, give up or pay ("to halt", "to sell its stake", "to pay £3m").

Refused: an order by a firm ("Kestrel ordered 20 jets", "ordered its staff to stop"), an order
to do anything else ("ordered X to hand over documents", "ordered an inquiry into X": asking,
which the inquiry rules read), a thing ordered that no named party owns ("ordered all bars to
close"), and a power only ("could order X to halt" keeps its hedge, "did not order" is negated)."""
from __future__ import annotations

from ..arguments import conjuncts, mentions_of
from ..modality import modality_at
from ..wordlists import words
from .deals import enforcer

ORDER_VERBS = words("relation_words", "regulator_order_verbs")
ORDERED_ACTS = words("relation_words", "regulator_ordered_acts")
BAN_VERBS = words("relation_words", "regulator_ban_verbs")
OWNED_THINGS = words("relation_words", "regulator_owned_things")  # not "X's customers"
PARTIES = {"ORG", "PERSON"}


def regulator_orders(ents, sink) -> None:
    for verb in ents.view.with_lemma(ORDER_VERBS | BAN_VERBS):
        if verb.pos_ == "VERB":
            _ordered(verb, ents, sink)


def _mentions(toks, ents, types) -> list:
    out = []
    for t in toks:
        for x in conjuncts(t):
            out += [m for m in mentions_of(x, ents) if m.type in types and m not in out]
    return out


def _targets(verb, passive: bool, ents) -> list:
    """Who is ordered or banned: the object (the passive subject), or the named owner of a
    thing ordered to stop ("ordered X's project to halt")."""
    deps = {"nsubjpass"} if passive else {"dobj"}
    found = []
    for o in (x for c in verb.children if c.dep_ in deps for x in conjuncts(c)):
        owners = [c for c in o.children if c.dep_ == "poss"]
        if o.pos_ != "NOUN":
            found += _mentions([o], ents, PARTIES)
        elif owners and verb.lemma_.lower() in ORDER_VERBS and o.lemma_.lower() in OWNED_THINGS:
            found += _mentions(owners, ents, {"ORG"})  # "X's wind project": X, not the project
        elif (m := ents.mention_at(o)) is not None and m.type in PARTIES:
            found.append(m)  # "the company", bound to its name
    return found


def _ordered_act(tok) -> bool:
    """"to halt": the infinitive of a stopping, giving-up or paying act, which the parser may
    also read as a purpose ("could order X to halt")."""
    return tok.dep_ in {"xcomp", "advcl"} and tok.lemma_.lower() in ORDERED_ACTS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _ordered(verb, ents, sink) -> None:
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if verb.lemma_.lower() in ORDER_VERBS and not any(_ordered_act(c) for c in verb.children):
        return
    if verb.lemma_.lower() in BAN_VERBS and not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return  # "banned X from selling": a bare "banned the X ad" may be a thing, not a party
    subj = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] \
        if passive else [c for c in verb.children if c.dep_ == "nsubj"]
    heads = [m for m in _mentions(subj, ents, {"ORG"}) if enforcer(m, ents)]
    if not heads:
        return
    tails = _targets(verb, passive, ents)
    sent = ents.sents[ents.sent_index(verb)]
    mood = modality_at(verb, sent)
    for h in heads:
        for t in tails:
            if h.name != t.name and not enforcer(t, ents):  # "it was ordered by the FDA":
                # a pronoun bound to the regulator itself, or one agency ordering another
                sink.add("sue", h, t, verb, "regulator_orders:ordered", sent,
                         modality=mood, confidence=0.6)
