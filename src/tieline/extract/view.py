"""One parsed document's text and sentences, built once and shared by every rule.

spaCy rebuilds these on every access: `Doc.text` joins every token again and `Doc.sents`
makes new spans. The rules read them many times per document, so `view(doc)` computes them
once. A view is only valid for a Doc that is no longer changed, as during extraction.
"""
from __future__ import annotations

from heapq import merge

from spacy.tokens import Doc


class DocView:
    """The text, the sentence spans and each token's sentence index."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [k] * (sent.end - sent.start)
        self._lemmas: dict[str, list[int]] | None = None

    def with_lemma(self, lemmas) -> list:
        """The tokens whose lower-case lemma is one of `lemmas`, in document order. Many rules
        look for a few cue lemmas: reading this index, built in one pass over the document,
        costs less than each rule walking every token of every sentence."""
        if self._lemmas is None:
            self._lemmas = {}
            for tok in self.doc:
                self._lemmas.setdefault(tok.lemma_.lower(), []).append(tok.i)
        found = [self._lemmas[w] for w in lemmas if w in self._lemmas]
        doc = self.doc
        return [doc[i] for i in merge(*found)]

    def sent(self, tok):
        """The sentence span (one of `sents`) holding a token."""
        return self.sents[self.sent_of[tok.i]]

    def sent_text(self, sent) -> str:
        """A sentence's text as its slice of the document's (`Span.text` joins its tokens
        again on every read)."""
        return self.text[sent.start_char:sent.end_char]


# Only the latest document's view is kept: the rules read one document at a time, and a view
# holds its Doc (every span does), so a cache keyed by Doc would keep every parsed Doc alive.
_LATEST: DocView | None = None


def view(doc: Doc) -> DocView:
    """The document's view, built on first use."""
    global _LATEST
    found = _LATEST
    if found is None or found.doc is not doc:
        found = _LATEST = DocView(doc)
    return found
