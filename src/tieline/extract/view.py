"""One parsed document's text and sentences, built once and shared by every rule.

spaCy rebuilds these on every access: `Doc.text` joins every token again and `Doc.sents`
makes new spans. The rules read them many times per document, so `view(doc)` computes them
once. A view is only valid for a Doc that is no longer changed, as during extraction.
"""
from __future__ import annotations

from heapq import merge

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

# the token attribute each kind of form is read from ("lemma" is then lower-cased)
FORM_ATTRS = {"lemma": LEMMA, "lower": LOWER, "text": ORTH}


class DocView:
    """The text, the sentence spans and each token's sentence index."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [k] * (sent.end - sent.start)
        self._tokens: list | None = None
        self._index: dict[str, dict[str, list[int]]] = {}

    @property
    def tokens(self) -> list:
        """The document's tokens, built once: `doc[i]` and `for tok in doc` make a new Token
        object on every read, and the rules read each token dozens of times."""
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    def _with(self, key: str, words) -> list:
        """The tokens whose `key` form ("lemma": lower-case lemma, "lower", "text") is one of
        `words`, in document order, from an index built in one pass over the document."""
        index = self.index(key)
        found = [index[w] for w in words if w in index]
        tokens = self.tokens
        return [tokens[k] for k in merge(*found)]

    def index(self, key: str) -> dict[str, list[int]]:
        """{form: token indices} of one kind of form (its keys: the forms the text holds), read
        from the token array: one string per distinct word, not one per token."""
        index = self._index.get(key)
        if index is None:
            by_id: dict[int, list[int]] = {}
            for k, sid in enumerate(self.doc.to_array(FORM_ATTRS[key]).tolist()):
                by_id.setdefault(sid, []).append(k)
            strings, index = self.doc.vocab.strings, {}
            for sid, found in by_id.items():
                form = strings[sid].lower() if key == "lemma" else strings[sid]
                # two lemmas one lower-case form ("Apple", "apple"): one list, in order
                index[form] = sorted(index[form] + found) if form in index else found
            self._index[key] = index
        return index

    def with_lemma(self, lemmas) -> list:
        """The tokens whose lower-case lemma is one of `lemmas`, in document order. Many rules
        look for a few cue lemmas: reading this index, built in one pass over the document,
        costs less than each rule walking every token of every sentence."""
        return self._with("lemma", lemmas)

    def with_lower(self, words) -> list:
        """The tokens whose lower-case form is one of `words`, in document order."""
        return self._with("lower", words)

    def with_text(self, words) -> list:
        """The tokens written as one of `words`, in document order."""
        return self._with("text", words)

    def with_any(self, lemmas=(), lowers=(), texts=()) -> list:
        """The tokens with one of `lemmas`, `lowers` or `texts`, each once, in document order."""
        found = {tok.i: tok for tok in self.with_lemma(lemmas)}
        found.update((tok.i, tok) for tok in self.with_lower(lowers) + self.with_text(texts))
        return [found[k] for k in sorted(found)]

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
