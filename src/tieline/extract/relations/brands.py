"""develop facts from a company's list of brands: "Acme, whose brands include Zephyr and Bolt",
"Acme's best-known brands are Zephyr and Bolt", "Acme owns brands such as Zephyr", "Acme, which
owns the Zephyr and Bolt brands" (names before the noun read only with "own": "Acme's Zephyr
brand" is the makers' rule's).

The owner is the brand noun's own possessor ("Acme's brands", "whose brands", never "its":
the pronoun's antecedent is a guess) or the subject of "own" with the brands as object (not
"sell" or "have": a shop sells and stocks brands it does not make; not "be home to": a mall or
a fair is home to brands); the brands are what the noun is said to include or be, or what "including", "such
as" or "like" lists after it. Plain "brands like Zephyr" with no owner names no maker.
"""
from __future__ import annotations

from ..arguments import Named
from ..relatives import relative_antecedent
from ..lexicon import world_places
from ..modality import modality_at
from ..wordlists import words
from .brand_labels import ENDED  # "owner of the X brand until 2019": a holding that ended

BRAND_LIST_NOUNS = {"brand", "brands", "marque", "marques"}  # (entities.words.BRAND_NOUNS differs)
LISTING_VERBS = {"include", "be", "comprise"}  # "whose brands include X", "its brands are X"
BRAND_LIST_PREPS = {"including", "like", "as"}  # "brands including X", "brands such as X"
LIST_DEPS = {"conj", "compound", "nmod", "appos"}  # a listed name and the names beside it
OWNING_VERBS = {"own"}  # "Acme owns brands including X", "Acme owns the X and Y brands"
OWNER_NOUNS = {"owner"}  # "Acme, owner of the X and Y brands"
LAPSED = words("relation_words", "lapsed_adverbs")  # "which once owned the X brand"
RELATIVES = {"whose", "which", "that"}
OWNED_RULE = "brand:list:owned"  # "Acme owns brands such as Zephyr"


def brand_facts(ents, sink) -> None:
    # in lower case: "Brands owned by Acme include ..." opening a sentence too
    low = ents.text.lower()
    if "brand" not in low and "marque" not in low:
        return
    for sent in ents.sents:
        text = ents.view.sent_text(sent).lower()
        if "brand" not in text and "marque" not in text:
            continue  # cheap cue first: most sentences name no brand
        for noun in sent:
            if noun.lower_ in BRAND_LIST_NOUNS and noun.pos_ == "NOUN":
                _from_noun(noun, sent, ents, sink)


def _from_noun(noun, sent, ents, sink) -> None:
    owner, verb = _owner(noun, ents)
    if owner is None:
        return
    # "Acme does not own brands such as X", "may own": the owning verb's clause says; a
    # possessive ("Acme's brands are X", "whose brands include X") states the tie as given
    modality = modality_at(verb, sent) if verb is not None and verb.pos_ in {"VERB", "AUX"} \
        else modality_at(verb.head, sent) if verb is not None and verb.dep_ == "attr" else "asserted"
    if verb is not None and any(c.lower_ in LAPSED for c in verb.children):
        return  # "which once owned the Zephyr brand": a holding that ended
    names = {}  # a name once, in text order
    for tok in _listed(noun) + (_compounded(noun) if verb is not None else []):
        m = ents.mention_at(tok)
        if m is not None:
            names.setdefault(m.span, m)
    for _, m in sorted(names.items()):
        if m.kind != "name" or m.type == "PERSON" or m.name == owner.name:
            continue
        for name in _list_parts(m.name):  # "Zephyr, Bolt": two brands run into one name
            if name != owner.name and name not in ents.places and not (
                    m.root.ent_type_ in {"GPE", "LOC"} and name in world_places()):
                # (a tagged place that is one, "the Texas and Ohio brands", is a market); an
                # owning verb's brand gets its own rule id: the invest the verb's rule read
                # there goes (relations._without_owned_brand_stakes)
                owned = verb is not None and verb.lemma_ in OWNING_VERBS
                sink.add("develop", Named(owner.name, "ORG"), Named(name, "PRODUCT"), noun,
                         OWNED_RULE if owned else "brand:list", sent, modality=modality,
                         confidence=0.6)


def _list_parts(name: str) -> list[str]:
    """The brands of a name the tagger ran over a list's commas ("Zephyr, Bolt"), each a run of
    capitalised words; a part that is not one leaves the whole name out."""
    parts = name.split(", ")
    if all(p and all(w[:1].isupper() for w in p.split()) for p in parts):
        return parts
    return []


def _owner(noun, ents):
    """(the named company whose brands these are, the owning verb or None), or (None, None)."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = None
    if poss is None and noun.dep_ == "dobj" and noun.head.lemma_ in OWNING_VERBS:
        verb = noun.head
        poss = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if poss is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "Acme is a large brewer, owning the Zephyr brand": the main clause's subject
            poss = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if poss is None and verb is None:
        poss, verb = _owner_noun(noun)
    if poss is not None and poss.lower_ in RELATIVES:
        poss = relative_antecedent(poss, ents)  # "Acme, a drinks group whose brands include X"
    m = ents.mention_at(poss) if poss is not None else None
    if m is None or m.kind != "name" or m.type != "ORG" or m.name in ents.places:
        return None, None
    return m, verb


def _owner_noun(noun):
    """(the name an "owner of the Zephyr and Bolt brands" describes, the owner noun), or (None,
    None): "Acme, owner of ...", "Acme, the owner of ...", "Acme is the owner of ...". A
    qualified owner ("former", "part", "co-", "an", "one") may hold the brand no more or not
    alone; "was the owner", "owner ... until 2019" is a past holding."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in OWNER_NOUNS:
        return None, None
    owner = of.head
    if any(c.i < owner.i and c.lower_ != "the" for c in owner.children) \
            or owner.i > 0 and owner.doc[owner.i - 1].text == "-":
        return None, None  # "the former owner", "an owner", "one owner", "co-owner": not alone
    if any(t.lower_ in ENDED for t in owner.subtree):
        return None, None  # "owner of the Zephyr brand until 2019": a holding that ended
    if owner.dep_ == "appos":
        return owner.head, owner
    be = owner.head
    if owner.dep_ == "attr" and be.lemma_ == "be" and be.tag_ != "VBD" \
            and not any(c.lower_ in ENDED for c in be.children):
        return next((c for c in be.children if c.dep_ == "nsubj"), None), owner
    return None, None  # "Acme was (once) the owner of ...": a past holding


def _compounded(noun) -> list:
    """The names set before the brand noun of "owns the Zephyr and Bolt brands", "owns the
    Zephyr beer brand", with their conjuncts."""
    out, todo = [], [c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i < noun.i]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in {"conj", "compound", "nmod"}]
    return out


def _listed(noun) -> list:
    """The names the brand noun lists: the object of "include" / "be" when the noun is the
    subject, or the object of "including", "such as", "like" after it, with their conjuncts."""
    firsts = []
    if noun.dep_ == "nsubj" and noun.head.lemma_ in LISTING_VERBS:
        firsts += [c for c in noun.head.children if c.dep_ in {"dobj", "attr"}]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in BRAND_LIST_PREPS:
            firsts += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.dep_ == "amod" and prep.lower_ == "such":  # "brands such as X"
            firsts += [c for p in prep.children if p.lower_ == "as"
                       for c in p.children if c.dep_ == "pobj"]
    out, todo = [], list(firsts)
    while todo:  # down through the list: "Zephyr soap and Bolt shampoo", "X, Y and Z"
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in LIST_DEPS]
    return out
