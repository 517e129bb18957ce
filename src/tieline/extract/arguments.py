"""Argument finding on a dependency parse: which entity mentions a syntactic slot stands for.

Shared by the relation rules and the rules about people: a token's mentions (with its conjuncts,
appositions and "firms including A, B" lists), the owner of a noun phrase ("OpenAI's models"),
the subject of a verb through control and coordination ("agreed to invest", "led it to sign"),
and the objects of a preposition.
"""
from __future__ import annotations

from dataclasses import dataclass

from .given_means import given_to, giving_verb
from .lexicon import ORG_DESCRIPTORS, PRODUCT_NOUNS
from .listed_groups import another_members_firm, clause_members, closing_aside
from .relatives import RELATIVE_PRONOUNS, relative_antecedent, singular_clause_antecedent
from .wordlists import words

PERSON_PRONOUNS = {"he", "she", "his", "her"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLIMB_DEPS = {"xcomp", "conj", "advcl", "pcomp", "ccomp", "acl", "acomp"}
LIST_PREPS = {"including", "like", "include"}
COLLECTIVE = {"they", "both", "we"}
# "Qwest, meanwhile, had to pay": words set off after a sentence's opening name
FRONTED_CONNECTIVES = {"meanwhile", "however", "too", "also", "though", "instead", "meantime",
                       "separately", "likewise", "similarly", "moreover"}
FRONTED_DEPS = {"advmod", "advcl", "npadvmod", "dep"}
MADE_BY = {"make", "develop", "build", "create", "own", "run", "operate", "design", "produce"}
INVESTING_WORDS = {"venture", "capital", "investment", "investing", "equity"}  # "its venture arm"
MEMBER_GROUPS = {"consortium", "syndicate"}  # a group that acts for the members it names
ADVICE_VERBS = words("relation_words", "advice_verbs")
ADVICE_ADJECTIVES = words("relation_words", "advice_adjectives")
# "to struggling chipmaker X": the parser reads the adjective as a verb taking X as its object
DESCRIBING = words("relation_words", "describing_participles")


def conjuncts(tok) -> list:
    return [tok, *tok.conjuncts]


def lists_items(prep) -> bool:
    """"customers including A", "customers such as A": a preposition that lists examples."""
    return prep.dep_ == "prep" and (prep.lower_ in LIST_PREPS or prep.lower_ == "as" and any(
        c.lower_ == "such" for c in prep.children))


def _next_clause_subject(tok) -> bool:
    """"got $4bn from the fund and Acme received $1bn": the parser joins Acme to "the fund",
    but a conjunct followed at once by a finite verb with no subject of its own is that verb's
    subject, the start of the next clause ("is controlled by A and the group bought B": the
    sentence's main verb, the first clause read as its complement)."""
    end = tok.right_edge.i + 1
    if end >= len(tok.doc):
        return False
    verb = tok.doc[end]
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"}
    if verb.dep_ in {"aux", "auxpass"} and (finite or verb.tag_ == "MD") and verb.head.i > verb.i:
        verb, finite = verb.head, True  # "backed A and B has partnered with C": B's own verb
    return finite and verb.dep_ in {"conj", "ROOT"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _stranded_subject(verb):
    """"A backed B and C has partnered with D": the parser joins C to B and the second verb to
    the first, so C (the conjunct right before the verb's auxiliary) is its subject, not A."""
    if verb.dep_ != "conj":
        return None
    return next((c for o in verb.head.children if o.dep_ in {"dobj", "attr"} for c in o.conjuncts
                 if c.i < verb.i and _next_clause_subject(c)), None)


def _other_listed(tok) -> bool:
    """"partnered with Acme and other services": the parser reads the name as a modifier of the
    plural noun and "other" as its conjunct; the name is the first item of the list."""
    return tok.dep_ == "nmod" and tok.head.tag_ == "NNS" and any(
        x.lower_ == "other" for x in tok.conjuncts)


# people and firms named by whom they back or buy from: "the Harlan backer", "an Acme customer"
HOLDER_ROLES = {"backer", "investor", "owner", "shareholder", "stakeholder", "supporter", "donor",
                "ally", "critic", "customer", "client"}


def _named_goods_modifier(c, t) -> bool:
    """"the firm behind the Weatherly app": the parser may read a name before a goods noun as
    an adjective; it names the goods as a compound would (a common adjective is no name)."""
    return c.dep_ == "amod" and c.pos_ == "PROPN" and c.i < t.i and t.lower_ in PRODUCT_NOUNS


def mention_or_person(tok, ents):
    """The mention a token is, or for "he"/"she" the person it refers to."""
    m = ents.mention_at(tok)
    if m is None and tok.lower_ in PERSON_PRONOUNS:
        m = ents.person_antecedent(tok)  # "he sued the company"
    return m


def _listed_after_place(tok, m, ents) -> list:
    """"include A in Wales and Norway's B": the parser joins the next item B to the place that
    locates A; a name of A's type joined to that place is another item of the list."""
    return [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children if p.dep_ == "pobj" and (p.ent_type_ in {"GPE", "LOC"} or p.text in ents.places)
            for y in p.conjuncts for x in [ents.mention_at(y)] if x and x.type == m.type]


def _described_items(tok, m, ents) -> list:
    """"customers including A, his former employer B and C": the parser hangs the describing
    noun on A and the names on that noun, so B and C read as A's apposition; a list goes on
    after them (only where the inner name heads more items, and only names of A's type)."""
    inner = [d for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"
             and ents.mention_at(c) is None
             for d in c.children if d.dep_ == "appos" and d.conjuncts]
    return [x for d in inner for y in conjuncts(d) for x in [ents.mention_at(y)]
            if x is not None and x.type == m.type]


def _joined_before(tok, m, ents) -> list:
    """"led by A Capital and B Ventures": the parser can hang the first name on the second as a
    modifier (nmod) carrying the "and", not as its conjunct; the first name is a party all the
    same, when nothing but that "and" stands between the two names."""
    out = []
    for c in tok.children:
        mc = ents.mention_at(c) if c.dep_ in {"nmod", "compound"} and c.i < tok.i else None
        if mc is None or mc == m or mc.type != m.type:
            continue
        end = mc.span[1]
        if end + 1 == m.span[0] and tok.doc[end].lower_ == "and" and tok.doc[end].head == c:
            out.append(mc)
    return out


def mentions_of(tok, ents, trigger=None) -> list:
    """Mentions an argument token stands for: itself, its conjuncts, 'firms including X, Y'.
    A participle `trigger` that modifies the token is the rule's own verb: "plants owned by A
    and B" does not stand for A and B when "owned" is what relates them."""
    items = None
    if tok.lower_ in RELATIVE_PRONOUNS:
        items = singular_clause_antecedent(tok)
        clause = tok.head
        tok = relative_antecedent(tok, ents)
        items = items or clause_members(tok, clause, ents)  # "telcos that work with X include A, B"
    elif trigger is not None:
        items = clause_members(tok, trigger, ents)  # "telcos working with X include A, B"
    out = []
    for t in items or [t for t in conjuncts(tok) if t.i == tok.i or not _next_clause_subject(t)]:
        m = mention_or_person(t, ents)
        if m:
            out.append(m)
            # "Vivendi, its chief executive A and chief operating officer B", "A, B and C"
            # ("Acme Inc. (AI or AcmeBio)": a bracketed name is its short form, no other party)
            # ("X Records, which includes A among its artists": a name after the relative clause
            # is the clause's, no apposition of X)
            out.extend(x for c in t.children if c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text != "("
                       and not any(r.dep_ == "relcl" and r.i < c.i for r in t.children)
                       for y in conjuncts(c)
                       for x in [ents.mention_at(y)] if x and x.type in {"PERSON", m.type})
            out.extend(_described_items(t, m, ents))
            out.extend(_listed_after_place(t, m, ents))
            out.extend(_joined_before(t, m, ents))
            continue
        before = len(out)
        another = another_members_firm(t)  # "another Acme company, Globex": Globex, not Acme
        for c in t.children:
            if c.dep_ == "compound" and (t.lemma_ in HOLDER_ROLES or another):
                continue  # "the Harlan backer": whose backer he is, not the backer
            if c.dep_ == "acl" and c.lemma_ in {"call", "name", "dub"}:  # "a startup, called X"
                out.extend(ents.mention_at(x) for x in c.children
                           if x.dep_ in {"oprd", "xcomp", "attr", "dobj"} and ents.mention_at(x))
            # a name after a semicolon is the next item of a list, not an apposition
            if c.dep_ in {"appos", "compound"} and c.doc[c.left_edge.i - 1].text not in {"(", ";"} \
                    or _other_listed(c) or _named_goods_modifier(c, t):
                mc = ents.mention_at(c) or _inner_name(c, ents)
                if mc:
                    out.append(mc)
                    out.extend(ents.mention_at(x) for x in c.conjuncts if ents.mention_at(x))
            elif c.dep_ == "prep" and c.lower_ in LIST_PREPS or (
                    c.dep_ == "amod" and c.lower_ == "such") or (
                    c.dep_ == "prep" and c.lower_ == "as" and any(
                        x.lower_ == "such" for x in c.children)):  # "giants, such as A and B"
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(mentions_of(p, ents))
        if len(out) == before and another:
            out.extend(m for m in [closing_aside(t, ents)] if m)
        if len(out) == before:  # "the chips made by Acme and Globex" stand for their makers
            out.extend(m for c in t.children if c.dep_ == "acl" and c.lemma_ in MADE_BY and c != trigger
                       for a in c.children if a.dep_ == "agent" for p in a.children
                       if p.dep_ == "pobj" for m in mentions_of(p, ents))
        if len(out) == before and t.lemma_ in ORG_DESCRIPTORS:
            # "the company behind ChatGPT", once the text has said who makes ChatGPT
            made = [ents.mention_at(p) for c in t.children if c.dep_ == "prep" and c.lower_ == "behind"
                    for p in c.children if ents.mention_at(p)]
            maker = ents.entities[made[0].name].maker if made else None
            if maker:
                out.append(Named(maker, "ORG"))
        if len(out) == before and t.lemma_ == "arm" and any(
                c.dep_ in {"compound", "amod"} and c.lemma_ in INVESTING_WORDS for c in t.children):
            # "Acme's venture arm invested in X": an unnamed fund stands for its owner
            out.extend(m for c in t.children if c.dep_ == "poss" for m in mentions_of(c, ents))
        if len(out) == before and t.lemma_ in MEMBER_GROUPS:
            out.extend(_group_members(t, ents))
        if len(out) == before and t.tag_ == "NNS" and t.lemma_ in ORG_DESCRIPTORS and any(
                c.lower_ in {"two", "both"} for c in t.children):
            out.extend(ents.pair_before(t))  # "the two companies compete"
    uniq = []
    for m in out:
        if m not in uniq:
            uniq.append(m)
    return uniq


def _group_members(group, ents) -> list:
    """The members a consortium acts for: "a consortium of A and B bought a stake", and its
    leaders, "sold to a consortium led by A and B"."""
    listed = [p for c in group.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    listed += [p for c in group.children if c.dep_ == "acl" and c.lemma_ == "lead"
               for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return [m for p in listed for m in mentions_of(p, ents)]


def _inner_name(tok, ents):
    """"owns the Liffe derivatives exchange": a name compounded with a common noun that itself
    modifies the head ("derivatives") names the thing all the same."""
    if tok.dep_ != "compound" or tok.pos_ != "NOUN":
        return None
    return next((m for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                 for m in [ents.mention_at(c)] if m and m.kind == "name"), None)


def by_name(mentions) -> list:
    """One mention per name: "AMD (AMD) and OpenAI" is two parties, not three."""
    seen: dict[str, object] = {}
    for m in mentions:
        seen.setdefault(m.name, m)
    return list(seen.values())


def owners_of(tok, ents) -> list:
    """Who a noun phrase belongs to: "OpenAI's models", "Nvidia H100 GPUs", "its Azure"."""
    found = []
    for t in conjuncts(tok):
        m = mention_or_person(t, ents)
        if m:
            found.append(m)
            continue
        for c in t.children:
            if c.dep_ in {"poss", "compound", "nmod"} and ents.mention_at(c):
                found.append(ents.mention_at(c))
            elif c.dep_ in {"compound", "nmod"}:  # "Acme's Quill-X Ethernet platform": the
                found.extend(ents.mention_at(p) for p in c.children  # parser may hang the
                             if p.dep_ == "poss" and ents.mention_at(p))  # possessive on a modifier
        if not found:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found.extend(owners_of(p, ents))
    return found


def subjects_of(verb, depth: int = 0) -> list:
    # "X is expected to buy Y", "X was forced to sell": a passive controller acts in the clause
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"} or depth and c.dep_ == "nsubjpass"]
    if subj and all(s.lower_ in COLLECTIVE for s in subj) and depth < 3 \
            and verb.dep_ in {"ccomp", "conj", "advcl", "xcomp"}:
        return subjects_of(verb.head, depth + 1)  # "A and B said they would form a venture"
    if subj and depth and _advice_clause(verb, subj):
        return []  # "When buying X, it is recommended to ...": a tip to the reader, no buyer
    if subj:
        return subj
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return [stranded]
    owner = _reflexive_owner(verb) or _fronted_name(verb)
    if owner is not None:
        return [owner]
    giver = giving_verb(verb)
    if giver is not None:
        return given_to(giver)  # "gave Acme the scale to compete with B": Acme competes
    if depth < 3 and verb.dep_ in CLIMB_DEPS and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ == "ADP":
            head = head.head
        controller = [c for c in head.children if c.dep_ == "dobj"]
        if verb.dep_ == "xcomp" and controller:
            return controller  # "led it to sign", "allow OpenAI to build": the object acts
        if asked := _for_controller(verb, head):
            return asked  # "called for X to hold a vote": X acts
        if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            owner = [c for c in head.children if c.dep_ == "poss"]
            if owner and head.pos_ == "NOUN" and any(c.lower_ == "to" for c in verb.children):
                return owner  # "Nestle's plan to buy Danone", "Meta's deal with X to build Y"
            if any(c.lower_ == "to" for c in verb.children) and not is_named(head):
                return governor_subjects(head)  # "X struck a deal to buy jets"
            return [head]
        return subjects_of(head, depth + 1)
    if verb.dep_ == "relcl":
        return [verb.head]
    return []


def _advice_clause(verb, subj) -> bool:
    """Whether a clause is advice with a dummy "it": "it is recommended to", "it is wise to"."""
    if [s.lower_ for s in subj] != ["it"]:
        return False
    if verb.lemma_.lower() in ADVICE_VERBS:
        return any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_ == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in ADVICE_ADJECTIVES for c in verb.children)


def _reflexive_owner(verb):
    """"sold to Y, itself about to merge with Z": the clause after "itself" is Y's, not the
    main subject's."""
    if verb.dep_ not in {"advcl", "xcomp", "acl"}:
        return None
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADP":
        verb = verb.head  # "itself about to buy Z"
    k = verb.left_edge.i - 1
    if k >= 0 and verb.doc[k].text == ",":
        k -= 1
    tok = verb.doc[k] if k >= 0 else None
    if tok is not None and tok.lower_ in {"itself", "themselves"} and tok.dep_ == "appos":
        return tok.head
    return None


def _fronted_name(verb):
    """"Qwest, meanwhile, had to pay ...": a one-word name set off at the sentence start by commas
    around a connective is read as an adverb or a clause of the verb, which is left with no
    subject; the name is its subject. Cheap token tests first: this runs for every verb with
    no subject of its own."""
    name = next((c for c in verb.lefts if c.dep_ in FRONTED_DEPS), None)
    if name is None or not name.is_title or name.lower_.endswith("ly"):
        return None
    doc, k = verb.doc, name.i
    if k + 3 >= verb.i or doc[k + 1].text != "," or doc[k + 2].lower_ not in FRONTED_CONNECTIVES \
            or doc[k + 3].text != ",":
        return None
    opens = name.is_sent_start or k > 0 and doc[k - 1].is_space
    if not opens or any(c.dep_ in {"nsubjpass", "expl"} for c in verb.children):
        return None
    return name


def is_named(noun) -> bool:
    """A name, or a noun in apposition with one ("Anthropic, a startup"), unlike "a deal"."""
    return noun.pos_ == "PROPN" or any(c.dep_ == "appos" for c in noun.children) or \
        noun.dep_ == "appos"


def _for_controller(verb, head) -> list:
    """"called for X to hold a vote", "pushed for X to sell": X acts in the infinitive."""
    if verb.dep_ not in {"xcomp", "advcl"} or not any(c.lower_ == "to" and c.dep_ == "aux"
                                                      for c in verb.children):
        return []
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
            and c.i < verb.i for p in c.children if p.dep_ == "pobj" and p.i + 1 == verb.i - 1]


def governor_subjects(noun, depth: int = 0) -> list:
    """The subject of the verb a noun trigger hangs from: "X signed a deal with Y" -> X."""
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i:
            return []
        if tok.dep_ in SUBJECT_DEPS:
            return []
        tok = tok.head
        agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and agents:
            return agents  # "a plan led by Acme in collaboration with Botco": Acme collaborates
        if tok.pos_ in {"VERB", "AUX"}:
            subj = subjects_of(tok)
            passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if subj or passive:
                return subj or passive
    return []


def one_of(noun):
    """The "one" a noun is counted under ("one of Acme's investors"), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        return noun.head.head
    return None


def prep_objects(tok, word: str) -> list:
    out = []
    holders = [tok, *[c for c in tok.children if c.dep_ in {"dobj", "attr"}]]
    # "agreed a deal totalling $375m with X": the phrase hangs off the object's participle
    holders += [c for h in holders[1:] for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    # "filed charges in a Boston court against X": one prepositional phrase deeper
    holders += [p for h in list(holders) for c in h.children if c.dep_ == "prep"
                and c.lower_ != word for p in c.children if p.dep_ == "pobj"]
    for holder in holders:
        for c in holder.children:
            # the parser often labels "to" as dative: "sells turbines to utilities"
            # a preposition inside a name ("Centers for Disease Control") heads no phrase;
            # only when its holder is in the name too (NER may run a name on "to" after a verb)
            if c.dep_ in {"prep", "agent", "dative"} and c.lower_ == word and not (
                    c.ent_iob_ == "I" and holder.ent_iob_ != "O"):
                out.extend(_described(p) for p in c.children if p.dep_ in {"pobj", "pcomp"})
    if out and all(p.pos_ == "NOUN" for p in out):
        # "raised $34m from investors, including A, B": the list hangs off the verb or,
        # parsed after the amount, off its object
        out.extend(p for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")]
                   for c in h.children if c.dep_ == "prep" and c.lower_ in LIST_PREPS
                   for p in c.children if p.dep_ == "pobj")
    return out


def _described(p):
    """The phrase a misparsed describing participle stands before, else the object itself."""
    if p.dep_ == "pcomp" and p.tag_ == "VBG" and p.lower_ in DESCRIBING:
        described = [c for c in p.children if c.dep_ == "dobj"]
        if described:
            return described[0]
    return p


def objects_of(verb, passive: bool) -> list:
    deps = {"nsubjpass"} if passive else {"dobj", "attr", "oprd", "dative"}
    found = [c for c in verb.children if c.dep_ in deps]
    prefix = co_prefix(verb)
    if passive and not found and prefix is not None:
        # "The round was co-led by A": the parser hangs the subject on "was" under the prefix
        found = [s for x in prefix.children if x.dep_ in {"aux", "auxpass"}
                 for s in x.children if s.dep_ in {"nsubj", "nsubjpass"}]
    return found


def co_prefix(verb):
    """The "co" the tokenizer splits off a verb written "co-led", else None."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co":
        return doc[verb.i - 2]
    return None


def phrase(tok) -> str:
    """The words of a noun phrase without determiners and possessors: "custom chips"."""
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "poss", "case"}
             and not (t.dep_ == "compound" and t.ent_type_ == "ORG")]
    if words and words[0].head.dep_ == "poss":
        words = words[1:]
    return " ".join(t.text for t in words) or tok.text


# ---- structural rules ----------------------------------------------------------------------


@dataclass
class Named:
    name: str
    type: str


def split_verb(tok):
    """"co-founded" comes split "co", "-", "founded", and the parser makes "co" the verb with
    the founder as its subject or a compound of it: the verb meant is the word after the hyphen."""
    doc = tok.doc
    if tok.lower_ == "co" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" \
            and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
        return doc[tok.i + 2]
    return tok
