"""Supply and use stated by a sentence's shape rather than one trigger word's slots:

- "Z's chatbot is powered by X's models", "X's engines power Z's jets" (the powered thing and
  the power each belong to a named organization);
- "Z chose X as its cloud provider", "Z picked X as supplier", "Z chose X to power its search";
- "Z's new jet uses X's engines", "X's chips are used in Z's drones";
- "Z uses software from X", "Z is adopting it, using equipment from X and Y";
- "Z is a customer of X", "Z became X's biggest client", "X signed Z as a customer";
- "the Defense Department signed a contract with X": a public body buys from X;
- "Z signed a deal with X to buy 200 engines", "X signed a deal with Z to supply jets",
  "X struck a deal to supply Z with 30,000 vans";
- "Z completed the purchase of 40 jets from X", "Z placed an order for 40 jets from X";
- "Z works with X for drug substance production", "Z partners with X for fill/finish".

Both ends must be named organizations, the things on each side must be goods or technology
(patterns/relation_words.json: supply_goods, supplied_things), and a conditional or negated
clause states no tie ("if they still use X's servers", "does not run on X's cloud").
`supply_checks.supply_tie` is the check sink.py runs on every supply and use fact, whichever
rule found it.
"""
from __future__ import annotations

import re

from ..arguments import conjuncts, governor_subjects, mentions_of, one_of, owners_of, subjects_of
from ..modality import modality_at
from ..wordlists import words
from .rules import load_patterns
from .supply_checks import REPLACING_VERBS, conditional

# what a supplier provides: "X's engines", "chips made by X"
SUPPLY_GOODS = words("relation_words", "supply_goods")
# what a customer builds from them: "Z's jets", "Z's chatbot"
SUPPLIED_THINGS = words("relation_words", "supplied_things")
PROVIDER_NOUNS = words("relation_words", "provider_nouns")  # "as its cloud provider"
CHOOSE_VERBS = words("relation_words", "choose_verbs")
USE_VERBS = {"use", "utilise", "utilize", "employ", "incorporate", "integrate", "embed", "run"}
# "Z uses chips from X": goods whose "from" names their maker (no data: "data from a survey")
SOURCED_GOODS = words("relation_words", "sourced_goods")
SOURCING_VERBS = USE_VERBS | {"adopt", "deploy", "license", "licence"}
MADE_BY = {"make", "build", "design", "supply", "provide", "produce", "manufacture", "develop"}
RELATIVES = {"that", "which"}
PURPOSE_VERBS = {"power", "provide", "supply", "host", "run", "build", "make", "manufacture"}
BUILD_VERBS = {"build", "develop", "design", "launch", "make", "produce", "release", "unveil"}
CUSTOMER_NOUNS = {"customer", "client"}
# "a former Acme client" (a tie that ended), "a would-be customer" (one only hoped for)
LAPSED = words("relation_words", "lapsed_ties")
HOPED = words("relation_words", "hoped_ties")
CONTRACT_NOUNS = {"contract", "contracts"}
DEAL_NOUNS = {"deal", "agreement", "contract", "pact", "accord"}
SELL_VERBS = {"supply", "deliver", "ship"}  # the signer supplies the other party
BUY_VERBS = {"buy", "purchase", "order", "source", "procure", "lease"}  # the other party does
PURCHASE_NOUNS = {"purchase", "buying", "procurement", "acquisition"}  # "the purchase of jets"
ORDER_NOUNS = {"order"}  # "an order for 40 jets from X": the goods follow "for"
# goods words that also name a business bought whole: "the purchase of the hospital system"
GOING_CONCERNS = {"system", "platform", "network", "service", "technology"}
# verbs whose subject is the buyer of the purchase they govern ("Z completed the purchase");
# "the regulator questioned the purchase" names a critic
BUYER_VERBS = {"announce", "complete", "close", "confirm", "consider", "finalise", "finalize",
               "make", "negotiate", "place", "plan", "seal"}
# "to buy its engine unit", "to buy a stake": a business or a holding, not goods
BUSINESS_WORDS = {"arm", "business", "division", "operation", "share", "stake", "subsidiary",
                  "unit"}
# a public body's contract with a company buys from it; words of such bodies' names
PUBLIC_BODIES = words("relation_words", "public_body_words")
LABOUR_BODIES = words("relation_words", "labour_body_words")  # a contract with a union is pay
# "works with X for fill/finish services": X makes for the subject
MAKING_SERVICES = words("relation_words", "making_services")
WORK_WITH_VERBS = {"work", "partner", "team", "collaborate", "contract"}


BOUGHT_NOUNS = PURCHASE_NOUNS | ORDER_NOUNS
SUPPLY_CUE_LEMMAS = CUSTOMER_NOUNS | DEAL_NOUNS | PURCHASE_NOUNS | ORDER_NOUNS | WORK_WITH_VERBS \
    | {"power"} | CHOOSE_VERBS | SOURCING_VERBS
SUPPLY_CUE_WORDS = CONTRACT_NOUNS | {"powered"}


def supply_forms(ents, sink) -> None:
    """Every supply and use shape of this module, sentence by sentence."""
    # only the words some shape below starts from (every other word passes every test)
    for tok in ents.view.with_any(lemmas=SUPPLY_CUE_LEMMAS, lowers=SUPPLY_CUE_WORDS):
        sent = ents.view.sent(tok)
        pos, lemma = tok.pos_, tok.lemma_.lower()  # read once: each read builds a string
        if pos == "NOUN" and lemma in CUSTOMER_NOUNS:
            _customer_role(tok, sent, ents, sink)
        if pos == "NOUN" and tok.lower_ in CONTRACT_NOUNS:
            _public_contract(tok, sent, ents, sink)
        if pos == "NOUN" and lemma in DEAL_NOUNS:
            _deal_to_trade(tok, sent, ents, sink)
        if pos == "NOUN" and lemma in BOUGHT_NOUNS:
            _purchase_from(tok, sent, ents, sink)
        if lemma in WORK_WITH_VERBS and (pos == "VERB" or _verb_read_as_noun(tok)):
            _works_with_for(tok, sent, ents, sink)
        if pos not in {"VERB", "AUX"} and not _verb_read_as_noun(tok):
            continue
        if lemma == "power" or tok.lower_ == "powered":
            _powered(tok, sent, ents, sink)
        elif lemma in CHOOSE_VERBS:
            _chosen_provider(tok, sent, ents, sink)
        elif lemma in SOURCING_VERBS:
            _thing_uses(tok, sent, ents, sink)
            _uses_goods_from(tok, sent, ents, sink)


def _verb_read_as_noun(tok) -> bool:
    """"X's engines now power Z's jets": the tagger calls "power" a noun, yet it has a
    subject and an object; "Z works with A and partners with B": a verb's conjunct."""
    if tok.lower_ == "partners":
        return tok.dep_ == "conj" and tok.head.pos_ == "VERB"
    return tok.lower_ in {"power", "powers"} and {"nsubj", "dobj"} <= {c.dep_ for c in tok.children}


def org_mentions(mentions) -> list:
    out = []
    for m in mentions:
        if m is not None and m.type == "ORG" and m.name not in {o.name for o in out}:
            out.append(m)
    return out


def _goods_owners(tok, ents) -> list:
    """Named organizations whose goods a noun phrase is: "X's engines", "X chips", "X",
    "models from X", "chips made by X"."""
    found = []
    for t in conjuncts(tok):
        m = ents.mention_at(t)
        if m is not None:
            found.append(m)
            continue
        if not _goods(t):
            continue
        found += owners_of(t, ents)
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                found += [ents.mention_at(p) for p in c.children if p.dep_ == "pobj"]
            if c.dep_ == "acl" and c.lemma_.lower() in MADE_BY:
                found += [ents.mention_at(p) for a in c.children if a.dep_ == "agent"
                          for p in a.children if p.dep_ == "pobj"]
    return org_mentions(found)


def _goods(tok) -> bool:
    """"engines", "battery pack": a noun naming goods, itself or by its modifier."""
    return tok.lemma_.lower() in SUPPLY_GOODS or any(
        c.dep_ == "compound" and c.lemma_.lower() in SUPPLY_GOODS for c in tok.children)


def _thing_owners(tok, ents) -> list:
    """Named organizations a product phrase belongs to: "Z's chatbot", "the Z app", and
    through a relative pronoun "Z is building a jet that uses ..." (the builder)."""
    if tok.lower_ in RELATIVES and tok.head.dep_ == "relcl":
        tok = tok.head.head
    found = []
    for t in conjuncts(tok):
        if t.lemma_.lower() not in SUPPLIED_THINGS:
            continue
        found += [m for m in owners_of(t, ents) if m is not None]
        if not found and t.dep_ == "dobj" and t.head.lemma_.lower() in BUILD_VERBS:
            found += [ents.mention_at(c) for c in t.head.children if c.dep_ == "nsubj"]
    return org_mentions(found)


def _stated(verb, sent) -> str | None:
    """The trigger's modality, or None when the clause is conditional or negated."""
    if conditional(verb):
        return None
    mood = modality_at(verb, sent)
    if verb.dep_ in {"relcl", "acl"}:
        # "cancelled a car that was to be powered by X's motors": the thing is called off;
        # "will develop a truck that uses X's batteries": the truck is still to come
        outer = modality_at(verb.head, sent)
        mood = outer if outer != "asserted" and mood == "asserted" else mood
    return None if mood == "negated" else mood


def emit_facts(rtype, heads, tails, verb, rule, sent, sink, obj=None, mood=None) -> None:
    """Every head-tail fact, in the trigger's mood (`mood` overrides a stated one)."""
    stated = _stated(verb, sent)
    if stated is None:
        return
    mood = mood or stated
    for h in heads:
        for t in tails:
            if h.name != t.name:
                sink.add(rtype, h, t, verb, f"supply:{rule}", sent, obj=obj, modality=mood,
                         confidence=0.6)


def _powered(verb, sent, ents, sink) -> None:
    """"Z's app is powered by X's cloud", "Z's jets, powered by X engines": Z uses X;
    "X's chips power Z's servers": X supplies Z."""
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if agents:
        things = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl":
            things.append(verb.head)
        suppliers = [m for p in agents for m in _goods_owners(p, ents)]
        customers = [m for t in things for m in _thing_owners(t, ents)]
        emit_facts("use", customers, suppliers, verb, "powered_by", sent, sink, _goods_word(agents))
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    suppliers = [m for s in subjects for m in _goods_owners(s, ents)]
    customers = [m for o in objects for m in _thing_owners(o, ents)]
    if subjects and all(ents.mention_at(s) is not None for s in subjects):
        return  # "X powers Z": the trigger-word rules read a named subject
    emit_facts("supply", suppliers, customers, verb, "powers", sent, sink, _class(subjects))


def _goods_word(toks) -> str | None:
    goods = [t for t in toks if _goods(t)]
    return goods[0].lower_ if goods else None


def _class(toks) -> str:
    """The supply `object` class the words name ("cloud", "chips"), else "other"."""
    _, _, objects = load_patterns()
    text = " ".join(t.lower_ for x in toks for t in x.subtree)
    for cls, keys in objects.items():
        if any(re.search(r"\b" + re.escape(k) + r"\b", text) for k in keys):
            return cls
    return "other"


def _chosen_provider(verb, sent, ents, sink) -> None:
    """"Z chose X as its cloud provider", "X was selected as Z's supplier": X supplies Z."""
    roles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PROVIDER_NOUNS]
    # "Z named X its preferred cloud provider"
    roles += [c for c in verb.children if c.dep_ == "oprd" and c.lemma_.lower() in PROVIDER_NOUNS]
    # "Z chose X to power its search engine": the chosen one supplies what the purpose names
    roles += [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}
              and c.lemma_.lower() in PURPOSE_VERBS and any(a.lower_ == "to" for a in c.children)]
    if not roles:
        return
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    chosen = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    suppliers = org_mentions(ents.mention_at(t) for c in chosen for t in conjuncts(c))
    if passive:  # "X was selected as Z's supplier" / "... by Z"
        choosers = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
        choosers += [c for r in roles for c in r.children if c.dep_ == "poss"]
    else:
        choosers = [c for c in verb.children if c.dep_ == "nsubj"]
    customers = org_mentions(ents.mention_at(t) for c in choosers for t in conjuncts(c))
    emit_facts("supply", suppliers, customers, verb, "chosen_as", sent, sink, _class(roles))


def _thing_uses(verb, sent, ents, sink) -> None:
    """"Z's new jet uses X's engines", "X's chips are used in Z's drones": Z uses X."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if passive:
        goods = [c for c in verb.children if c.dep_ == "nsubjpass"]
        things = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "by"}
                  for p in c.children if p.dep_ == "pobj"]
    else:
        things = [c for c in verb.children if c.dep_ == "nsubj"]
        goods = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() == "run":  # "Z's app runs on X's cloud"
            goods = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                     for p in c.children if p.dep_ == "pobj"]
    if any(ents.mention_at(t) is not None and t.lower_ not in RELATIVES for t in things):
        return  # "Z uses X's engines": the trigger-word rules read a named user
    customers = [m for t in things for m in _thing_owners(t, ents)]
    suppliers = [m for g in goods if _goods(g) or ents.mention_at(g)
                 for m in _goods_owners(g, ents)]
    emit_facts("use", customers, suppliers, verb, "thing_uses", sent, sink, _goods_word(goods))


def _uses_goods_from(verb, sent, ents, sink) -> None:
    """"Z uses software from X", "Z is adopting it, using equipment from X and Y": Z uses X.
    The user is a named organization that is no public body ("the army uses engines from X"
    buys for the state); "from" on the verb or on the goods names the maker."""
    goods = [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)
             if t.lemma_.lower() in SOURCED_GOODS or t.lower_ in SOURCED_GOODS]
    if not goods:
        return
    makers = [p for h in [verb, *goods] for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
              for p in c.children if p.dep_ == "pobj"]
    suppliers = org_mentions(ents.mention_at(t) for p in makers for t in conjuncts(p))
    users = [m for m in org_mentions(m for s in subjects_of(verb) for m in mentions_of(s, ents))
             if not _public(m.name)]
    emit_facts("use", users, suppliers, verb, "uses_from", sent, sink, _goods_word(goods))


def _customer_role(noun, sent, ents, sink) -> None:
    """"Z is a customer of X", "Z became X's largest client", "X signed Z as a customer":
    Z uses X. The supplier must be named in the phrase or be the signing subject."""
    suppliers = [c for c in noun.children if c.dep_ == "poss"]
    suppliers += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
    # "an anchor customer for X"; "a customer for its ferries" names goods, not the supplier
    suppliers += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                  for p in c.children if p.dep_ == "pobj" and ents.mention_at(p) is not None]
    # "Z was an Orvane customer": a name set before the noun is whose customer Z is
    suppliers = suppliers or [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    modifiers = {c.lower_ for c in noun.children}
    if modifiers & HOPED:
        return  # "a prospective customer of X": no tie yet
    role = one_of(noun) or noun  # "Z is one of X's largest customers"
    if role.dep_ in {"attr", "oprd"}:
        verb = role.head
        customers = [c for c in verb.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if verb.lemma_.lower() in REPLACING_VERBS:
            return  # "A replaced Z as X's main customer": Z's custom ended
        customers = [c for c in verb.children if c.dep_ == "dobj"]
        suppliers = suppliers or [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return
    customers = org_mentions(ents.mention_at(t) for c in customers for t in conjuncts(c))
    suppliers = org_mentions(ents.mention_at(t) for c in suppliers for t in conjuncts(c))
    emit_facts("use", customers, suppliers, verb, "customer_of", sent, sink,
          mood="negated" if modifiers & LAPSED else None)  # "a former Acme client"


def _public(name: str) -> bool:
    return bool({w.lower() for w in name.split()} & PUBLIC_BODIES)


def _public_contract(noun, sent, ents, sink) -> None:
    """"The Defense Department signed a $5m contract with X", "the agency announced contracts
    with X and Y": X supplies the public body. Between two companies who supplies whom is
    not said, and a contract with a union is a labour deal."""
    parties = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj"]
    suppliers = org_mentions(ents.mention_at(t) for p in parties for t in conjuncts(p))
    suppliers = [m for m in suppliers if not _public(m.name)
                 and not {w.lower() for w in m.name.split()} & LABOUR_BODIES]
    if not suppliers or noun.dep_ not in {"dobj", "nsubjpass"}:
        return
    verb = noun.head
    buyers = [c for c in verb.children if c.dep_ == "nsubj"]
    buyers = [m for m in org_mentions(ents.mention_at(t) for b in buyers for t in conjuncts(b))
              if _public(m.name)]
    emit_facts("supply", suppliers, buyers, noun, "public_contract", sent, sink, "other")


def _goods_bought(tok) -> bool:
    """"200 engines", "jets": goods, not a company or a stake (the buy rule's goods words)."""
    verbs, _, _ = load_patterns()
    goods = SUPPLY_GOODS | {w for r in verbs.get("buy", ()) if r.type == "supply"
                            for w in r.require_object}
    return tok.lemma_.lower() not in BUSINESS_WORDS and (
        _goods(tok) or tok.lemma_.lower() in goods or tok.lower_.rstrip("s") in goods)


def _bought_goods(verb) -> bool:
    """"to buy 200 engines": every object is goods."""
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    return bool(objs) and all(_goods_bought(o) for o in objs)


def _bought_things(noun) -> list:
    """What a purchase noun buys: its "of" objects (an order's "for" objects) and their
    conjuncts, and goods the parser joined to the noun ("the buying of used A as well as B
    jets")."""
    word = "for" if noun.lemma_.lower() in ORDER_NOUNS else "of"
    things = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == word
              for t in c.children if t.dep_ == "pobj" for p in conjuncts(t)]
    return things + [c for c in noun.conjuncts if _goods_bought(c)] if things else []


def goods_purchase(noun) -> bool:
    """"the purchase of 40 jets", "its acquisition of 5,000 batteries": what is bought is goods
    (one of them at least), never a named party, so no company changes hands."""
    things = _bought_things(noun)
    return any(_goods_bought(t) and t.lemma_.lower() not in GOING_CONCERNS for t in things) \
        and not any(t.ent_type_ in {"ORG", "PERSON", "GPE"} for t in things)


def _purchase_from(noun, sent, ents, sink) -> None:
    """"Z completed the purchase of 40 jets from X", "Z's purchase of chips from X", "the
    purchase of engines from X by Z": X supplies Z ("from X" on the noun or on the goods). The
    buyer is the possessor, the by-agent or the subject of the verb whose object the purchase
    is."""
    if not goods_purchase(noun):
        return
    # "an order from Z" names the buyer (the trigger-word rules read it); only the goods' "from"
    # names an order's seller
    holders = [] if noun.lemma_.lower() in ORDER_NOUNS else [noun]
    sellers = org_mentions(ents.mention_at(t) for h in [*holders, *_bought_things(noun)]
                           for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                           for p in c.children if p.dep_ == "pobj" for t in conjuncts(p))
    buyers = [c for c in noun.children if c.dep_ == "poss"]
    buyers += [p for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj"]
    if not buyers and noun.dep_ == "dobj" and noun.head.lemma_.lower() in BUYER_VERBS:
        buyers = governor_subjects(noun)
    buyers = org_mentions(ents.mention_at(t) for b in buyers for t in conjuncts(b))
    emit_facts("supply", sellers, buyers, noun, "purchase_from", sent, sink, "other")


def _deal_to_trade(noun, sent, ents, sink) -> None:
    """"X signed a deal with Z to supply 200 engines": X supplies Z; "Z struck an agreement
    with X to buy 30 jets": X supplies Z. A purpose naming its own recipient ("to supply
    jets to Y") is the trigger-word rules' to read."""
    if noun.dep_ != "dobj":
        return
    verb = noun.head
    parties = org_mentions(ents.mention_at(t) for h in (noun, verb) for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj" for t in conjuncts(p))
    signers = org_mentions(ents.mention_at(t) for c in verb.children if c.dep_ == "nsubj"
                    for t in conjuncts(c))
    # "a deal to supply Z": the parser may call the purpose a relative clause of the deal
    purposes = [c for h in (noun, verb) for c in h.children
                if c.dep_ in {"acl", "advcl", "xcomp", "relcl"}
                and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)]
    for p in purposes:
        lemma = p.lemma_.lower()
        recipients = _supplied_party(p, (p, noun, verb), ents)
        if lemma in SELL_VERBS | {"provide"} and recipients:
            emit_facts("supply", signers, recipients, noun, "deal_to_supply", sent, sink,
                       _class([p]))
            continue
        if any(c.dep_ in {"dative", "prep"} and c.lower_ in {"to", "for"} or c.dep_ == "dative"
               for c in p.children):
            continue
        if lemma in SELL_VERBS:
            emit_facts("supply", signers, parties, noun, "deal_to_sell", sent, sink, _class([p]))
        elif lemma in BUY_VERBS and _bought_goods(p):
            emit_facts("supply", parties, signers, noun, "deal_to_buy", sent, sink, _class([p]))


def _supplied_party(verb, holders, ents) -> list:
    """Whom "to supply Z with vans" or "to supply vans to Z" names: a named organization as
    the object beside a "with" of goods (the parser may hang it on the deal or its verb, among
    `holders`), or after "to" beside goods; no pronoun."""
    def objects_of_prep(heads, word):
        return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word
                for p in c.children if p.dep_ == "pobj"]

    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if any(_goods_bought(g) for g in objects_of_prep(holders, "with")):
        named = objects
    elif any(_goods_bought(o) for o in objects):
        named = objects_of_prep([verb], "to")
    else:
        return []
    # "to supply it with cars": the pronoun's party is the deal's "with" party, read below
    return org_mentions(ents.mention_at(t) for n in named for t in conjuncts(n) if t.pos_ != "PRON")


def _making(tok) -> bool:
    """"drug substance production", "fill/finish services": a making service, named by the
    noun or a modifier; "the production of a film" (with an article) is a shared project."""
    return not any(c.dep_ == "det" for c in tok.children) and _making_word(tok)


def _making_word(tok) -> bool:
    return tok.lemma_.lower() in MAKING_SERVICES or any(
        c.dep_ in {"compound", "nmod"} and _making_word(c) for c in tok.children)


def _works_with_for(verb, sent, ents, sink) -> None:
    """"Z works with X for drug substance production", "Z partners with X and Y for fill/finish
    services": X makes for Z. The "for" may hang on the verb or on the partner's name."""
    partners = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
    services = [s for h in [verb, *partners] for c in h.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for s in c.children if s.dep_ == "pobj"]
    # "Z will work with X as its cloud provider": "its" is the subject's, so X supplies Z
    roles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
             if p.lemma_.lower() in PROVIDER_NOUNS and any(
                 a.dep_ == "poss" and a.lower_ in {"its", "their"} for a in p.children)]
    if not any(_making(s) for s in services) and not roles:
        return
    suppliers = org_mentions(ents.mention_at(t) for t in partners)
    customers = org_mentions(m for s in subjects_of(verb) for m in mentions_of(s, ents))
    rule, obj = ("works_with_as", _class(roles)) if roles else ("works_with_for", "other")
    emit_facts("supply", suppliers, customers, verb, rule, sent, sink, obj)
