"""Digests: extractive, cited, in Markdown and one self-contained, escaped HTML file."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from test_query_world import S, build_world

from tieline.query import digest, fact_rows, html_page, markdown
from tieline.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_world(tmp_path_factory.mktemp("world") / "world.db")
    with open_store(db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def pair(store):
    return digest(store, ["Helix Labs", "Microsoft"])


def stored_sentences(store) -> set[str]:
    return {ev.sentence for f in fact_rows(store) for ev in f.evidence}


def test_every_takeaway_is_a_stored_sentence_cited_to_its_own_source(store, pair):
    assert 1 <= len(pair.takeaways) <= 5
    sources = {s.n: s for s in pair.sources}
    for t in pair.takeaways:
        assert t.sentence in stored_sentences(store)
        evidence = fact_rows(store, ids=[t.fact_id])[0].evidence
        assert sources[t.cite].document_id in {ev.document_id for ev in evidence
                                                if ev.sentence == t.sentence}
    # the loosening of the tie ranks first: a negated tie or a "less dependent" sentence
    assert pair.takeaways[0].change == "weakening"
    assert {S["cloud"], S["oracle"]} <= {t.sentence for t in pair.takeaways}


def test_sections_carry_money_clauses_quotes_posts_and_dated_timeline(pair):
    assert [m.fact.attributes.amount for m in pair.money] == [1e9, 6.6e9]
    assert [c.fact.attributes.trigger for c in pair.clauses] == ["AGI"]
    assert [q.fact.subject for q in pair.quotes] == ["Satya Nadella"]
    assert [p.post.handle for p in pair.posts] == ["@annexample", "@mallory"]
    dates = [t.date for t in pair.timeline]
    assert dates == sorted(dates)
    assert "Helix Labs weighs new cloud partners" in {t.label for t in pair.timeline}
    numbers = [s.n for s in pair.sources]
    assert numbers == list(range(1, len(numbers) + 1))
    cited = {x.cite for key in ("takeaways", "timeline", "money", "clauses", "quotes", "posts")
             for x in getattr(pair, key)}
    assert cited == set(numbers)  # every source is cited and every citation is listed


def test_since_drops_older_material(store):
    recent = digest(store, ["Helix Labs", "Microsoft"], since="2024-07")
    assert all(t.date >= "2024-07" for t in recent.timeline)
    assert recent.money == [] and recent.clauses == []
    assert {s.published for s in recent.sources} == {"2024-10-20", "2024-11-05"}


def test_single_entity_digest_covers_its_own_industry(store):
    d = digest(store, ["Voltra Motors"])
    kinds = {t.kind for t in d.timeline}
    assert {"supply", "sue", "compete"} <= kinds
    assert all("Helix" not in t.sentence for t in d.timeline)


def test_markdown_has_the_briefing_shape(pair):
    md = markdown(pair)
    headings = re.findall(r"^## (.+)$", md, re.MULTILINE)
    assert headings == ["Key takeaways", "Timeline", "Money", "Clauses", "Quotes",
                        "Social reactions", "Sources"]
    assert f"- {S['oracle']} [" in md
    assert re.search(r"^1\. Helix Labs looks beyond Microsoft — news/2024-oracle.txt", md,
                     re.MULTILINE)


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_and_escapes_article_text(pair):
    page = html_page(pair)
    assert "<script>" not in page and "<i>" not in page and "&lt;script&gt;" in page
    parsed = Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "link" not in parsed.tags
    hrefs = [v for k, v in parsed.attrs if k in ("href", "src")]
    assert all(h.startswith("#") or h.startswith("https://") for h in hrefs)
    assert "javascript:alert(1)" not in hrefs  # an unsafe source URL is shown, not linked
    assert "https://example.com/deal" in hrefs
    text = "".join(parsed.text)
    assert "<script>alert(2)</script> wow" in text  # the post's words survive, as text
    assert "Copilot <i>still</i> on Helix" in text
    assert S["cloud"] in text


def test_money_labels_carry_kind_amount_and_time():
    from tieline.model import Fact, MoneyAttributes
    from tieline.query.digest import fact_label

    fact = Fact("money", "Helix Labs", None, MoneyAttributes("funding", 6.6e9, "USD", "2024"))
    assert fact_label(fact) == "money: Helix Labs (funding 6.6 billion USD, 2024)"
