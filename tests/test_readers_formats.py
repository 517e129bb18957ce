"""Each input format, detected by content, read into Documents with their metadata."""
from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
import shutil
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tieline.model import Document
from tieline.readers import Problem, ReaderOptions, read_inputs

DATA = Path(__file__).parent / "data" / "readers"
PARAGRAPHS = [
    "Alder Bank agreed on Monday to buy Brightline Credit for $90 million in cash, the bank's "
    "first purchase in more than a decade.",
    "Brightline, which lends to small farms in the north of the country, will keep its name and "
    "its staff, Alder said in a statement.",
    "The deal still needs the approval of the national banking regulator, which is expected "
    "before the end of the summer.",
]
ARTICLE = "\n\n".join(PARAGRAPHS)


def documents(items) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def problems(items) -> list[Problem]:
    return [item for item in items if isinstance(item, Problem)]


def read(path: Path, options: ReaderOptions | None = None) -> list:
    return list(read_inputs([str(path)], options))


def page(title: str, body: str, extra_head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{extra_head}"
            f"</head><body><nav><a href='/'>Home</a> <a href='/m'>Markets</a></nav><article>"
            f"<h1>{title}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>")


def test_text_file_with_header(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Title: Alder Bank buys Brightline\nPublished: March 3, 2024\nURL: "
                    "https://example.org/alder\nAuthor: Jane Roe\n\n" + ARTICLE, encoding="utf-8")
    [doc] = read(path)
    assert (doc.title, doc.published, doc.published_from, doc.url, doc.author) == (
        "Alder Bank buys Brightline", "2024-03-03", "header", "https://example.org/alder",
        "Jane Roe")
    assert doc.text == ARTICLE and doc.source == str(path) and doc.language == "en"


def test_text_file_title_line_and_byline_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Alder Bank Buys Brightline Credit\n\nBy Jane Roe, June 3, 2024\n\n" + ARTICLE,
                    encoding="utf-8")
    [doc] = read(path)
    assert doc.title == "Alder Bank Buys Brightline Credit"
    assert (doc.published, doc.published_from, doc.author) == ("2024-06-03", "byline", "Jane Roe")
    assert doc.text == ARTICLE


def test_html_page_through_trafilatura():
    [doc] = read(DATA / "page.html")
    assert doc.title == "Harbor Analytics picks Pinecrest for cloud"
    assert (doc.published, doc.published_from) == ("2025-03-04", "htmldate")
    assert doc.url == "https://news.example.com/2025/03/04/harbor-pinecrest-cloud"
    assert (doc.author, doc.site, doc.language) == ("Rosa Delgado", "Tech Desk", "en")
    assert doc.text.startswith("Harbor Analytics has signed a three-year cloud agreement")
    assert "Trending" not in doc.text and "Subscribe" not in doc.text
    assert "Pinecrest plans to open a new data center in Ohio" in doc.text


def test_rss_entries_with_full_content_dates_and_links():
    items = read(DATA / "feed.rss")
    first, second = documents(items)
    assert first.source.endswith("feed.rss#1") and first.meta["record_id"] == "tech-desk-1001"
    assert (first.published, first.published_from) == ("2025-03-04", "feed")
    assert (first.url, first.author, first.site) == (
        "https://news.example.com/harbor-pinecrest-cloud", "Rosa Delgado", "Tech Desk")
    assert first.text.startswith("Harbor Analytics has signed")  # content:encoded, not summary
    assert "main supplier of compute" in first.text and "<p>" not in first.text
    assert (second.published, second.published_from) == ("2025-03-05", "url")
    [empty] = problems(items)
    assert empty.source.endswith("feed.rss#3") and empty.kind == "no-text" and not empty.failed


def test_atom_entry_and_detection_by_content(tmp_path):
    renamed = tmp_path / "chipwire.dat"
    shutil.copy(DATA / "feed.atom", renamed)
    [doc] = read(renamed)
    assert (doc.title, doc.published, doc.author) == (
        "Lumen Foundry wins order from Harbor Analytics", "2025-01-30", "Sam Okafor")
    assert doc.text == ("Lumen Foundry will make custom chips for Harbor Analytics under a deal "
                        "announced on Thursday.\nThe first chips are due in the second half of "
                        "the year.")


def test_jsonl_default_fields_and_record_id(tmp_path):
    path = tmp_path / "export.jsonl"
    rows = [{"id": "a-1", "title": "Alder buys Brightline", "published": "2024-03-03",
             "url": "https://example.org/a", "text": ARTICLE, "category": "banking"},
            {"id": "a-2", "headline": "Second", "date": "2024-03-04T10:00:00Z",
             "body": PARAGRAPHS[1], "link": "https://example.org/b"}]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    first, second = read(path)
    assert (first.source, first.meta["record_id"], first.title, first.published) == (
        f"{path}:1", "a-1", "Alder buys Brightline", "2024-03-03")
    assert (first.published_from, first.url, first.meta["record"]) == (
        "metadata", "https://example.org/a", {"category": "banking"})
    assert (second.title, second.published, second.url, second.text) == (
        "Second", "2024-03-04", "https://example.org/b", PARAGRAPHS[1])


def test_jsonl_configured_field_names(tmp_path):
    path = tmp_path / "export.data"
    path.write_text(json.dumps({"key": "k9", "story": ARTICLE, "heading": "Custom",
                                "when": "5 May 2023", "where": "https://example.org/c"}) + "\n",
                    encoding="utf-8")
    options = ReaderOptions(text_field="story", title_field="heading", date_field="when",
                            url_field="where", id_field="key")
    [doc] = read(path, options)
    assert (doc.meta["record_id"], doc.title, doc.published, doc.url) == (
        "k9", "Custom", "2023-05-05", "https://example.org/c")
    [problem] = read(path)  # without the options the text field is not found
    assert problem.kind == "no-text" and "'text'" in problem.message


def test_json_array_and_envelope(tmp_path):
    array = tmp_path / "list.json"
    array.write_text(json.dumps([{"text": PARAGRAPHS[0]}, {"text": PARAGRAPHS[1]}], indent=2),
                     encoding="utf-8")
    assert [d.source for d in read(array)] == [f"{array}#1", f"{array}#2"]
    envelope = tmp_path / "api.json"
    envelope.write_text(json.dumps({"status": "ok", "articles": [
        {"content": PARAGRAPHS[2], "title": "T", "publishedAt": "2024-01-02"}]}, indent=1),
        encoding="utf-8")
    [doc] = read(envelope, ReaderOptions(date_field="publishedAt"))
    assert (doc.text, doc.published) == (PARAGRAPHS[2], "2024-01-02")


def test_csv_with_long_fields_and_quoted_newlines(tmp_path):
    path = tmp_path / "export.csv"
    long_text = " ".join([PARAGRAPHS[0]] * 1500)  # about 200 KB, over csv's default limit
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "published", "url", "text"])
        writer.writerow(["r1", "One", "2024-02-01", "https://example.org/1", ARTICLE])
        writer.writerow(["r2", "Two", "", "", long_text])
        writer.writerow(["r3", "Three", "2024-02-03", "", ""])
    first, second, third = read(path)
    assert (first.source, first.meta["record_id"], first.text) == (f"{path}:2", "r1", ARTICLE)
    assert first.published == "2024-02-01"
    assert second.source == f"{path}:7" and len(second.text) == len(long_text)
    assert isinstance(third, Problem) and third.kind == "no-text"


def test_tsv_detected_by_header_without_extension(tmp_path):
    path = tmp_path / "export"
    path.write_text("title\ttext\tdate\nOne\t" + PARAGRAPHS[0] + "\t2024-02-01\n",
                    encoding="utf-8")
    [doc] = read(path)
    assert (doc.title, doc.text, doc.published) == ("One", PARAGRAPHS[0], "2024-02-01")


def write_warc(path: Path, compress: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for number, title in enumerate(("Alder buys Brightline", "Brightline staff stay"), 1):
            url = f"https://example.org/2024/03/0{number}/story"
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET /story HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            html = page(title, ARTICLE if number == 1 else PARAGRAPHS[1] + "\n\n" + PARAGRAPHS[2])
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"),
            http_headers=image))


@pytest.mark.parametrize("name, compress", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_become_documents(tmp_path, name, compress):
    path = tmp_path / name
    write_warc(path, compress)
    items = read(path)
    docs = documents(items)
    assert [d.title for d in docs] == ["Alder buys Brightline", "Brightline staff stay"]
    assert [d.published for d in docs] == ["2024-03-01", "2024-03-02"]
    assert docs[0].url == "https://example.org/2024/03/01/story"
    assert docs[0].text == "\n".join(PARAGRAPHS)  # trafilatura: one paragraph a line
    offsets = [int(d.source.rsplit("#", 1)[1]) for d in docs]
    assert docs[0].source.startswith(f"{path}#") and 0 < offsets[0] < offsets[1]
    [skipped] = problems(items)
    assert (skipped.kind, skipped.count, skipped.failed) == ("skipped", 4, False)
    assert "request: 2" in skipped.message and "image/png" in skipped.message


@pytest.mark.parametrize("suffix, compress", [
    (".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)])
def test_compressed_wrappers(tmp_path, suffix, compress):
    path = tmp_path / f"export.jsonl{suffix}"
    path.write_bytes(compress(b"".join(json.dumps({"id": str(n), "text": p}).encode() + b"\n"
                                       for n, p in enumerate(PARAGRAPHS))))
    docs = read(path)
    assert [d.text for d in docs] == PARAGRAPHS
    assert docs[2].source == f"{path}:3"


def test_zip_of_mixed_formats_including_a_gzipped_member(tmp_path):
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("day1/story.txt", ARTICLE)
        archive.write(DATA / "feed.rss", "day1/feed.xml")
        archive.writestr("day2/page.html.gz", gzip.compress(page("Alder", ARTICLE).encode()))
        archive.writestr("__MACOSX/._story.txt", b"\x00\x05\x16\x07")
    sources = [item.source for item in read(path)]
    assert sources == [f"{path}!day1/story.txt", f"{path}!day1/feed.xml#1",
                       f"{path}!day1/feed.xml#2", f"{path}!day1/feed.xml#3",
                       f"{path}!day2/page.html.gz"]


def test_directories_are_walked_recursively_in_order(tmp_path):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(PARAGRAPHS[0], encoding="utf-8")
    (tmp_path / "b" / "deeper" / "c.txt").write_text(PARAGRAPHS[1], encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PARAGRAPHS[2], encoding="utf-8")
    assert [d.text for d in read(tmp_path)] == PARAGRAPHS[:2]


def test_non_english_documents_are_kept_and_flagged(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text("Die Alder Bank kauft die Brightline Credit für 90 Millionen Euro. Die "
                    "Übernahme muss noch von der Bankenaufsicht genehmigt werden.",
                    encoding="utf-8")
    [doc] = read(path)
    assert doc.language == "de"


def test_csv_delimiter_comes_from_the_header_not_the_text(tmp_path):
    path = tmp_path / "export.csv"
    text = "Alder; Brightline; and Harbor | three firms | agreed, said, and signed; twice."
    path.write_text(f'id;title;text\n1;One;"{text}"\n', encoding="utf-8")
    [doc] = read(path)
    assert (doc.meta["record_id"], doc.title, doc.text) == ("1", "One", text)
