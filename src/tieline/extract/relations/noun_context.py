"""What stands over or around a trigger noun and says it is no tie between the names near it:
a bid likened to another, judged by outsiders, a merger whose parties are listed after "of", a
deal an inquiry looks into, a deal whose parties follow "between", an owner of something named
that is no party, an owner the text names by a word the rules left unbound."""
from __future__ import annotations

from ..wordlists import words
from .rules import OWNER_NOUNS, load_patterns

APPROVAL_VERBS = words("relation_words", "approval_verbs")  # those who judge a deal
SELF_WORDS = {"itself", "themselves"}  # "a deal between itself and B" names the subject again
GIVE_GET_VERBS = {"award", "grant", "give", "hand", "offer", "win", "receive", "get", "land"}
EACH_OTHER = {"other", "another", "themselves"}  # "signed a deal with each other"


def likened(noun) -> bool:
    """"compared A's attempt to a bid by B": the noun stands beside what A did; A is no target."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" \
        and any(c.dep_ == "dobj" for c in noun.head.head.children)


def judge(noun):
    """The verb of judging that governs a deal noun, if any: "regulators must approve the
    deal", "will reject any offer for X" (the offer misparsed as a clause), "the group is
    opposed to any takeover by Y": those who judge a deal are neither bidder nor partner."""
    tok = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun
    verb = tok.head
    return verb if tok.dep_ in {"dobj", "ccomp", "prep"} \
        and verb.lemma_.lower() in APPROVAL_VERBS else None


def judged_by_outsider(noun) -> bool:
    """Whether the judge of a bid is no target: "X rejected an offer from Y" is the target's
    answer, but those who oppose, block or review "a takeover by Y" are shareholders, fans,
    regulators or papers, not the company bid for."""
    verb = judge(noun)
    return verb is not None and verb.lemma_.lower() != "reject"


def merger_of_parties(noun) -> bool:
    """"the merger of A and B": the parties are the coordinated names after "of"."""
    return noun.lemma_.lower() == "merger" and any(
        any(c.dep_ == "conj" for c in p.children)
        for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children if p.dep_ == "pobj")


def between_named(noun, kind: str) -> bool:
    """"agreements between A and B": a deal's parties are named after "between", so the subject
    of the verb over the noun ("X will roll out tests after agreements between A and B") is none,
    unless "between" names it again ("a deal between itself and B", "between its unit and B").
    Deal nouns only: "X started a fare war between carriers and B" is left as it was."""
    if kind != "partner":
        return False
    named = [q for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
    return bool(named) and not any(
        q.lower_ in SELF_WORDS or any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                      for c in q.children) for q in named)


def scrutinised(noun) -> bool:
    """A noun that is what an inquiry looks into: "opened an inquiry into the investments of A",
    "a probe of its deals with B"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"into", "of", "over", "on"}:
        return False
    holder = noun.head.head
    scrutiny = {lemma for r in load_patterns()[1].get("inquiry", []) if r.type == "sue"
                for lemma in r.lemmas}
    return holder.lemma_.lower() in scrutiny or any(
        c.dep_ == "dobj" and c.lemma_.lower() in scrutiny for c in holder.children)


def owns_non_party(noun, ents) -> bool:
    """"owner of a fruit stand", "owner of Liffan" (a place): what is owned is no party, so not the
    story's company; a firm's first word is its short form ("owner of Tamsin", Tamsin Shipping)."""
    if noun.lemma_.lower() not in OWNER_NOUNS:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" and not ents.mention_at(c)
           for c in noun.children):
        return True  # "a small-business owner", "restaurant owner Ann Lee"
    owned = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}
             and not ents.mention_at(p)]
    firsts = {name.split()[0] for name, e in ents.entities.items() if e.type == "ORG"} \
        if any(p.pos_ == "PROPN" for p in owned) else set()
    return any(p.pos_ == "NOUN" or p.text not in firsts for p in owned)


def owner_left_unbound(noun, ents) -> bool:
    """"Acme, the Avalon institute, and its parent, Orvane": the noun's owner is "its", a word
    the rules left unbound (which one it means is unsure), so the noun is not the story's
    company's by default; that would be a guess at the very word left open."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} and ents.mention_at(c) is None
               for c in noun.children)


def given_to_other(noun) -> bool:
    """"A and B combined to grant it a contract", "A and B won a deal": the subjects give or get
    the deal together; its other party is someone else, so they are not each other's partners.
    So too a deal "with" a party other than each other ("A and B both signed deals with their
    unions", "with Acme"): a name, or a noun someone owns; "expand their venture with a new
    order" names a thing, no party."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(
            p.dep_ == "pobj" and p.lower_ not in EACH_OTHER and _party_word(p) for p in c.children)
           for h in (noun, verb) if h is not None for c in h.children):
        return True
    return verb is not None and (verb.lemma_.lower() in GIVE_GET_VERBS or any(
        c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in {"to", "from"} for c in verb.children))


def _party_word(tok) -> bool:
    """A name, or a noun owned by someone ("their unions", "its lenders")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"} or any(
        c.dep_ == "poss" for c in tok.children)
