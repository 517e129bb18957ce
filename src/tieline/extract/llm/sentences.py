"""Sentence spans without spaCy, and chunks of whole sentences for long documents.

The LLM extractor needs sentence boundaries twice: to cut a long document into requests, and to
widen a located quote to the sentence stored as evidence. A regular-expression splitter is
enough for both and keeps `llm` mode free of the spaCy model (the rules still load it for
`rules+verify`). Like the rules' pipeline, a line break always ends a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Words whose trailing full stop does not end a sentence ("natl", "intl": inside names only,
# as in the rules' tokenizer, patterns/entities.json name_abbreviations).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt no vs v etc inc corp co ltd plc llc bros dept natl intl est approx
jan feb mar apr jun jul aug sep sept oct nov dec gen gov sen rep lt col capt sgt rev fig al
u.s u.k u.n e.u e.g i.e a.m p.m
""".split())

# End punctuation (with closing quotes or brackets), then space, then what can start a sentence.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for end in _END.finditer(line.group()):
            stop = line.start() + end.end()
            if _is_abbreviation(text[start:stop]):
                continue
            _add(spans, text, start, stop)
            start = stop
        _add(spans, text, start, line.end())
    return spans


def _is_abbreviation(sentence: str) -> bool:
    word = _WORD_BEFORE.search(sentence.rstrip("\"'”’)]"))
    if not word:
        return False
    token = word.group(1).lower()
    # "U.S." and single capitals ("J. Smith") are abbreviations too.
    return token in ABBREVIATIONS or len(token) == 1 or bool(re.fullmatch(r"(\w\.)+\w", token))


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_at(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The span of the sentences covering text[start:end] (one sentence, usually)."""
    first = next((s for s in spans if s[1] > start), None)
    last = next((s for s in reversed(spans) if s[0] < end), None)
    if first is None or last is None:
        return start, end
    return min(first[0], start), max(last[1], end)


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    index: int  # 1-based, for messages
    of: int


def chunks(text: str, size: int, overlap: int) -> list[Chunk]:
    """Runs of whole sentences of at most `size` characters (a longer sentence is a chunk of
    its own); each chunk after the first repeats the previous chunk's last sentences that fit
    in `overlap` characters, so a fact stated across the cut is seen whole once."""
    spans = sentence_spans(text)
    if not spans:
        return []
    runs: list[tuple[int, int]] = []  # first and last sentence index of each chunk
    first = 0
    while first < len(spans):
        last = first
        while last + 1 < len(spans) and spans[last + 1][1] - spans[first][0] <= size:
            last += 1
        runs.append((first, last))
        if last + 1 >= len(spans):
            break
        nxt = last + 1
        while nxt - 1 > first and spans[last][1] - spans[nxt - 1][0] <= overlap:
            nxt -= 1
        first = nxt
    return [Chunk(spans[a][0], spans[b][1], i, len(runs)) for i, (a, b) in enumerate(runs, 1)]
