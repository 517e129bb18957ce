"""Exact and near-duplicate documents: the same wire story from ten outlets is one document.

Exact: a hash of the text reduced to lower-case words, so spacing, punctuation and quote
styles do not matter. Near: MinHash over word shingles, with datasketch's LSH index finding
candidates and the estimated Jaccard similarity deciding.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterable, Literal

from datasketch import LeanMinHash, MinHash, MinHashLSH

from ..model import Document
from .base import ReaderOptions

_WORD = re.compile(r"\w+")


def _words_and_key(text: str) -> tuple[list[str], str]:
    words = _WORD.findall(text.casefold())
    return words, hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Verdict:
    status: Literal["new", "exact", "near"]
    of: str | None = None  # id of the earlier document this one duplicates
    similarity: float = 0.0  # estimated Jaccard similarity to it (1.0 for exact)

    @property
    def is_duplicate(self) -> bool:
        return self.status != "new"


class Deduplicator:
    """Remembers documents and classifies each new one against them.

    threshold is the estimated Jaccard similarity of shingle sets above which a text counts as
    a near duplicate; shingle_size is in words (3 keeps a lightly edited copy well above 0.8).
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle_size: int = 3):
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        # LSH tuned to the threshold itself finds only ~40% of pairs right at it; index at a
        # lower one so candidates are generous, and let the estimated similarity decide.
        self._lsh = MinHashLSH(threshold=max(0.1, threshold - 0.2), num_perm=num_perm)
        self._hashes: dict[str, str] = {}  # exact key -> document id
        self._keys: dict[str, str] = {}  # document id -> exact key
        self._signatures: dict[str, LeanMinHash] = {}

    @classmethod
    def from_options(cls, options: ReaderOptions) -> Deduplicator:
        return cls(threshold=options.dedup_threshold, num_perm=options.dedup_num_perm)

    def __len__(self) -> int:
        return len(self._hashes)

    def check(self, document: Document) -> Verdict:
        """Classify document against those seen before, and remember it when it is new."""
        return self.check_text(document.id, document.text)

    def check_text(self, document_id: str, text: str) -> Verdict:
        words, key = _words_and_key(text)
        if (earlier := self._hashes.get(key)) is not None:
            return Verdict("exact", earlier, 1.0)
        if document_id in self._signatures:
            return Verdict("exact", document_id, 1.0)
        signature = self._signature(words)
        verdict = self._nearest(signature)
        if not verdict.is_duplicate:
            self._remember(document_id, key, signature)
        return verdict

    def signature(self, document_id: str) -> tuple[str, bytes] | None:
        """(exact key, serialized MinHash) of a remembered document, for storing beside it."""
        signature = self._signatures.get(document_id)
        if signature is None:
            return None
        buffer = bytearray(signature.bytesize())
        signature.serialize(buffer)
        return self._keys[document_id], bytes(buffer)

    def seed_signatures(self, rows: Iterable[tuple[str, str, bytes]]) -> int:
        """Remember stored (id, exact key, serialized MinHash) rows without recomputing them."""
        count = 0
        for document_id, key, blob in rows:
            if key not in self._hashes and document_id not in self._signatures:
                self._remember(document_id, key, LeanMinHash.deserialize(blob))
                count += 1
        return count

    def seed(self, documents: Iterable[tuple[str, str]]) -> int:
        """Remember already-stored (id, text) pairs without classifying them; returns how many."""
        count = 0
        for document_id, text in documents:
            words, key = _words_and_key(text)
            if key not in self._hashes and document_id not in self._signatures:
                self._remember(document_id, key, self._signature(words))
                count += 1
        return count

    def _signature(self, words: list[str]) -> LeanMinHash:
        size = self.shingle_size
        shingles = {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}
        minhash = MinHash(num_perm=self.num_perm)
        minhash.update_batch(shingle.encode("utf-8") for shingle in shingles)
        return LeanMinHash(minhash)

    def _nearest(self, signature: LeanMinHash) -> Verdict:
        best_id, best = None, 0.0
        for candidate in self._lsh.query(signature):
            similarity = signature.jaccard(self._signatures[candidate])
            if similarity > best:
                best_id, best = candidate, similarity
        if best_id is not None and best >= self.threshold:
            return Verdict("near", best_id, round(best, 3))
        return Verdict("new")

    def _remember(self, document_id: str, key: str, signature: LeanMinHash) -> None:
        self._hashes[key] = document_id
        self._keys[document_id] = key
        self._signatures[document_id] = signature
        self._lsh.insert(document_id, signature)
