"""develop facts from goods sold under a brand: "Acme sells its snacks under the Zephyr brand",
"Acme, a maker of snacks sold under the Zephyr brand", "a manufacturer of goods marketed under
the 'Zephyr' brand label".

The brand is the name compounded with the noun "under" governs (brand, marque, trademark; label,
name or banner only with "brand" beside them: a bare label is also a record label, a bare name a
firm's own trading name). The owner is named by the making or selling word "under" hangs on:
its own subject, a relative's antecedent ("Acme, which sells snacks under ..."), or, for goods
("snacks sold under ...", "products marketing under ..."), the firm that makes them: the subject
of a making verb with the goods as object, or the firm a maker noun ("a maker of ...") describes.
Refused: a verb that handles others' brands (stock, carry, distribute, trade), a brand licensed
or franchised (the owner is someone else), an owner that is no named company, selling that ended
("until 2019", "formerly sold"), and a verb reached only through another ("stopped selling",
"plans to sell": the holding may be past or future).
"""
from __future__ import annotations

from ..arguments import Named
from ..relatives import relative_antecedent
from ..entities.words import MAKER_NOUNS
from ..modality import modality_at
from ..wordlists import words
from .mergers import named_company

LABEL_NOUNS = words("relation_words", "brand_label_nouns")  # "under the Zephyr brand"
LABEL_HEADS = words("relation_words", "brand_label_heads")  # "under the Zephyr brand label"
SELLING = words("relation_words", "brand_label_verbs")  # sell, market, make ...
LICENSED = words("relation_words", "brand_label_licensed")  # "licensed", "franchise" ...
MAKING_VERBS = SELLING - {"marketing"}  # "Acme makes snacks sold under ...": Acme's goods
RELATIVES = {"which", "that"}
# "sold snacks under the Zephyr brand until 2019", "formerly sold ...": a holding that ended
ENDED = words("relation_words", "lapsed_adverbs") | {"until", "till"}


def brand_label_facts(ents, sink) -> None:
    if "under" not in ents.text.lower():
        return
    for sent in ents.sents:
        if "under" not in ents.view.sent_text(sent).lower():
            continue  # cheap cue first ("Under the Zephyr brand, Acme sells ..." too)
        for prep in sent:
            if prep.lower_ != "under" or prep.dep_ != "prep":
                continue
            label = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if label is None or not _brand_noun(label):
                continue
            _from_label(prep, label, sent, ents, sink)


def _brand_noun(tok) -> bool:
    word = tok.lower_
    if word in LABEL_NOUNS:
        return True
    return word in LABEL_HEADS and any(c.lower_ in {"brand", "brands"} and c.dep_ == "compound"
                                       for c in tok.children)


def _from_label(prep, label, sent, ents, sink) -> None:
    seller = prep.head
    if seller.lemma_.lower() not in SELLING and seller.lower_ not in SELLING:
        return
    if any(t.lower_ in LICENSED or t.lemma_.lower() in LICENSED for t in seller.subtree):
        return  # "sold under the Zephyr brand, licensed from Bolt": another owner's brand
    if any(c.lower_ in ENDED for c in seller.children):
        return
    owner = _owner(seller, ents)
    if owner is None or _held_by_other(label, owner, ents):
        return
    modality = modality_at(seller, sent) if seller.pos_ in {"VERB", "AUX"} else "asserted"
    for m in ents.mentions_in(sent):
        if not (label.left_edge.i <= m.root.i < label.i) or m.kind != "name":
            continue
        if m.type == "PERSON" or m.name == owner.name or m.name in ents.places:
            continue
        sink.add("develop", Named(owner.name, "ORG"), Named(m.name, "PRODUCT"), label,
                 "brand:under", sent, modality=modality, confidence=0.6)


def _held_by_other(label, owner, ents) -> bool:
    """"under Orvane's Zephyr brand", "under the Zephyr brand, which Orvane owns", "... owned by
    Orvane": the brand is another's, the seller only uses it."""
    if any(c.dep_ == "poss" for c in label.children):
        return True
    for clause in (c for c in label.children if c.dep_ in {"acl", "relcl"}):
        for tok in clause.subtree:
            m = ents.mention_at(tok)
            if m is not None and m.kind == "name" and m.type == "ORG" and m.name != owner.name:
                return True
    return False


def _owner(seller, ents):
    """The named company whose brand the goods carry, or None."""
    if seller.pos_ in {"VERB", "AUX"} and seller.dep_ not in {"acl", "xcomp", "pcomp"}:
        subj = next((c for c in seller.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in RELATIVES and seller.dep_ == "relcl":
            return named_company(relative_antecedent(subj, ents), ents)
        return named_company(subj, ents)
    # goods: "snacks sold under ...", "products marketing under ..." (a noun for the parser)
    goods = seller.head if seller.dep_ == "acl" else seller if seller.dep_ == "pobj" else None
    if goods is None:
        return None
    if goods.dep_ == "dobj" and goods.head.lemma_.lower() in MAKING_VERBS:
        verb = goods.head  # "Acme makes snacks sold under the Zephyr brand"
        if verb.dep_ in {"acl", "xcomp", "pcomp"}:
            return None
        return named_company(next((c for c in verb.children if c.dep_ == "nsubj"), None), ents)
    if goods.dep_ != "pobj" or goods.head.lower_ != "of":
        return None
    maker = goods.head.head
    while maker.dep_ == "conj" and maker.lemma_.lower() not in MAKER_NOUNS:
        maker = maker.head  # "a manufacturer and distributor of ..."
    if maker.lemma_.lower() not in MAKER_NOUNS:
        return None  # "a retailer of snacks sold under ...": a seller of others' goods
    if maker.dep_ == "conj":
        maker = maker.head
    if maker.dep_ == "appos":
        return named_company(maker.head, ents)  # "Acme, a maker of ..."
    if maker.dep_ == "attr":  # "Acme is a maker of ..."
        return named_company(next((c for c in maker.head.children if c.dep_ == "nsubj"), None), ents)
    return None
