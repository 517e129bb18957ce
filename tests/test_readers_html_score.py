"""Quality gate: our HTML reader scores no worse than trafilatura called directly.

Uses the upstream metric of the article-extraction benchmark in ../shared/corpus/html (see
bench/bench_readers.py, which runs it over all 181 pages).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
PAGES = 40  # a fixed, sorted subset keeps the gate under a few seconds


def load_bench():
    path = REPO / "bench" / "bench_readers.py"
    spec = importlib.util.spec_from_file_location("bench_readers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_metric_matches_its_definition():
    bench = load_bench()
    truth = "one two three four five six"
    assert bench.page_precision_recall(truth, truth) == (1.0, 1.0)
    precision, recall = bench.page_precision_recall("one two three four five", truth)
    assert (precision, recall) == (1.0, 2 / 3)  # 2 of the 3 true shingles found, none wrong
    assert bench.score([("x y z w", truth)])["f1"] == 0.0


@pytest.mark.skipif(not (CORPUS / "html").is_dir(), reason="shared/corpus/html not present")
def test_html_reader_is_not_worse_than_trafilatura():
    bench = load_bench()
    scores = bench.html_scores(bench.html_pages(CORPUS, PAGES))
    assert scores["ours"]["f1"] >= scores["trafilatura"]["f1"]
    assert scores["ours"]["f1"] > 0.9
