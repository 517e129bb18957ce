"""Whose rivals a bare list of rivals names: "Acme lost ground to rivals Bolt and Corvin",
"Acme is trailing behind competitors like Bolt", "Acme now has competitors including Bolt".
The parser hangs the names as an apposition or a list of "rivals", which names no owner; the
rivals are then those of the clause's subject."""
from __future__ import annotations

from ..arguments import LIST_PREPS, SUBJECT_DEPS, governor_subjects, mentions_of, subjects_of
from ..modality import NEGATING_GOVERNORS, modality_at
from ..wordlists import words
from .rules import RIVAL_NOUNS

# the rival nouns that name rivals (not "an alternative to X", "its answer to X", "a clone")
RIVAL_AGENTS = (RIVAL_NOUNS - {"alternative", "answer", "clone"}) | {"contender", "foe"}
# verbs by which a subject has, meets or measures itself against rivals ("lost ground to",
# "trails", "has competitors including"); any other verb's subject owns no list ("invested in
# rivals A and B", "advised competitors like A")
OWNER_VERBS = words("relation_words", "rival_owner_verbs")


def listed_rivals_owner(noun, ents) -> list | None:
    """The subject of the clause a plural list of rivals hangs from, when the noun itself names
    no owner ("its rivals A and B", "rivals of A such as B", "Acme rivals" are read elsewhere);
    None when the shape does not apply."""
    # (only an object's list: as a subject, apposition or conjunct the noun is said of a party,
    # "A and rivals B", "A, a rival of B", and the clause's subject is not its owner)
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj"}:
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in {
            "compound", "nmod"} and _owner_name(c, ents) for c in noun.children):
        return None
    listed = listed_rivals(noun, ents)
    if not listed or not _owning_verb_above(noun):
        return None
    names = {m.name for m in listed}
    # a pronoun's firm is a guess ("it could steal awards from competitors A and B" was read
    # as a festival's rivals): only a written name or description owns the list
    return [m for t in governor_subjects(noun) for m in mentions_of(t, ents)
            if m.name not in names and m.kind != "pronoun"]


def _owning_verb_above(noun) -> bool:
    """Whether a verb of rivalry or possession stands between the noun and the subject that
    governor_subjects takes as the owner (the same climb)."""
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ in SUBJECT_DEPS:
            return False
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            if tok.lemma_.lower() in OWNER_VERBS:
                return True
            if subjects_of(tok) or any(c.dep_ == "nsubjpass" for c in tok.children):
                return False
    return False


def _owner_name(tok, ents) -> bool:
    """"Acme rivals A and B": a firm's name before the noun says whose rivals; a place ("US
    rivals Ford and GM") or a field ("title rivals") does not."""
    m = ents.mention_at(tok)
    return m is not None and m.type == "ORG" and tok.text not in ents.places


def listed_rivals(noun, ents) -> list:
    """The names a rivals noun lists: "rivals A and B", "rivals like / including / such as A"."""
    out = []
    for c in noun.children:
        if c.dep_ == "appos":
            out.extend(mentions_of(c, ents))
        elif c.dep_ == "prep" and (c.lower_ in LIST_PREPS or _such_as(c)):
            out.extend(m for p in c.children if p.dep_ == "pobj" for m in mentions_of(p, ents))
        elif c.lower_ == "such":  # "rivals such as A": "as" hangs from "such"
            out.extend(m for a in c.children if a.lower_ == "as"
                       for p in a.children if p.dep_ == "pobj" for m in mentions_of(p, ents))
    return out


def _such_as(prep) -> bool:
    """"rivals such as A", parsed with "as" on the noun and "such" on "as"."""
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def rival_mood(rule, noun, sent) -> str | None:
    """"Acme lost ground to rivals A and B", "left Acme to join rival Bolt", "sold the unit to
    rival Bolt": a verb that ends a tie (lose, leave, sell ...) governs the rival noun, but ends
    no rivalry, and its own negation or hedge ("did not lose ground to rivals A and B") is not
    the rivalry's: asserted unless reported. None where no such verb governs the noun."""
    if rule.type != "compete" or noun.lemma_.lower() not in RIVAL_AGENTS:
        return None
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ in {"relcl", "ccomp", "advcl", "parataxis", "acl"}:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in NEGATING_GOVERNORS:
            return "reported" if modality_at(tok, sent) == "reported" else "asserted"
    return None
