"""Reader throughput per format, peak memory, and the HTML extraction score beside trafilatura.

    python bench/bench_readers.py [--corpus ../shared/corpus] [--skip-big]

The corpus holds JSON Lines (bbc, modern) and HTML pages; the other formats are built from the
same articles in a temporary folder (text files, CSV, RSS, WARC.gz, zip), so every format reads
the same kind of news. Each format runs in its own process, so its peak RSS is its own.

The HTML score is the upstream article-extraction-benchmark metric (see corpus/html/README.md):
word 4-gram shingle multisets, per-page precision and recall averaged over pages, F1 of the two
means; "accuracy" is the share of pages whose token sequence matches the truth exactly.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
MB = 2 ** 20
_TOKEN = re.compile(r"\w+")


# --- the upstream metric -------------------------------------------------------------------

def _shingles(text: str | None) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(0, len(tokens) - 3)))


def page_precision_recall(predicted: str | None, truth: str) -> tuple[float, float]:
    pred, true = _shingles(predicted), _shingles(truth)
    tp = sum((pred & true).values())
    fp, fn = sum((pred - true).values()), sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def score(pairs: list[tuple[str | None, str]]) -> dict[str, float]:
    """precision, recall, f1 and accuracy over (predicted, truth) pairs, as upstream computes."""
    results = [page_precision_recall(p, t) for p, t in pairs]
    precision = sum(p for p, _ in results) / len(results)
    recall = sum(r for _, r in results) / len(results)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(_TOKEN.findall(p or "") == _TOKEN.findall(t) for p, t in pairs) / len(pairs)
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": exact}


def html_pages(corpus: Path, limit: int | None = None) -> list[tuple[str, str, str, str | None]]:
    """(page id, html, true body, url) for the benchmark pages, sorted by id."""
    folder = corpus / "html"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    return [(i, gzip.decompress((folder / f"{i}.html.gz").read_bytes()).decode("utf-8"),
             truth[i]["articleBody"], truth[i].get("url")) for i in ids]


def html_scores(pages: list[tuple[str, str, str, str | None]]) -> dict[str, dict[str, float]]:
    """Our reader against trafilatura.extract with its defaults, on the same pages."""
    import trafilatura

    from tieline.readers.html import document_from_html

    ours, direct, seconds = [], [], {"ours": 0.0, "trafilatura": 0.0}
    for page_id, page, truth, url in pages:
        started = time.perf_counter()
        document = document_from_html(page, page_id, url=url)
        seconds["ours"] += time.perf_counter() - started
        ours.append((getattr(document, "text", None), truth))
        started = time.perf_counter()
        direct.append((trafilatura.extract(page, url=url), truth))
        seconds["trafilatura"] += time.perf_counter() - started
    return {"ours": {**score(ours), "pages_per_s": len(pages) / seconds["ours"]},
            "trafilatura": {**score(direct), "pages_per_s": len(pages) / seconds["trafilatura"]}}


# --- inputs per format ---------------------------------------------------------------------

def _articles(corpus: Path) -> list[dict]:
    rows = []
    for name in ("bbc.jsonl.gz", "modern.jsonl.gz"):
        with gzip.open(corpus / name, "rt", encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle)
    return rows


def build_inputs(corpus: Path, folder: Path, big: bool) -> dict[str, Path]:
    articles = _articles(corpus)
    inputs = {"jsonl.gz": folder / "jsonl-gz", "html.gz": corpus / "html" / "*.html.gz"}
    inputs["jsonl.gz"].mkdir()
    for name in ("bbc.jsonl.gz", "modern.jsonl.gz"):
        (inputs["jsonl.gz"] / name).write_bytes((corpus / name).read_bytes())

    inputs["jsonl"] = folder / "all.jsonl"
    inputs["jsonl"].write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")

    inputs["text"] = folder / "text"
    inputs["text"].mkdir()
    for number, article in enumerate(articles):
        (inputs["text"] / f"{number:05d}.txt").write_text(
            f"{article['title']}\n\n{article['text']}\n", encoding="utf-8")

    inputs["zip"] = folder / "text.zip"
    with zipfile.ZipFile(inputs["zip"], "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(inputs["text"].iterdir()):
            archive.write(path, path.name)

    inputs["csv"] = folder / "all.csv"
    with inputs["csv"].open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "published", "url", "text"])
        for article in articles:
            writer.writerow([article["id"], article["title"], article.get("published") or "",
                             article.get("url") or "", article["text"]])

    inputs["rss"] = folder / "feeds"
    inputs["rss"].mkdir()
    for start in range(0, len(articles), 100):
        (inputs["rss"] / f"feed-{start:05d}.xml").write_text(
            _rss(articles[start:start + 100]), encoding="utf-8")

    inputs["warc.gz"] = folder / "pages.warc.gz"
    _warc(html_pages(corpus), inputs["warc.gz"])

    if big:  # the streaming claim: a 200 MB export, read record by record
        inputs["jsonl 200 MB"] = folder / "big.jsonl"
        with inputs["jsonl 200 MB"].open("w", encoding="utf-8") as handle:
            while handle.tell() < 200 * MB:
                handle.write("".join(json.dumps(a) + "\n" for a in articles))
    return inputs


def _rss(articles: list[dict]) -> str:
    items = []
    for article in articles:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n"))
        date = article.get("published") or "2005-01-01"
        try:
            stamp = format_datetime(datetime.fromisoformat(date).replace(tzinfo=timezone.utc))
        except ValueError:
            stamp = ""
        items.append(f"<item><title>{html.escape(article['title'])}</title>"
                     f"<link>{html.escape(article.get('url') or 'https://example.org/')}</link>"
                     f"<guid>{article['id']}</guid><pubDate>{stamp}</pubDate>"
                     f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Bench</title>{''.join(items)}</channel></rss>")


def _warc(pages: list[tuple[str, str, str, str | None]], path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for page_id, page, _, url in pages:
            url = url or f"https://example.org/{page_id}"
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(page.encode("utf-8")), http_headers=headers))


# --- measuring -----------------------------------------------------------------------------

def _size(path: Path) -> int:
    if "*" in path.name:
        return sum(p.stat().st_size for p in path.parent.glob(path.name))
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def measure(path: Path) -> dict:
    """Runs in a child process: read everything, report counts, time and peak RSS."""
    from tieline.model import Document
    from tieline.readers import read_inputs
    from tieline.readers.language import detect_language

    detect_language("Warm the language model up before timing anything at all.")
    started = time.perf_counter()
    documents, problems = 0, Counter()
    for item in read_inputs([str(path)]):
        if isinstance(item, Document):
            documents += 1
        else:
            problems[item.kind] += item.count
    seconds = time.perf_counter() - started
    return {"documents": documents, "problems": dict(problems), "seconds": seconds,
            "megabytes": _size(path) / MB,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--skip-big", action="store_true", help="skip the 200 MB JSONL run")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus}")
    with tempfile.TemporaryDirectory() as folder:
        inputs = build_inputs(args.corpus, Path(folder), big=not args.skip_big)
        print(f"{'format':<14}{'docs':>7}{'docs/s':>9}{'MB':>8}{'MB/s':>8}{'peak RSS MB':>13}"
              "  problems")
        for name, path in inputs.items():
            run = subprocess.run([sys.executable, __file__, "--measure", str(path)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(run.stdout)
            print(f"{name:<14}{r['documents']:>7}{r['documents'] / r['seconds']:>9.1f}"
                  f"{r['megabytes']:>8.1f}{r['megabytes'] / r['seconds']:>8.2f}"
                  f"{r['peak_rss_mb']:>13.0f}  {r['problems'] or ''}")
    print("\nHTML main text, upstream metric over", args.corpus / "html")
    for name, s in html_scores(html_pages(args.corpus)).items():
        print(f"{name:<12} F1 {s['f1']:.4f}  precision {s['precision']:.4f}  recall "
              f"{s['recall']:.4f}  accuracy {s['accuracy']:.3f}  {s['pages_per_s']:.1f} pages/s")


if __name__ == "__main__":
    main()
