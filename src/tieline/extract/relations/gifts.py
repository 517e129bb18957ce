"""Money given, not a stake: an invest fact needs money that buys a share or backs a business.
A donation, grant, subsidy, appropriation, award or rescue buys nothing; a legislature funds
by appropriation, a foundation by grants; a charity, school or public health service takes
gifts, not investors; a public agency funds work by grant; and a politician's "backer" backs
a campaign, not a firm. Ownership words (own, hold, parent, unit) are never read here: they
state a holding whatever was paid."""
from __future__ import annotations

import re

from ...names import COMPANY_SUFFIXES
from ..wordlists import words

GIFT_NOUNS = words("relation_words", "gift_nouns")  # donation, grant, subsidy, bailout ...
STAKE_WORDS = words("relation_words", "stake_words")  # stake, shares, equity: a share is taken
MONEY_FLOW = words("relation_words", "money_flow_triggers")  # fund, commit, receive, backing ...
LEGISLATURES = words("relation_words", "legislatures")  # congress, parliament, senate ...
GRANT_MAKERS = words("relation_words", "grant_makers")  # foundation, charity, endowment
GRANT_TRIGGERS = words("relation_words", "grant_maker_triggers")  # fund, back: not "invest"
GRANT_AGENCIES = words("relation_words", "grant_agencies")  # agency, authority, department ...
INVESTING_BODY_WORDS = words("relation_words", "investing_body_words")  # "Investment Authority"
POLITICAL_OFFICES = words("relation_words", "political_offices")  # "the Holt Administration"
CAUSES = re.compile(r"\b(?:" + "|".join(
    re.escape(w) for w in sorted(words("relation_words", "cause_words"))) + r")\b")
# the legal suffixes and the other words that end a firm's name (group, holdings, capital ...)
COMPANY_ENDS = COMPANY_SUFFIXES | words("relation_words", "company_ends")
LEGISLATURES_ALONE = words("relation_words", "legislatures_alone")  # "the House"; not "Quillfield House"
BACKING = words("relation_words", "backing_triggers")  # a politician's backer or supporter
# the dependents that say what the money is: its object, its modifiers, and the prepositions
# of its form ("with a gift", "through a subsidy", "in grant funding", "as a donation"); not
# the subject ("a fund backed by grants invested"), a clause, or a time ("after the award")
MONEY_DEPS = {"dobj", "pobj", "compound", "amod", "nmod", "nummod", "quantmod", "npadvmod",
              "dative", "attr", "prep"}
MONEY_PREPS = words("relation_words", "money_form_preps")  # with, through, in, as, of, via


def given_not_invested(trigger, head, tail, sent, ents) -> bool:
    """Whether an invest fact read from a money word is a gift, grant or appropriation, or
    backs a politician: "committed $20m to the Brambleway Children's Hospital", "funded it
    with a $10m gift", "Congress funds the agency", "the Kestrel Foundation funds the
    centre", "the Holt backer Peter Vance". A stake, shares or equity the sentence names keep
    the fact ("a $500m bailout in return for a 20% stake")."""
    lemma = trigger.lemma_.lower()
    if lemma in BACKING and _politician(tail, ents):
        return True
    if lemma not in MONEY_FLOW or any(t.lower_ in STAKE_WORDS or t.lemma_.lower() in STAKE_WORDS
                                      for t in sent):
        return False
    if _last_word(head) in LEGISLATURES or head.name.lower() in LEGISLATURES_ALONE:
        return True  # "Congress funds the agency": an appropriation, no stake
    if lemma in GRANT_TRIGGERS and _last_word(head) in GRANT_MAKERS:
        return True  # "the Kestrel Foundation funds the centre": a grant
    if lemma in GRANT_TRIGGERS and _grant_agency(head.name):
        return True  # "received funding from the Orvane Research Authority": a grant, no stake
    if _cause(tail.name):
        return True  # "committed $20m to the Brambleway Children's Hospital": a gift
    # a common noun, not a word of a name ("Brambleway Aid Capital", "Orvane Award Systems")
    return any(t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in GIFT_NOUNS
               for t in _money_phrase(trigger))


def _cause(name: str) -> bool:
    """A charity, school, hospital or public service by its name; not a company named after
    one ("Foundation Robotics", "Kestrel Hospital Group")."""
    low = name.lower()
    if low.split()[-1] in COMPANY_ENDS:
        return False
    return any(m.start() > 0 or low[m.end():].startswith(" of ") for m in CAUSES.finditer(low))


def _grant_agency(name: str) -> bool:
    """A public body that funds work by grant: its body word ends the name or opens it before
    "of" ("the Orvane Biomedical Research Authority", "the Department of Energy"); not a state
    fund whose name says it invests ("the Orvane Investment Authority")."""
    low = name.lower().split()
    if any(w in INVESTING_BODY_WORDS for w in low):
        return False
    return low[-1] in GRANT_AGENCIES or any(
        w in GRANT_AGENCIES and nxt == "of" for w, nxt in zip(low, low[1:]))


def _last_word(m) -> str:
    return m.name.split()[-1].lower()


def _money_phrase(trigger):
    """The words that say what the trigger's money is: its own phrase and, for a noun, the
    verb it is the object of ("received a grant", "funded it with a gift", "grant funding"),
    without the subject, clauses or times that tell of other money ("after the award of a
    contract")."""
    roots = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "pobj", "compound"}:
        roots.append(trigger.head)
    seen = []
    for root in roots:
        stack = [root]
        while stack:
            t = stack.pop()
            seen.append(t)
            stack.extend(c for c in t.children if c not in roots and c.dep_ in MONEY_DEPS
                         and (c.dep_ != "prep" or c.lower_ in MONEY_PREPS))
    return seen


def _politician(tail, ents) -> bool:
    """A one-word name a person of the story bears as surname ("Maren Holt ... the Holt
    backer"), or that names a government ("the Holt Administration"): a politician, typed
    as an organization by the tagger, whom a backer supports; no firm is held."""
    name = tail.name
    if " " in name:
        return False
    for other, ent in ents.entities.items():
        parts = other.split()
        if ent.type == "PERSON" and len(parts) > 1 and parts[-1] == name:
            return True
        if len(parts) == 2 and parts[0] == name and parts[1].lower() in POLITICAL_OFFICES:
            return True
    return False
