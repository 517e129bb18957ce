"""A case brought to stop a deal, or a regulator stopping one, is a case against the deal's
makers: "the Department sued to block X's purchase of Y", "filed a lawsuit to stop X's sale of
its unit to Z", "the Bureau blocked X's takeover of Y". Per the guide a regulatory action by
head against tail is sue; the parties are the deal's owner (its possessor), the buyer a sale
goes "to" and the other side of a merger ("merger with Z", "the merger of A and B").

Refused: the thing bought ("X's purchase of Y": Y may be a unit sold by someone unnamed), a
deal blocked by someone who is not a regulator ("shareholders blocked X's takeover", "a judge
blocked the deal": a vote or a ruling, no case), a case only planned or hoped for is left to
the modality reading, and a negated or conditional clause states none. A case that names its
own defendant ("X sued Y to block the merger of A and B", "a lawsuit against Y to stop ...") is
against that defendant only, which the sue verb rule reads; and a side of the deal suing to stop
it ("A sued to block its merger with B", "A sued to block the merger of A and B") names no
defendant: the other side, the regulator or a court are all possible."""
from __future__ import annotations

from ..arguments import conjuncts
from ..modality import modality_at
from ..wordlists import words
from .deals import enforcer, litigant
from .supply import org_mentions
from .supply_checks import conditional

BLOCKING_VERBS = words("relation_words", "deal_blocking_verbs")
DEAL_NOUNS = words("relation_words", "blocked_deal_nouns")
CASE_NOUNS = words("relation_words", "blocking_case_nouns")
FILING_VERBS = words("relation_words", "case_filing_verbs")  # "filed a lawsuit to block"
PURPOSE_DEPS = {"acl", "advcl", "xcomp", "relcl"}
MERGER_NOUNS = words("relation_words", "merger_nouns")  # merger, combination, tie-up ...


def blocked_deals(ents, sink) -> None:
    for verb in ents.view.with_lemma(BLOCKING_VERBS):
        if verb.pos_ == "VERB":
            _blocked(verb, ents.view.sent(verb), ents, sink)


def phrase_objects(heads, word: str) -> list:
    """The objects of a "word" phrase hung directly on any of heads, with their conjuncts."""
    return [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word
            for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]


def _deal_parties(verb, deal, ents) -> list:
    """The possessor of the deal, the buyer a sale goes to, the other side of a merger."""
    toks = [c for c in deal.children if c.dep_ in {"poss", "nmod"} or c.dep_ == "compound"
            and c.pos_ == "PROPN"]
    lemma = deal.lemma_.lower()
    if lemma == "sale":
        toks += phrase_objects([deal, verb], "to")  # the parser may hang "to Z" on the verb
    if lemma in MERGER_NOUNS:
        toks += phrase_objects([deal], "with") + phrase_objects([deal], "between")
        toks += phrase_objects([deal], "of") if not toks else []
    return org_mentions(ents.mention_at(t) for t in toks)


def _own_deal(deal, ents) -> bool:
    """"sued to block its merger with B": an owner pronoun the text does not bind may be the
    plaintiff itself."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and ents.mention_at(c) is None
               for c in deal.children)


def _case_bringers(verb, ents) -> list | None:
    """Who brings the case "to block" hangs from: the subject of "sued to block", of "filed a
    lawsuit to block" ("a lawsuit brought by X" is not read). None when the case names its own
    defendant."""
    head = verb.head
    if verb.dep_ not in PURPOSE_DEPS or head.i == verb.i:
        return []
    verb_case = head.pos_ == "VERB" and (head.lemma_.lower() == "sue" or head.lemma_.lower() in
                                         FILING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower()
                                                           in CASE_NOUNS for c in head.children))
    noun_case = head.pos_ == "NOUN" and head.lemma_.lower() in CASE_NOUNS \
        and head.dep_ == "dobj" and head.head.lemma_.lower() in FILING_VERBS
    if noun_case:
        head = head.head
    if not (verb_case or noun_case):
        return []
    if _names_defendant(head):
        return None
    return org_mentions(ents.mention_at(t) for c in head.children if c.dep_ == "nsubj"
                 for t in conjuncts(c))


def _names_defendant(case_verb) -> bool:
    """"X sued Y to block ...", "filed a lawsuit against Y to stop ...": the case has its own
    defendant; the deal's sides are the case's aim, not its parties."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in CASE_NOUNS for c in case_verb.children) \
        or bool(phrase_objects([case_verb, *[c for c in case_verb.children if c.dep_ == "dobj"]],
                               "against"))


def _blocked(verb, sent, ents, sink) -> None:
    deals = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in DEAL_NOUNS]
    if not deals or conditional(verb):
        return
    plaintiffs = _case_bringers(verb, ents)
    if plaintiffs is None:
        return  # a case against a defendant it names itself
    trigger = verb.head if plaintiffs else verb
    if not plaintiffs:  # "the Bureau blocked X's takeover": only a regulator's own act
        plaintiffs = [m for m in org_mentions(ents.mention_at(t) for c in verb.children
                                       if c.dep_ == "nsubj" for t in conjuncts(c))
                      if enforcer(m, ents)]
    mood = modality_at(trigger, sent)
    if mood == "negated" or trigger is verb and mood not in {"asserted", "reported"}:
        return  # "the Bureau could block X's takeover", "would block any merger": a power, no case
    for p in plaintiffs:
        if litigant(p, ents) is None:
            continue
        for d in deals:
            sides = _deal_parties(verb, d, ents)
            if any(t.name == p.name for t in sides) or _own_deal(d, ents):
                continue  # a side suing to stop its own deal: its defendant is not named
            for t in sides:
                sink.add("sue", p, t, trigger, "blocked_deals:to_block", sent,
                         modality=mood, confidence=0.6)
