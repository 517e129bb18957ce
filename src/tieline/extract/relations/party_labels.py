"""The modality of a tie named by a party noun held by a name or a possessive: "Acme's rival
Bolt", "rival Bolt", "its former owner, Acme", "the club's largest shareholders, A and B". The
noun phrase presupposes the tie; the verb it sits under says something else ("is holding talks
with Acme's rival Bolt", "is to buy rival Bolt", "needs the support of its shareholders A and B"),
so that verb's hedge, future or negation is not the tie's. Only the phrase's own words set it:
"former", "previous" end it, "would-be", "prospective" hedge it, "future" forecasts it. A
predicate ("could become Acme's supplier", "named Bolt as its adviser"), an indefinite or bare
noun ("is seeking investors such as Bolt": a party still to be found) and a verb that ends a tie
above the noun ("sold its unit Bolt", "dropped its supplier Bolt") are read by the clause as
before."""
from __future__ import annotations

from ..modality import HEDGING_WORDS, LISTING_VERBS, _attributed, _ending, ending_undone
from ..wordlists import words
from .rival_lists import rival_mood

PARTY_NOUNS = words("modality", "party_nouns")
FORMER_WORDS = words("modality", "former_words")
PROSPECTIVE_WORDS = HEDGING_WORDS | words("modality", "prospective_words")
FUTURE_WORDS = words("modality", "future_words")
PREDICATE_DEPS = {"attr", "oprd", "acomp", "ROOT"}
# the noun phrase stays a noun phrase up through these links to the verb it hangs on
NOMINAL_DEPS = {"appos", "compound", "conj", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "poss",
                "npadvmod", "dative"}
INDEFINITE = {"a", "an", "any", "another", "some", "no"}


def label_mood(rule, noun, sent) -> str | None:
    """"negated", "reported" or "asserted" for a party noun held as a label; None where the
    clause reads it (not such a noun, a predicate, an indefinite, a listing verb or an ending
    verb above it). A rival under an ending verb is read first ("lost ground to rival Bolt")."""
    mood = rival_mood(rule, noun, sent)
    if mood is not None:
        return mood
    if noun.lemma_.lower() not in PARTY_NOUNS:
        return None
    # "rival Bolt", "Acme's rival Bolt": the tagger sets the noun on the name it labels
    on_name = noun.dep_ in {"compound", "amod"} and noun.head.pos_ == "PROPN"
    phrase = noun.head if on_name else noun
    if not _held(noun, phrase, on_name):
        return None
    if any(t.lower_ in FORMER_WORDS for t in noun.lefts):
        return "negated"  # "its former owner", "his previous adviser, Bolt, quit"
    before = {w for t in noun.lefts if t.dep_ != "poss"  # not "Future Foods' owner"
              for w in noun.doc[t.left_edge.i:t.right_edge.i + 1].text.lower().split()}
    if before & PROSPECTIVE_WORDS:
        return "hedged"  # "its would-be owner Bolt", "Acme's prospective partner, Bolt"
    if before & FUTURE_WORDS:
        return "forecast"  # "Acme's future owner, Bolt": a deal agreed, not closed
    if phrase.dep_ in PREDICATE_DEPS or phrase.dep_ == "pobj" and phrase.head.lower_ == "as":
        return None  # "could become Acme's supplier", "named Bolt as its adviser"
    tok = phrase
    for _ in range(8):
        if tok.dep_ not in NOMINAL_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            if tok.lemma_.lower() in LISTING_VERBS:
                return None  # "Acme's partners do not include Bolt": the list's verb says
            if _ending(tok) and not ending_undone(tok):
                return None  # "sold its unit Bolt", "dropped its supplier Bolt": it ended
            break
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            return None
    return "reported" if _attributed(sent, noun) else "asserted"


def _held(noun, phrase, on_name) -> bool:
    """A possessive on the phrase ("Acme's rival Bolt", "its owner"), the noun set on a name
    ("rival Bolt"), or "the" noun beside a name ("Bolt, the parent"); not an indefinite
    ("a rival of Acme", "investors such as Bolt": a party still to be found)."""
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for t in {noun, phrase} for c in t.children):
        return False
    if on_name or any(c.dep_ == "poss" for c in noun.children):
        return True
    return noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
