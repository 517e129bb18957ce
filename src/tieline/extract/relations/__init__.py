"""Relation extraction: trigger words and the entities their syntactic slots hold.

Triggers and slots are data (patterns/relations.json): a spaCy Matcher finds trigger lemmas, and
each rule says which dependency slot (subject, object, prep:with, possessor, ...) holds the head
and which the tail, covering active and passive voice and nominalizations ("the partnership
between A and B", "A's $13B bet on B"). Rules that are not about one trigger word: makers of
products here and headline forms ("A vs. B") in headlines.py; roles and people moving between employers in
people.py; finding the mentions a slot stands for in arguments.py.
"""
from __future__ import annotations

from ...model import Relation
from ..arguments import Named
from ..people import moves, roles
from .headlines import headline_forms
from .hires import hires
from .nouns import apply_noun
from ..entities.words import VENUE_WORDS
from ..lexicon import ROLE_WORDS
from ..wordlists import words
from .rules import ROLE_EXCLUDES, load_patterns, trigger_matcher, verb_forms
from .sink import Sink
from .verbs import apply_verb

__all__ = ["extract_relations"]

# "Acme's University", "Acme Holdings": a place, an institution or a company, not a product
NOT_MADE_HEADS = words("relation_words", "not_made_heads") | VENUE_WORDS


def extract_relations(sdoc, ents, document) -> list[Relation]:
    sink = Sink(document, ents)
    verbs, nouns, objects = load_patterns()
    triggers = sorted({start for _, start, _ in trigger_matcher(sdoc.vocab)(sdoc)})
    for sent in ents.sents:
        headline_forms(sent, ents, sink)
    # makers first: "the maker of ChatGPT" lets a later "a ChatGPT rival" name OpenAI
    for develop_pass in (True, False):
        for i in triggers:
            tok = sdoc[i]
            sent = ents.sents[ents.sent_index(tok)]
            lemma = tok.lemma_.lower()
            if tok.pos_ in {"VERB", "AUX"}:
                lemma = lemma if lemma in verbs else verb_forms().get(tok.lower_, lemma)
                rules, apply = verbs.get(lemma, ()), apply_verb
            else:
                rules, apply = nouns.get(lemma, ()) or nouns.get(tok.lower_, ()), apply_noun
            for rule in rules:
                if (rule.type == "develop") == develop_pass:
                    apply(rule, tok, sent, ents, sink, objects)
        for r in sink.found:
            product = ents.entities.get(r.tail)
            if r.type == "develop" and product is not None and not product.maker:
                product.maker = r.head
    roles(sdoc, ents, sink)
    _makers(ents, sink)
    moves(sdoc, ents, sink)
    hires(sdoc, ents, sink)
    return _without_deal_partners(_without_role_pairs(sink.found))


def _without_role_pairs(found: list[Relation]) -> list[Relation]:
    """Drop a use/supply/invest/partner fact between a person and the organization the same
    sentence says they hold a role at."""
    roles_in = {(r.evidence.start, r.head, r.tail) for r in found if r.type == "employ"}
    return [r for r in found if r.type not in ROLE_EXCLUDES or not (
        {(r.evidence.start, r.head, r.tail), (r.evidence.start, r.tail, r.head)} & roles_in)]


def _without_deal_partners(found: list[Relation]) -> list[Relation]:
    """Drop partner facts between two organizations one of which acquires the other: "agreed to
    acquire its rival X, the latest deal", "A's agreement with B" is the takeover, not an
    alliance. A takeover that is only possible or called off leaves the alliance standing."""
    taken = {frozenset((r.head, r.tail)) for r in found if r.type == "acquire"
             and r.modality not in {"hedged", "negated"}}  # "could have obliged A to buy B"
    return [r for r in found if r.type != "partner" or frozenset((r.head, r.tail)) not in taken]


def _makers(ents, sink) -> None:
    """develop facts from products whose maker the text names ("Microsoft's Azure servers")."""
    for product, (maker, head) in ents.makers.items():
        pname = ents._canonical_of(product)
        if pname is None or not isinstance(maker, str) or not _made_thing(pname, head, ents):
            continue
        maker = ents._canonical_of(maker) or maker
        sink.add("develop", Named(maker, "ORG"), Named(pname, "PRODUCT"), head, "maker",
                 ents.sents[ents.sent_index(head)],
                 modality="asserted", confidence=0.6)  # who makes what is stated, not planned


def _made_thing(pname: str, head, ents) -> bool:
    """Whether a possessed or maker-prefixed name can be a product at all: not a place or an
    institution ("Quebec's Bishop's University"), not a person ("Acme's chairman-elect Ann Lee"), not a name run on into plain words ("Globex hours later"), not a title ("Acme's
    "The Morning Show"")."""
    words_ = pname.split()
    if words_[-1].lower() in NOT_MADE_HEADS or words_[0] == "The" or set(pname) & set("()[]"):
        return False
    if any(w.isalpha() and w.islower() for w in words_[1:]):
        return False  # a product name is written in capitals: "Google hours" is a misread
    m = ents.mention_at(head) if head is not None else None
    if m is None:
        return True
    sdoc = head.doc
    before = sdoc[m.span[0] - 1].lower_ if m.span[0] > 0 else ""
    return before not in ROLE_WORDS and not before.endswith("elect")  # "chairman-elect Ann Lee"
