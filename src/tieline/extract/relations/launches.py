"""develop facts from a named company bringing out a good the tagger did not name: "Acme
launched the Zephyr X2 laptop", "Acme plans to unveil a new Zephyr app", "Acme and Bolt
introduced the Zephyr drink".

The good is the capitalised run compounded right before a goods noun (`launched_goods_nouns`:
laptop, app, drug, cereal ...) that is the direct object of a launching verb (launch, unveil,
introduce, debut, release) whose subject is a named company. Only a run no mention covers, or one
typed a product, is read: a run the tagger calls a company, person or place names someone else's
good ("launched the Orvane app": Orvane's, or a partner's) or a market ("the Ohio drink"); a
run typed a company is read only when the text never makes it a party (as a product is not).
Refused: a goods noun with a possessor ("its" is read by makers.py; "Orvane's Zephyr app" is
Orvane's), a service, network, platform, programme or line (a bank launches a card scheme, a
state a programme; not in the list), and a subject that is no named company (a pronoun, a
person, a description). Also refused: a run that is an acronym, a month or a disease ("the FDA
drug", "the Oct drink", "the HIV pill"), a name the text writes on its own elsewhere ("...
Quillfield signed a deal"), a good credited to another firm ("the Zephyr drink from Bolt"), and
a launch someone is asked or hired to do ("Acme asked Bolt to launch ...": Bolt's, not Acme's).
"""
from __future__ import annotations

from ..arguments import Named
from ..entities.words import CALENDAR, NOT_PARTY_NAMES
from ..lexicon import ORG_NAME_WORDS, place_names
from ..modality import modality_at
from ..wordlists import words
from .makers import acts_as_firm
from .mergers import named_company

LAUNCH_VERBS = words("relation_words", "launch_verbs")
GOODS_NOUNS = words("relation_words", "launched_goods_nouns")
RULE = "launch:goods"


def launch_facts(ents, sink) -> None:
    for verb in ents.view.with_lemma(LAUNCH_VERBS):
        if verb.pos_ == "VERB":
            _from_launch(verb, ents.view.sent(verb), ents, sink)


def _from_launch(verb, sent, ents, sink) -> None:
    goods = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if goods is None or goods.lemma_.lower() not in GOODS_NOUNS \
            or any(c.dep_ == "poss" for c in goods.children):
        return
    run = _run_before(goods)
    if not run or not _unclaimed(run, ents):
        return
    name = " ".join(t.text for t in run)
    makers = _makers(verb, ents)
    if _named_alone(name, run, makers, ents):
        return  # "launched the Quillfield app. Quillfield signed ...": a party's name, used
    if _credited_elsewhere(verb, goods, name, makers, ents):
        return  # "launched the Zephyr drink from Acme", "... made by Acme": Acme's, sold on
    modality = modality_at(verb, sent)
    for maker in makers:
        if maker.name != name:
            sink.add("develop", Named(maker.name, "ORG"), Named(name, "PRODUCT"), verb, RULE,
                     sent, modality=modality, confidence=0.6)


def _run_before(goods) -> list:
    """The capitalised words compounded right before the goods noun ("Zephyr X2"), or []."""
    doc, k, run = goods.doc, goods.i - 1, []
    while k >= 0 and doc[k].dep_ in {"compound", "nummod"} and doc[k].head.i in {goods.i, k + 1} \
            and (doc[k].text[:1].isupper() or doc[k].text[:1].isdigit()):
        run.insert(0, doc[k])
        k -= 1
    while run and not run[0].text[:1].isupper():
        run.pop(0)  # "the 2024 Zephyr app": the year is no part of the name
    if run and run[0].i > 0 and doc[run[0].i - 1].text in {"'s", "’s", "'", "’"}:
        return []  # "Orvane's Zephyr app" with the possessive hung elsewhere: Orvane's
    return run


def _unclaimed(run, ents) -> bool:
    """Whether the run can be the good's own name: no mention covers it, or one typed a product,
    or a name the tagger typed a company that covers just the run, has no company word
    ("Kestrel Foods") and the text never writes as a party (`acts_as_firm`: only ever a
    modifier or an object, as a product is)."""
    places = place_names()  # cached: loaded the first time a run is judged
    if any(tok.text in places or tok.text in ents.places or tok.lower_ in CALENDAR
           or tok.lower_ in NOT_PARTY_NAMES
           or tok.ent_type_ in {"GPE", "LOC", "NORP", "DATE"} for tok in run):
        return False  # "the Ohio app", "the Oct drink", "the HIV pill": a market, a date, a disease
    if run[0].text.isalpha() and run[0].text.isupper() and len(run[0].text) > 1:
        return False  # "the FDA drug", "the EV truck", "the CEO app": a body, a class, a title
    for tok in run:
        m = ents.mention_at(tok)
        if m is None or m.type == "PRODUCT" and m.span[0] >= run[0].i:
            continue
        if m.type != "ORG" or m.kind != "name" or m.span != (run[0].i, run[-1].i + 1) \
                or m.name.split()[-1].lower() in ORG_NAME_WORDS or acts_as_firm(m.name, ents):
            return False
    return True


def _named_alone(name, run, makers, ents) -> bool:
    """Whether the text also writes the run's name on its own, not as a modifier ("Quillfield
    signed a deal", "shares of Quillfield"), or opening another firm's name ("Quillfield Inc
    said"): a party, however the tagger types it."""
    own = {m.name for m in makers}
    return any(m.span[0] != run[0].i and (
        m.root.dep_ != "compound" or m.root.head.lower_.rstrip(".") in ORG_NAME_WORDS) and (
        m.name == name or m.type == "ORG" and m.name.startswith(name + " ") and m.name not in own)
        for m in ents.mentions)


def _credited_elsewhere(verb, goods, name, makers, ents) -> bool:
    """Whether the goods noun's own words after it, or the verb's "from" or "by", name another
    company ("the Zephyr drink from Bolt", "the Zephyr drink made by Bolt"): the launcher sells
    what Bolt makes."""
    own = {m.name for m in makers} | {name}
    words_ = [t for t in goods.subtree if t.i > goods.i]
    words_ += [t for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
               for t in c.subtree]
    for tok in words_:
        m = ents.mention_at(tok)
        if m is not None and m.kind == "name" and m.type == "ORG" and m.name not in own:
            return True
    return False


def _makers(verb, ents) -> list:
    """The named companies that bring the good out: the verb's subject and its conjuncts, or
    the subject of the verb it completes ("Acme plans to launch ..."), unless that verb has an
    object who is the launcher ("Acme asked Bolt to launch ...", "hired Bolt to launch")."""
    holder = verb.head if verb.dep_ == "xcomp" else verb
    if holder is not verb and any(c.dep_ in {"dobj", "dative"} for c in holder.children):
        return []
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    subjects = [subj] + [c for c in subj.children if c.dep_ == "conj"]
    found = [named_company(t, ents) for t in subjects]
    return [m for m in found if m is not None]
