"""What deal and dispute nouns (acquire, partner, invest, sue) need beyond their slots: the mood
of an offer or of a noun in apposition, who sues whom when a case is settled, and which holders
a family word like "parent" can name."""
from __future__ import annotations

from ..lexicon import ORG_DESCRIPTORS, ORG_PARTS
from ..arguments import Named
from ..entities.tokens import acronyms
from ..modality import modality_at
from ..money.words import CURRENCY_SIGNS
from .prosecution import near

DEAL_KINDS = {"acquire", "partner", "invest", "sue"}
OFFER_NOUNS = {"bid", "offer", "approach", "proposal"}
# "bought a Tesla", "bought more Acme": some of what a company sells, not the company
SOME_OF = {"a", "an", "more", "some", "additional", "extra"}
# "paid $339m for the US unit", "the club bought the player": a description bound to a whole
# company that names a part of it, or a sportsman ("player" is also a company word)
UNBOUGHT_NOUNS = (ORG_PARTS - {"business", "businesses"}) | {"player"}
# a bid that is taken up is a deal: "accepted a bid from Globex", "won the bid"
TAKEN_UP = {"accept", "agree", "approve", "win", "complete", "close", "clinch", "finalise",
            "finalize", "back", "recommend"}
SETTLE_VERBS = {"settle", "resolve"}
# "Her parents, Ann and Bo Lee": a family word, not a holding, unless an organization holds it
KIN_NOUNS = {"parent"}
PERSON_POSSESSIVES = {"her", "his", "my", "your", "our"}
# callings an "investor" is listed with when the word describes a person, not a holding
CALLINGS = {"entrepreneur", "philanthropist", "businessman", "businesswoman", "billionaire",
            "tycoon", "founder", "author", "executive", "banker", "writer", "commentator"}


def deal_mood(rule, noun, sent, filled=None) -> str | None:
    """The modality a deal noun takes from outside its own clause, or None to read its clause:
    "could try a bold move, a merger with Botco" (the noun in apposition is as hedged as the
    move), "Acme's bid for Botco" (an offer, not a done deal)."""
    if rule.type not in DEAL_KINDS:
        return None
    if "joint" in rule.require_compound and any(
            len((filled or {}).get(s) or []) > 1 for s in ("prep:by", "prep:from", "prep:between")):
        # "rejected a joint offer from A and B", "will review the joint study by A and B": work
        # named with its own authors was done together whatever the outer verb does to it
        return "asserted"
    mood = None
    if rule.type == "sue" and noun.head.lemma_.lower() in {"lose", "win"}:
        return "asserted"  # "Acme lost its case against X": the case was brought all the same
    if noun.dep_ == "appos":
        mood = modality_at(noun.head, sent)
        mood = None if mood == "asserted" else mood
    if rule.type == "acquire" and noun.lemma_.lower() in OFFER_NOUNS and mood is None:
        own = modality_at(noun, sent)
        taken = any(a.lemma_.lower() in TAKEN_UP for a in noun.ancestors if a.pos_ in {"VERB", "AUX"})
        mood = "hedged" if own == "asserted" and not taken else None
    return mood


DISPUTE_WORDS = SETTLE_VERBS | {"lawsuit", "suit", "dispute", "charge", "claim", "case",
                                "litigation", "investigation", "probe", "allegation"}


# "a settlement agreement", "a plea deal", "a severance agreement": no alliance of the parties
SETTLEMENT_MODIFIERS = {"settlement", "plea", "prosecution", "non-prosecution", "severance",
                        "employment", "bargaining", "labor", "labour", "ceasefire", "peace",
                        "consent"}


def settles(trigger) -> bool:
    """A deal made to end a dispute: "reached an agreement with the regulator to settle the
    charges", "a deal with Acme that resolves the lawsuit": a settlement, no alliance."""
    if trigger.pos_ == "NOUN" and any(c.lemma_.lower() in SETTLEMENT_MODIFIERS
                                      for c in trigger.children if c.dep_ in {"compound", "amod", "nmod"}):
        return True  # "a settlement agreement", "a plea deal"
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in SETTLE_VERBS:
        return True  # "the agreement settles the lawsuit"
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    purposes = [c for h in holders for c in h.children if c.dep_ in {"xcomp", "advcl", "acl", "relcl"}]
    return any(t.lemma_.lower() in DISPUTE_WORDS for p in purposes for t in p.subtree)


def settled_with(rule, noun, filled: dict, heads: list, tails: list) -> tuple[list, list]:
    """"Acme settled its case with the regulator": the party it settled with brought the case."""
    if rule.type != "sue" or not filled.get("prep:with"):
        return heads, tails
    other = filled["prep:with"]
    if noun.lemma_.lower() == "settlement":
        # "Acme reached a settlement with the regulator": a regulator was the one acting; when two
        # companies "reached a settlement", the sentence does not say who sued whom
        if any(regulator(m) for m in other) and not any(regulator(h) for h in heads):
            return other, [h for h in heads if h not in other]
        if not filled.get("poss") and not any(regulator(h) for h in heads):
            return [], []
        return heads, tails
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in SETTLE_VERBS:
        return heads, tails
    return other, [h for h in heads if h not in other]


def holders(rule, noun, heads: list, defaulted: bool, listed: list) -> list:
    """Heads an invest noun may name: no family "parents"; and when the text names no investee
    (the story's company stands in), no person described by the noun ("Ann Lee, a well-known
    investor", "owner and chef Ann Lee": a calling, not a holding) unless listed among its
    investors ("Other investors include Ann Lee")."""
    if rule.type != "invest":
        return heads
    if noun.lemma_.lower() in KIN_NOUNS:
        if any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in noun.children):
            return []  # "her parents": whatever the names are typed, a family
        return [h for h in heads if h.type == "ORG"]
    if not defaulted:
        return heads
    if noun.tag_ == "NN" and noun.lemma_.lower() != "round" and any(
            c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" for c in noun.children):
        # "a private equity investor", "a talent investor": a kind, not a holding; "a funding
        # round from A" names the round's kind, and A joined it
        return []
    if any(c.lemma_.lower() in CALLINGS for c in noun.conjuncts):
        return []  # "an investor and entrepreneur": what someone does, not a holding
    listed = listed if noun.tag_ in {"NNS", "NNPS"} else []  # "The best investor, Ann Lee": one
    return [h for h in heads if h.type == "ORG" or h in listed]


COURT_WORDS = {"court", "tribunal", "judge", "magistrate"}  # they rule, not sue
LAWYER_NOUNS = {"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"}


def is_court(mention) -> bool:
    return bool(set(mention.name.lower().split()) & COURT_WORDS)


def judge_titled(mention) -> bool:
    """"Judge Ann Lee", "District Judge Ann Lee": a name titled by a court word; they rule, and
    are neither who sues nor who is sued ("Judge Ann Lee dismissed a lawsuit from X")."""
    root = getattr(mention, "root", None)
    return root is not None and any(
        t.lower_ in COURT_WORDS for t in root.doc[max(0, root.i - 3):root.i]
        if t.dep_ == "compound" and t.head.i == root.i)


def litigant(mention, ents):
    """Who brings a case a mention stands for: a court or judge brings none ("a Halden court
    fined X" is a ruling); a lawyer acts for a client ("Ann Lee, a lawyer for Acme, sued X":
    Acme), and a lawyer whose client is not named is no party. Others stand for themselves."""
    root = getattr(mention, "root", None)
    if is_court(mention):
        return None  # "the Halden District Court", "Supreme Court of Halden"
    if root is None:
        return mention
    if judge_titled(mention):
        return None  # "Judge Ann Lee fined X"
    roles = [c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in LAWYER_NOUNS]
    roles += [c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "represent"]
    if not roles:
        return mention
    for role in roles:
        for t in role.subtree:
            m = ents.mention_at(t)
            if m is not None and m.type == "ORG" and m.name != mention.name and (
                    t.head.lower_ in {"for", "of"} or t.head.lemma_ == "represent"):
                return m
    return None


DEBT_NOUNS = {"bond", "bonds", "debt", "note", "notes", "loan", "loans", "treasury", "treasuries",
              "paper", "bill", "bills"}
SAVINGS_ACCOUNTS = {"ira", "iras", "401(k)", "account", "accounts"}
# what "assets in X" or "operations in X" hang from: a place where something is, not a stake
NON_STAKE_NOUNS = {"asset", "assets", "operation", "operations", "business", "businesses",
                   "presence", "property", "properties", "office", "offices", "store", "stores",
                   "plant", "plants", "factory", "factories", "branch", "branches", "market"}


def not_a_stake(tail) -> bool:
    """An invest tail that names where holdings sit or whose debt is held, not a company owned:
    "its holdings of Halden Treasury bonds", "controls assets in Germany, the EU and the US"."""
    if tail.name.split()[-1].lower() in SAVINGS_ACCOUNTS:
        return True  # "invests $500 in a Roth IRA": a savings account, no company
    root = getattr(tail, "root", None)
    if root is None:
        return False
    if root.dep_ in {"compound", "nmod"} and root.head.lemma_.lower() in DEBT_NOUNS:
        return True
    owner = root
    while owner.dep_ == "conj":
        owner = owner.head
    if owner.dep_ != "pobj" or owner.head.lower_ != "in":
        return False
    holder = owner.head.head  # "assets in X", or the verb of "controls $2tn of assets in X"
    held = [holder] + [o for o in holder.children if o.dep_ == "dobj"] if holder.pos_ == "VERB" \
        else [holder]
    held += [p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any(h.lemma_.lower() in NON_STAKE_NOUNS for h in held)


def cited_only(noun) -> bool:
    """"..., according to a joint investigation by A and B": an inquiry cited as a source."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def is_price(verb) -> bool:
    """"charged the agency $7.63 for earplugs": a price asked, not a charge brought."""
    if verb.lemma_.lower() != "charge" or any(c.lower_ == "with" for c in verb.children):
        return False
    if any(c.tag_ in {"WP", "WDT"} and c.dep_ not in {"nsubj", "nsubjpass"} for c in verb.children) or any(
            c.dep_ == "dative" for c in verb.children):
        return True  # "what it charges shippers", "charges customers a fee": a price asked
    return any(t.ent_type_ == "MONEY" or t.text in CURRENCY_SIGNS for c in verb.children
               if c.dep_ in {"dobj", "dative", "npadvmod", "attr"} for t in c.subtree)


# public bodies that regulate or enforce; they review takeovers, they do not make them (a state
# fund, "Qatar Investment Authority", does buy companies, so "authority" is not among them)
REGULATOR_WORDS = {"department", "commission", "agency", "ministry", "regulator", "watchdog",
                   "administration", "bureau", "court", "police", "constabulary", "fbi"}
# "taken over by the Secret Service": a state service that seizes or runs things, buys nothing
STATE_SERVICES = {"secret", "intelligence", "customs", "prison", "immigration", "border",
                  "marshals"}
COUNTERFACTUAL_AUX = {"could", "would", "might", "should"}


def regulator(mention) -> bool:
    """"The Justice Department weighed action against Acme over their purchase of Botco": a
    regulator named as a buyer is a pronoun read as the wrong party."""
    words = mention.name.lower().split()
    return bool(set(words) & REGULATOR_WORDS) or len(words) > 1 and words[-1] == "service" \
        and words[-2] in STATE_SERVICES


# what a regulator's deal with a firm ends: "agreed a $375m deal with Acme ... $125m in penalties"
SETTLEMENT_CUES = {"settlement", "penalty", "fine", "charge", "probe", "investigation", "inquiry",
                   "allegation", "violation", "wrongdoing"}
SETTLING_NOUNS = {"deal", "agreement", "settlement", "accord"}  # not "working with the agency"


# "took legal action against": an action of these kinds is a case whoever takes it
LEGAL_ACTIONS = {"legal", "court", "enforcement", "disciplinary", "regulatory", "antitrust", "class"}
LEGAL_AIMS = {"recover", "claim", "damages", "compensation", "injunction"}


def enforcer(m, ents) -> bool:
    """A body that brings regulatory cases: a commission, agency, authority or watchdog, not a
    court or the police, also when named by its acronym ("the SEC", written out elsewhere in the text)."""
    names = [m.name, *getattr(ents.entities.get(m.name), "aliases", [])]
    if m.name.isupper():
        names += [n for n in ents.entities if any(a.endswith(m.name) for a in acronyms(n))]
    return any((regulator(Named(n, m.type)) or "authority" in n.lower().split())
               and not is_court(Named(n, m.type)) for n in names) \
        and "police" not in m.name.lower().split()


def mere_action(trigger) -> bool:
    """"took strong action against Acme": a step of any kind, a case only when legal or taken
    by a regulator ("the watchdog took action against Acme")."""
    verb, nouns = trigger, [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        verb, nouns = trigger.head, [trigger]
    if verb.lemma_.lower() != "take" or any(
            t.lemma_.lower() in LEGAL_AIMS for h in [verb, *nouns] for c in h.children
            if c.dep_ in {"advcl", "acl", "xcomp"} for t in c.subtree):
        return False  # "took action against Acme to recover the debts": a claim in court
    return any(n.lemma_.lower() == "action" and not any(m.lower_ in LEGAL_ACTIONS
                                                         for m in n.children) for n in nouns)


def regulator_settlement(head, tail, trigger, sent, ents) -> tuple | None:
    """"The Commission agreed a deal with Acme", with penalties or charges in the sentence or the
    ones beside it: a regulator settling its case, so a suit by the regulator against the firm,
    no alliance. Returns (regulator, firm), or None for a deal of any other kind."""
    if not any(t.lemma_.lower() in SETTLING_NOUNS for t in [trigger, *trigger.children]
               if t is trigger or t.dep_ == "dobj"):
        return None
    sides = [m for m in (head, tail) if enforcer(m, ents)]
    if len(sides) != 1 or not any(t.pos_ == "NOUN" and t.lemma_.lower() in SETTLEMENT_CUES
                                  for t in near(sent)):
        return None
    return (head, tail) if sides[0] is head else (tail, head)


def counterfactual(trigger) -> bool:
    """"an alliance which could have obliged Acme to buy Botco": a deal that did not happen.
    Looks at the verbs from the trigger up to its clause's root for a modal with "have"."""
    tok = trigger
    for _ in range(4):
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if aux & COUNTERFACTUAL_AUX and "have" in aux and tok.tag_ == "VBN":
            return True
        if tok.head.i == tok.i or tok.dep_ not in {"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep"}:
            return False
        tok = tok.head
    return False


def place_half(mention) -> bool:
    """"by Zurich and London-based Ostrava": a city sharing "-based" with the next one is where a
    party sits, not a party."""
    span = getattr(mention, "span", None)
    root = getattr(mention, "root", None)
    if span is None or root is None or span[1] + 3 >= len(root.doc):
        return False
    doc, j = root.doc, span[1]
    return doc[j].lower_ in {"and", "or"} and doc[j + 2].text in {"-", "‑"} \
        and doc[j + 3].lower_ in {"based", "headquartered"}


def names_a_thing(mention, tok, ents) -> bool:
    """"paid $5m for the Acme software", "bought Acme milk": the name modifies what was bought,
    a thing, not the company ("bought software maker Acme" names the company itself)."""
    root = getattr(mention, "root", None)
    if root is not None and root.i == tok.i and any(
            c.dep_ in {"det", "amod", "advmod"} and c.lower_ in SOME_OF for c in tok.children):
        return True  # "bought a Tesla", "bought more Acme": its goods or shares, not the company
    return root is not None and ents.mention_at(tok) is None and tok.pos_ == "NOUN" \
        and tok.lemma_.lower() not in ORG_DESCRIPTORS \
        and root.dep_ in {"compound", "nmod", "amod"} and root.head.i == tok.i


def unbought_description(mention) -> bool:
    """A takeover target given only as a description of a part or a person: "the US unit"."""
    root = getattr(mention, "root", None)
    return getattr(mention, "kind", None) == "description" and root is not None \
        and root.lemma_.lower() in UNBOUGHT_NOUNS


def counter_verb(noun):
    """The verb of "Acme counts Globex as an investor / among its investors", whose subject
    holds the list, else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"as", "among"}:
        return None
    verb = noun.head.head
    return verb if verb.lemma_ == "count" and verb.pos_ == "VERB" else None


# words that may stand before a bare "the investors" that lists a round's backers
AMONG_MODIFIERS = {"det", "amod", "compound", "nummod"}


def among_listed(noun) -> bool:
    """"A, B and C were among the investors", "A was among the new backers": the subjects are
    listed investors, of the company the phrase names or else of the story's company. A
    described group ("among the investors who sold", "among investors hit by the fall") is
    no list of backers."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "among" or noun.head.head.lemma_ != "be" \
            or noun.tag_ != "NNS":
        return False
    return all(c.dep_ in AMONG_MODIFIERS or c.dep_ == "prep" and c.lower_ in {"in", "of"}
               for c in noun.children)
