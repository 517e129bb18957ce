"""Bad input: each case gets a Problem naming the file (and record), and the run goes on."""
from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tieline.model import Document
from tieline.readers import Problem, ReaderOptions, read_inputs

DATA = Path(__file__).parent / "data" / "readers"
SENTENCES = [f"Alder Bank opened branch number {n} in the northern farm region this week, the "
             f"bank said in a short statement to local reporters." for n in range(1, 41)]


def read(*paths: Path, options: ReaderOptions | None = None) -> list:
    return list(read_inputs([str(path) for path in paths], options))


def jsonl(records: list[dict]) -> bytes:
    return b"".join(json.dumps(record).encode() + b"\n" for record in records)


def test_truncated_gzip_keeps_the_records_before_the_cut(tmp_path):
    data = gzip.compress(jsonl([{"id": str(n), "text": s} for n, s in enumerate(SENTENCES)]))
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(data[:len(data) * 2 // 3])
    items = read(path, tmp_path / "dump.jsonl.gz")  # read twice: the second run is unaffected
    first_run = items[:len(items) // 2]
    docs = [item for item in first_run if isinstance(item, Document)]
    [problem] = [item for item in first_run if isinstance(item, Problem)]
    assert 0 < len(docs) < len(SENTENCES)
    assert [d.text for d in docs] == SENTENCES[:len(docs)]
    assert (problem.source, problem.kind, problem.failed) == (str(path), "truncated", True)
    assert f"after {path}:{len(docs)}" in problem.message
    assert first_run[-1] is problem


def test_truncated_gzip_text_file_and_corrupt_zip(tmp_path):
    cut = tmp_path / "story.txt.gz"
    cut.write_bytes(gzip.compress(" ".join(SENTENCES).encode())[:200])
    broken_zip = tmp_path / "bundle.zip"
    with zipfile.ZipFile(broken_zip, "w") as archive:
        archive.writestr("a.txt", " ".join(SENTENCES))
    broken_zip.write_bytes(broken_zip.read_bytes()[:150])
    good = tmp_path / "good.txt"
    good.write_text(SENTENCES[0], encoding="utf-8")
    first, second, third = read(cut, broken_zip, good)
    assert (first.source, first.kind, first.failed) == (str(cut), "truncated", True)
    assert (second.source, second.kind, second.failed) == (str(broken_zip), "truncated", True)
    assert isinstance(third, Document) and third.text == SENTENCES[0]


def write_warc(path: Path, compress: bool, pages: int = 3) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for number in range(pages):
        body = "".join(f"<p>{s}</p>" for s in SENTENCES[number * 5:number * 5 + 5])
        html = f"<html><head><title>Branch news {number}</title></head><body><article>" \
               f"{body}</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://example.org/{number}", "response", payload=io.BytesIO(html.encode()),
            http_headers=headers))
    data = buffer.getvalue()
    path.write_bytes(data[:-150])
    return data


@pytest.mark.parametrize("name, compress", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_truncated_warc(tmp_path, name, compress):
    path = tmp_path / name
    write_warc(path, compress)
    items = read(path)
    docs = [item for item in items if isinstance(item, Document)]
    [problem] = [item for item in items if isinstance(item, Problem)]
    assert [d.title for d in docs] == ["Branch news 0", "Branch news 1"]
    assert problem.kind == "truncated" and problem.failed
    assert problem.source.startswith(f"{path}#")


def test_invalid_json_line_names_file_and_line_and_the_next_lines_go_on(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"id": "1", "text": SENTENCES[0]}), '{"id": "2", "text": "unfinished',
             json.dumps({"id": "3", "text": SENTENCES[2]}), json.dumps(["not", "an", "object"]),
             json.dumps({"id": "5", "title": "no text here"}), json.dumps({"id": "6", "text": ""})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, bad, third, listed, untexted, empty = read(path)
    assert first.meta["record_id"] == "1" and third.meta["record_id"] == "3"
    assert (bad.source, bad.kind, bad.failed) == (f"{path}:2", "malformed", True)
    assert "line 2" in bad.message and str(path) in str(bad)
    assert (listed.source, listed.kind, listed.failed) == (f"{path}:4", "unsupported", False)
    assert (untexted.kind, empty.kind) == ("no-text", "no-text")


def test_feed_with_broken_xml(tmp_path):
    recoverable = tmp_path / "cut.rss"
    text = (DATA / "feed.rss").read_text(encoding="utf-8")
    recoverable.write_text(text[:text.index("<item>", text.index("</item>"))] + "<item><title>Pi",
                           encoding="utf-8")
    items = read(recoverable)
    assert [d.source for d in items if isinstance(d, Document)] == [f"{recoverable}#1"]
    [warning] = [item for item in items if isinstance(item, Problem) and item.kind == "malformed"]
    assert not warning.failed and "broken feed XML" in warning.message
    hopeless = tmp_path / "junk.xml"
    hopeless.write_text("<rss version='2.0'><channel><title>T</title><<<>>&&", encoding="utf-8")
    [problem] = read(hopeless)
    assert (problem.source, problem.kind, problem.failed) == (str(hopeless), "malformed", True)


def test_html_without_main_text(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                    "<a href='/about'>About</a></nav></body></html>", encoding="utf-8")
    [problem] = read(path)
    assert (problem.source, problem.kind, problem.failed) == (str(path), "no-text", False)


def test_zero_byte_and_whitespace_only_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n", encoding="utf-8")
    first, second = read(empty, blank)
    assert (first.kind, first.failed, first.message) == ("empty", False, "empty file (0 bytes)")
    assert (second.source, second.kind) == (str(blank), "empty")


TEXT = "Café owners in Zürich said the “new” rules cost them 5 € a day — too much."


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""), ("utf-8-sig", b""),
    ("latin-1", b""), ("cp1252", b"")])
def test_text_encodings_are_decoded_not_skipped(tmp_path, encoding, bom):
    text = TEXT if encoding not in ("latin-1",) else TEXT.replace("“", '"').replace(
        "”", '"').replace("€", "EUR").replace("—", "-")
    path = tmp_path / "story.txt"
    path.write_bytes(bom + text.encode(encoding))
    [doc] = read(path)
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_jsonl_and_csv_in_other_encodings(tmp_path, encoding):
    text = "Zürich-based Aare Fintech raised money from Genève investors."
    records = tmp_path / "export.jsonl"
    records.write_bytes((json.dumps({"id": "z", "text": text}, ensure_ascii=False) + "\n")
                        .encode(encoding))
    table = tmp_path / "export.csv"
    table.write_bytes(f"id,text\nz,{text}\n".encode(encoding))
    first, second = read(records, table)
    assert first.text == text and second.text == text
    assert second.meta["record_id"] == "z"


def test_mixed_directory_with_one_unreadable_file(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / "a-story.txt").write_text(SENTENCES[0], encoding="utf-8")
    (folder / "b-dump.jsonl").write_bytes(jsonl([{"id": "x", "text": SENTENCES[1]}]))
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "e-notes.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "f-gone.txt").symlink_to(folder / "does-not-exist.txt")
    (folder / "nested" / "g-page.html.gz").write_bytes(
        gzip.compress(f"<html><body><article><p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p>"
                      "</article></body></html>".encode()))
    items = read(folder)
    assert [d.text for d in items if isinstance(d, Document)] == [
        SENTENCES[0], SENTENCES[1], f"{SENTENCES[2]}\n{SENTENCES[3]}"]
    found = {Path(p.source).name: (p.kind, p.failed) for p in items if isinstance(p, Problem)}
    assert found == {"c-empty.txt": ("empty", False), "d-logo.png": ("binary", False),
                     "e-notes.bin": ("binary", False), "f-gone.txt": ("unreadable", True)}
    summary = Counter(p.kind for p in items if isinstance(p, Problem))
    assert summary == {"empty": 1, "binary": 2, "unreadable": 1}


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    # Tests run as root in CI, where chmod cannot make a file unreadable: deny it at open().
    from tieline.readers import sources

    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCES[0], encoding="utf-8")
    fine = tmp_path / "fine.txt"
    fine.write_text(SENTENCES[1], encoding="utf-8")

    def guarded_open(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(sources, "open", guarded_open, raising=False)
    problem, doc = read(locked, fine)
    assert (problem.source, problem.kind, problem.failed) == (str(locked), "unreadable", True)
    assert "Permission denied" in problem.message and doc.text == SENTENCES[1]


def test_missing_paths_and_unmatched_globs(tmp_path):
    first, second = read(tmp_path / "nope.txt", tmp_path / "*.nothing")
    assert (first.kind, first.failed) == ("missing", True)
    assert (second.kind, second.failed) == ("missing", True)


def test_files_of_the_store_being_written_are_named_not_read(tmp_path):
    (tmp_path / "deal.txt").write_text(SENTENCES[0] + "\n")
    (tmp_path / "x.db.lock").write_text("4242")
    own = frozenset({str((tmp_path / "x.db.lock").resolve())})
    items = read(tmp_path, options=ReaderOptions(own_files=own))
    assert [type(item) for item in items] == [Document, Problem]
    assert (items[1].kind, items[1].failed, items[1].source) == (
        "own-store", False, str(tmp_path / "x.db.lock"))
    # named directly, through a path with '..' in it, it is still the same file
    (tmp_path / "sub").mkdir()
    [item] = read(tmp_path / "sub" / ".." / "x.db.lock", options=ReaderOptions(own_files=own))
    assert item.kind == "own-store"
    # without the option the lock is just a small text file
    assert sum(isinstance(item, Document) for item in read(tmp_path)) == 2


def test_oversized_record_is_skipped_and_the_next_is_read(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(jsonl([{"id": "big", "text": "word " * 5000},
                            {"id": "ok", "text": SENTENCES[0]}]))
    big, ok = read(path, options=ReaderOptions(max_document_bytes=4096))
    assert (big.source, big.kind) == (f"{path}:1", "too-large")
    assert ok.meta["record_id"] == "ok" and ok.source == f"{path}:2"


def test_an_article_gzipped_twice_is_read_and_four_times_is_refused(tmp_path):
    text = " ".join(SENTENCES[:3]).encode()
    twice = tmp_path / "story.txt.gz.gz"
    twice.write_bytes(gzip.compress(gzip.compress(text)))
    [doc] = read(twice)
    assert isinstance(doc, Document) and doc.source == str(twice)
    assert doc.text.startswith("Alder Bank opened branch number 1 ")
    four = tmp_path / "story.gz"
    four.write_bytes(gzip.compress(gzip.compress(gzip.compress(gzip.compress(text)))))
    [problem] = read(four)
    assert (problem.source, problem.kind, problem.failed) == (str(four), "unsupported", True)
    assert "more than 3 times over" in problem.message


def test_zeros_gzipped_twice_are_binary_and_read_no_further_than_the_head(tmp_path):
    path = tmp_path / "zeros.gz.gz"
    path.write_bytes(gzip.compress(gzip.compress(bytes(10 * 2**20))))
    [problem] = read(path)
    assert (problem.source, problem.kind) == (str(path), "binary")


def test_a_compression_bomb_stops_at_the_unpack_limit(tmp_path):
    """One endless JSON line gzipped twice: 24 MB from a file of a few hundred bytes, read with
    a 4 MB unpack floor (the largest whole-input limit, max_feed_bytes)."""
    path = tmp_path / "bomb.jsonl.gz.gz"
    body = b'{"text": "' + b"a" * (24 * 2**20)
    path.write_bytes(gzip.compress(gzip.compress(body, compresslevel=9), compresslevel=9))
    [problem] = read(path, options=ReaderOptions(max_feed_bytes=4 * 2**20))
    assert (problem.source, problem.kind, problem.failed) == (str(path), "too-large", True)
    assert "unpacks to more than 4 MB" in problem.message


def test_zip_members_with_paths_outside_the_archive_are_named_not_read(tmp_path):
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../escape.txt", SENTENCES[0])
        archive.writestr("/root/abs.txt", SENTENCES[1])
        archive.writestr("inside/ok.txt", SENTENCES[2])
    items = read(path)
    problems = [(p.source, p.kind) for p in items if isinstance(p, Problem)]
    assert problems == [(f"{path}!../escape.txt", "unsafe-path"),
                        (f"{path}!/root/abs.txt", "unsafe-path")]
    assert [d.source for d in items if isinstance(d, Document)] == [f"{path}!inside/ok.txt"]


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
def test_random_bytes_behind_a_wide_bom_are_binary_not_a_document(tmp_path, bom):
    noise = bytes((n * 7919 + 13) % 251 for n in range(6000))  # fixed, patternless bytes
    path = tmp_path / "dump.txt"
    path.write_bytes(bom + noise)
    [problem] = read(path)
    assert (problem.source, problem.kind) == (str(path), "binary")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_wide_text_in_other_scripts_is_still_read(tmp_path, encoding):
    text = "Ørsted-Nord und 北方电力 signed a supply deal; ответ ждут в марте. " * 40
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    [doc] = read(path)
    assert isinstance(doc, Document) and doc.text == text.strip()
