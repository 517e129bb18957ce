"""Parse only what extraction needs: entities everywhere, the full parse where a fact can be.

The model's entity recognizer has its own token vectors, so it runs on the whole text without
the rest of the pipeline. Sentences come from the model's small sentence splitter ("senter",
shipped disabled) plus line breaks. Only the sentences that can hold a fact
(`extract.selection`) go through token vectors, tagger, parser, attribute ruler and
lemmatizer, each run of neighbouring such sentences as one piece; the result is copied back
into the whole document. A skipped sentence keeps its entities and gets a flat stand-in parse
(its first token the root, every other token a "dep" of it, lemma = text, no tags), so it
stays a sentence of its own and no rule reads a subject or object in it.

Not the default (setting `parse_all_sentences: false` turns it on): on BBC business news it
skips only about 7% of the tokens (nearly every news sentence names a party and a word
some rule reads), and the different sentence boundaries and piecewise parse cost facts on the
gold sets (README, "Performance").
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

from . import nlp as nlp_module
from .extract.selection import Selector

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
FIRST_STAGE = ("senter", "newline_sentences", "ner")  # run on the whole text


class SelectiveParser:
    """`pipe(texts)` like `Language.pipe`, parsing only the sentences that can hold a fact."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.senter = nlp.get_pipe("senter")
        self.newlines = nlp.get_pipe("newline_sentences")
        self.ner = nlp.get_pipe("ner")
        self.parse_steps = [proc for name, proc in nlp.pipeline
                            if name not in FIRST_STAGE]
        self.selector = Selector(_lemma_tables(nlp))
        self.root, self.dep = nlp.vocab.strings.add("ROOT"), nlp.vocab.strings.add("dep")

    def pipe(self, texts: Iterable[str], batch_size: int = 8) -> Iterator[Doc]:
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def __call__(self, text: str) -> Doc:
        return self._batch([text])[0]

    def _batch(self, texts: list[str]) -> list[Doc]:
        docs = [self.nlp.make_doc(t) for t in texts]
        docs = [self.newlines(d) for d in self.senter.pipe(docs)]
        docs = list(self.ner.pipe(docs))
        pieces = [self._pieces(d) for d in docs]
        parsed = [Doc(d.vocab, words=[t.text for t in d[i:j]],
                      spaces=[bool(t.whitespace_) for t in d[i:j]])
                  for d, runs in zip(docs, pieces) for i, j in runs]
        for step in self.parse_steps:
            parsed = list(step.pipe(parsed)) if hasattr(step, "pipe") else [step(p) for p in parsed]
        it = iter(parsed)
        for doc, runs in zip(docs, pieces):
            self._merge(doc, runs, [next(it) for _ in runs])
        return docs

    def _pieces(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the runs of neighbouring sentences to parse."""
        runs: list[list[int]] = []
        for sent in doc.sents:
            if self.selector.keep(sent):
                if runs and runs[-1][1] == sent.start:
                    runs[-1][1] = sent.end
                else:
                    runs.append([sent.start, sent.end])
        return [(i, j) for i, j in runs]

    def _merge(self, doc: Doc, runs: list[tuple[int, int]], parsed: list[Doc]) -> None:
        """Copy the parsed runs into doc; give every other sentence the flat stand-in parse."""
        n = len(doc)
        values = numpy.zeros((n, len(ATTRS)), dtype="uint64")
        values[:, 3] = doc.to_array(ORTH)
        values[:, 4] = self.dep
        starts = [s.start for s in doc.sents]
        bounds = starts[1:] + [n]
        for start, end in zip(starts, bounds):
            values[start, 4] = self.root
            offsets = numpy.arange(start - start, start - end, -1, dtype="int64")
            values[start:end, 5] = offsets.astype("uint64")
        for (i, j), piece in zip(runs, parsed):
            values[i:j] = piece.to_array(ATTRS)
        doc.from_array(ATTRS, values)


def _lemma_tables(nlp):
    """The rule lemmatizer's tables (inside tieline's faster stand-in too), or None."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "lemmatizer", lemmatizer)
    return getattr(lemmatizer, "lookups", None)


def load(parse_all: bool = True):
    """The parser the ingest uses: the whole pipeline, or the selective one."""
    pipeline = nlp_module.load()
    return pipeline if parse_all else _selective(pipeline)


_CACHE: dict[int, SelectiveParser] = {}


def _selective(pipeline) -> SelectiveParser:
    parser = _CACHE.get(id(pipeline))
    if parser is None:
        parser = _CACHE[id(pipeline)] = SelectiveParser(pipeline)
    return parser
