"""Where rules put what they find: one relation per pair with evidence, modality and time."""
from __future__ import annotations

import re
from functools import lru_cache

from ...model import Relation
from ..arguments import Named, mentions_of
from ..entities import is_source
from ..entities.services import service_party
from ..evidence import evidence
from ..generic_units import generic_unit
from ..modality import aim_mood, asked_about, modality_at
from ..timex import time_of
from .cut_names import bad_edge, cut_at_right, cut_before_kind, looks_cut
from .ellipsis import elided_subject
from .possessed_units import place_before_body, unit_owner
from .gifts import given_not_invested
from .holdings import firm_holds
from .launches import LAUNCH_VERBS  # bring out a good, not build it
from .deals import (counterfactual, enforcer, is_court, judge_titled, litigant, mere_action,
                    not_a_stake, place_half, regulator, regulator_settlement, unbought_description)
from .makers import cut_from_quote, names_non_product, non_product_name, product_name, run_on_tail
from .rules import ARG_TYPES, GOVERNING_BODIES, MAKER_SIDE, NON_BUSINESS_BODIES, load_patterns
from .supply_checks import supply_tie
from ..wordlists import words


LABOUR_BODIES = {"union", "unions", "guild", "teamsters", "workers"}
ROUND_LEAD_VERBS = words("relation_words", "round_lead_verbs")  # lead, co-lead, anchor
COUNTERPART_NOUNS = words("relation_words", "counterpart_nouns")  # rival, supplier, client
# a chamber, party or campaign is held by no one ("a backer of the Orvane Party" has no stake)
UNHELD_BODIES = GOVERNING_BODIES | words("relation_words", "political_sides")
PARTNER_USE_VERBS = words("relation_words", "partner_use_verbs")  # "with B to use its cloud"


def _asked(trigger, head, tail) -> bool:
    """Both parties inside the question an asking verb puts ("asked if A would buy B"); not a
    party named outside it ("asked if Acme would sue, its chief A said ...": A's post stands).
    A party given by name only is placed by the words of its name in the sentence."""
    question = asked_about(trigger)
    if question is None:
        return False
    # from the "if"/"whether" to the first comma or colon after it: the parser may hang the
    # answer's clause on the question ("When asked if A would sue B, its chief C said ...")
    mark = min(c.i for c in question.children if c.dep_ == "mark")
    end = next((t.i for t in question.doc[mark:question.right_edge.i + 1]
                if t.text in {",", ":", ";"}), question.right_edge.i + 1)
    inside = range(mark, end)
    if trigger.i not in inside:
        return False

    def within(m) -> bool:
        root = getattr(m, "root", None)
        if root is not None:
            return root.i in inside
        last = m.name.split()[-1]
        places = [t.i for t in trigger.sent if t.text == last]
        return bool(places) and all(i in inside for i in places)
    return within(head) and within(tail)


class Sink:
    """Collects relations for one document with evidence, modality and time."""

    def __init__(self, document, ents):
        self.document, self.ents, self.found = document, ents, []
        self.last_tail: dict[str, str] = {}

    def add(self, rtype, head, tail, trigger, rule_id, sent, obj=None, via=None,
            modality=None, confidence=0.6) -> None:
        if head is None or tail is None:
            return
        if rtype in {"supply", "use"} and not supply_tie(trigger, head, tail):
            return  # "up to them if they still use X's tests": a question, no tie
        if any(getattr(m, "root", None) is not None and is_source(m.root) for m in (head, tail)):
            return  # "..., Reuters reported": the source of a statement is not a party to it
        if _asked(trigger, head, tail):
            return  # "asked if A would buy B": a question put, no tie stated
        head, tail, obj, via = self._maker_side(rtype, head, tail, obj, via)
        settled = regulator_settlement(head, tail, trigger, sent, self.ents) \
            if rtype == "partner" and head is not None and tail is not None else None
        if settled:
            rtype, (head, tail) = "sue", settled
        if rtype == "sue" and head is not None:
            head = litigant(head, self.ents)
        if rtype == "sue" and tail is not None and is_court(tail):
            return  # "took the ruling to the state's Supreme Court": an appeal, no defendant
        if rtype == "sue" and tail is not None and _judge_over_case(tail, trigger):
            return
        if rtype == "sue" and head is not None and mere_action(trigger) \
                and not enforcer(head, self.ents):
            return
        if not self._deal_parties(rtype, head, tail, trigger):
            return
        if head is not None and rtype in {"employ", "talent_move"}:
            head = unit_owner(head, sent, self.ents) or head  # "Orvane University's Center for X"
        if tail is not None and rtype == "talent_move":
            tail = unit_owner(tail, sent, self.ents) or tail  # joining a unit joins its owner
        if head is None or tail is None or head.name == tail.name:
            return
        if rtype not in {"develop", "invest"} and head.type == tail.type == "ORG" and \
                head.name.split()[0] == tail.name.split()[0]:
            # "Mistral AI" and "Mistral Large": one brand family, not two parties; but a
            # parent does own its namesake unit ("its US unit, Acme America")
            return
        if rtype == "partner" and any(
                m.name.split()[-1].lower() in LABOUR_BODIES for m in (head, tail)):
            return  # "their contracts with the Auto Workers union": pay and terms, no alliance
        if rtype == "compete" and any(
                m.name.split()[-1].lower() in NON_BUSINESS_BODIES for m in (head, tail)):
            return  # a party, an army or a ministry fights or vies; it is no market rival
        if rtype == "employ" and place_before_body(head, trigger, sent, self.ents):
            return  # "Ohio's Orvane Clinic director A": the clinic employs A, not the state
        if rtype == "employ" and generic_unit(head):
            return  # "the Vaccine Research Group" cut from its institution names no employer
        htypes, ttypes = ARG_TYPES[rtype]
        if head.type not in htypes or tail.type not in ttypes:
            return
        if looks_cut(head, sent, self.ents) or looks_cut(tail, sent, self.ents):
            return  # "World Anti-Doping Agency" read as "Anti-Doping Agency": no such party
        if rtype == "employ" and cut_at_right(head, sent, self.ents):
            return  # "Nought to Nine" read as "Nought": no such employer
        if any(bad_edge(m) or cut_before_kind(m, sent, self.ents) for m in (head, tail)):
            return  # "Orvane/" of "Orvane/Kestrel", "Orvane" of "Orvane Casino": no such party
        if any(service_party(m, sent, self.ents) for m in (head, tail)):
            return  # "on her Chirpa account", and Chirpa never acts: the service, no firm
        if rtype == "invest" and (tail.name.split()[-1].lower() in UNHELD_BODIES
                                  or not_a_stake(tail)):
            return  # a party controls a chamber; nobody holds shares in it; bonds are no stake
        if rtype == "invest" and _names_a_counterpart(tail):
            return  # "owns shares in a Kestrel rival": the rival is held, not Kestrel
        if rtype == "invest" and given_not_invested(trigger, head, tail, sent, self.ents):
            return  # a donation, grant or appropriation, or a politician's backer: no stake
        if elided_subject(tail):
            return  # "While A has sued B, C has not": C is the subject of "has not", of any kind
        if rtype == "develop" and not rule_id.startswith("maker") and (
                not product_name(tail.name, head.name) or self._owned_by_other(tail, head, trigger)
                or self._made_by_other(tail, head)):
            return  # "created 'Spring Sessions: Live from'", "the company behind the X Festival"
        if rtype == "develop" and (run_on_tail(tail.name, head.name, self.ents)
                                   or cut_from_quote(tail)):
            return  # "Acme launched Acme Sports Network": one name, its tail no product
        modality = aim_mood(rtype, trigger, modality or modality_at(trigger, sent), sent)
        ev = evidence(self.document, sent.start_char, sent.end_char, rule_id, confidence, modality)
        ev.time = time_of(ev.sentence, self.document.published)
        self.found.append(Relation(rtype, head.name, tail.name, object=obj, via=via,
                                   modality=ev.modality, time=ev.time, evidence=ev))
        self.last_tail[rtype] = tail.name

    @staticmethod
    def _deal_parties(rtype, head, tail, trigger) -> bool:
        """Whether the parties and mood can stand: no city that only says where a party sits
        (any relation); for a takeover, no regulator as buyer and no deal that "could have"
        happened."""
        if any(m is not None and place_half(m) for m in (head, tail)):
            return False
        if rtype != "acquire":
            return True
        if tail is not None and unbought_description(tail):
            return False
        return not (head is not None and regulator(head)) and not counterfactual(trigger)

    def _owned_by_other(self, product, maker, trigger) -> bool:
        """"Acme, the owner of Bolt's Zephyr": a product the sentence gives another possessor
        (often the first half of its own name, "Victoria's Secret")."""
        root = getattr(product, "root", None)
        owners = [self.ents.mention_at(c) for c in root.children if c.dep_ == "poss"] if root else []
        if any(m is None or m.name != maker.name for m in owners):
            return True
        # "Acme launched Bolt's Zephyr drone": the possessive hangs on the goods noun the name
        # modifies; only a named possessor counts there ("its" is read by the makers' rule),
        # and only beside a launching verb: who builds "the Army's Zephyr drone" makes it
        noun = root.head if root is not None and root.dep_ in {"compound", "nmod"} \
            and getattr(trigger, "lemma_", "").lower() in LAUNCH_VERBS else None
        return noun is not None and any(
            m is not None and m.kind == "name" and m.name != maker.name
            for m in (self.ents.mention_at(c) for c in noun.children if c.dep_ == "poss"))

    def _made_by_other(self, product, maker) -> bool:
        """"Acme launched its Boeing 787 service", "produced a 'Back To Work' playbook": a
        product the text already credits to another maker (named after it, or possessed), or a
        name for a plan, programme, event or document, not something the subject makes."""
        root = getattr(product, "root", None)
        if non_product_name(product.name) or root is not None and names_non_product(root):
            return True
        first = product.name.split()[0]
        return first != maker.name.split()[0] and any(
            e.type == "ORG" and e.name.split()[0] == first and e.name != product.name
            for e in self.ents.entities.values())  # a brand typed ORG is not its own maker

    def _owner_modified(self, product, owner) -> bool:
        """"Acme-owned Zephyr announced ...": the hyphened participle before the product names
        the owner of the product itself, so the maker another clause gave it (often through a
        pronoun) is no firm the owner holds. No owner (a product head with no maker): False."""
        root = getattr(product, "root", None)
        doc = getattr(root, "doc", None)
        return owner is not None and root is not None and any(
            c.i < root.i and c.i >= 2 and doc[c.i - 1].text == "-"
            and getattr(self.ents.mention_at(doc[c.i - 2]), "name", None) == owner.name
            for c in root.children if c.dep_ in {"amod", "compound"})

    def _possessed_by(self, product, maker) -> bool:
        """Whether the product's own phrase names its maker as possessor: "owns Acme's Zephyr"
        (often one name cut at its possessive, "Victoria's Secret")."""
        root = getattr(product, "root", None)
        return maker is not None and root is not None and any(
            c.dep_ == "poss" and getattr(self.ents.mention_at(c), "name", None) == maker
            for c in root.children)

    def _maker_side(self, rtype, head, tail, obj, via):
        """A product stands for its maker: "Amazon Web Services became X's cloud provider"."""
        if rtype not in MAKER_SIDE:
            return head, tail, obj, via
        ents = self.ents
        if head.type == "PRODUCT":
            maker = ents.entities[head.name].maker
            head, via = (Named(maker, "ORG"), via or head.name) if maker else (None, via)
        if tail.type == "PRODUCT":
            maker = ents.entities[tail.name].maker
            if rtype in {"invest", "acquire"} and self._possessed_by(tail, maker):
                return head, None, obj, via  # owns "Acme's Zephyr": not Acme, maybe a cut name
            if rtype in {"invest", "acquire"} and self._owner_modified(tail, head):
                return head, None, obj, via  # "the Acme-owned Zephyr": Acme's own product
            tail, obj = (Named(maker, "ORG"), obj or tail.name) if maker else (None, obj)
        return head, tail, obj, via


def default_tail(rtype: str, heads, ents, sink) -> list:
    """The company the story is about, when a rule names only the investor or customer."""
    named = {h.name for h in heads}
    # neither the investor nor its owner: "Acme's venture arm, Bolt, led the round"
    named |= {r.head for r in sink.found if r.type == rtype and r.tail in named}
    named |= _round_leads(heads, ents)  # "led by A, with participation from B": not A's round
    last = sink.last_tail.get(rtype)
    last = last if last not in named else None
    last = last or ents.salient_org(exclude=named)
    return [Named(last, ents.entities[last].type)] if last and last in ents.entities else []


def _names_a_counterpart(m) -> bool:
    """A name that only says whose rival, supplier or client a thing is ("a Kestrel Foods
    rival", "the Acme supplier"): the holding is in that other firm, not in the name."""
    root = getattr(m, "root", None)
    return root is not None and root.dep_ == "compound" and root.head.pos_ == "NOUN" \
        and root.head.lemma_.lower() in COUNTERPART_NOUNS


def _round_leads(heads, ents) -> set:
    """Firms the heads' sentence names as leading something ("the round was led by A", "A led
    the round"): the lead puts money in, so it never is the company raising."""
    sents = {h.root.sent for h in heads if getattr(h, "root", None) is not None}
    leads = [p for s in sents for t in s if t.dep_ == "agent"
             and t.head.lemma_.lower() in ROUND_LEAD_VERBS
             for p in t.children if p.dep_ == "pobj"]
    leads += [t for s in sents for t in s if t.dep_ == "nsubj"
              and t.head.lemma_.lower() in ROUND_LEAD_VERBS]
    return {m.name for p in leads for m in mentions_of(p, ents)}


def emit(rule, trigger, sent, heads, tails, pairs, sink, ents, obj, via, modality, conf):
    rtype = rule.type
    if rtype == "supply" and obj in rule.use_when:
        # "reliance on OpenAI's models": the dependent side uses what the other makes
        rtype, heads, tails = "use", tails, heads
    for a, b in pairs:
        if rule.pair_types and not {a.type, b.type} <= set(rule.pair_types):
            continue  # "Ann Lee and Bo Chan jointly won": people, no firms' partnership
        sink.add(rtype, a, b, trigger, rule.id, sent, obj, via, modality, conf)
        if rule.type == "partner" and len(pairs) == 1:
            _purpose_supply(trigger, a, b, sink, sent, ents)
    # "A, B and C committed $5m to the fund": an investor among the subjects is no investee
    co_investors = {h.name for h in heads} if rtype == "invest" else set()
    for h in heads:
        for t in tails:
            if t.name in co_investors:
                continue
            if rule.tail_types and t.type not in rule.tail_types:
                continue
            if h.type in rule.forbid_head_types or rule.head_types and h.type not in rule.head_types:
                continue
            if rule.firms_only and not firm_holds(h.name, t.name):
                continue  # "an arm of the Norland Army", "the Risk Office, a division of X"
            sink.add(rtype, h, t, trigger, rule.id, sent, obj, via, modality, conf)
            if rule.type == "partner":
                _purpose_supply(trigger, h, t, sink, sent, ents)


def _purpose_supply(trigger, customer, supplier, sink, sent, ents) -> None:
    """"A's pact with B is meant to grow its computing capacity": B supplies A."""
    _, _, objects = load_patterns()
    verbs = [trigger.head] if trigger.head.pos_ == "VERB" else []
    verbs += [c for c in trigger.children if c.dep_ in {"relcl", "acl"}]
    purposes = [x for v in verbs for x in [v, *v.children] if x.dep_ in {"xcomp", "advcl", "acl"}
                and any(a.lower_ == "to" for a in x.children)]
    for p in purposes:
        words = " ".join(t.lower_ for t in p.subtree)
        # "... to power OpenAI's infrastructure": whose needs the purpose names is the customer
        owners = {m.name for t in p.subtree if t.dep_ == "poss" for m in [ents.mention_at(t)] if m}
        if p.lemma_.lower() in PARTNER_USE_VERBS:  # "to use B's cloud": the owner supplies
            if customer.name in owners and supplier.name not in owners:
                customer, supplier = supplier, customer
            elif supplier.name not in owners:
                continue
        elif supplier.name in owners and customer.name not in owners:
            customer, supplier = supplier, customer
        elif customer.name not in owners:
            continue  # "A and B agreed to ...": who supplies whom is not said
        for cls in ("compute", "cloud", "chips"):
            if any(re.search(r"\b" + re.escape(k) + r"\b", words) for k in objects[cls]):
                sink.add("supply", supplier, customer, p, "partner:purpose", sent, obj=cls,
                         modality=modality_at(trigger, sent), confidence=0.4)
                return


def object_class(rule, trigger, objects, obj_word) -> str | None:
    """`object` for supply (a fixed class) and use (the words naming what is used)."""
    if rule.type == "use":
        return obj_word
    if rule.type != "supply":
        return None
    words = [trigger.lower_, (obj_word or "").lower()]
    words += [t.lower_ for t in trigger.subtree]
    words += [t.lower_ for t in trigger.head.subtree] if trigger.dep_ in {"attr", "appos", "dobj"} else []
    text = " ".join(words)
    for cls, keys in objects.items():
        if any(_word(k).search(text) for k in keys):
            return cls
    return "other"


@lru_cache(maxsize=None)
def _word(key: str) -> re.Pattern:
    """A pattern file's object word as a whole word (compiled once, not on every search)."""
    return re.compile(r"\b" + re.escape(key) + r"\b")


def _judge_over_case(tail, trigger) -> bool:
    """"Judge Ann Lee dismissed a lawsuit from X": the ruler over a case is no party; a judge the
    case noun names itself is sued ("a lawsuit against Judge Ann Lee")."""
    return trigger.pos_ == "NOUN" and judge_titled(tail) and tail.root not in trigger.subtree
