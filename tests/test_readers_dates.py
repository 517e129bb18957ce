"""Publication dates from metadata, URLs, bylines, datelines and embedded posts."""
from __future__ import annotations

import pytest

from tieline.readers import ReaderOptions
from tieline.readers.build import make_document
from tieline.readers.dates import date_from_url, dateline_date, parse_date
from tieline.readers.sniff import sniff

BODY = ("Alder Bank agreed to buy Brightline Credit for $90 million in cash, the bank said in a "
        "statement on its website.")


@pytest.mark.parametrize("value, expected", [
    ("2024-10-18", "2024-10-18"), ("2024-10-18T09:30:00+02:00", "2024-10-18"),
    ("October 8, 2024", "2024-10-08"), ("Oct. 8, 2024", "2024-10-08"),
    ("8 October 2024", "2024-10-08"), ("Sept 3rd, 2024", "2024-09-03"),
    ("Fri, 18 Oct 2024 10:00:00 +0000", "2024-10-18"), ("2024/1/5", "2024-01-05"),
    ("13/05/2020", "2020-05-13"), ("05/06/2020", None), ("2010-07", None),
    ("2024-02-30", None), (1729245600, "2024-10-18"), (1729245600000, "2024-10-18"),
    ("soon", None), (None, None), (True, None)])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/news/2023/sep/26/alder-buys/", "2023-09-26"),
    ("https://example.org/2024/10/18/story.html", "2024-10-18"),
    ("https://example.org/2024-10-18-story", "2024-10-18"),
    ("https://example.org/news/20241018/story", "2024-10-18"),
    ("https://example.org/a/2024/13/40/x", None), ("https://example.org/story-2024", None),
    (None, None)])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("body, expected", [
    ("OSLO, Oct. 18, 2024 /PRNewswire/ -- Alder Bank said", "2024-10-18"),
    ("Washington, D.C., March 3, 2024 – Alder Bank said", "2024-03-03"),
    ("October 18, 2024 — Alder Bank said", "2024-10-18"),
    ("OSLO (Reuters) - Alder Bank said on Oct. 18, 2024", None)])
def test_dateline(body, expected):
    assert dateline_date(body) == expected


def test_date_sources_in_order_of_trust():
    def dated(text, **kwargs):
        doc = make_document(text, "x", **kwargs)
        return doc.published, doc.published_from

    assert dated(BODY, published="2024-01-02", published_from="metadata",
                 url="https://example.org/2023/05/06/a") == ("2024-01-02", "metadata")
    assert dated(BODY, published="unknown", url="https://example.org/2023/05/06/a") == (
        "2023-05-06", "url")
    assert dated("By Jane Roe | May 7, 2023\n\n" + BODY) == ("2023-05-07", "byline")
    assert dated("OSLO, May 8, 2023 — " + BODY) == ("2023-05-08", "dateline")
    assert dated(BODY + "\nGood news for farmers.\n— Ola Berg (@olaberg) May 9, 2023\n"
                 "The deal closes in July.") == ("2023-05-09", "posts")
    assert dated(BODY) == (None, None)


def test_unparseable_metadata_date_is_kept_in_meta():
    doc = make_document(BODY, "x", published="2010-07", published_from="metadata")
    assert doc.published is None and doc.meta["published_raw"] == "2010-07"


@pytest.mark.parametrize("head, hint, expected", [
    (b"<?xml version='1.0'?><rss version='2.0'><channel>", "x.txt", "feed"),
    (b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "x", "feed"),
    (b"<!-- saved --><!DOCTYPE html><html><body>", "x.xml", "html"),
    (b"<div><p>Alder</p></div>", "x", "html"),
    (b"<?xml version='1.0'?><catalog><book/></catalog>", "x.xml", "xml"),
    (b'{"text": "Alder"}\n{"text": "Bank"}\n', "x.txt", "jsonl"),
    (b'{\n  "text": "Alder"\n}\n', "x", "json"), (b'[{"text": "Alder"}]', "x", "json"),
    (b"title,text,published\nA,B,2024-01-01\n", "x", "csv"),
    (b"Alder, Bank, and Brightline agreed.\nMore text.", "x", "text"),
    (b"[BREAKING] Alder buys Brightline\n\nAlder Bank said", "x.txt", "text"),
    (b"{Editor's note: updated}\nAlder Bank said", "x.txt", "text"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x", "warc"),
    (b"\x1f\x8b\x08\x00", "x", "gzip"), (b"PK\x03\x04", "x.docx", "zip"),
    (b"%PDF-1.7", "x.txt", "binary"), (b"", "x.txt", "empty")])
def test_formats_are_sniffed_from_content(head, hint, expected):
    assert sniff(head, hint, ReaderOptions()).format == expected
