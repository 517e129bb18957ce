"""Noun triggers: "the partnership between A and B", "A's $13B bet on B", "rival B"."""
from __future__ import annotations

from itertools import combinations

from ..arguments import (SUBJECT_DEPS, by_name, governor_subjects, lists_items, mentions_of,
                         one_of, owners_of, phrase, subjects_of)
from ..lexicon import HELD_NOUNS, ROLE_WORDS
from ..modality import modality_at
from ..wordlists import words
from .deals import (among_listed, cited_only, counter_verb, deal_mood, holders, names_a_thing,
                    settled_with, settles)
from .rules import (DIVEST_NOUNS, REQUEST_VERBS, RIVAL_NOUNS, Rule, load_patterns,
                    modifies_group, requested)
from .noun_fit import noun_fits
from .owned_firms import bare_possessors, cut_apposition
from .noun_context import (between_named, given_to_other, judge, judged_by_outsider, likened,
                           merger_of_parties, owner_left_unbound, owns_non_party, scrutinised)
from .held_lists import HOLDING_LISTS, held_companies
from .members import member_orgs
from .party_labels import label_mood
from .prosecution import prosecuted
from .rival_lists import listed_rivals, listed_rivals_owner
from .sink import default_tail, emit, object_class
from .sold_firms import sale_verb, seller_mood
from .supply import goods_purchase

CONTESTED = {"over", "against"}  # what a dispute is about
EXCLUSIVE_WORDS = {"exclusive", "sole", "only", "single"}
DEMAND_VERBS = words("relation_words", "demand_verbs")
PERSON_MAKER_NOUNS = words("relation_words", "person_maker_nouns")
# participles that describe a case rather than govern it: "looming probes", "pending suits"
STATE_PARTICIPLES = {"loom", "looming", "pend", "pending", "mount", "mounting", "grow", "growing",
                     "ongoing", "continue", "continuing"}
FILING_VERBS = {"file", "lodge", "submit", "register", "bring"}  # a case filed with a forum
PARTY_NOUNS = {"partner", "collaborator"}  # "A is a partner of B": A is a party
# a deal given or won: "A and B won a contract" has a third party, not an alliance of the two
# "rivals such as A": agent nouns list the rivals; "competition", "race" list events
COMPETITOR_NOUNS = RIVAL_NOUNS | {"contender", "foe"}
BECOME_VERBS = {"turn", "transform", "make", "convert", "grow"}  # "turn A into a rival"
HAVE_VERBS = {"have", "boast"}  # "Acme has customers including A": Acme's customers


def apply_noun(rule: Rule, noun, sent, ents, sink, objects) -> None:
    """Facts a trigger noun states: "the partnership between A and B", "A's bet on B"."""
    if not noun_fits(rule, noun, ents):
        return
    if rule.type == "sue" and (cited_only(noun) or _asked_for(noun) or prosecuted(noun, ents)):
        return
    if rule.type == "acquire" and goods_purchase(noun):
        return  # "the purchase of 40 jets from X": goods bought (supply.py), no takeover
    if rule.type == "partner" and (settles(noun) or settles(noun.head) and noun.dep_ == "dobj"):
        return  # "reached an agreement with the regulator to settle the charges"
    named = ents.mention_at(noun)
    if rule.type == "partner" and noun.pos_ == "PROPN" and named is not None and \
            named.kind == "name" and named.type == "ORG" and (
                len(named.name.split()) > 1 or not noun.is_sent_start):
        return  # "EcoHealth Alliance", "the Star Alliance", "by Pact and Acme": a name, not a tie
    if rule.type == "partner" and any(c.dep_ == "poss" and c.lower_ in {"his", "her"}
                                      for c in noun.children):
        return  # "his canine partner, Bolt", "her business partner": a person's, no alliance
    heads, tails, pairs = [], [], []
    extra: dict = {}  # the object word and the product (via) a slot may name
    filled = {}
    for slot, role in rule.slots.items():
        found = _slot_mentions(rule, slot, role, noun, ents, extra)
        if found is None:
            continue
        filled[slot] = found
        if not found:
            continue
        if role == "pair":
            if len(found) > 1:
                pairs.extend(combinations(by_name(found), 2))
            else:
                tails.extend(found)
        elif role == "head_if_no_poss":
            if not filled.get("poss") and not (slot == "governor" and between_named(noun, rule.type)):
                heads.extend(found)
        elif role.startswith("head"):
            heads.extend(found)
        elif role.startswith("tail"):
            tails.extend(found)
    # "MCI accepted a buyout from Verizon": the governing subject is the target
    has_agent = any(c.dep_ in {"prep", "agent"} and "prep:" + c.lower_ in rule.governor_is_tail_with
                    for c in noun.children)
    if has_agent and not any(filled.get(s) for s in rule.governor_is_tail_with):
        heads = [h for h in heads if h not in filled.get("governor", [])]  # "an inquiry by regulators"
    if rule.governor_is_tail_with and any(filled.get(s) for s in rule.governor_is_tail_with):
        gov = [m for t in governor_subjects(noun) for m in mentions_of(t, ents)]
        by = [m for s in rule.governor_is_tail_with for m in filled.get(s, [])]
        heads = [h for h in heads if h not in gov or h in by]
        if not tails and not likened(noun) and not judged_by_outsider(noun):
            tails.extend(m for m in gov if m not in by)  # "a bid by B for C": C is the target
    # "A and B signed a deal", "A and B are rivals": the two subjects are the parties
    gov = filled.get(rule.pair or "", [])
    if rule.pair in {"governor", "governor_attr"} and not tails and len(by_name(gov)) > 1 \
            and not given_to_other(noun):
        pairs.extend(combinations(by_name(gov), 2))
        heads = [h for h in heads if h not in gov]
    if rule.type == "compete" and not tails and not pairs:
        pairs.extend(_called_rival(filled))
    heads, tails = settled_with(rule, noun, filled, heads, tails)
    if rule.type == "invest" and _unnamed_possessor(noun, ents):
        heads = [h for h in heads if h not in filled.get("governor", [])]
    defaulted = _unowned_list(rule, filled, heads, tails) and not owns_non_party(noun, ents) \
        and not _one_person_named(noun, heads) and not owner_left_unbound(noun, ents)
    if defaulted:
        # "Other investors include A, B", "Microsoft's investment": in the story's company
        tails = default_tail(rule.type, heads, ents, sink)
    heads = holders(rule, noun, heads, defaulted, filled.get("members", []))
    heads = _no_person_maker(rule, noun, heads)
    obj = object_class(rule, noun, objects, extra.get("obj_word"))
    if rule.require_class and obj in {None, "other"}:
        return
    # "the sale of its stake in X": the holding ends
    sold = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in DIVEST_NOUNS
    modality = "negated" if rule.type == "invest" and sold else None
    if rule.type in {"supply", "partner"} and _exclusivity_only(noun, sent):
        modality = "asserted"  # "is no longer its exclusive provider": still a provider
    modality = modality or label_mood(rule, noun, sent) or deal_mood(rule, noun, sent, filled)
    modality = seller_mood(rule, noun, sent, modality)  # "A's sale of B to C": A's holding
    emit(rule, noun, sent, heads, tails, pairs, sink, ents, obj, extra.get("via"), modality, 0.5)


def _slot_mentions(rule: Rule, slot: str, role: str, noun, ents, extra: dict) -> list | None:
    """The mentions one slot of a noun rule holds; None when the slot does not apply."""
    if slot == "poss":
        toks = [c for c in noun.children if c.dep_ == "poss"]
        if _nested_trigger(rule, noun):  # "A's purchase of B and C's takeover of D": C's only
            toks = [t.conjuncts[-1] if t.conjuncts else t for t in toks]
            return [m for t in toks for m in [ents.mention_at(t)] if m]
        found = [m for t in toks for m in mentions_of(t, ents)] or bare_possessors(noun, ents)
    elif slot.startswith("prep:"):
        found = _prep_mentions(rule, slot, role, noun, ents, extra)
        if not found and rule.type == "partner" and slot == "prep:with":
            found = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children for m in member_orgs(p, ents)]
    elif slot == "self":
        m = ents.mention_at(noun)
        found = [m] if m and m.kind != "name" or (m and noun.pos_ == "PROPN") else []
    elif slot == "appos_of":
        found = _appos_of_mentions(noun, ents)
    elif slot == "appos":
        found = [m for c in noun.children if c.dep_ == "appos" for m in mentions_of(c, ents)]
        if not found and rule.cut_appos:
            found = cut_apposition(noun, ents)  # "another Orvane company, Brambleway."
    elif slot == "compound_name":
        # "Tidal parent company Aspiro": a name the parser took for an adjective still names
        toks = [c for c in noun.children if c.dep_ == "compound" or c.dep_ == "amod" and (
            ents.mention_at(c) is not None and ents.mention_at(c).kind == "name")]
        if "compound_head" not in rule.slots and _modified_name(noun, ents) is not None:
            toks.append(_modified_name(noun, ents))
        own = ents.mention_at(noun)  # "the parent company": the noun's own words name no other
        found = [m for t in toks for m in [ents.mention_at(t)] if m and m is not own]
        if rule.type == "invest" and noun.lemma_.lower() in HELD_NOUNS:
            # "its Acme stake" names the investee; "its 50 percent+1 stake" only a size
            found = [m for m in found if m.root.pos_ == "PROPN"]
    elif slot in {"compound_head", "modified_poss"}:
        found = _modified_mentions(noun, ents, slot)
    elif slot == "compound_governor":
        # "a bid by rival Xstrata", "Both A and rival B": the rival of the clause's subject
        named = _modified_name(noun, ents)
        if named is None:
            return None
        # "Acme competitor Bolt", "Acme's rival Bolt": the phrase names whose rival it is
        owners = [c for c in noun.children if c.dep_ in {"compound", "poss"}] + [
            c for c in named.children if c.dep_ == "poss"]
        owners = [m for c in owners for m in [ents.mention_at(c)] if m is not None]
        if owners:
            found = owners
        elif named.dep_ == "conj":
            found = mentions_of(named.head, ents)
        else:
            found = [m for t in governor_subjects(named) for m in mentions_of(t, ents)]
    elif slot in {"governor", "governor_attr"}:
        return _governor_mentions(rule, slot, role, noun, ents)
    elif slot == "of_holder":  # "Bertelsmann's purchase of a stake in X", "... by Bertelsmann"
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        toks = [c for c in holder.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
                ] if holder is not None and holder.pos_ == "NOUN" else []
        toks = [p for c in toks for p in ([c] if c.dep_ == "poss" else
                                          [x for x in c.children if x.dep_ == "pobj"])]
        found = [m for t in toks for m in mentions_of(t, ents)]
    elif slot == "haver":
        found = _haver_mentions(rule, noun, ents)
    elif slot in {"rival_list", "rival_list_owner"}:  # "lost ground to rivals A and B"
        found = listed_rivals(noun, ents) if slot == "rival_list" else listed_rivals_owner(noun, ents)
    elif slot == "small_subject":  # "making Globex its main cloud provider"
        found = [m for c in noun.children if c.dep_ == "nsubj" for m in mentions_of(c, ents)]
    elif slot == "members":
        if rule.type == "compete" and noun.lemma_.lower() not in COMPETITOR_NOUNS:
            return None  # "its competitions, the Acme Cup": the events, not the rivals
        found = _members(noun, ents)
        if rule.type == "invest" and counter_verb(noun) is not None and noun.head.lower_ == "as":
            found += [m for c in noun.head.head.children if c.dep_ == "dobj"  # "counts Globex
                      for m in mentions_of(c, ents)]  # as an investor"
        if rule.type == "invest" and noun.lemma_.lower() in HOLDING_LISTS:
            found = held_companies(noun, found)
    else:
        return None
    return found


def _appos_of_mentions(noun, ents) -> list:
    """The name an aside describes: "A, a unit of B" (A), "A, one of B's backers" (A)."""
    aside = one_of(noun) or noun  # "A, one of B's backers, said": the aside is "one"
    found = mentions_of(aside.head, ents) if aside.dep_ == "appos" else []
    if found and (noun.tag_ == "NN" or aside.lower_ == "one") and aside.head.conjuncts:
        # "A and B, a unit of C": one name is described, the one the aside is set after
        # (the parser may hang the aside on A)
        found = _name_before(aside, ents)
    if not found:  # "with Avalon's A, parent company of B": the parser folds the aside into
        # one phrase, A a modifier of the noun set before its comma (where the name ends:
        # "Bank of Avalon, parent company of B" ends past its head "Bank")
        found = [m for c in noun.children if c.dep_ == "nmod" for m in mentions_of(c, ents)
                 if m.span[1] < noun.i and noun.doc[m.span[1]].text == ","]
    role = _role_aside(noun)
    if role is not None:  # "Ann Lee, CEO of Acme, parent company of B": Acme is the parent
        found = [m for c in role.children if c.dep_ == "prep" and c.lower_ in {"of", "at"}
                 for p in c.children if p.dep_ == "pobj" for m in mentions_of(p, ents)]
    if found and noun.doc[max(0, noun.left_edge.i - 1)].text in {"(", "["}:
        # "A (the maker of X), B and C": the aside is about the name before it alone
        found = [m for m in [ents.mention_at(noun.head)] if m]
    return found


def _name_before(aside, ents) -> list:
    """The mention right before an aside's opening comma or bracket."""
    doc, k = aside.doc, aside.left_edge.i - 1
    while k >= 0 and doc[k].text in {",", "(", "["}:
        k -= 1
    mention = ents.mention_at(doc[k]) if k >= 0 else None
    return [mention] if mention else []


def _haver_mentions(rule: Rule, noun, ents) -> list:
    """"Acme has customers including A and B": whose customers they are; "Acme, which counts
    Globex as an investor / among its investors": whose investors."""
    counter = counter_verb(noun) if rule.type == "invest" else None
    if counter is not None:
        return [m for t in subjects_of(counter) for m in mentions_of(t, ents)]
    return [m for t in subjects_of(noun.head) for m in mentions_of(t, ents)] \
        if noun.dep_ == "dobj" and noun.head.lemma_ in HAVE_VERBS else []


def _governor_mentions(rule: Rule, slot: str, role: str, noun, ents) -> list | None:
    """The parties of the clause that governs a noun trigger ("A and B signed a deal")."""
    if noun.dep_ == "dobj" and requested(noun.head):
        return None  # "calling on prosecutors to open an inquiry into X": not the caller's
    if rule.type != "sue" and scrutinised(noun):
        return None  # "opened an inquiry into the investments of A": the investigator
    if rule.type == "acquire" and merger_of_parties(noun):
        return None  # "proposed the merger of A and B": the proposer merges with neither
    into = _made_into(noun)
    one = one_of(noun)  # "A is one of B's backers", "A is among B's backers": as "B's backer"
    attr = noun.dep_ in {"attr", "oprd"} or (noun.dep_ == "pobj" and noun.head.lower_ == "as") \
        or into or (one is not None and one.dep_ == "attr") or (
            noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be")
    if slot == "governor_attr" and not attr or role.endswith("_unless_attr") and attr:
        return None
    if rule.type == "sue" and noun.dep_ == "pobj" and noun.head.lower_ not in {"with", "in"}:
        return None  # "an analyst shed light on probes against X": the speaker sues no one
    if rule.type == "sue" and noun.dep_ == "dobj" and noun.head.tag_ == "VBG" \
            and noun.head.lemma_.lower() in STATE_PARTICIPLES:
        return None  # "shedding light on looming probes against X": "looming" parsed as a verb
    if rule.type == "partner" and noun.dep_ == "pobj" and noun.head.lower_ in CONTESTED:
        return None  # "A and B are fighting over a contract": rivals for it, not its parties
    if rule.type != "sue" and judge(noun) is not None:
        return None  # "regulators and shareholders must approve the deal": not its parties
    if rule.type == "partner" and noun.dep_ == "attr" and noun.lemma_ not in PARTY_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in {"of", "between", "among"} for c in noun.children):
        return None  # "Acme Lab is a partnership of A, B and C": the venture, not a party
    if rule.type == "invest" and _funder_named_inside(noun, ents):
        return None  # "Lee suspended U.S. funding of X": the U.S. funds it, not Lee
    if rule.type == "invest" and role == "tail" and noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return None  # "will run Acme as a unit of Globex": a role after a deal, not a stake held
    # "A picked B as its supplier": the role is B's, not the chooser's
    named = [c for c in noun.head.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
             and ents.mention_at(c)] if noun.dep_ == "pobj" and noun.head.lower_ == "as" else []
    if into:  # "would turn the combined company into a rival to B": what is turned is the rival
        named = [c for c in noun.head.head.children if c.dep_ == "dobj" and ents.mention_at(c)]
    owner = _possessed_governor(noun, ents)
    if owner is not None and not named:
        return owner
    return [m for t in (named or governor_subjects(noun)) for m in mentions_of(t, ents)]


def _possessed_governor(noun, ents) -> list | None:
    """"X had wanted to fund Y's plans for a bid for Z": a noun on the way up to the verb that
    has a named possessor is that party's, so the bid is Y's, not the verb's subject X's."""
    tok = noun
    while tok.head.i != tok.i and tok.dep_ in {"pobj", "prep"}:
        tok = tok.head
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        owners = [m for c in tok.children if c.dep_ == "poss" for m in mentions_of(c, ents)]
        if owners:
            return owners
    return None


def _asked_for(noun) -> bool:
    """"called for an investigation by the regulator", "demanded an inquiry into X": a case
    someone asks for is not opened, and the asker is neither its party nor its target."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return noun.head.head.lemma_.lower() in REQUEST_VERBS
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in DEMAND_VERBS


def _called_rival(filled: dict) -> list:
    """"A is B's biggest rival", "A, B's rival, said": the one called a rival and the one whose
    rival it is (both fill head slots, as "B's rival" alone names only B)."""
    called = by_name(filled.get("governor_attr", []) + filled.get("appos_of", []))
    return [(a, b) for a in called for b in by_name(filled.get("poss", [])) if a.name != b.name]


def _role_aside(noun):
    """The role noun of an earlier apposition to the same name ("Ann Lee, chief executive of
    Acme, ..."): a later apposition then describes the role's organization, not the person."""
    if noun.dep_ != "appos":
        return None
    return next((c for c in noun.head.children if c.dep_ == "appos" and c.i < noun.i
                 and c.lemma_.lower() in ROLE_WORDS), None)


def _made_into(noun) -> bool:
    """"turn A into a rival to B", "make A into a supplier": the noun is what A becomes."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "into" else None
    return verb is not None and verb.lemma_.lower() in BECOME_VERBS


def _prep_mentions(rule: Rule, slot: str, role: str, noun, ents, extra: dict) -> list:
    """Mentions in a prepositional slot: "between A and B", "a buyout from B"."""
    if rule.type == "sue" and slot == "prep:with" and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in FILING_VERBS:
        return []  # "lodged a complaint with the commission": where it is filed, not the target
    holders = [noun]
    if noun.dep_ == "dobj" and slot[5:] in {"from", "by"}:
        holders.append(noun.head)  # "accepted a buyout from Verizon"
    seller_verb = sale_verb(rule, noun, slot)  # "completed the sale of B to C"
    holders += [seller_verb] if seller_verb is not None else []
    if rule.type == "invest" and noun.dep_ == "dobj" and _relative_in(noun.head, slot):
        holders.append(noun.head)  # "Clearnet, in which Euronext has a stake": on the verb
    if noun.dep_ == "nsubj" and slot == "prep:between":
        # "the real fight will be between Acme and Globex"
        holders += [v for v in [noun.head, *noun.head.children]
                    if v.lemma_ == "be" and v.dep_ in {"ROOT", "xcomp", "ccomp", "conj"}
                    or v.i == noun.head.i]
    toks = [p for h in holders for c in h.children
            if (c.dep_ in {"prep", "agent"} or c.dep_ == "dative" and h is seller_verb)
            and c.lower_ == slot[5:]
            for p in c.children if p.dep_ in {"pobj", "pcomp"}]
    # "A's purchase of B and C's takeover of D" parsed as "of [B and C]'s takeover": B is ours
    nested = [t for t in toks if t.pos_ == "NOUN" and _nested_trigger(rule, t)]
    if nested:
        return [m for t in nested for c in t.children if c.dep_ == "poss"
                for x in [c, *c.conjuncts[:-1]] for m in [ents.mention_at(x)] if m]
    # "an investigation into whether Alitalia is receiving aid": the clause's subject
    toks = [x for t in toks
            for x in (subjects_of(t) if t.pos_ in {"VERB", "AUX"} else [t])]
    found = [m for t in toks for m in (owners_of(t, ents) if role.endswith("_owner")
                                       else mentions_of(t, ents)) if not modifies_group(m, t, ents)
             and not (rule.type == "acquire" and names_a_thing(m, t, ents))]  # "purchase of Acme shares"
    if role.endswith("_owner") and toks and not ents.mention_at(toks[0]):
        extra["obj_word"] = phrase(toks[0])
        extra["via"] = next((m.name for t in toks for m in [ents.mention_at(c) for c in t.children
                             if c.dep_ in {"compound", "nmod"}] if m and m.type == "PRODUCT"),
                            extra.get("via"))
    return found


def _relative_in(verb, slot: str) -> bool:
    """Whether a verb carries the slot's preposition with a relative pronoun ("in which")."""
    return any(c.dep_ == "prep" and "prep:" + c.lower_ == slot and any(
        p.dep_ == "pobj" and p.lower_ in {"which", "whom"} for p in c.children)
        for c in verb.children)


def _exclusivity_only(noun, sent) -> bool:
    """A negation that ends a tie's exclusivity, not the tie: "no longer its sole supplier"."""
    return any(c.dep_ == "amod" and c.lower_ in EXCLUSIVE_WORDS for c in noun.children) \
        and modality_at(noun, sent) == "negated"


def noun_lemmas(rule: Rule) -> set[str]:
    """Trigger nouns of the rule's relation type."""
    return {lemma for rules in load_patterns()[1].values() for r in rules if r.type == rule.type
            for lemma in r.lemmas}


def _nested_trigger(rule: Rule, noun) -> bool:
    """A trigger noun that is the "of" object of another of its type, with a coordinated possessor:
    the coordination joins the two phrases, not two owners of this one."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.lemma_ in noun_lemmas(rule) and \
        any(c.dep_ == "poss" and c.conjuncts for c in noun.children)


def _modified_name(noun, ents):
    """The name a modifier noun belongs to: "rival Xstrata", "rival bank FleetBoston"."""
    tok = noun
    for _ in range(2):  # through one descriptor: "rival [bank] FleetBoston"
        if tok.dep_ not in {"compound", "amod"}:
            return None
        tok = tok.head
        if ents.mention_at(tok) and ents.mention_at(tok) is not ents.mention_at(noun):
            return tok
    return None


def _modified_mentions(noun, ents, slot: str) -> list:
    """compound_head: the name a trigger modifies ("Vivendi adviser Deutsche Bank");
    modified_poss: that name's possessor ("its subsidiary Bolt": the parser hangs "its" on the
    name, not on the trigger)."""
    named = _modified_name(noun, ents)
    if named is None:
        return []
    if slot == "compound_head":
        return [ents.mention_at(named)]
    return [m for c in named.children if c.dep_ == "poss" for m in mentions_of(c, ents)]


def _members(noun, ents) -> list:
    """Investors/customers listed: "investors include A, B", "customers such as A", "A, B"."""
    out = []
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        holders.append(noun.head.head)  # "Some of Acme's customers include A, B"
    subject = holders[-1]
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ in {
            "count", "list", "number", "include"}:  # "Acme counts Globex among its customers"
        out.extend(m for c in noun.head.head.children if c.dep_ == "dobj" for m in mentions_of(c, ents))
    if among_listed(noun):  # "A, B and C were among the investors"
        out.extend(m for t in subjects_of(noun.head.head) for m in mentions_of(t, ents))
    if subject.dep_ in SUBJECT_DEPS and subject.head.lemma_ in {"include", "be", "comprise", "count"}:
        for c in subject.head.children:
            if c.dep_ in {"dobj", "attr"}:
                out.extend(mentions_of(c, ents))
    for c in [c for h in holders for c in h.children]:
        if lists_items(c) or c.dep_ == "appos":  # "customers such as A": as "including A"
            targets = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            for p in targets:
                out.extend(mentions_of(p, ents))
    return out


def _funder_named_inside(noun, ents) -> bool:
    """"U.S. funding of X", "Acme backing": a name or place modifying the noun is its owner, so
    whoever governs the noun is not."""
    own = ents.mention_at(noun)  # "the parent company": its own words are no owner
    return any(c.dep_ in {"compound", "nmod"} and (ents.mention_at(c) not in (None, own)
                                                  or c.text in ents.places)
               for c in noun.children)


def _unnamed_possessor(noun, ents) -> bool:
    """"Ann Lee doubled the fund's stake in X": a holder is named, though not by a name, so the
    one who acts on the stake does not hold it."""
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" and not ents.mention_at(c)
               for c in noun.children)


def _one_person_named(noun, heads) -> bool:
    """"the customer, Ann Lee of Reno, settled into the chair": one person called a customer,
    investor or user, not of the story's company unless the text says so ("investors include
    A, B" still lists holders)."""
    return noun.tag_ == "NN" and bool(heads) and all(h.type == "PERSON" for h in heads)


def _no_person_maker(rule: Rule, noun, heads) -> list:
    """"Ann Lee, producer of The Zephyr Hour": a person who makes a product, no organization."""
    if rule.type != "develop" or noun.lemma_.lower() not in PERSON_MAKER_NOUNS:
        return heads
    return [h for h in heads if h.root.ent_type_ != "PERSON"]


def _unowned_list(rule: Rule, filled: dict, heads, tails) -> bool:
    """Whether a members list names no owner, so it is the story's company's ("Other investors
    include A"). "Investor Marvin Davis" is a title; in "Acme has customers including A" a slot
    of role "supplier" names the owner, and the supply rule reads that list."""
    titled = filled.get("compound_head", [])
    return rule.members_default_tail and any(h not in titled for h in heads) and not tails \
        and not any(filled.get(s) for s, r in rule.slots.items() if r == "supplier")
