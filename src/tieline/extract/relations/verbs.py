"""Verb triggers: "A acquired B", "B was backed by A", "Microsoft-backed OpenAI"."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from ..arguments import (by_name, co_prefix, conjuncts, governor_subjects, mentions_of, objects_of, owners_of,
                         phrase, prep_objects, subjects_of)
from ..lexicon import ORG_DESCRIPTORS
from .co_investors import co_investors
from .rounds import co_described, raised_in
from .contests import for_a_prize
from .bought_objects import business_bought, made_goods
from .deals import enforcer, is_price, names_a_thing, settles
from .members import member_orgs
from .prosecution import assists_inquiry, criminal_charge
from ..modality import ending_undone, modality_at
from .rules import (FORM_CLASHES, INTENT_NOUNS, JOINT_WORDS, LOOSE_PARTNER_VERBS, RIVAL_NOUNS,
                    STAKE_WORDS, TOGETHER_VERBS, TOGETHER_WORDS, Rule, modifies_group,
                    requested)
from .sink import default_tail, emit, object_class
from .sold_firms import sold_firm, sold_mood
from .asides import DESCRIBED_FIRMS, described
from .hyphened import hyphen_owner, modified_name
from .amount_agents import amount_agents
from .supply import SUPPLY_GOODS


HOLD_VERBS = {"own", "hold", "control"}
SHARE_SIZES = {"majority", "minority"}  # "is majority owned by"
# verbs of any struggle: rivals only when they fight for something ("battling Globex for
# customers"), not a war, a cause or a dispute ("fight the rebels", "fighting over a contract")
CONTEST_VERBS = {"fight", "battle", "challenge"}
# an accusation is a suit when the sentence says it was made in one ("accused Acme in a lawsuit
# of ...") or names a legal wrong ("accused Acme of fraud"); otherwise it is criticism ("accused
# the agency of not taking the crisis seriously")
LEGAL_FILINGS = {"lawsuit", "suit", "complaint", "filing", "indictment", "court", "charge",
                 "charges", "case"}
LEGAL_WRONGS = {"fraud", "breach", "infringe", "infringement", "violate", "violation", "steal",
                "theft", "espionage", "mislead", "collusion", "collude", "cartel", "bribery",
                "corruption", "discrimination", "discriminate", "negligence", "defamation", "libel",
                "misconduct", "manipulation", "manipulate", "launder", "laundering", "copy",
                "patent", "copyright", "trademark", "antitrust", "monopoly", "price-fixing",
                "embezzlement", "insider", "deceive", "deception", "conspiracy", "conspire"}
CAUSATIVE_ADJECTIVES = {"available", "accessible", "free", "public", "possible", "easier", "cheaper"}


def _goods_first(rule, objs) -> bool:
    """"to leverage X's technology, marketing and expertise": a use verb's list that opens with
    goods (`supply_goods`) uses them, whatever skills follow; "X's expertise and technology"
    opens with a skill and stays refused. The goods' own modifiers are still checked: "X's
    business model" is a way of trading, not goods."""
    return rule.type == "use" and bool(objs) and all(
        o.lemma_.lower() in SUPPLY_GOODS and not any(
            c.dep_ in {"compound", "nmod"} and c.lemma_.lower() in rule.forbid_object
            for c in o.children) for o in objs)


def _object_lemmas(objs: list) -> set[str]:
    """Words naming what a verb acts on, for rules that require or forbid some objects."""
    lemmas = set()
    # "$6bn in credits", "$4bn of loans": what the amount is
    objs = objs + [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                   for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        for t in conjuncts(o):
            lemmas.add(t.lemma_.lower())
            lemmas.add(t.lower_)
            lemmas.update(c.lemma_.lower() for c in t.children if c.dep_ in {"compound", "nmod"})
            if t.lower_ in {"%", "percent"}:  # "bought 100% of X": the whole of it
                lemmas.update(n.text + t.lower_ for n in t.children if n.dep_ == "nummod")
            if _series_label(t):
                lemmas.add("round")
    return lemmas


def _required_object(rule: Rule, verb, objs: list, obj_lemmas: set[str]) -> bool:
    """Whether the object is one the rule requires, also, for a rule that asks for it
    (sum_in_object), when a sum is its object and the parser hangs what the sum is on the verb:
    "is seeking millions of dollars in damages" (as "$6bn in credits" is hung on the sum)."""
    if obj_lemmas & set(rule.require_object):
        return True
    if not rule.sum_in_object or not any(o.ent_type_ == "MONEY" or o.like_num for o in objs):
        return False
    return any(w in rule.require_object for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
               for p in c.children if p.dep_ == "pobj" for w in (p.lemma_.lower(), p.lower_))


def _as_a_job(verb) -> bool:
    """"took over Acme as chief executive": a job, not a purchase; "bought Acme as part of a
    plan" names no job."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and not any(p.lower_ == "part" for p in c.children)
               for c in verb.children)


def _whole_share(obj, number) -> bool:
    """"bought 100% of X": the number counts no goods, it says the whole company was bought."""
    return obj.lower_ in {"%", "percent"} and number.text == "100"


def _series_label(tok) -> bool:
    """"Series A", "its Series B": a funding round named by its letter (capital "Series" and a
    letter), unlike "a series of talks"."""
    return any(c.text == "Series" and c.dep_ == "compound" and c.i == tok.i - 1
               for c in tok.children) and len(tok.text.rstrip(".")) <= 2 and tok.text[0].isupper()


@dataclass
class _Shape:
    """How a trigger verb sits in its clause."""
    passive: bool
    reduced: bool  # a participle after its object: "CoreWeave, backed by Nvidia"
    hyphened: bool  # "Microsoft-backed OpenAI"
    objs: list  # what it acts on


def _shape(verb) -> _Shape:
    # "X is majority-owned by Y": the hyphened adverb makes the parser read the participle as
    # a predicate adjective of "is", with its agent still attached
    predicated = verb.dep_ == "acomp" and verb.tag_ == "VBN" and any(
        c.dep_ == "agent" for c in verb.children)
    # "X is majority owned by Y": without the hyphen the parser reads "majority" as the
    # predicate and the participle as its modifier
    shared = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "attr" \
        and verb.head.lemma_.lower() in SHARE_SIZES and any(c.dep_ == "agent" for c in verb.children)
    passive = predicated or shared or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    shared_passive = not passive and _shares_passive(verb)
    passive = passive or shared_passive
    prefix = co_prefix(verb)  # "The round was co-led by A": "was" hangs on the split "co"
    passive = passive or prefix is not None and any(
        c.dep_ == "auxpass" for c in prefix.children) and any(c.dep_ == "agent" for c in verb.children)
    # "CoreWeave, backed by Nvidia, ..."
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and not shared
    if reduced and verb.head.dep_ == "ROOT" and verb.head.i == verb.i - 1 and not any(
            c.dep_ == "agent" for c in verb.children):
        reduced = False  # "Siemens invested in Bosch" misread as a name with a participle
    # "Microsoft-backed OpenAI", "the Google-owned YouTube": the modifier names the agent
    hyphened = verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.i > 0 \
        and verb.doc[verb.i - 1].text == "-"
    reduced = reduced or hyphened
    if (co := co_described(verb)) is not None:  # "a round co-led by A": "co" hangs on the round
        return _Shape(False, True, False, [described(co)])
    if shared_passive:  # a name or pronoun: "the former Acme unit was sold to B" names no target
        objs = [o for o in objects_of(verb.head, True) if o.pos_ != "NOUN"]
    else:  # "Danone agreed to be bought by Nestle": the controller of the passive infinitive
        undergoer = [] if reduced or not passive or objects_of(verb, passive) else subjects_of(verb)
        objs = [described(verb.head)] if reduced else objects_of(verb, passive) or undergoer
    if predicated:
        objs = subjects_of(verb.head)
    if shared:
        objs = subjects_of(verb.head.head)
    return _Shape(passive, reduced, hyphened, objs)


def _shares_passive(verb) -> bool:
    """"X was seized and sold to Y": a participle joined to a passive verb, with no subject,
    auxiliary or object of its own, is passive too; its subject is what was sold, not the seller.
    (The caller has checked that the participle has no passive subject or auxiliary itself.)
    An intransitive verb takes its object after a preposition and is tagged so too ("X was
    founded in 2010 and invested in Y"): with "in", "into", "with" or "against" and no agent
    or "to" it stays active."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in head.children) and any(
        c.dep_ == "nsubjpass" for c in head.children) and not any(
        c.dep_ in {"nsubj", "aux"} for c in verb.children) and not any(
        o.pos_ != "ADP" for o in objects_of(verb, False)) \
        and (_passive_cue(verb) or not any(
            c.dep_ == "prep" and c.lower_ in _ACTIVE_PREPS for c in verb.children))


_ACTIVE_PREPS = {"in", "into", "with", "against"}  # "invested in", "partnered with", "sued ... against"


def _passive_cue(verb) -> bool:
    """An agent or a "to" (sold to, handed to; the parser may call it a dative) reads the
    participle as passive."""
    return any(c.dep_ == "agent" or c.dep_ in {"prep", "dative"} and c.lower_ == "to"
               for c in verb.children)


def apply_verb(rule: Rule, verb, sent, ents, sink, objects) -> None:
    if rule.jointly and not _done_jointly(verb):
        return  # checked first: the rule lists common verbs, this cue is rare and cheap
    shape = _shape(verb)
    if not _rule_holds(rule, verb, shape, ents):
        return
    heads, tails, pairs, obj_word, mood_from = _slot_mentions(rule, verb, shape, ents)
    if rule.type == "use":
        # a person's use of a tool, a test or a fund is a consumer's, no tie between parties
        # ("Ann Lee used Acme's app", "the senator recommended using the fund")
        heads = [h for h in heads if h.type != "PERSON" or _described_firm(h)]
        # a name used outright is mostly a product the tagger called a firm ("used ID NOW",
        # "uses AirPlay"); a firm's own thing is named with its noun ("Acme's test", "Acme kits")
        named = {m.name for o in shape.objs for t in conjuncts(o) for m in [ents.mention_at(t)]
                 if m and m.type == "ORG"}
        tails = [t for t in tails if t.name not in named]
    if rule.services_only:  # "operates Vantair V320s", "operates Bolt's Zephyr": a fleet, a
        tails = [t for t in tails if not _coded_or_made(t, heads, ents)]  # licence: no maker
    via = None
    if rule.via_slot:
        for t in prep_objects(verb, rule.via_slot[5:]):
            m = ents.mention_at(t) or next((ents.mention_at(c) for c in t.children
                                            if c.dep_ in {"compound", "nmod"}
                                            and ents.mention_at(c)), None)
            if m and m.type == "PRODUCT":
                via = m.name
    if rule.members_default_tail and heads:
        heads += [m for m in co_investors(verb, shape.objs, ents) if m not in heads]
    if rule.members_default_tail and heads and not tails:  # "The round was led by Accel"
        tails = default_tail(rule.type, heads, ents, sink)
    obj = object_class(rule, verb, objects, obj_word)
    if rule.negated and ending_undone(verb):
        return  # "could sell its stake": not sold (the noun rule reads the stake still held)
    modality = "negated" if rule.negated else None
    modality = sold_mood(rule, verb, sent, modality)  # "plans to sell B": B still held
    if mood_from is not None:
        modality = modality_at(mood_from, sent)
    if "governor_dative" in rule.slots and verb.dep_ in {"advcl", "xcomp"}:
        modality = modality_at(verb.head, sent)  # "may pay $5m to settle": the payment's mood
    if modality is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(
            c.lower_ == "to" for c in verb.children):  # "its plan to buy X was dropped"
        mood = modality_at(verb.head, sent)
        modality = mood if mood != "asserted" else INTENT_NOUNS.get(verb.head.lemma_.lower())
    emit(rule, verb, sent, heads, tails, pairs, sink, ents, obj, via, modality, 0.6)


def _coded_or_made(tail, heads, ents) -> bool:
    """Whether a product has a model code's digits, a maker the text names that is none of
    the heads, or a longer name led by a word of none of the heads' names ("operates the
    Vantair Skyliner": a maker's name before its model): an operator of such a thing runs
    what another firm makes ("Kestrel Media operates Kestrel Radio" is its own)."""
    maker = getattr(ents.entities.get(tail.name), "maker", None)
    name_words = tail.name.split()
    led_by_other = len(name_words) > 1 and not any(name_words[0] in h.name.split() for h in heads)
    return any(ch.isdigit() for ch in tail.name) or led_by_other or maker is not None and \
        maker not in {h.name for h in heads}


def _done_jointly(verb) -> bool:
    """"was carried out jointly by A and B", "A and B jointly run X", "co-developed by A and B":
    the text says the parties did the one thing together (not "A and B each run a lab")."""
    return co_prefix(verb) is not None or any(
        c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children)


def _rule_holds(rule: Rule, verb, shape: _Shape, ents) -> bool:
    """The rule's conditions on the verb's particle and objects."""
    passive, objs = shape.passive, shape.objs
    if FORM_CLASHES.get(verb.lower_) == verb.lemma_.lower():
        return False  # "found" read as the past of "find", not "found a company"
    if rule.joint_object and (verb.dep_ == "advcl" or not _made_together(verb, passive)):
        return False  # "A and B provide images to establish trends": a purpose, made apart
    if requested(verb):
        return False
    if rule.type == "partner" and verb.lemma_.lower() in LOOSE_PARTNER_VERBS and not any(
            c.dep_ == "prt" and c.lower_ == "up" or c.lower_ == "with" for c in verb.children):
        return False  # "users have been linking to the film": no "link up" or "link with"
    if rule.type == "sue" and is_price(verb):
        return False
    if rule.type == "sue" and criminal_charge(verb, objs):
        return False
    if rule.type == "partner" and (settles(verb) or assists_inquiry(verb)):
        return False
    if rule.type == "compete" and verb.lemma_.lower() in CONTEST_VERBS and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    if rule.type == "compete" and for_a_prize(verb):
        return False  # nominees for one award, not rivals for customers
    if rule.type == "sue" and verb.lemma_.lower() == "accuse" and not any(
            t.lemma_.lower() in LEGAL_FILINGS for t in verb.sent) and not _enforcer_accuses(
            verb, shape, ents) and not any(
            t.lemma_.lower() in LEGAL_WRONGS or t.lower_ in LEGAL_WRONGS
            for h in [verb, *objs] for c in h.children
            if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree):
        return False
    if rule.type == "acquire" and _as_a_job(verb):
        return False
    if rule.firm_sold and not sold_firm(verb, objects_of(verb, passive), ents):
        return False  # the verb's own objects: shape.objs may be an undergoer or a described name
    if rule.require_particle and not any(c.dep_ == "prt" and c.lower_ == rule.require_particle
                                         for c in verb.children):
        return False
    if rule.type == "compete" and rule.require_particle and not all(
            ents.mention_at(p) for p in prep_objects(verb, "to")):
        return False  # "lost out to rival ITV soap Emmerdale": a show won, not its broadcaster
    obj_lemmas = _object_lemmas(objs)
    if rule.type == "acquire" and any(c.dep_ == "nummod" and c.like_num and not _whole_share(o, c)
                                      for o in objects_of(verb, passive) for c in o.children):
        return False  # "buy 15 new ATR 72-500s": goods are counted, companies are not
    if rule.require_object and not _required_object(rule, verb, objs, obj_lemmas):
        return False
    if rule.forbid_object and obj_lemmas & set(rule.forbid_object) and not _goods_first(rule, objs):
        return False
    if rule.bare_object and any(c.dep_ != "prep" for o in objs for c in o.children):
        return False
    if rule.require_in_prep and not ({
            t.lower_ for slot in rule.slots if slot.startswith("prep:")
            for p in prep_objects(verb, slot[5:]) for t in [p, *p.children]} | _to_infinitive_nouns(
                verb)) & set(rule.require_in_prep):
        return False
    if rule.object_names_only and any(
            not any(m.kind == "name" for m in [ents.mention_at(o)] + [
                ents.mention_at(c) for c in o.children if c.dep_ == "appos" or (
                    c.dep_ == "compound" and o.lemma_.lower() in ORG_DESCRIPTORS)] if m)
            for o in objects_of(verb, passive) if o.pos_ != "ADP"):  # "to" read as a dative
        # "sold it to X": too vague to name what was sold; "its unit Osram", "the Osram company"
        return False
    if verb.lemma_.lower() in rule.manage_lemmas and any(
            m.type == "ORG" and (ents.mention_at(o) is m or shape.reduced and o.pos_ == "PROPN")
            for o in objects_of(verb, passive) + objs for m in mentions_of(o, ents)):
        return False  # "appointed to run Globex Bank", "Globex Inc., run by Ann Lee": a job
    if rule.type in {"supply", "develop"} and verb.lemma_ == "make" and (any(
            c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} for c in verb.children) or any(
            t.pos_ == "ADJ" and t.lower_ in CAUSATIVE_ADJECTIVES for o in objs for t in o.subtree)):
        # "making its app free for Android", "make transcripts of X available" (the adjective
        # parsed inside the object): it changes the thing, makes nothing
        return False
    if rule.type == "develop" and any(_jointly_owned(o) for o in objs):
        return False  # "make their combined platform the best": owned together, not built by each
    if rule.forbid_object_types and any(
            m.type in rule.forbid_object_types for o in objects_of(verb, passive)
            if not made_goods(rule, o, ents) for m in mentions_of(o, ents)):
        return False
    return not (rule.type == "supply" and rule.require_object and any(
        business_bought(rule, o) for o in objects_of(verb, passive)))


def _enforcer_accuses(verb, shape: _Shape, ents) -> bool:
    """"The Authority accused X of abusing its dominance": a regulator's accusation is its
    case, whatever the wrong is called; a firm's or a person's needs a legal wrong."""
    who = [a for c in verb.children if c.dep_ == "agent" for a in c.children
           if a.dep_ == "pobj"] if shape.passive else subjects_of(verb)
    return any(m.type == "ORG" and enforcer(m, ents) for t in who for m in mentions_of(t, ents))


def _slot_mentions(rule: Rule, verb, shape: _Shape, ents):
    """(heads, tails, pairs, object word, token whose mood counts) from the rule's slots."""
    heads, tails, pairs, obj_word, mood_from = [], [], [], None, None
    for slot, role in rule.slots.items():
        toks = _slot_tokens(rule, slot, verb, shape, ents)
        if toks is None:
            continue
        if slot == "raiser" and shape.reduced and not raised_in(verb, shape.objs, ents):
            mood_from = toks[0].head if toks else None  # "may raise $5m in a round led by"
        if role.endswith("_owner"):
            found = [m for t in toks for m in owners_of(t, ents)]
            if found and toks and not ents.mention_at(toks[0]):
                obj_word = obj_word or phrase(toks[0])
        else:
            found = [m for t in toks for m in mentions_of(t, ents, verb)
                     if not modifies_group(m, t, ents)
                     and (rule.type != "acquire" or not names_a_thing(m, t, ents))]
            if not found and rule.type == "partner" and slot == "prep:with":
                found = [m for t in toks for m in member_orgs(t, ents)]  # "with researchers at A"
            if slot == "object" and shape.hyphened:
                found = modified_name(verb, ents)
            if slot == "object" and shape.reduced and not shape.hyphened and any(
                    t.text == ";" for t in verb.head.subtree):
                # "A, investigated by B; C, fined; and D": a list split by semicolons, each
                # item with its own aside
                found = found[:1]
            if slot == "object" and shape.reduced and _parenthetical(verb) is not None:
                # "A, B (owned by C) and D": the aside is about the name just before it alone
                found = [m for m in [ents.mention_at(_parenthetical(verb))] if m]
        if slot in {"prep:in", "prep:of"} and rule.type == "invest" \
                and _not_a_holding(verb, shape, ents):
            continue  # "is holding clinics in Gary": what is held is no stake in the place
        # "A and B are working overtime to block it": each on its own, not with each other
        apart = verb.lemma_.lower() in TOGETHER_VERBS and not any(
            c.lower_ in TOGETHER_WORDS for c in verb.children)
        if rule.pair == slot and not apart and len(found) > 1 and not any(
                r in {"tail", "tail_owner"} and s != slot for s, r in rule.slots.items()
                if _slot_filled(verb, s, shape.passive)):
            pairs.extend(combinations(by_name(found), 2))
        elif role.startswith("head"):
            heads.extend(found)
        elif role.startswith("tail"):
            tails.extend(found)
    return heads, tails, pairs, obj_word, mood_from


def _described_firm(mention) -> bool:
    """A name typed a person that the text calls a firm: "equipment maker John Deere"."""
    root = getattr(mention, "root", None)
    if root is None:
        return False
    beside = [c for c in root.children if c.dep_ in {"compound", "appos"}]
    beside += [root.head] if root.dep_ == "appos" else []
    return any(t.lemma_.lower() in DESCRIBED_FIRMS for t in beside)


def _not_a_holding(verb, shape: _Shape, ents) -> bool:
    """"holds a 5% stake in X" gives X; "is holding clinics in Gary", "owns stores in Ohio" do
    not: a named object or a stake word is what the "in"/"of" phrase qualifies. In a relative
    clause what is held is the noun it hangs on: "the stake it holds in X", "the cash it held in X"."""
    objs = objects_of(verb, shape.passive) or ([verb.head] if verb.dep_ == "relcl" else [])
    return verb.lemma_.lower() in HOLD_VERBS and bool(objs) \
        and not any(ents.mention_at(o) for o in objs) \
        and not _object_lemmas(objs) & STAKE_WORDS


def _slot_tokens(rule: Rule, slot: str, verb, shape: _Shape, ents) -> list | None:
    """The tokens a slot of the rule points at; None for a slot verbs do not have."""
    passive, reduced, objs = shape.passive, shape.reduced, shape.objs
    if slot == "subject":
        toks = [a for c in verb.children if c.dep_ == "agent"
                for a in c.children if a.dep_ == "pobj"] if passive or reduced else subjects_of(verb)
        if passive and rule.type == "sue" and not toks:
            toks = amount_agents(verb)  # "was fined £3m by the Authority": "by" hung on the sum
        if shape.hyphened:
            toks = hyphen_owner(verb, ents)
    elif slot == "object":
        toks = list(objs)
        if rule.type == "acquire" and any(t.dep_ == "dobj" for t in toks):
            toks = [t for t in toks if t.dep_ != "dative"]  # "bought Acme milk", "bought it a plant"
        # "fined Nestle 50 million euros" parses the name as a modifier of the amount
        toks += [c for o in toks if o.ent_type_ == "MONEY" or any(
            x.like_num for x in o.children if x.dep_ in {"nummod", "compound"})
            for c in o.children if c.dep_ in {"nmod", "compound"} and ents.mention_at(c)]
        if rule.tail_types == ["PRODUCT"]:  # "released a line of chips called Zephyr"
            toks = [t for o in toks for t in _naming_subtree(o) if ents.mention_at(t)
                    and ents.mention_at(t).type == "PRODUCT"]
    elif slot == "dative":
        toks = [c for c in verb.children if c.dep_ == "dative"]
    elif slot.startswith("prep:"):
        toks = prep_objects(verb, slot[5:])
    elif slot == "governor_dative":  # "paid the SEC $250m to settle charges"
        toks = [c for c in verb.head.children if c.dep_ == "dative"] \
            if verb.dep_ in {"advcl", "xcomp"} else []
    elif slot == "raiser":  # whose round: "led a round in X", "X raised $5m in a round led by Y"
        toks = raised_in(verb, shape.objs, ents)
        if not toks and reduced:
            toks = governor_subjects(verb.head)
    elif slot == "object_agent":  # "settle charges brought by the SEC"
        toks = [p for o in objects_of(verb, passive) for c in o.children if c.dep_ == "acl"
                for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    else:
        return None
    return toks


def _parenthetical(verb):
    """For a participle written in brackets, the token just before the bracket (the name it
    describes, whatever the parser attached it to); else None."""
    left = verb.left_edge.i
    if verb.doc[left].text not in {"(", "["}:
        left -= 1
    return verb.doc[left - 1] if left > 0 and verb.doc[left].text in {"(", "["} else None


def _made_together(verb, passive: bool) -> bool:
    """"A and B launched a venture", "... pledged $5bn": the subjects make or commit one thing
    together. Without an object ("the shows open in May") or with each one's own ("would open
    their seasons") the coordination lists parties doing the same thing apart."""
    objs = objects_of(verb, passive)
    if not objs and not any(c.dep_ == "prt" for c in verb.children):
        return False
    return not any(c.dep_ == "poss" and c.lower_ == "their" for o in objs for c in o.children) \
        or any(_jointly_owned(o) for o in objs)


def _jointly_owned(obj) -> bool:
    """"their combined platform", "the two companies' joint venture": a product several owners
    share; the text does not say which of them built it."""
    holders = [obj, obj.head] if obj.dep_ == "appos" else [obj]
    holders += [c for c in obj.children if c.dep_ == "appos"]
    return any(
        any(c.dep_ == "poss" and (c.lower_ == "their" or c.tag_ == "NNS") for c in h.children)
        and any(t.lower_ in JOINT_WORDS for c in h.lefts for t in c.subtree)
        for h in holders)


def _naming_subtree(tok):
    """Tokens that name or list what a noun phrase is, not where or how it is used."""
    yield tok
    for c in tok.children:
        if c.dep_ in {"appos", "conj", "oprd"} or (
                c.dep_ in {"compound", "nmod"} and tok.lemma_.lower() not in RIVAL_NOUNS) or (
                c.dep_ == "prep" and c.lower_ in {"of", "like", "including", "as"}) or (
                c.dep_ in {"pobj", "acl"} and (c.dep_ == "pobj" or c.lemma_ in {"dub", "call", "name"})):
            yield from _naming_subtree(c)


def _slot_filled(verb, slot: str, passive: bool) -> bool:
    if slot.startswith("prep:"):
        return bool(prep_objects(verb, slot[5:]))
    if slot == "object":
        return bool(objects_of(verb, passive))
    return False


def _to_infinitive_nouns(verb) -> set[str]:
    """"is taking X to court": the parser may read "to court" as an infinitive hung on the
    verb; the word after that "to" is then the place the rule asks for."""
    return {c.lower_ for c in verb.children if c.dep_ == "xcomp"
            and any(a.lower_ == "to" and a.i == c.i - 1 for a in c.children)}
