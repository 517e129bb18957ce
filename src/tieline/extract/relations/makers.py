"""develop facts from products whose maker the text names: "OpenAI's ChatGPT", "Nvidia H100".

The entity stage links a possessed or maker-prefixed name to its maker whenever the grammar
allows; most such links on real news are not products at all ("Victoria's Secret", "Mother's
Day", "Slate's Mary Harris", "Hama 1 Landmine", "Quebec's Bishop's University"). A link
becomes a develop fact only when the name can be a product and the maker a company.
"""
from __future__ import annotations

import re

from ..arguments import Named
from ..entities.tokens import landform
from ..entities.words import PRONOUNS, RELATIONAL_NOUNS, VENUE_WORDS
from ..lexicon import ORG_NAME_WORDS, PRODUCT_NOUNS, PUBLICATION_WORDS, ROLE_WORDS, TECH_STANDARDS
from ..timex import MONTHS
from ..wordlists import words
from .rules import PEOPLE_GROUPS

# "Acme's University", "Acme Holdings": a place, an institution or a company, not a product
NOT_MADE_HEADS = words("relation_words", "not_made_heads") | VENUE_WORDS
# words that end a maker-named unit, place or section: "Acme Parks", "Acme Coast"
NOT_NAMED_HEADS = words("relation_words", "not_named_heads") | NOT_MADE_HEADS
# "Acme's YouTube channel": the platform a body keeps an account on, not its product
ACCOUNT_NOUNS = words("relation_words", "account_nouns")
# what a product-shaped name may stand for that nobody ships: a plan, a programme, an event or a
# document ("the Artemis programme", "an initiative called Acme Vision", "a 'Back To Work'
# playbook", "the Acme Tournament")
NOT_PRODUCT_NOUNS = words("relation_words", "not_product_nouns")
LEADER_ROLES = words("relation_words", "leader_roles")
CONTEST_NOUNS = words("relation_words", "contest_nouns")
WORK_NOUNS = words("relation_words", "work_nouns")
OFFICE_HOLDERS = words("relation_words", "office_holders")
# where a name stands when the text treats it as a party: an actor, an owner, a counterpart
FIRM_SLOTS = {"nsubj", "nsubjpass", "poss", "pobj", "appos"}
NAMING_VERBS = {"call", "dub", "name", "title", "brand", "know"}
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # "ChatGPT", "iPhone": a coined name
ORDINAL = re.compile(r"\d+(st|nd|rd|th)$")  # "Pippen's 21st": a rank
# "Acme's £456m system", "the LSE's 533p share price": a sum or a price, not a name
AMOUNT = re.compile(r"\d[\d.,]*(m|bn|k|p)$")
SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}$")  # "went to Wales 13-12": a result, not a model
MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]?")  # "X5", "A4", "S40": a model, no firm
# spaCy labels that say a name is no product: a group, a day, a law or a rank (not GPE: the
# small model calls many unknown names places)
NOT_PRODUCT_LABELS = {"NORP", "DATE", "LAW", "ORDINAL"}


def stated_makers(ents):
    """(product, maker, head) of each product the article gives a named maker ("Y's Claude"),
    both names canonical; a product no entity names, or a maker still a token, is left out."""
    for product, (maker, head) in ents.makers.items():
        pname = ents._canonical_of(product)
        if pname is not None and isinstance(maker, str):
            yield pname, ents._canonical_of(maker) or maker, head


def maker_facts(ents, sink) -> None:
    for pname, maker, head in stated_makers(ents):
        if not _made_thing(pname, maker, head, ents) or not _maker_company(maker, head, ents) \
                or _named_person(pname, maker, ents):
            continue
        if non_product_name(pname) or any(
                names_non_product(m.root) for m in ents.mentions_in(ents.sents[ents.sent_index(head)])
                if m.name == pname):
            continue
        form = maker_form(pname, maker, head, ents)
        if form == "poss" and _titled_work(pname, head, ents):
            continue  # "the movie Acme's Secret": a possessive inside a title
        if form in {"poss", "its"} and not _product_evidence(pname, head, ents):
            continue  # "the Navy's Blue Angels", "Acme's Kim Lee": a possessive alone
        if form in {"poss", "its"} and _regional_unit(pname, head, ents):
            continue  # "Acme Health's Rocky Mountain network": a region the maker serves
        if form == "its" and _other_subject(pname, maker, head, ents):
            continue  # "The UK is trialing its own app": "its" is the subject's
        if form in {"named", "prefix"} and (not _named_product(pname, maker, ents)
                                           or _holds_role(pname, ents)):
            continue  # "NYC Parks", "Acme Motor", "Acme Shuttle president": a body or a section
        if form == "named" and not acts_as_firm(maker, ents):
            continue  # "Zephyr Live" beside only "Zephyr games", "Lee 107": a product, a player
        sink.add("develop", Named(maker, "ORG"), Named(pname, "PRODUCT"), head, "maker:" + form,
                 ents.sents[ents.sent_index(head)],
                 modality="asserted", confidence=0.6)  # who makes what is stated, not planned


def non_product_name(name: str) -> bool:
    """A name that is itself a plan, event or document word ("Op-Ed", "Acme Shrine") or one
    common product word ("Service" of "Postal Service" cut in two): no product's own name."""
    return name.lower() in NOT_PRODUCT_NOUNS | PRODUCT_NOUNS \
        or name.split()[-1].lower() in NOT_PRODUCT_NOUNS


def names_non_product(root) -> bool:
    """Whether a name's own last word or the noun it names is a plan, programme, event or
    document: "the Zephyr programme", "an initiative called Acme Vision", "Acme Tournament"."""
    nouns = [root]
    beside = [c for c in root.children if c.dep_ in {"compound", "appos"}]
    beside += [root.head] if root.dep_ == "appos" else []
    if any(t.lemma_.lower() in RELATIONAL_NOUNS for t in beside):
        return True  # "its backer Globex", "its rival, Zephyr": a party, not a product
    if root.dep_ == "compound" and root.head.lemma_.lower() in ACCOUNT_NOUNS \
            and root.head.dep_ != "compound":
        return True  # "Acme's YouTube channel"; not "its Zephyr channel app"
    if root.dep_ in {"compound", "nmod", "appos"}:
        nouns.append(root.head)  # "a 'Back To Work' playbook", "Zephyr, its new plan"
    nouns += [c for c in root.children if c.dep_ in {"appos", "nmod"}]  # "the theme 'Acme Rises'"
    if root.dep_ in {"oprd", "attr", "dobj", "appos"} and root.head.lemma_.lower() in NAMING_VERBS:
        nouns.append(root.head.head)  # "an initiative called Acme Vision"
    holder = root.head if root.dep_ == "appos" else root
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent":
        return True  # "a test produced by its brand, Zephyr": the maker's unit, not its product
    return any(n.lemma_.lower() in NOT_PRODUCT_NOUNS or n.lower_ in NOT_PRODUCT_NOUNS for n in nouns)


def maker_form(pname: str, maker: str, head, ents) -> str:
    """How the text ties a product to its maker, part of the rule's name so each form is
    calibrated on its own: "poss" ("Acme's Zephyr"), "its" ("its Zephyr app"), "named"
    (named after its maker: "Acme Cloud"), "prefix" ("Acme Zephyr chips") or "phrase"
    ("the maker of Zephyr", "Zephyr, developed by Acme")."""
    poss = _possessor(pname, head, ents)
    if poss is not None:
        return "its" if poss.lower_ in PRONOUNS else "poss"
    here = ents.mentions_in(ents.sents[ents.sent_index(head)])
    products = [m for m in here if m.name == pname]
    if _led_by_maker(pname, maker, ents):
        return "named"
    if any(p.span[0] == m.span[1] for p in products for m in here if m.name == maker):
        return "prefix"
    return "phrase"


def _possessor(pname: str, head, ents):
    """The possessive ("Acme's", "its") the product or its noun phrase has, if any."""
    products = [m.root for m in ents.mentions_in(ents.sents[ents.sent_index(head)])
                if m.name == pname]
    return next((c for tok in [head, *products] for c in tok.children if c.dep_ == "poss"), None)


def _regional_unit(pname: str, head, ents) -> bool:
    """Whether a possessed name is a place that qualifies a noun: "Acme Health's Rocky Mountain
    network", "its Gulf Coast plants" (a region the maker serves, not a product it makes)."""
    return landform(pname) and any(
        m.name == pname and m.root.dep_ == "compound"
        for m in ents.mentions_in(ents.sents[ents.sent_index(head)]))


def _titled_work(pname: str, head, ents) -> bool:
    """Whether the possessor opens a title named after a work noun: "the movie Acme's Secret",
    "the novel Ann's Garden" (not "the studio's film Zephyr", where the work is the product)."""
    poss = _possessor(pname, head, ents)
    if poss is None:
        return False
    m = ents.mention_at(poss)
    first = m.span[0] if m is not None else poss.i
    before = [t for t in head.doc[max(first - 2, 0):first] if not t.is_quote]
    return bool(before) and before[-1].lower_ in WORK_NOUNS


def _product_evidence(pname: str, head, ents) -> bool:
    """Whether more than a possessive says a possessed name is a product. On news beyond tech
    most possessed names are a unit, a venue, a person or a law ("the Navy's Blue Angels",
    "Acme's Kim Lee", "the senator's Heroes Act"), so one more cue is needed: a product noun
    the name goes with ("Acme's Zephyr chips", "its flagship game, Zephyr"), a model's shape
    (digits or inner capitals: "Zephyr-2", "ZephyrGPT") or a newspaper's name."""
    words_ = pname.split()
    if any(c.isdigit() for c in pname) or any(INNER_CAPITAL.search(w) for w in words_) \
            or len(words_) >= 2 and words_[-1].lower() in PUBLICATION_WORDS:
        return True
    near, inside = [head], set()
    for m in ents.mentions_in(ents.sents[ents.sent_index(head)]):
        if m.name == pname:
            inside.update(range(*m.span))
            near += [m.root.head, *m.root.children]
            if m.span[1] < len(head.doc):
                near.append(head.doc[m.span[1]])
    # the cue stands beside the name, not in it ("Acme's Investors Service" is a firm)
    return any(t.i not in inside and (t.lemma_.lower() in PRODUCT_NOUNS or t.lower_ in PRODUCT_NOUNS)
               for t in near)


def _named_product(pname: str, maker: str, ents) -> bool:
    """Whether a name led by its maker's ("Acme Cloud", "Acme Z20") is a product, not a body,
    a place or a section of the maker ("Acme Motor", "Acme Parks", "Acme Portsmouth"), and
    whether the maker is named alone somewhere: a first word never seen without the rest
    ("Conde" of "Conde Nast") is part of one name, not a maker."""
    words_ = pname.split()
    led = _led_by_maker(pname, maker, ents)
    rest = words_[1:] if led else words_
    last = rest[-1].lower() if rest else ""
    if not rest or last in NOT_NAMED_HEADS | ORG_NAME_WORDS | PEOPLE_GROUPS or rest[-1] in ents.places \
            or SCORE.match(rest[-1]) \
            or " ".join(rest) in ents.places:
        return False
    if not led:
        return True
    # alone: not run on into another capitalised word or a number ("USS Avalon" and "USS Brill"
    # name two ships, not a maker "USS"; "Wang Lei" a person)
    lead = maker if words_[0] == maker.split()[0] else words_[0]
    alone = re.compile(r"\b" + re.escape(lead) + r"\b(?![ \t]+[A-Z0-9])")
    return alone.search(ents.text) is not None


def _led_by_maker(pname: str, maker: str, ents) -> bool:
    """Whether a name starts with its maker's first word or with a short name of the maker
    ("Acme Cloud"; "AGX Cloud" where AGX stands for Acme Global Exchange), so it is checked as
    a name led by its maker: "NJ Transit" is a body whether or not "NJ" is written out."""
    first = pname.split()[0]
    return first == maker.split()[0] or len(pname.split()) > 1 and ents._canonical_of(first) == maker


def run_on_tail(pname: str, maker: str, ents) -> bool:
    """Whether a name is only ever written right after its maker's and heads its phrase
    ("Acme Ground", "Acme Sports Network"): the maker's name run on into one service's, so the
    tail is no product of its own (but "Acme Zephyr chips": a product noun says it is one;
    "its Zephyr range": a possessive is no name run on)."""
    found = [m for m in ents.mentions if m.name == pname and m.kind == "name"]
    for m in found:
        doc, (i, j) = m.root.doc, m.span
        before = ents.mention_at(doc[i - 1]) if i > 0 else None
        after = doc[j] if j < len(doc) else None
        if before is None or before.name != maker or before.kind != "name":
            return False
        if after is not None and (after.lemma_.lower() in PRODUCT_NOUNS
                                  or after.lower_ in PRODUCT_NOUNS):
            return False
    return bool(found)


def _holds_role(pname: str, ents) -> bool:
    """Whether the text gives the name a leader, so it is a body: "former Acme Shuttle
    president Ann Lee", "managing director of Acme Freightnet"; or a sport's word, so it is a
    team or a contest: "the Acme Harriers squad", "the headline bout of Acme 250"."""
    body_words = LEADER_ROLES | CONTEST_NOUNS
    for m in ents.mentions:
        if m.name != pname:
            continue
        doc, root = m.root.doc, m.root
        after = doc[m.span[1]] if m.span[1] < len(doc) else None
        if after is not None and after.lower_ in body_words:
            return True
        if root.dep_ == "pobj" and root.head.lower_ in {"of", "at"} \
                and root.head.head.lower_ in body_words:
            return True
    return False


def _other_subject(pname: str, maker: str, head, ents) -> bool:
    """Whether the clause around "its" has a subject named and not the maker: "The UK is
    trialing its own app" (the pronoun is the subject's, whatever it was resolved to)."""
    poss = _possessor(pname, head, ents)
    verb = poss.head if poss is not None else head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # "Acme's great rival is to sell its Zephyr": the rival's, not Acme's (the subject of the
    # verb above only when it is such a party: "X is paying Acme to sell its Zephyr" is Acme's)
    above = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
        if subj is None and verb.dep_ == "xcomp" else None
    if poss is not None and any(s is not None and _party_of(s, maker, ents) for s in (subj, above)):
        return True
    if poss is None or subj is None or subj.i == poss.i:
        return False
    m = ents.mention_at(subj)
    if m is not None and m.name == pname and poss.head.dep_ == "appos":
        return False  # "Zephyr, its best-selling game, sold well": the product is the subject
    return subj.text in ents.places or m is not None and m.kind == "name" \
        and m.type != "PERSON" and m.name != maker


def _party_of(subj, maker: str, ents) -> bool:
    """Whether a subject is another party named by its tie to the maker: "Acme's rival",
    "Acme's parent", "its supplier" said of Acme (the maker's own possessive on a relational
    noun), so a later "its" in the clause is that party's."""
    if subj.lemma_.lower() not in RELATIONAL_NOUNS:
        return False
    return any(c.dep_ == "poss" and getattr(ents.mention_at(c), "name", None) == maker
               for c in subj.children)


def product_name(pname: str, maker: str) -> bool:
    """Whether a name is shaped like a product's: not a place or an institution ("Bishop's
    University"), not a standard ("5G"), not a name run on into plain words ("Globex hours
    later") or numbers ("Hama 1 Landmine", "Cologne 0"), not a title ("The Morning Show") or
    a run of text, not a date ("May 15") and not two sentences run together ("vaccine?A", where a question mark
    lost its space)."""
    words_ = pname.split()
    if pname.lower() in TECH_STANDARDS:
        return False  # "its 5G network": a standard nobody in the sentence makes
    if len(words_) > 1 and words_[0].lower() in MONTHS \
            and all(w.rstrip(",").isdigit() for w in words_[1:]):
        return False  # "ABC's 'Morning Show' show in New York, May 15": a date run on
    if words_[-1].lower() in NOT_MADE_HEADS or words_[0] == "The" or pname.endswith("-") \
            or set(pname) & set("()[]:“”\"?") or ORDINAL.match(words_[-1]) or AMOUNT.match(pname) \
            or len(words_) > 1 and ORDINAL.match(words_[0]):  # "a '21st Century network'": an era
        return False
    if any(w.isalpha() and w.islower() for w in words_[1:]):
        return False  # a product name is written in capitals: "Google hours" is a misread
    return not (any(w.isdigit() and len(w) <= 2 for w in words_[1:]) and (
        words_[0] == maker.split()[0] or not words_[-1].isdigit()))  # "Sinai 10": a count


def cut_from_quote(mention) -> bool:
    """Whether a name stands inside quotation marks that open before it: a word cut from a
    quoted title ("a livestream "Ask Us LIVE: Conversations about Floods"" gives no product
    "Conversations")."""
    root = getattr(mention, "root", None)
    if root is None:
        return False
    doc, (i, j) = root.doc, mention.span
    before = [t for t in doc[root.sent.start:i] if t.is_quote and t.text != "'"]
    after = [t for t in doc[j:root.sent.end] if t.is_quote and t.text != "'"]
    return len(before) % 2 == 1 and bool(after) and before[-1].i < i - 1


def _made_thing(pname: str, maker: str, head, ents) -> bool:
    """Whether a possessed or maker-prefixed name can be a product at all: shaped like one
    (product_name), not a day, law or rank, not a person ("Acme's chairman-elect Ann Lee",
    "Slate's Mary Harris") and not a name cut short ("Acme's 737 Max")."""
    if not product_name(pname, maker) or pname in getattr(ents, "surnames", ()):
        return False  # "says John Kerrow ... The agency's Kerrow": a person, named before
    words_ = pname.split()
    if _kin_of_person(pname, ents):
        return False  # "Ann and Tom Varga" beside "Ann Varga", "EMT Varga": a person
    if words_[-1].lower() in ROLE_WORDS:
        return False  # "Acme Center President": a title run on from a name, not a product
    if head is not None and _hyphen_tail(pname, head, ents):
        return False  # "Acme's 350-8x jet": the tail of a model number, not a name
    m = ents.mention_at(head) if head is not None else None
    if m is None:  # cited at another word: "the Acme series 'The Harbor'" is still a title
        return head is None or not any(
            x.name == pname and x.span[0] > 0 and head.doc[x.span[0] - 1].text == "The"
            and not head.doc[x.span[0] - 1].is_sent_start
            for x in ents.mentions_in(ents.sents[ents.sent_index(head)]))
    toks = head.doc[m.span[0]:m.span[1]]
    after = head.doc[m.span[1]] if m.span[1] < len(head.doc) else None
    before = head.doc[m.span[0] - 1] if m.span[0] > 0 else None
    if after is not None and (after.pos_ == "PROPN" and after.is_title or after.like_num) \
            or before is not None and before.like_num and before.ent_type_ != "MONEY":
        return False  # a name cut short ("Queen's Brian", "Acme's 737 Max", "Watch Series 4")
    if any(t.ent_type_ in NOT_PRODUCT_LABELS for t in toks):
        return False  # "Mother's Day", "the 15th Division"
    if len(words_) >= 2 and all(t.ent_type_ == "PERSON" and t.is_title for t in toks) \
            and words_[0] != maker.split()[0]:
        return False  # "Slate's Mary Harris"; not "Mistral Large", named after its maker
    if before is not None and before.text == "The" and not before.is_sent_start:
        return False  # a title: the book "The Acme Story", the album The Acme Sessions
    if before is not None and before.text == "#" and not before.whitespace_:
        return False  # a hashtag: "Acme's #Summer2025" is a campaign's tag, not a product
    word = before.lower_ if before is not None else ""
    return word not in ROLE_WORDS and not word.endswith("elect")  # "chairman-elect Ann Lee"


def _kin_of_person(pname: str, ents) -> bool:
    """Whether a two-word name ends in the surname of another person the text names: "Tom
    Varga" or "EMT Varga" beside "Ann Varga" (a name tagged PERSON itself does not count:
    "Acme Messenger" misread as a person gives no surname to compare with)."""
    words_ = pname.split()
    return len(words_) == 2 and any(
        m.name != pname and len(m.name.split()) > 1 and m.name.split()[-1] == words_[1]
        and (m.type == "PERSON" or m.root.ent_type_ == "PERSON")
        for m in getattr(ents, "mentions", ()))  # a name checked without its text: no kin


def _hyphen_tail(pname: str, head, ents) -> bool:
    """Whether the product's mention in its sentence follows a hyphen glued to a number or
    word before it: "350-8x" read as a name "8x"."""
    m = ents.mention_at(head)
    found = [m] if m is not None else [
        x for x in ents.mentions_in(ents.sents[ents.sent_index(head)]) if x.name == pname]
    for m in found:
        if m.span[0] >= 2:
            dash = head.doc[m.span[0] - 1]
            if dash.text in {"-", "–"} and not dash.whitespace_ \
                    and not head.doc[m.span[0] - 2].whitespace_:
                return True
    return False


def _named_person(pname: str, maker: str, ents) -> bool:
    """A product name the document also writes as a person's ("Acme's Ann Lee" beside "Ann Lee,
    its marketing chief"): two or more capitalized words, tagged PERSON somewhere. A name that
    starts with its maker's ("Acme Messenger") is a person's only when the maker is never
    tagged a company ("Tom" of "Tom Varga") or when it is listed with a person ("a book by Ann
    Lee and Wang Xiu")."""
    words_ = pname.split()
    if len(words_) < 2 or not all(w.isalpha() and w.istitle() and len(w) > 1 for w in words_):
        return False
    if any(m.name == pname and _beside_person(m.root) for m in ents.mentions):
        return True
    if not any(m.name == pname and m.root.ent_type_ == "PERSON" for m in ents.mentions):
        return False
    return words_[0] != maker.split()[0] or not any(
        m.name == maker and m.root.ent_type_ == "ORG" for m in ents.mentions)


def _beside_person(root) -> bool:
    """Whether a name is coordinated with a person's name: "by Ann Lee and Wang Xiu"."""
    pair = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in pair)


def _common_use(root) -> bool:
    """Whether a name is used as a common noun: "an SUV", "a hybrid SUV" (an article that
    counts it) or "its SUV" (owned by another): no firm is written so."""
    kids = list(root.children)
    if any(c.lemma_.lower() in RELATIONAL_NOUNS for c in kids):
        return False  # "its long-time rival Acme Co.": a party named by its tie
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} or c.dep_ == "poss" and c.lower_ == "its"
               for c in kids)


def _common_word(maker: str, own, ents) -> bool:
    """Whether a one-word maker is a common word the tagger never called a firm and the text
    also writes in lower case: "Growth was helped by its brands" beside "growth" ("its" is
    the company's, resolved to the sentence's subject)."""
    return len(maker.split()) == 1 and bool(own) and hasattr(ents, "_common_words") \
        and not any(m.root.ent_type_ == "ORG" for m in own) and ents._common_words([own[0].root])


def _model_of_firm(maker: str, ents) -> bool:
    """Whether a name is a firm's model: a firm's name and a model code ("Acme X5", "Acme
    A4"), which "its" may stand for but which makes nothing."""
    words_ = maker.split()
    first = ents.entities.get(words_[0]) if len(words_) == 2 else None
    return first is not None and first.type == "ORG" and MODEL_CODE.fullmatch(words_[1]) is not None


def acts_as_firm(maker: str, ents) -> bool:
    """Whether the text writes a maker known only from a name it opens ("Acme Cloud") as a
    party somewhere: a clause's subject, a possessor, a preposition's object ("a deal with
    Acme"), an apposition, a staff word's modifier ("Acme founder Ann Lee") or a description
    bound to it ("the company"). A product, a drug class or a fair is only ever a modifier
    ("Zephyr games", "the Zephyr expo") or an object; a player is mostly tagged a person."""
    own = [m for m in ents.mentions if m.name == maker and m.kind in {"name", "description"}]
    labels = [m.root.ent_type_ for m in own if m.kind == "name"]
    if labels.count("PERSON") > 2 * labels.count("ORG"):
        return False  # "Varga 79, Lee 107" beside "Lee scored": a scorer, not a maker
    return any(m.kind == "description" or m.root.dep_ in FIRM_SLOTS
               or m.root.dep_ == "compound" and m.root.head.lower_ in ROLE_WORDS for m in own)


def _maker_company(maker: str, head, ents) -> bool:
    """A maker that can be a company: not a country or a people ("Azerbaijan's Efendi", "Nazi
    Wehrmacht"), and not the first half of one name that is never named alone ("Victoria's
    Secret" and "People's Liberation Army" are tagged as one name)."""
    own = [m for m in ents.mentions if m.name == maker and m.kind == "name"]
    if own and all(_common_use(m.root) for m in own) or _model_of_firm(maker, ents) \
            or _common_word(maker, own, ents):
        return False  # "an SUV from its Lexus marque", "the Acme X5 and its sibling X3"
    if maker.split()[-1].lower() in OFFICE_HOLDERS:
        return False  # "the County Sheriff's Office", "the Mayor's Fund": an office's unit
    if maker in ents.places or not own or all(m.root.ent_type_ == "NORP" for m in own):
        return False  # never named alone ("Model" of "Model X") or a people
    entity = ents.entities.get(maker)
    if entity is not None and entity.type != "ORG" or all(m.root.ent_type_ == "PERSON" for m in own):
        return False  # a person: "Lee Speaks" is Ann Lee's podcast, "Lee Wei" a name
    product = ents.mention_at(head) if head is not None else None
    if product is None or head.doc[product.span[0]].ent_iob_ != "I":
        return True
    near = set(range(product.span[0] - 3, product.span[1]))
    return any(m.root.i not in near for m in own)  # named alone elsewhere: a company
