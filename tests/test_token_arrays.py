"""The word finders that read token arrays give exactly what the spaCy Matcher patterns they
replace gave: the same token indices, in the same order."""
from __future__ import annotations

import gc
import weakref

from spacy.matcher import Matcher

from tieline.extract.entities.tokens import anaphor_tokens, product_heads
from tieline.extract.entities.words import ORG_DESCRIPTORS, PRODUCT_NOUNS, PRONOUNS
from tieline.extract.relations.rules import load_patterns, trigger_starts, verb_forms
from tieline.extract.view import view

INVENTED = [
    "Kestrel Foods acquired Brambleway Dairy in March, and the company said it would keep "
    "the brand; its rival Corven Mills sued the buyer.",
    "Halvorsen Marine is partnering with Trellis Analytics, which supplies sensors for its "
    "new Tidewatch X2 boat, and invested $40m in the startup.",
    "Lumo Payments hired Ada Vale from Quillfield Bank. They launched a card app and a chip "
    "reader; rival lenders compete for the same shops.",
    "",
]


def _matches(matcher, doc) -> list[int]:
    return [end - 1 for _, _, end in matcher(doc)]


def test_triggers_match_the_matcher(nlp):
    verbs, nouns, _ = load_patterns()
    matcher = Matcher(nlp.vocab)
    matcher.add("VERB", [[{"LEMMA": {"IN": sorted(verbs)}, "POS": {"IN": ["VERB", "AUX"]}}],
                         [{"LOWER": {"IN": sorted(verb_forms())}, "POS": {"IN": ["VERB", "AUX"]}}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": sorted(nouns)}, "POS": {"IN": ["NOUN", "PROPN"]}}],
                         [{"LOWER": {"IN": sorted(nouns)}, "POS": {"IN": ["NOUN", "PROPN"]}}],
                         [{"LOWER": {"IN": ["rival", "rivals"]}, "POS": "ADJ"}]])
    found = 0
    for doc in nlp.pipe(INVENTED):
        assert trigger_starts(doc) == sorted(set(_matches(matcher, doc)))
        found += len(trigger_starts(doc))
    assert found >= 8  # acquired, sued, partnering, supplies, invested, hired, rival, compete


def test_product_and_anaphor_words_match_the_matcher(nlp):
    products, anaphors = Matcher(nlp.vocab), Matcher(nlp.vocab)
    products.add("PRODUCT_HEAD", [[{"LOWER": {"IN": sorted(PRODUCT_NOUNS)}}]])
    anaphors.add("DESCRIPTION", [[{"LEMMA": {"IN": sorted(ORG_DESCRIPTORS)}, "POS": "NOUN"}]])
    anaphors.add("PRONOUN", [[{"LOWER": {"IN": sorted(PRONOUNS)}}]])
    for doc in nlp.pipe(INVENTED):
        assert product_heads(doc) == _matches(products, doc)
        assert anaphor_tokens(doc) == _matches(anaphors, doc)
    doc = nlp(INVENTED[0])
    assert [doc[k].text for k in anaphor_tokens(doc)] == ["company", "it", "its"]


def test_view_gives_the_text_and_each_tokens_sentence(nlp):
    doc = nlp(INVENTED[2])
    seen = view(doc)
    assert seen is view(doc) and seen.text == doc.text
    assert [s.start for s in seen.sents] == [s.start for s in doc.sents]
    assert all(seen.sents[seen.sent_of[t.i]] == t.sent for t in doc)


def test_a_view_does_not_keep_earlier_documents_alive(nlp):
    # every span holds its Doc: a cache of all views kept every parsed Doc of an ingest alive
    gone = []
    for text in INVENTED[:3]:
        doc = nlp(text)
        view(doc)
        gone.append(weakref.ref(doc))
    del doc
    gc.collect()
    assert [ref() is None for ref in gone] == [True, True, False]  # only the latest is kept


def test_tokens_with_a_lemma_are_the_tokens_a_full_scan_finds(nlp):
    # the cue-lemma rules read this index instead of walking every token of every sentence
    for text in INVENTED:
        doc = nlp(text)
        seen = view(doc)
        for cues in ({"say", "keep", "sue"}, {"supply", "invest"}, {"launch"}, {"absent"}, set()):
            scanned = [t.i for t in doc if t.lemma_.lower() in cues]
            assert [t.i for t in seen.with_lemma(cues)] == scanned
        assert all(seen.sent(t) == t.sent for t in doc)
