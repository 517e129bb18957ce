"""invest facts from an owner's collection of brands: "Acme's stable of brands, which includes
Zephyr and Bolt", "Acme's portfolio of labels, including Bolt", "Acme owns a family of brands
such as Zephyr". A brand the tagger types as a company is a house the owner holds (invest); one
typed as a product is a good it makes (develop, as brands.py reads "Acme's brands include X").
This is the one reader of "X's portfolio of brands includes A" (held_lists.py leaves a portfolio
of brands to it).

The owner is named: its possessor ("Acme's portfolio"), a name compounded with the collection
noun when the parser reads it so ("the Acme stable of brands" mostly is not: "stable" is taken
for an adjective), "whose", or the subject of "own" with the collection as object; never "its"
(the antecedent is a guess) and never a verb that sells or stocks ("a shop carries a portfolio of
brands"). The collection must say it holds brands ("of brands", "of labels"): a portfolio of
clients, products or loans, or a bare "stable" (horses, boxers, writers) lists no holdings.
"includes A but not B" lists A only; "which once included A" is a holding that ended.
"""
from __future__ import annotations

from ..arguments import Named
from ..relatives import relative_antecedent
from ..modality import modality_at
from ..wordlists import words

COLLECTION_NOUNS = words("relation_words", "brand_collection_nouns")  # stable, portfolio ...
BRAND_KINDS = words("relation_words", "brand_collection_kinds")  # brands, labels, marques ...
LISTING_VERBS = words("relation_words", "stable_listing_verbs")  # include, comprise ...
LIST_PREPS = words("relation_words", "stable_list_preps")  # "including X", "such as X"
OWNING_VERBS = words("relation_words", "stable_owning_verbs")  # "X owns a stable of brands"
RELATIVES = words("relation_words", "stable_relatives")  # "which includes X"
LIST_CUTS = words("relation_words", "stable_list_cuts")  # "includes A but not B": A only
PAST_WORDS = words("relation_words", "stable_past_words")  # "which once included A": ended


def stable_facts(ents, sink) -> None:
    for noun in ents.view.with_lemma(COLLECTION_NOUNS):
        if noun.pos_ == "NOUN":
            kind = _kind(noun)
            if kind is not None:
                _from_collection(noun, kind, ents.view.sent(noun), ents, sink)


def _kind(noun):
    """The "brands" of "a stable of brands", or None when the collection holds something else."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in BRAND_KINDS:
                    return p
    return None


def _from_collection(noun, kind, sent, ents, sink) -> None:
    owner, verb = _owner(noun, ents)
    if owner is None:
        return
    listed, lister = _listed(noun, kind)
    # "Acme does not own a stable of brands", "which may soon include X": the clause says
    moods = [modality_at(v, sent) for v in (verb, lister) if v is not None]
    modality = next((m for m in moods if m != "asserted"), "asserted")
    if modality == "asserted" and lister is not None and any(
            c.dep_ == "advmod" and c.lower_ in PAST_WORDS for c in lister.children):
        modality = "negated"  # "which once included X": held, no longer
    cut = _list_cut(listed)
    seen = set()
    for tok in listed:
        if tok.i > cut:
            continue  # "includes A but not B", "all but B"
        m = ents.mention_at(tok)
        if m is None or m.kind != "name" or m.span in seen or m.name == owner.name \
                or m.name in ents.places or _described(tok.doc, m.span[0]):
            continue
        seen.add(m.span)
        if m.type == "ORG":
            sink.add("invest", Named(owner.name, "ORG"), Named(m.name, "ORG"), noun,
                     "stable:list", sent, modality=modality, confidence=0.6)
        elif m.type == "PRODUCT":
            sink.add("develop", Named(owner.name, "ORG"), Named(m.name, "PRODUCT"), noun,
                     "stable:list", sent, modality=modality, confidence=0.6)


def _described(doc, start: int) -> bool:
    """A common noun right before the name says what it is, and it may be no house: "includes
    singer Marta Quell" (a person the tagger may type a company); left out whatever the noun."""
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.pos_ == "NOUN" and prev.dep_ == "compound" and prev.is_lower


def _list_cut(listed) -> int:
    """The position of the first word after the list's first name that leaves the rest out
    ("but not", "except", "nor"), or past the sentence's end when there is none."""
    if not listed:
        return 10 ** 9
    first = min(t.i for t in listed)
    last = max(t.i for t in listed)
    doc = listed[0].doc
    return next((k for k in range(first + 1, last + 1) if doc[k].lower_ in LIST_CUTS), 10 ** 9)


def _owner(noun, ents):
    """(the named company whose collection this is, the owning verb or None), or (None, None)."""
    verb = None
    cands = [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}]
    if not cands and noun.dep_ == "dobj" and noun.head.lemma_.lower() in OWNING_VERBS:
        verb = noun.head
        cands = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(cands) != 1:
        return None, None
    tok = cands[0]
    if tok.lower_ == "whose":
        tok = relative_antecedent(tok, ents)  # "Acme, whose stable of brands includes X"
    m = ents.mention_at(tok)
    if m is None or m.kind != "name" or m.type != "ORG" or m.name in ents.places:
        return None, None
    return m, verb


def _listed(noun, kind) -> tuple[list, object]:
    """(the names the collection lists, the listing verb or None): the object of "include" when
    the collection is its subject or a relative clause on it says so ("which includes X"), or
    the object of "including", "like", "such as" after it, each with its conjuncts."""
    firsts, lister = [], None
    for holder in (noun, kind):
        if holder.dep_ in {"nsubj", "nsubjpass"} and holder.head.lemma_.lower() in LISTING_VERBS:
            lister = holder.head
            firsts += [c for c in lister.children if c.dep_ in {"dobj", "attr"}]
        for c in holder.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in LISTING_VERBS and any(
                    s.dep_ == "nsubj" and s.lower_ in RELATIVES for s in c.children):
                lister = c
                firsts += [d for d in c.children if d.dep_ in {"dobj", "attr"}]
            elif c.dep_ == "prep" and c.lower_ in LIST_PREPS:
                firsts += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "amod" and c.lower_ == "such":
                firsts += [p for a in c.children if a.lower_ == "as"
                           for p in a.children if p.dep_ == "pobj"]
    out, todo = [], list(firsts)
    while todo:  # "X, Y and Z", "X and Y luggage"
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in {"conj", "appos"}]
    return out, lister
