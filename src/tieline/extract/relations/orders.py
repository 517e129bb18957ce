"""Supply stated by an order a seller fills, goods a buyer takes in, or a list of the shops
that sell a maker's goods:

- "Kestrel Foods filled an order for hand soap for Orvane Markets": the one who fills, ships
  or delivers an order supplies the named party it is for (or from);
- "Quillfield Freight took delivery of 12 trucks from Brambleway Motors", "gets its engines
  from Halvorsen Marine": goods taken in from a named firm are that firm's supply;
- "Kestrel Foods lists A and B among the retailers that sell its products", "retailers that
  stock Kestrel Foods products include A and B": the maker supplies each shop listed.

Both ends are named organizations and the things are goods (a "from" of an approval, a letter
or a loan names no supplier); a conditional or denied clause states no tie (supply.emit_facts).
"""
from __future__ import annotations

from ..arguments import conjuncts, mentions_of, subjects_of
from ..modality import modality_at
from ..wordlists import words
from .supply import ORDER_NOUNS, emit_facts, _goods_bought, org_mentions

FILLING_VERBS = words("relation_words", "order_filling_verbs")  # fill, fulfil, ship ...
INTAKE_VERBS = words("relation_words", "goods_intake_verbs")  # get, receive, obtain ...
SELLER_NOUNS = words("relation_words", "seller_nouns")  # retailer, stockist, grocer ...
SELLING_VERBS = words("relation_words", "selling_verbs")  # sell, stock, carry ...
# "A and B" listed by these verbs "among" the sellers: "lists A among the retailers ..."
LISTING_VERBS = words("relation_words", "seller_listing_verbs")
GRANTED_GOODS = words("relation_words", "granted_goods")  # "obtained a licence from X"
ORDER_CUES = FILLING_VERBS | INTAKE_VERBS | SELLER_NOUNS | {"take"}  # every lemma read below


def order_facts(ents, sink) -> None:
    # only tokens with one of the cue lemmas can pass a test below; in document order
    for tok in ents.view.with_lemma(ORDER_CUES):
        lemma, sent = tok.lemma_.lower(), ents.view.sent(tok)
        if tok.pos_ == "VERB" and lemma in FILLING_VERBS:
            _filled_order(tok, sent, ents, sink)
        if tok.pos_ == "VERB" and (lemma in INTAKE_VERBS or lemma == "take"):
            _goods_taken_in(tok, sent, ents, sink)
        if tok.pos_ == "NOUN" and lemma in SELLER_NOUNS:
            _listed_sellers(tok, sent, ents, sink)


def _preps(heads, word: str) -> list:
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word
            for p in c.children if p.dep_ == "pobj"]


def _named(toks, ents) -> list:
    """Organizations a token names itself (no owner of goods: "for Kestrel's masks")."""
    return org_mentions(ents.mention_at(t) for p in toks for t in conjuncts(p))


def _filled_order(verb, sent, ents, sink) -> None:
    """"X filled a $5m order for hand soap for Y", "X shipped an order to Y", "X fulfilled an
    order from Y": X supplies Y. The "for" may hang on the order, the verb or the goods."""
    orders = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ORDER_NOUNS]
    if not orders:
        return
    things = _preps(orders, "for")
    customers = _named(_preps([verb, *orders, *things], "for"), ents)
    customers += _named(_preps([verb, *orders], "from") + _preps([verb], "to"), ents)
    suppliers = org_mentions(m for s in subjects_of(verb) for m in mentions_of(s, ents))
    emit_facts("supply", suppliers, org_mentions(customers), verb, "filled_order", sent, sink,
               "other")


def _goods_taken_in(verb, sent, ents, sink) -> None:
    """"Z took delivery of 12 trucks from X", "Z gets its engines from X", "Z received 500
    ventilators from X": X supplies Z. What comes in must be goods; "from" may hang on the
    verb, the goods or the delivery."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "take":  # "took delivery of": the goods follow "of"
        objs = [c for c in objs if c.lemma_.lower() == "delivery"]
        holders = objs + _preps(objs, "of")
        goods = _preps(objs, "of")
    else:
        holders, goods = objs, objs
    # "2 million tons of LNG", "the first of 20 trains", "part of the money": the thing after
    # "of" is what comes in, a measure or a share of it
    goods = [t for g in goods for t in conjuncts(g)]
    goods = [t for g in goods for t in (_preps([g], "of") or [g])]
    if not goods or not all(_goods_bought(g) and g.lemma_.lower() not in GRANTED_GOODS
                            for g in goods):
        return
    suppliers = _named(_preps([verb, *holders, *goods], "from"), ents)
    if not suppliers:  # "took delivery of 40 Halvorsen Marine boats": the goods' maker
        suppliers = org_mentions(ents.mention_at(c) for g in goods for c in g.children
                          if c.dep_ in {"compound", "poss", "nmod", "amod"})
    buyers = org_mentions(m for s in subjects_of(verb) for m in mentions_of(s, ents))
    emit_facts("supply", suppliers, buyers, verb, "taken_in", sent, sink, "other")


def _selling_clauses(noun) -> list:
    return [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in SELLING_VERBS]


def _sold_goods_owner(noun, listing, ents) -> list:
    """Whose goods the sellers' relative clause sells: "retailers that sell its products"
    ("its" is the listing verb's subject), "stores that carry Kestrel Foods products"."""
    owners = []
    for clause in _selling_clauses(noun):
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            for c in obj.children:
                if c.dep_ == "poss" and c.lower_ in {"its", "their"} and listing is not None:
                    owners += [m for s in subjects_of(listing) for m in mentions_of(s, ents)]
                elif c.dep_ in {"poss", "compound"}:
                    owners.append(ents.mention_at(c))
    return org_mentions(owners)


def _listed_sellers(noun, sent, ents, sink) -> None:
    """"X lists A and B among the retailers that sell its products", "retailers that sell X's
    products include A and B": X supplies A and B."""
    listing, shops = None, []
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" \
            and noun.head.head.lemma_.lower() in LISTING_VERBS:
        listing = noun.head.head
        shops = [c for c in listing.children if c.dep_ == "dobj"]
    elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "include":
        shops = [c for c in noun.head.children if c.dep_ == "dobj"]
    else:
        return
    makers = _sold_goods_owner(noun, listing, ents)
    sellers = org_mentions(m for s in shops for m in mentions_of(s, ents))
    # "the retailers that no longer sell its products": a tie that ended
    ended = any(modality_at(v, sent) == "negated" for v in _selling_clauses(noun))
    emit_facts("supply", makers, sellers, listing or noun.head, "listed_sellers", sent, sink,
               "other", mood="negated" if ended else None)
