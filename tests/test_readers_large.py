"""A 200 MB input streams through in bounded memory; a 200 MB "article" is refused, not loaded."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

from tieline.readers import ReaderOptions, read_inputs

MB = 2 ** 20
ARTICLE = ("Alder Bank opened another branch in the farm region this week, the bank said. " * 12
           ).strip()


def write_big_jsonl(path: Path, size: int) -> int:
    """Records of about 400 KB each, mostly an unused raw-page field, as crawl exports carry."""
    records = 0
    with path.open("wb") as handle:
        while handle.tell() < size:
            chunk = b"".join(json.dumps({"id": f"r{records + i}", "text": ARTICLE,
                                         "raw_html": "<p>filler</p>" * 30_000}).encode() + b"\n"
                             for i in range(10))
            handle.write(chunk)
            records += 10
    return records


# Runs in a child process so that its peak RSS is its own, not the test session's.
MEASURE = """
import resource, sys
from tieline.readers import read_inputs
from tieline.model import Document
list(read_inputs([sys.argv[2]]))  # warm up: load the language model and libraries
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
documents = sum(isinstance(item, Document) for item in read_inputs([sys.argv[1]]))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(documents, (after - before) // 1024)
"""


def test_200_mb_jsonl_streams_record_by_record_in_bounded_memory(tmp_path):
    big = tmp_path / "big.jsonl"
    expected = write_big_jsonl(big, 200 * MB)
    assert big.stat().st_size >= 200 * MB
    warm = tmp_path / "warm.jsonl"
    warm.write_text(json.dumps({"id": "w", "text": ARTICLE}) + "\n", encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", MEASURE, str(big), str(warm)],
                            capture_output=True, text=True, check=True, timeout=120)
    documents, growth_mb = map(int, result.stdout.split())
    assert documents == expected
    assert growth_mb < 60, f"peak RSS grew by {growth_mb} MB reading a 200 MB file"
    assert time.monotonic() - started < 60


def test_200_mb_plain_text_is_refused_as_too_large_without_loading(tmp_path):
    path = tmp_path / "huge.txt"
    line = (ARTICLE + "\n").encode()
    block = line * (MB // len(line))
    with path.open("wb") as handle:
        for _ in range(200):
            handle.write(block)
    started = time.monotonic()
    [problem] = list(read_inputs([str(path)]))
    assert (problem.source, problem.kind, problem.failed) == (str(path), "too-large", False)
    assert "20 MB" in problem.message and "--max-document-mb" in problem.message
    assert "TIELINE_MAX_DOCUMENT_MB" in problem.message
    assert time.monotonic() - started < 2


def test_oversized_text_inside_gzip_is_refused_after_reading_only_the_limit(tmp_path):
    path = tmp_path / "huge.txt.gz"
    path.write_bytes(gzip.compress((ARTICLE + "\n").encode() * 3_000, compresslevel=1))
    [problem] = list(read_inputs([str(path)], ReaderOptions(max_document_bytes=MB)))
    assert (problem.source, problem.kind) == (str(path), "too-large")
    [doc] = list(read_inputs([str(path)], ReaderOptions(max_document_bytes=4 * MB)))
    assert doc.text.count("Alder Bank") == 3_000 * 12
