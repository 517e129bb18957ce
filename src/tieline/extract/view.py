"""One parsed document's text and sentences, built once and shared by every rule.

spaCy rebuilds these on every access: `Doc.text` joins every token again and `Doc.sents`
makes new spans. The rules read them many times per document, so `view(doc)` computes them
once (kept as long as the Doc lives). A view is only valid for a Doc that is no longer
changed, as during extraction.
"""
from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc


class DocView:
    """The text, the sentence spans and each token's sentence index."""

    def __init__(self, doc: Doc):
        self.text = doc.text
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [k] * (sent.end - sent.start)


_VIEWS: WeakKeyDictionary = WeakKeyDictionary()


def view(doc: Doc) -> DocView:
    """The document's view, built on first use."""
    found = _VIEWS.get(doc)
    if found is None:
        found = _VIEWS[doc] = DocView(doc)
    return found
