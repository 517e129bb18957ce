"""With `parse_all_sentences: false` the ingest parses only the sentences that can hold a fact
(tieline.parse, extract.selection): a sentence with no possible fact is left unparsed, one with
a fact is parsed, and an invented article gives the same extraction with and without the skip.
The default parses every sentence. The lemmatizer stand-in gives the model's own lemmas."""
from __future__ import annotations

import pytest
from spacy.attrs import LEMMA

from tieline import nlp as nlp_module
from tieline import parse
from tieline.extract import extract
from tieline.model import Document
from tieline.nlp_lemmas import FastLemmas
from tieline.pipeline import extract_documents

ARTICLE = (
    "Harbourline Freight agreed to buy Ostrava Cold Storage for $120 million, the companies "
    "said on Tuesday.\n"
    "The weather along the coast stayed mild all week.\n"
    "Shares rose 4% in early trading.\n"
    "\"We are building the largest chilled network in the region,\" said Mara Lindqvist, chief "
    "executive of Harbourline Freight.\n"
    "Traffic on the bridge was light.\n"
    "Harbourline also signed a supply deal with Quillon Packaging, which makes insulated crates.\n"
    "Prices of fuel were little changed.\n"
    "Separately, Veltrio Pharma said it would invest $30 million in Brightmoor Labs."
)


@pytest.fixture(scope="module")
def selective():
    return parse.load(parse_all=False)


def test_every_sentence_is_parsed_by_default(nlp):
    assert parse.load() is nlp


def _sentence(doc, start_text):
    return next(s for s in doc.sents if s.text.startswith(start_text))


def test_a_sentence_that_cannot_hold_a_fact_is_not_parsed(selective):
    doc = selective(ARTICLE)
    for start in ("The weather", "Shares rose", "Traffic on", "Prices of"):
        sent = _sentence(doc, start)
        assert not selective.selector.keep(sent)
        assert all(t.pos_ == "" and t.tag_ == "" for t in sent)
        assert sent.root.i == sent.start and {t.dep_ for t in sent[1:]} == {"dep"}


def test_a_sentence_with_a_fact_is_parsed(selective):
    doc = selective(ARTICLE)
    for start in ("Harbourline Freight agreed", "\"We are", "Harbourline also", "Separately"):
        sent = _sentence(doc, start)
        assert selective.selector.keep(sent)
        assert all(t.pos_ for t in sent if not t.is_space)
        assert sent.root.pos_ in {"VERB", "AUX"}
        assert any(t.dep_ == "nsubj" for t in sent)


def test_two_names_money_and_quotes_keep_a_sentence(selective):
    for text in ("Corvan Mills met Tessaly Group.", "Profits reached 12 million euros.",
                 "\"It was a long year.\"", "Analysts expect $4bn in sales."):
        doc = selective.nlp.make_doc(text)
        doc = selective.ner(selective.newlines(selective.senter(doc)))
        assert selective.selector.keep(next(iter(doc.sents))), text


def test_entities_cover_skipped_sentences_too(selective):
    doc = selective("Prices of fuel were little changed over the past week.")
    assert not selective.selector.keep(next(iter(doc.sents)))
    assert {e.label_ for e in doc.ents} & {"DATE"}


def _facts(extraction):
    return sorted((f.kind, f.as_dict().get("head") or f.as_dict().get("entity"),
                   f.as_dict().get("tail"), f.evidence[0].sentence.strip())
                  for f in extraction.facts())


def test_the_extraction_is_the_same_with_and_without_the_skip(selective):
    document = Document(text=ARTICLE, source="test")
    full = extract(document, parse.load(parse_all=True)(ARTICLE))
    skipped = extract(document, selective(ARTICLE))
    assert _facts(full) and _facts(skipped) == _facts(full)
    kinds = {f.kind for f in full.facts()}
    assert {"acquire", "invest", "money", "quote"} <= kinds


def test_the_pipeline_setting_parses_everything_or_skips(selective):
    docs = [Document(text=ARTICLE, source="a"), Document(text=ARTICLE.upper(), source="b")]
    both = [list(extract_documents(docs, parse_all=flag)) for flag in (True, False)]
    assert [_facts(e) for e in both[0]] == [_facts(e) for e in both[1]]


def test_the_fast_lemmatizer_gives_the_models_lemmas(nlp):
    import spacy

    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmas)
    original = spacy.load(nlp_module.MODEL)
    for text in (ARTICLE, "She'd been running; they're buying geese, mice and better oxen."):
        ours, theirs = nlp(text), original(text)
        assert ours.to_array(LEMMA).tolist() == theirs.to_array(LEMMA).tolist()
