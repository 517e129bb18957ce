"""Exact and near-duplicate documents: the same wire story from ten outlets is one document.

Exact: a hash of the text reduced to lower-case words, so spacing, punctuation and quote
styles do not matter. Near: MinHash over word shingles; the signature is cut into BANDS bands of
`num_perm / BANDS` values, documents sharing a band's bucket are candidates, and the estimated
Jaccard similarity decides.

Where the index lives: with a `store`, stored documents are looked up in the store (their
words key, band buckets and signatures, `Store.near_candidates` and friends), so memory does not
grow with the store and every process or Ray partition sees the same index; only the documents
of the current run not stored yet are held here, and `forget` drops them once saved. Without a
store everything is held here. The band layout depends on num_perm only, never on the threshold,
so an index stored under one threshold serves a run with another.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Literal, Protocol

from datasketch import LeanMinHash, MinHash

from ..model import Document
from .base import ReaderOptions

_WORD = re.compile(r"\w+")
ROWS_PER_BAND = 4  # 32 bands of 4 for 128 permutations: a pair at 0.6 is a candidate 99% of times


def _words_and_key(text: str) -> tuple[list[str], str]:
    words = _WORD.findall(text.casefold())
    return words, hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def serialize(signature: LeanMinHash) -> bytes:
    buffer = bytearray(signature.bytesize())
    signature.serialize(buffer)
    return bytes(buffer)


def band_buckets(signature: LeanMinHash) -> list[tuple[int, str]]:
    """(band number, bucket hash) of each band of a signature, the rows of the band index."""
    values = signature.hashvalues
    return [(band, hashlib.sha1(values[start:start + ROWS_PER_BAND].tobytes()).hexdigest()[:16])
            for band, start in enumerate(range(0, len(values), ROWS_PER_BAND))]


@lru_cache(maxsize=4)
def _blank(num_perm: int) -> MinHash:
    """A MinHash whose permutations (the same for every signature: a fixed seed) the others
    share: datasketch draws them again for each MinHash it makes."""
    return MinHash(num_perm=num_perm)


class BandIndex(Protocol):
    """What a store offers the deduplicator (see store/base.py)."""
    def document_by_words_key(self, key: str) -> str | None: ...
    def near_candidates(self, buckets: list[tuple[int, str]]) -> set[str]: ...
    def signatures_of(self, ids: Iterable[str]) -> dict[str, bytes]: ...


@dataclass(frozen=True)
class Verdict:
    status: Literal["new", "exact", "near"]
    of: str | None = None  # id of the earlier document this one duplicates
    similarity: float = 0.0  # estimated Jaccard similarity to it (1.0 for exact)

    @property
    def is_duplicate(self) -> bool:
        return self.status != "new"


class Deduplicator:
    """Remembers documents and classifies each new one against them (and the store's).

    threshold is the estimated Jaccard similarity of shingle sets above which a text counts as
    a near duplicate; shingle_size is in words (3 keeps a lightly edited copy well above 0.8).
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle_size: int = 3,
                 store: BandIndex | None = None):
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.store = store
        self._hashes: dict[str, str] = {}  # exact key -> document id (held here)
        self._keys: dict[str, str] = {}  # document id -> exact key
        self._signatures: dict[str, LeanMinHash] = {}
        self._buckets: dict[tuple[int, str], list[str]] = {}  # band bucket -> document ids

    @classmethod
    def from_options(cls, options: ReaderOptions, store: BandIndex | None = None
                     ) -> Deduplicator:
        return cls(threshold=options.dedup_threshold, num_perm=options.dedup_num_perm,
                   store=store)

    def __len__(self) -> int:
        """Documents held in memory (with a store: this run's, not stored yet)."""
        return len(self._hashes)

    def check(self, document: Document) -> Verdict:
        """Classify document against those seen before, and remember it when it is new."""
        return self.check_text(document.id, document.text)

    def check_text(self, document_id: str, text: str) -> Verdict:
        return self.check_signed(document_id, *self.sign(text))

    def sign(self, text: str) -> tuple[str, LeanMinHash]:
        """(exact key, MinHash) of a text: the costly part, which a worker can do."""
        words, key = _words_and_key(text)
        return key, self._signature(words)

    def check_signed(self, document_id: str, key: str, signature: LeanMinHash) -> Verdict:
        """check_text with the signature computed already (by sign, perhaps elsewhere)."""
        if (earlier := self._hashes.get(key)) is not None:
            return Verdict("exact", earlier, 1.0)
        if document_id in self._signatures:
            return Verdict("exact", document_id, 1.0)
        if self.store is not None and (earlier := self.store.document_by_words_key(key)):
            return Verdict("exact", earlier, 1.0)
        verdict = self._nearest(signature)
        if not verdict.is_duplicate:
            self._remember(document_id, key, signature)
        return verdict

    def signature(self, document_id: str) -> tuple[str, bytes] | None:
        """(exact key, serialized MinHash) of a remembered document, for storing beside it."""
        signature = self._signatures.get(document_id)
        if signature is None:
            return None
        return self._keys[document_id], serialize(signature)

    def bands(self, document_id: str) -> list[tuple[int, str]]:
        """The band buckets of a remembered document, for the store's band index."""
        signature = self._signatures.get(document_id)
        return band_buckets(signature) if signature is not None else []

    def forget(self, ids: Iterable[str]) -> None:
        """Drop documents the store now holds (with their signatures and bands)."""
        for document_id in ids:
            if (signature := self._signatures.pop(document_id, None)) is None:
                continue
            del self._hashes[self._keys.pop(document_id)]
            for bucket in band_buckets(signature):
                held = self._buckets[bucket]
                held.remove(document_id)
                if not held:
                    del self._buckets[bucket]

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
        blank = _blank(self.num_perm)
        minhash = MinHash(num_perm=self.num_perm, scheme=blank.scheme,
                          permutations=blank.permutations)
        minhash.update_batch(shingle.encode("utf-8") for shingle in shingles)
        return LeanMinHash(minhash)

    def _nearest(self, signature: LeanMinHash) -> Verdict:
        buckets = band_buckets(signature)
        held = {i for bucket in buckets for i in self._buckets.get(bucket, ())}
        stored = self.store.near_candidates(buckets) - held if self.store is not None else set()
        found = {i: self._signatures[i] for i in held}
        if stored:
            found.update((i, LeanMinHash.deserialize(blob))
                         for i, blob in self.store.signatures_of(stored).items())
        best_id, best = None, 0.0
        for candidate in sorted(found):  # sorted: ties go to the same document in any run
            similarity = signature.jaccard(found[candidate])
            if similarity > best:
                best_id, best = candidate, similarity
        if best_id is not None and best >= self.threshold:
            return Verdict("near", best_id, round(best, 3))
        return Verdict("new")

    def _remember(self, document_id: str, key: str, signature: LeanMinHash) -> None:
        self._hashes[key] = document_id
        self._keys[document_id] = key
        self._signatures[document_id] = signature
        for bucket in band_buckets(signature):
            self._buckets.setdefault(bucket, []).append(document_id)
