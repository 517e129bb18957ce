"""The organizations a role noun names: "chief executive of Globex", "Globex's CFO", "head of
bonds for Globex Capital", "professor of biology at Globex University"; not a place the post is
in, a field it covers, a campaign or an outlet that only interviewed the holder. Read by
people.py for roles written beside a name and by the verbs that give one ("hired as CFO of X")."""
from __future__ import annotations

from .arguments import mentions_of, prep_objects
from .generic_units import generic_unit, institution_of
from .employers import a_remit, campus, its_of_thing, org_shaped, placed_at_name, possessor
from .lexicon import ORG_PARTS
from .not_employers import a_venue
from .tenure import NOW_WORDS
from .wordlists import words

PLACE_TYPES = {"GPE", "LOC", "FAC"}
ROLE_PREPS = words("people", "role_preps")
PLACE_NOUNS = words("people", "place_nouns")
CAMPAIGNS = words("people", "campaigns")  # "Lee's campaign", "the Lee administration"
SPEECH_NOUNS = words("people", "speech_nouns")  # "in an interview with X": X only heard her
PORTFOLIO_HEADS = words("people", "portfolio_heads")  # "Minister of Culture": no organization
FIELD_ROLES = words("people", "field_roles")  # "professor of International Affairs": a field
ACADEMIC_BODIES = words("people", "academic_bodies")  # "lecturer of Brinmoor College": a body
WORK_NOUNS = words("people", "work_nouns")  # "co-editor of the volume Ledger": a work, no body


def role_orgs(noun, ents, depth: int = 0) -> list:
    out, at = [], []
    for c in noun.children:
        if c.dep_ in {"poss", "compound", "appos", "npadvmod", "nmod"} and ents.mention_at(c) and not (
                depth and c.dep_ == "poss" and c.ent_type_ in PLACE_TYPES) and not its_of_thing(c, ents):
            out.append(ents.mention_at(c))  # but "director of Chicago's X Theater": where X is
        elif c.dep_ == "amod" and _tagged_firm(c, ents):
            out.append(ents.mention_at(c))  # "as Aggregate chief executive": a name read as an adjective
        elif c.dep_ == "prep" and c.lower_ in ROLE_PREPS and not any(  # "former head of X
                x.dep_ == "advmod" and x.lower_ in NOW_WORDS for x in c.children):  # (now with Y)": Y is another job
            for p in c.children:
                if p.dep_ == "pobj" and not _a_work(p) and (
                        p.lemma_.lower() not in PLACE_NOUNS | CAMPAIGNS | SPEECH_NOUNS
                        or ents.mention_at(p)):
                    # "in an interview with the Ledger": the outlet only heard her (but "editor
                    # at the Post" is a name)
                    # "police chief in the community of Dunmore": a place, no employer; "adviser
                    # for Lee's campaign", "in the Lee administration": a candidate's, no employer
                    # "vice president of Trading at Globex": the employer is at the end
                    # but "at the X Facility at Fort Y": a named place at a place, employer X
                    # "professor of biology and medicine at Globex University": the last one's
                    nested = [m for x in [p, *p.conjuncts] for q in prep_objects(x, "at")
                              for m in mentions_of(q, ents) if m.type == "ORG"] \
                        if c.lower_ != "at" or p.lemma_.lower() in ORG_PARTS or p.is_lower else []
                    # not "founder of Globex and Dunmore's richest man", parsed as two objects
                    found = nested or [m for m in mentions_of(p, ents) if m.type == "ORG"
                                       and not (m.root.dep_ == "conj" and possessor(m.root))]
                    if not found:  # "chief executive of Globex, Veldoria's largest bank"
                        found = [m for x in p.children if x.dep_ == "nmod"
                                 for m in [ents.mention_at(x)] if m and m.type == "ORG"]
                    if c.lower_ == "of" and noun.lemma_.lower() in PORTFOLIO_HEADS:
                        found = [m for m in found if org_shaped(m)]  # "Minister of Culture"
                    if c.lower_ == "in" and ents.mention_at(p) and not nested:
                        # "a police commissioner in Hyderabad": where the post is, not whose
                        found = [m for m in found if org_shaped(m)]
                    if not found and depth == 0:  # "head of bonds for Globex Capital"
                        found = role_orgs(p, ents, 1)
                    if c.lower_ in {"of", "in"} and noun.lemma_.lower() in FIELD_ROLES and not nested:
                        found = [m for m in found if _academic(m)]  # "professor of World Affairs"
                    if c.lower_ == "at":  # "a screener at Avalon Airport": where she works
                        found = [m for m in found if not a_venue(m)]
                    (at if c.lower_ == "at" or nested else out).extend(found)
    if not at and placed_at_name(noun):
        return []  # "vice dean for Public Health Practice at the Brinmoor School": a remit
    # "dean of Quillfield University's School of Journalism": the unit names no one body on its
    # own, its institution employs (none named: the post is dropped)
    found = [institution_of(m, ents) if generic_unit(m) else m for m in (at or out)]
    return [m for m in found if m is not None and m.type == "ORG" and not campus(m, ents)
            and not a_remit(m, noun, ents)]


def _tagged_firm(tok, ents) -> bool:
    """A word the parser read as an adjective that the tagger and the names both take for a
    firm ("remain as Marrow chief executive"); not a nation's ("the British chief executive")."""
    m = ents.mention_at(tok)
    return tok.ent_type_ == "ORG" and tok.is_title and m is not None and m.type == "ORG"


def _a_work(noun) -> bool:
    """"co-editor of the volume Ledgerfall", "host of the podcast Quill Hour", "producer of
    the show": a book, film or show worked on, no body that employs (a lowercase work word
    written before the name, or the bare noun; "editor of the Ledger" is an outlet's)."""
    return noun.lemma_.lower() in WORK_NOUNS and noun.is_lower or any(
        c.dep_ in {"compound", "nmod", "amod"} and c.is_lower and c.lemma_.lower() in WORK_NOUNS
        for c in noun.children)


def _academic(org) -> bool:
    return bool({w.lower() for w in org.name.split()} & ACADEMIC_BODIES)


