"""Parties a figure is told by or spent on without being their money: whoever estimates or
forecasts it, a law or programme that sets it aside, a class of recipients ("hospitals",
"households earning under $75,000"), and a description ("the league") that names no
organization the text described with that word; a person's unnamed foundation, names that only
modify a noun, and results coordinated names share."""
from __future__ import annotations

import re

from ...names import COMPANY_SUFFIXES, whole_word
from ..entities import is_source
from ..lexicon import HONORIFICS, ORG_DESCRIPTORS, ORG_NAME_WORDS, ROLE_WORDS
from ..view import view
from .binding import foreign_to, subject_before
from .kinds import governing_path, token_kind
from .words import (ALLEGE_VERBS, ANAPHORA, ESTIMATE_VERBS, GENERIC_NAMES, GIVING_VERBS,
                    GRANT_NOUNS, HELD_FOR_PEOPLE, LAW_NOUNS, NEWS_NOUNS, RECEIVING_VERBS,
                    RECIPIENT_NOUNS, REPORT_NOUNS, WORD_KIND)

# The owners' answer when the owner the parse names is no organization: a place ("India could
# spend $35bn"), a person's role with no name ("a former officer was fined $250,000"), a law,
# a class of recipients, an estimator's subject.
NOBODY = "<nobody>"

# the words a verb's complement clause hangs by: "estimate (that) the plant will cost $2bn"
COMPLEMENTS = ("ccomp", "xcomp")


def is_law(tok) -> bool:
    """ "the bill", "the Harbor Relief Act", "the package": a law sets money aside, owns none."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in LAW_NOUNS


def is_report(tok) -> bool:
    """ "a report by X showed ...", "the survey found ...": a study tells figures, owns none
    ("Acme's annual report" is Acme's, read from its possessor)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS \
        and not any(c.dep_ == "poss" for c in tok.children)


def tells(tok) -> bool:
    """ "a report by X", "X estimated ...": a name that only tells the figures near it, never
    guessed as their owner."""
    while tok.dep_ in ("poss", "compound") and tok.head != tok:
        tok = tok.head  # "a report by Tehran's chamber": Tehran too
    head = tok.head
    if head.lower_ == "by" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in REPORT_NOUNS:
        return True
    return tok.dep_ == "nsubj" and head.lemma_.lower() in ESTIMATE_VERBS


def is_class(tok, named: bool = False) -> bool:
    """ "households", "small businesses", "hospitals": a class of parties, not one of them
    ("US restaurants" is one too; "its sales", "the companies", "Acme subsidiaries" are told
    elsewhere)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() not in ANAPHORA \
        and tok.lower_ not in WORD_KIND and tok.lemma_.lower() not in WORD_KIND \
        and not any(c.dep_ in ("det", "poss", "appos") or c.dep_ in ("compound", "nmod")
                    and c.ent_type_ not in ("GPE", "NORP", "LOC") and not opening_word(c)
                    for c in tok.children) \
        and (tok.text.islower() or tok.is_sent_start and tok.text[1:].islower() and (not named or any(
            c.dep_ in ("acl", "relcl", "amod") for c in tok.children)))  # not "Databricks is"


def opening_word(tok) -> bool:
    """ "Healthcare providers received $12bn": a lone word capitalised only because it opens
    the sentence (or a quote), which the text never writes so anywhere else; a common word
    the tagger took for a name, not a company's."""
    first = next((t for t in tok.sent if not t.is_punct), None)
    if first != tok or any(c.dep_ in ("compound", "nmod") for c in tok.children):
        return False
    return not any(t.text == tok.text and t.i != tok.i and not _opens(t) for t in tok.doc)


def _opens(tok) -> bool:
    """The first word of its sentence, or of a quote."""
    return tok.is_sent_start or tok.i > 0 and tok.doc[tok.i - 1].is_quote \
        or next((t for t in tok.sent if not t.is_punct), None) == tok


def estimator_owner(owners, verb, path) -> str | None:
    """The owner of a figure under an estimating verb ("estimate", "forecast", "project"), None
    when the verb says nothing about it. Its subject only tells the figure: inside the verb's
    complement clause ("analysts estimate the plant will cost $2bn") no one named above owns
    it; in its object, the object's possessor or "of"/"for" name does ("estimated the cost of
    the closure at $170bn" is no one's, "estimates its revenue at $2bn" is its own), and a
    bare object ("forecast revenue of $4bn") stays the subject's own."""
    lemma = verb.lemma_.lower()
    if lemma not in ESTIMATE_VERBS | ALLEGE_VERBS:
        return None
    below = path[path.index(verb) - 1] if path.index(verb) else None
    if below is not None and below.dep_ in COMPLEMENTS:
        return NOBODY
    if lemma not in ESTIMATE_VERBS:
        return None  # "claims $3bn in revenue": its own
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for obj in objects:
        about = [c for c in obj.children if c.dep_ == "poss"]
        about += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for g in c.children if g.dep_ == "pobj" and g not in path  # not the figure
                  and (c.lower_ == "of" or owners.ents.mention_at(g))]  # not "for next year"
        if about:
            return next((n for n in map(owners.at, about) if n), NOBODY)
    return None


def fits_description(owners, noun, name: str) -> bool:
    """Whether the text described the organization `name` with the noun of "the league": a
    word of its name, or the noun beside it ("carrier Kestrel Air", "Kestrel Air, the
    carrier"). The generic "the company" and "the firm" fit any organization."""
    word = noun.lemma_.lower()
    if word in ANAPHORA or noun.pos_ != "NOUN":
        return True
    if word in {w.removesuffix("s") for w in name.lower().split()} | set(name.lower().split()):
        return True  # "the league": Orvell League; "the studio": Tarsk Studios
    for m in owners.ents.mentions:
        if m.name != name or m.kind != "name":
            continue
        root = m.root
        near = [c for c in root.children if c.dep_ in ("appos", "compound")]
        if root.dep_ == "appos":
            near.append(root.head)
        if any(t.lemma_.lower() == word for t in near):
            return True
    return False


def described_with(owners, noun) -> str | None:
    """ "the league": the last organization before it that the text described with that word,
    or None."""
    fitting = _fitting(owners, noun)
    return fitting[-1] if fitting else None


def several_fit(owners, noun) -> bool:
    """Whether the text told two organizations before `noun` with its word ("the bank"); the
    generic "the company" fits every one and is not asked."""
    word = noun.lemma_.lower()
    return word not in ANAPHORA and noun.pos_ == "NOUN" and len(set(_fitting(owners, noun))) > 1


def _fitting(owners, noun) -> list[str]:
    return [m.name for m in owners.ents.mentions if m.kind == "name" and m.type == "ORG"
            and m.end <= noun.idx and m.name not in owners.outlets
            and fits_description(owners, noun, m.name)]


def description(owners, noun, name: str | None) -> str:
    """ "the league" stands for `name` (the organization last named) only if the text described
    it with that word; else for the last organization it did, else for none; "the ride-hailing
    firm" is the one named with the same words. A description carrying a nationality ("the
    German group") never stands for a firm the text did not tell of it (binding.foreign_to);
    one the text told of two firms ("the bank" after two banks) stands for neither, unless the
    firm it would mean was a subject just before it."""
    if name and introduced_unnamed(owners, noun, name):
        return NOBODY
    by_words = described_by_words(owners, noun)
    if name and foreign_to(owners.ents, noun, name):
        return by_words or NOBODY  # "the German group": not Acme
    if by_words:
        return by_words
    found = name if name and fits_description(owners, noun, name) else described_with(owners, noun)
    if found:
        return NOBODY if _told_of_two(owners, noun, found) else found
    # a kind of company ("the carrier", "the retailer") with none described so: the one
    # named before it; any other word ("the league") stands for no organization named
    return name if name and noun.lemma_.lower() in ORG_DESCRIPTORS else NOBODY


def _told_of_two(owners, noun, found: str) -> bool:
    """ "Kestrel, the third-biggest bank, ... Harbour, the biggest bank, ... the bank blamed":
    a noun the text told of two firms stands for neither surely, unless `found` was a subject
    just before it."""
    return several_fit(owners, noun) and not subject_before(owners.ents, noun, found)


def introduced_unnamed(owners, noun, name: str) -> bool:
    """ "Acme ... a lab in Tarrow ... the US gave the lab $7m": the same noun brought in with
    "a" and no name beside it, after `name` was last told, is the one "the lab" stands for."""
    lemma = noun.lemma_.lower()
    for tok in reversed(owners.sdoc[:noun.i]):
        mention = owners.ents.mention_at(tok)
        if mention is not None and mention.name == name:
            return False
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and mention is None \
                and tok.dep_ not in ("appos", "attr") \
                and any(c.lower_ in ("a", "an") for c in tok.children) \
                and not any(owners.ents.mention_at(c) for c in tok.children
                            if c.dep_ in ("appos", "compound", "nmod")):
            return True
    return False


def speaker(pronoun):
    """ "the carrier said it would spend ...": the description "it" stands for when it is the
    subject of what that description said; None otherwise."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") \
            or pronoun.head.dep_ != "ccomp":
        return None
    said = pronoun.head.head
    told = [c for c in said.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NN"
            and any(d.lower_ in ("the", "this") for d in c.children)]
    return told[0] if told else None


def persons_body_said(ents, pronoun) -> bool:
    """ "Roe's office announced it would spend ...": "it" is the body of a named person that
    the text does not name, whatever organization came before."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") \
            or pronoun.head.dep_ != "ccomp":
        return False
    told = [c for c in pronoun.head.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(d.dep_ == "poss" and (m := ents.mention_at(d)) is not None and m.type == "PERSON"
               for t in told for d in t.children)


def described_by_words(owners, noun) -> str | None:
    """ "the ride-hailing firm": the one organization the text names with the same words
    before it ("ride-hailing company Lyft", "Lyft, a ride-hailing firm"), if any."""
    mods = [t for t in owners.sdoc[noun.left_edge.i:noun.i] if t.dep_ not in ("det", "poss")
            and not t.is_punct and t.pos_ in ("ADJ", "NOUN", "VERB", "PROPN")]
    if not mods:
        return None
    words, size = owners.sdoc[mods[0].i:mods[-1].i + 1].text.lower(), mods[-1].i - mods[0].i + 1
    names = set()
    for start in range(len(owners.sdoc) - size):
        end = start + size
        if start == mods[0].i or owners.sdoc[start:end].text.lower() != words:
            continue
        after = owners.sdoc[end + 1] if end + 1 < len(owners.sdoc) and \
            owners.sdoc[end].pos_ == "NOUN" else None  # "ride-hailing company Lyft"
        before = owners.sdoc[start - 3] if start >= 3 and owners.sdoc[start - 2].text == "," \
            and owners.sdoc[start - 1].lower_ in ("a", "an", "the") else None  # "Lyft, a ..."
        names |= {m.name for t in (after, before) if t is not None
                  for m in [owners.ents.mention_at(t)] if m and m.kind == "name" and m.type == "ORG"}
    return names.pop() if len(names) == 1 else None


def given_to(owners, verb, path, kind: str) -> str | None:
    """The owner of funding a verb's subject gives away ("the foundation announced $215,000
    in grants to farms", "the lender distributed $14m in loans", "the fund named its first
    recipients, totaling $5m in loans"): the recipient the verb
    names, else no one; None when the verb gives nothing (or the subject receives it)."""
    if kind != "funding" or verb.pos_ != "VERB" or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    phrase = path[:path.index(verb)]
    phrase += [g for c in path[0].children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj"]  # "$2m in grants"
    lemma = verb.lemma_.lower()
    granted = any(t.lemma_.lower() in GRANT_NOUNS for t in phrase) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in RECIPIENT_NOUNS for c in verb.children)
    if lemma not in GIVING_VERBS and not (granted and lemma not in RECEIVING_VERBS):
        return None
    recipients = [c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"]
    recipients += [g for t in [verb, *phrase] for c in t.children
                   if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"]
    recipients += granted_for(owners, phrase)  # "approved a $25m grant for X"
    # "offer $2.5bn of credits to its policyholders": a class of recipients, none of them the
    # giver named by "its"
    named = (NOBODY if g.tag_ == "NNS" and owners.ents.mention_at(g) is None else owners.at(g)
             for g in recipients)
    return next((n for n in named if n and n != NOBODY), NOBODY)


def granted_for(owners, nouns) -> list:
    """ "a $25m grant for Acme": the organization a grant noun is "for" (not "for research",
    nor "for Dr. Roe": only a named organization receives it)."""
    return [g for n in nouns if n.lemma_.lower() in GRANT_NOUNS for c in n.children
            if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
            and (m := owners.ents.mention_at(g)) is not None and m.kind == "name"
            and m.type == "ORG"]


def grant_receiver(owners, root) -> str | None:
    """ "the Agency's $40m grant to Acme", "a state grant of $5m for Acme": the organization
    that receives a grant a public body is named as giving; None when none is named."""
    noun = root.head if root.dep_ in ("compound", "nmod", "amod", "nummod") else \
        root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root
    if noun.lemma_.lower() not in GRANT_NOUNS:
        return None
    named = [g for t in (noun, root) for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"] + granted_for(owners, [noun])
    return next((n for n in map(owners.at, named) if n and n != NOBODY), None)


def part_owner(owners, root) -> str | None:
    """ "$3bn of Acme's net debt", "$500m of Beta's revenue": the figure is part of a whole a
    name possesses, whose kind the whole's noun names; that name owns it, whoever the clause's
    subject is (a pronoun's "of its debt" is left to the clause)."""
    wholes = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj" and token_kind(g)]
    names = [m.name for g in wholes for c in g.children if c.dep_ == "poss"
             for m in [owners.ents.mention_at(c)] if m and m.kind == "name" and m.type == "ORG"]
    return names[0] if names else None


def cut_from_longer(sdoc, name: str) -> bool:
    """ "Energy" of "PDC Energy Inc", "Mayor" of "Mayor's Fund", "National Association" of
    "National Association of Realtors": a name found only as part of a longer one, which the
    tagger cut; the figure's owner is that longer name, not this one."""
    bare = name.removeprefix("the ")
    found = [sdoc.char_span(m.start(), m.end())
             for m in whole_word(bare).finditer(view(sdoc).text)]
    # a sentence's or a line's first word is capitalized anyway: it tells nothing
    found = [span for span in found if span is not None and span.start > 0
             and not span[0].is_sent_start and not span.doc[span.start - 1].is_space]
    return bool(found) and all(_continued(span) for span in found)


def _continued(span) -> bool:
    doc = span.doc
    before = doc[span.start - 1]
    after = list(doc[span.end:span.end + 2])
    if before.text[:1].isupper() and not before.is_sent_start and before.lower_ != "the":
        return True
    if before.is_sent_start and before.pos_ == "PROPN" and view(doc).text.count(
            f"{before.text} {span[0].text}") > 1:
        return True  # "Liberty Mutual Insurance will give ..." and "... to Liberty Mutual"
    # "the Arts for Harbor Relief Fund": a capitalized word joined by "for" or "of" begins the
    # name, unless it is a role ("Chair of Acme")
    if before.lower_ in ("for", "of") and span.start > 1:
        first = doc[span.start - 2]
        if first.text[:1].isupper() and not first.is_sent_start and first.pos_ == "PROPN" \
                and first.lower_ not in ROLE_WORDS | HONORIFICS:
            return True
    if after and after[0].lower_ in ("'s", "’s", "of") and len(after) > 1:
        after = after[1:]
    return bool(after) and after[0].pos_ == "PROPN" and after[0].text[:1].isupper() \
        and after[0].lower_.rstrip(".") not in COMPANY_SUFFIXES  # "Dawson Geophysical Co"


def shared(ents, subject, verb) -> bool:
    """ "A and B had $300bn in revenue": coordinated names share a result, unless "each"."""
    names = [t for t in (subject, *subject.conjuncts) if ents.mention_at(t) is not None]
    return len(names) > 1 and not any(t.lower_ == "each" for t in verb.subtree)


def only_modifies(ents, noun) -> bool:
    """ "White House ties": a common noun that is no mention itself, whose name modifiers tell
    what it is about, not who it is."""
    return noun.pos_ == "NOUN" and ents.mention_at(noun) is None and \
        noun.lemma_.lower() not in ANAPHORA | ORG_DESCRIPTORS and \
        not any(c.dep_ == "poss" for c in noun.children)  # "the network's push" is its own


def held_for_person(ents, noun) -> bool:
    """ "Roe's foundation", "Roe's company": an organization a named person holds, which the
    text does not name; its money is not the person's."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ORG_DESCRIPTORS | HELD_FOR_PEOPLE:
        return False
    owners = [ents.mention_at(c) for c in noun.children if c.dep_ == "poss"]
    return any(m is not None and m.type == "PERSON" for m in owners)


ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")  # "ETFs", "SPACs", "NGOs"


def not_one_name(sdoc, name: str) -> bool:
    """ "ETFs lost $19bn", "“Airlines ... have requested €30bn": a kind of party in the plural
    that the tagger took for a name (a capitalized common noun the text also writes in lower
    case), or two names run together ("Tarrow Play, Kestrel", a photo credit "Jo Roe/AP");
    not one organization."""
    if ", " in name or "/" in name or name.lower().removeprefix("the ") in GENERIC_NAMES:
        return True  # "A, B" or "A/B" run together; "Fund", "Plan": a common word, no name
    if " " in name:
        return False
    if ACRONYM_PLURAL.match(name) or kind_of_firm(name):
        return True
    return name.endswith("s") and name[:1].isupper() and name[1:].islower() and \
        whole_word(name.lower()).search(view(sdoc).text) is not None


def kind_of_firm(name: str) -> bool:
    """ "Airlines, which are facing ...", "Insurers have asked for ...": the plural of a word
    that names a kind of firm, capitalized by its place, not a name (unlike "Siemens")."""
    low = name.lower()
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return low.endswith("s") and one in ORG_DESCRIPTORS | ORG_NAME_WORDS


PROMOTED = ("homepage", "newsletter", "podcast", "site", "website")


def promoted(tok) -> bool:
    """ "Visit X's homepage for more stories": an outlet promoting itself, not an actor."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in PROMOTED


def cited(tok) -> bool:
    """A name the text cites, not an actor: "according to X", "told the newspaper X", "news
    organizations, including X", "appeared first on X", "Visit X's homepage"."""
    head = tok.head
    if is_source(tok) or promoted(tok) or tok.dep_ == "appos" and (is_source(head) or news(head)):
        return True
    if any(c.dep_ in ("appos", "compound") and news(c) for c in tok.children):
        return True
    if head.lower_ in ("including", "like") and news(head.head):
        return True
    return head.lower_ == "on" and head.head.lemma_ == "appear"


def news(noun) -> bool:
    """ "the newspaper", "news organizations", "a news agency": a noun for an outlet."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in NEWS_NOUNS or any(
        c.dep_ == "compound" and c.lower_ == "news" for c in noun.children))


def estimates(tok) -> bool:
    """ "TBNR, which Forbes estimated earned $14m": the estimator, parsed as the subject with
    its verb hanging from it, tells the figure and owns none."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in ESTIMATE_VERBS for c in tok.children)


def joint_raiser(owners, root, sent) -> str | None:
    """ "A and B announced a $110m investment in C": coordinated investors share the figure,
    which is C's funding; None when one party tells it or no C is named."""
    path = governing_path(root, sent)
    verb = next((t for t in path if t.pos_ == "VERB"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is None or not shared(owners.ents, subject, verb):
        return None
    targets = [g for t in path[:path.index(verb)] for c in t.children if c.dep_ == "prep"
               and c.lower_ in ("in", "into") for g in c.children if g.dep_ == "pobj"]
    names = [m.name for g in targets for m in [owners.ents.mention_at(g)]
             if m is not None and m.kind == "name"]
    return names[0] if names else None  # "A, B and C pledged $500bn": told elsewhere
