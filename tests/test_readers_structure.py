"""parse_structure and text cleaning: takeaways, sections, posts, related headlines, boilerplate."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tieline.readers import parse_structure, read_inputs
from tieline.readers.clean import normalize_text
from tieline.readers.structure import is_heading_like

DATA = Path(__file__).parent / "data" / "readers"
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture(scope="module")
def article() -> str:
    return (DATA / "article.txt").read_text(encoding="utf-8")


def test_posts_leave_the_body_with_author_handle_date_and_text(article):
    structure = parse_structure(article)
    assert [(p.author, p.handle, p.date) for p in structure.posts] == [
        ("Dana Whitfield", "@danawhit", "2025-03-04"), ("Leo Marsh", "@leomarsh_", "2025-03-05")]
    assert structure.posts[0].text.startswith("Big win for Pinecrest")
    assert structure.posts[1].text == "Pinecrest is going to need a lot more power for this one."
    for post in structure.posts:
        assert post.text not in structure.body
        assert post.handle not in structure.body


def test_related_headlines_become_events_and_stay_one_per_line(article):
    structure = parse_structure(article)
    assert [(e.date, e.headline) for e in structure.events] == [
        ("2025-02-20", "Pinecrest Raises $1.2B to Expand Its Data Centers!"),
        ("2025-01-09", "Harbor Analytics Names New Chief Technology Officer"),
        ("2024-12-02", "Harbor and Pinecrest End Talks Over Retail Venture")]
    lines = structure.body.split("\n")
    assert "February 20, 2025: Pinecrest Raises $1.2B to Expand Its Data Centers!" in lines
    assert "December 2, 2024: Harbor and Pinecrest End Talks Over Retail Venture" in lines


def test_boilerplate_removed_and_takeaways_kept(article):
    structure = parse_structure(article)
    assert structure.boilerplate == ["For more stories like this, visit Tech Desk on our website."]
    assert "visit Tech Desk" not in structure.body
    assert structure.takeaways == [
        "Harbor Analytics and Pinecrest Systems signed a three-year cloud agreement worth "
        "$400 million.",
        "The deal makes Pinecrest the main supplier of compute for Harbor’s forecasting models.",
        "Analysts expect the two firms to compete in retail software despite the new ties."]
    assert all(sentence in structure.body for sentence in structure.takeaways)


def test_sections_point_at_their_body_in_the_final_text(article):
    structure = parse_structure(article)
    assert [s.heading for s in structure.sections] == [
        "Key Takeaways", "Why Harbor Chose Pinecrest", "What Comes Next for Both Firms"]
    chose = structure.sections[1]
    assert structure.body[chose.start:chose.end] == (
        "Harbor Analytics said on Tuesday that it had chosen Pinecrest Systems after a six-month "
        "review of four providers.\nThe contract lets Harbor leave early if Pinecrest fails to "
        "meet agreed uptime targets for two quarters in a row.")
    last = structure.sections[-1]
    assert structure.body[last.start:].startswith("Pinecrest plans to open")
    assert structure.body[:last.end].endswith("End Talks Over Retail Venture")
    assert last.end == len(structure.body)


def test_blank_line_paragraphs_and_bulleted_takeaways():
    text = ("By Jane Roe | Updated June 3, 2024\n\nKey points\n"
            "- Alder Bank buys Brightline Credit.\n- The price is $90 million.\n\n"
            "Alder Bank said the purchase closes in July, and that Brightline's staff will "
            "keep their jobs.\n\nLooks like a smart buy to me.\nCheap, too.\n\n— Ola Berg (@olaberg) June 3, 2024\n\nSubscribe to our daily "
            "briefing\n\nRead more\n\nAlso read: Alder Bank Profits Rise\n")
    structure = parse_structure(text)
    assert structure.takeaways == ["Alder Bank buys Brightline Credit.",
                                   "The price is $90 million."]
    assert structure.bylines == ["By Jane Roe | Updated June 3, 2024"]
    assert structure.author == "Jane Roe" and structure.byline_date == "2024-06-03"
    assert [(p.handle, p.text) for p in structure.posts] == [
        ("@olaberg", "Looks like a smart buy to me.\nCheap, too.")]
    assert structure.body == ("Key points\n- Alder Bank buys Brightline Credit.\n- The price is "
                              "$90 million.\n\nAlder Bank said the purchase closes in July, and "
                              "that Brightline's staff will keep their jobs.\n\n"
                              "Also read: Alder Bank Profits Rise")
    assert structure.boilerplate == ["Subscribe to our daily briefing", "Read more"]


def test_dated_sentences_are_not_mistaken_for_headline_lists():
    text = ("March 3, 2024 — Alder Bank said on Monday that it would buy Brightline Credit for "
            "$90 million in cash, its first purchase in a decade.\nThe deal needs approval.")
    structure = parse_structure(text)
    assert structure.events == []
    assert structure.body == text


@pytest.mark.parametrize("line, expected", [
    ("Why Harbor Chose Pinecrest", True), ("The Future of Cloud Computing", True),
    ("Harbor signed the deal on Tuesday.", False), ("and then the market closed lower", False),
    ("Sounds great!", False), ("What Comes Next?", True), ("A heading that is far too long to be a heading because it "
                               "keeps going on and on", False)])
def test_heading_like(line, expected):
    assert is_heading_like(line) is expected


def test_normalization_keeps_quotes_and_drops_invisible_characters():
    raw = ("Cafe\u0301 “quoted” — it’s\u00a0here\u200b.\r\nNext\u2028line\ufeff"
           "\r\n\r\n\r\n\r\nEnd")
    text = normalize_text(raw)
    assert text == "Café “quoted” — it’s here.\nNext\nline\n\nEnd"
    assert unicodedata.is_normalized("NFC", text)


def test_document_text_is_the_normalized_text_evidence_offsets_index():
    raw = "Alder\u00a0Bank agreed to buy Brightline\u200b Credit for $90\u00a0million.\r\n"
    structure = parse_structure(raw)
    sentence = "Alder Bank agreed to buy Brightline Credit for $90 million."
    assert structure.body == sentence
    assert structure.body.index("Brightline") == sentence.index("Brightline")


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="shared/eval not present")
def test_seed_article_yields_the_gold_posts_and_events():
    gold = json.loads((SHARED_EVAL / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    for source in ("seed-article.txt", "seed.jsonl"):
        [document] = list(read_inputs([str(SHARED_EVAL / source)]))
        assert [{"author": p.author, "handle": p.handle, "date": p.date}
                for p in document.posts] == gold["posts"]
        assert [{"date": e.date, "headline": e.headline} for e in document.events] == gold["events"]
        assert document.published == gold["published"]
        assert "For more news" not in document.text


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="shared/eval not present")
def test_gold_evidence_survives_cleaning_in_every_gold_file():
    for path in sorted(SHARED_EVAL.glob("*.jsonl")):
        gold = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            gold[record["id"]] = record
        documents = list(read_inputs([str(path)]))
        assert len(documents) == len(gold)
        for document in documents:
            record = gold[document.meta["record_id"]]
            for kind in ("relations", "money", "clauses"):
                for fact in record[kind]:
                    if fact.get("evidence"):
                        assert fact["evidence"] in document.text, (path.name, record["id"])
