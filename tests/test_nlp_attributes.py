"""The fast attribute ruler gives exactly the model ruler's POS, morphology, lemmas and tags."""
from __future__ import annotations

import json

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from tieline import nlp as nlp_module
from tieline.nlp_attributes import FastAttributes, compile_rules

INVENTED = [
    "Kestrel Foods said it'd buy Brambleway Dairy, but nothin' was signed; we don't know why.",
    "Halvorsen Marine and Trellis Analytics won't say whether those ships are theirs.",
    "Y'all should ask him: the chipmaker's shares rose 5% to $12.40 in 2024.",
    "Nobody at Lumo Payments, not even its chief executive, could explain that.\n\nSomething "
    "else: everyone who'd invested in Corven Partners got a letter.",
    "I gave her the contract because she asked me to; it's all there is to it.",
]
COLUMNS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def original():
    """The model as spaCy loads it, with its own attribute ruler."""
    import spacy

    return spacy.load(nlp_module.MODEL)


def test_the_tieline_pipeline_uses_the_fast_ruler(nlp):
    assert nlp.pipe_names.count("attribute_ruler") == 1
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributes)


def _parse_both(original, text):
    """One parse, then the model's ruler on one copy and FastAttributes on the other, each
    followed by the lemmatizer (which reads POS and morphology)."""
    ruler = original.get_pipe("attribute_ruler")
    fast = FastAttributes(ruler, compile_rules(ruler))
    with original.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        parsed = original(text)
    lemmatizer = original.get_pipe("lemmatizer")
    return lemmatizer(fast(parsed.copy())), lemmatizer(ruler(parsed.copy()))


def _same(mine, theirs) -> bool:
    return (numpy.array_equal(mine.to_array(COLUMNS), theirs.to_array(COLUMNS))
            and [(t.lemma_, str(t.morph), t.pos_) for t in mine]
            == [(t.lemma_, str(t.morph), t.pos_) for t in theirs])


@pytest.mark.parametrize("text", INVENTED)
def test_same_attributes_as_the_model_ruler(original, text):
    mine, theirs = _parse_both(original, text)
    assert _same(mine, theirs)
    assert any(t.pos_ == "PRON" for t in mine)  # the word exceptions were applied


def test_same_attributes_on_gold_texts(original, shared):
    texts = [json.loads(line)["text"] for line in
             (shared / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:15]]
    assert all(_same(*_parse_both(original, text)) for text in texts)


def test_a_ruler_with_other_patterns_is_kept(nlp):
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert compile_rules(ruler) is not None
    ruler.add([[{"ORTH": "Kestrel", "OP": "+"}]], {"POS": "PROPN"})
    assert compile_rules(ruler) is None  # ORTH and operators are not implemented here
