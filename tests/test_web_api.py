"""The JSON API and pages through FastAPI's test client, over a store of examples/news (and
the invented XSS corpus): statuses, errors, limits, paging, escaping and security headers."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from markdown_it import MarkdownIt
from web_corpus import NAMES, PAYLOADS, build

from tieline import query
from tieline.store import open_store
from tieline.web import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("web") / "web.db", examples=True, xss=True)


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(str(db))) as c:
        yield c


@pytest.fixture(scope="module")
def store(db):
    with open_store(db, read_only=True) as s:
        yield s


def test_stats_and_entity_profile_match_the_query_layer(client, store):
    assert client.get("/api/stats").json() == query.stats(store).as_dict()
    body = client.get("/api/entities/OpenAI").json()
    assert body["name"] == "OpenAI" and body["type"] == "ORG"
    assert any(body["ties"].values()) and body["truncated"] is False
    assert body == {**query.plain(query.entity_summary(store, "OpenAI")), "truncated": False}


def test_unknown_name_is_a_404_with_suggestions(client):
    r = client.get("/api/entities/Open AI")
    assert r.status_code == 404
    assert r.json()["error"] == "entity_not_found" and "OpenAI" in r.json()["suggestions"]
    r = client.get("/api/relationship", params={"a": "OpenAI", "b": "Microsoftt"})
    assert r.status_code == 404 and "Microsoft" in r.json()["suggestions"]


@pytest.mark.parametrize("url", [
    "/api/facts?since=2024-13", "/api/facts?kind=friendship", "/api/facts?limit=0",
    "/api/facts?limit=501", "/api/facts?cursor=bm90LWEtY3Vyc29y", "/api/whatif?scenario=blah",
    "/api/whatif", "/api/digest?about=A,B,C", "/api/relationship?a=OpenAI",
    "/api/facts?since=2025&until=2024",
])
def test_bad_input_is_a_422_with_a_message(client, url):
    r = client.get(url)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] in ("bad_input", "bad_scenario") and body["message"].strip()


def test_facts_page_with_a_cursor_without_overlap(client, store):
    first = client.get("/api/facts", params={"limit": 20}).json()
    second = client.get("/api/facts", params={"limit": 20,
                                              "cursor": first["next_cursor"]}).json()
    ids = [f["id"] for f in first["facts"]] + [f["id"] for f in second["facts"]]
    assert len(first["facts"]) == 20 and len(set(ids)) == len(ids)
    assert ids == [f.id for f in query.fact_rows(store, limit=40)]
    filtered = client.get("/api/facts", params={"kind": "supply", "entity": "OpenAI",
                                                "min_confidence": 0.5}).json()["facts"]
    assert filtered and all(f["kind"] == "supply" for f in filtered)
    assert all("OpenAI" in (f["subject"], f["object"]) for f in filtered)


def test_limit_bounds_every_list(client):
    body = client.get("/api/entities/OpenAI", params={"limit": 2}).json()
    assert body["truncated"] is True

    def lists(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from lists(v)
        elif isinstance(value, list):
            yield value
            for v in value:
                yield from lists(v)
    assert max(len(x) for x in lists(body)) == 2


def test_relationship_depends_whatif_digest_and_export(client):
    r = client.get("/api/relationship", params={"a": "OpenAI", "b": "Microsoft"}).json()
    assert r["facts"] and {c["change"] for c in r["changes"]} >= {"appeared"}
    d = client.get("/api/depends/OpenAI").json()
    assert d["entity"] == "OpenAI" and d["dependencies"]
    assert client.get("/api/dependents/Microsoft").json()["dependents"]
    w = client.get("/api/whatif", params={"scenario": "Microsoft stops supplying OpenAI"}).json()
    assert w["scenario"]["actor"] == "Microsoft" and w["direct"]
    assert client.get("/api/whatif", params={"clause_of": "Microsoft,OpenAI"}).status_code == 200
    md = client.get("/api/digest", params={"about": "OpenAI", "format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and "## Sources" in md.text
    csv = client.get("/api/export", params={"format": "csv", "entity": "OpenAI"})
    assert csv.status_code == 200 and csv.text.splitlines()[0].count(",") >= 3


def test_document_spans_cover_every_evidence_sentence(client):
    docs = client.get("/api/documents", params={"limit": 100}).json()["documents"]
    doc = next(d for d in docs if d["facts"] > 5)
    body = client.get(f"/api/documents/{doc['id']}").json()
    text, spans = body["text"], body["spans"]
    assert len(body["facts"]) == doc["facts"]
    for fact in body["facts"]:
        for ev in fact["evidence"]:
            if ev["document_id"] == doc["id"]:
                end = ev["start"] + len(text[ev["start"]:ev["end"]].rstrip())
                assert any(s["start"] <= ev["start"] and end <= s["end"] for s in spans)
                assert text[ev["start"]:ev["end"]].strip() == ev["sentence"].strip()
    page = client.get(f"/document/{doc['id']}").text
    assert page.count('<mark class="evidence"') == len(spans)
    assert client.get("/api/documents/nope").status_code == 404


def test_only_reads_and_sends_a_strict_csp(client):
    schema = client.get("/openapi.json").json()
    methods = {m for path in schema["paths"].values() for m in path}
    assert methods == {"get"}
    assert client.post("/api/facts", json={}).status_code == 405
    for url in ("/", "/entity/OpenAI", "/api/stats", "/docs"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert client.get("/docs").status_code == 200


def test_pages_show_names_and_evidence(client):
    page = client.get("/entity/OpenAI").text
    assert "<h1>OpenAI" in page and 'href="/relationship?a=OpenAI&amp;b=' in page
    assert re.search(r'href="/document/[0-9a-f]+#e\d+"', page)
    missing = client.get("/entity/Open AI")
    assert missing.status_code == 404 and 'href="/entity/OpenAI"' in missing.text
    assert client.get("/search", params={"q": "openai"}, follow_redirects=False
                      ).headers["location"] == "/entity/OpenAI"
    assert "OpenAI" in client.get("/search", params={"q": "open"}).text
    whatif = client.get("/whatif", params={"scenario": "Microsoft stops supplying OpenAI"})
    assert whatif.status_code == 200 and "Direct losses" in whatif.text


def _pages_with_payloads(client) -> list[str]:
    zentrix = NAMES["Zentrix"]
    docs = client.get("/api/documents", params={"limit": 200}).json()["documents"]
    xss_docs = [d["id"] for d in docs if d["title"] and "Zentrix deal" in d["title"]]
    return [client.get(url, params=params).text for url, params in [
        ("/", {}), ("/search", {"q": "zentrix<"}), (f"/entity/{zentrix}", {}),
        ("/entity/Mara Quill", {}),
        ("/relationship", {"a": zentrix, "b": NAMES["Quorvel"]}),
        ("/whatif", {"supplier_fails": zentrix}), ("/digest", {"about": zentrix}),
    ]] + [client.get(f"/document/{i}").text for i in xss_docs]


def test_article_strings_are_escaped_in_every_page(client):
    pages = _pages_with_payloads(client)
    html = "\n".join(pages)
    for payload in PAYLOADS + list(NAMES.values()):
        if "<" in payload:
            assert payload not in html, payload
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html  # shown, as text
    hrefs = re.findall(r'(?:href|src|action)="([^"]*)"', html)
    assert hrefs and not [h for h in hrefs if re.match(r"\s*(javascript|data):", h, re.I)]
    assert len([p for p in pages if "window.__xss" in p]) >= 6


def test_digest_markdown_and_html_escape_article_text(client):
    zentrix = NAMES["Zentrix"]
    md = client.get("/api/digest", params={"about": zentrix, "format": "md"}).text
    rendered = MarkdownIt("commonmark").render(md)  # raw HTML allowed, as in most viewers
    assert "window.__xss=1" in rendered  # the payloads are there, as text
    assert not re.search(r"<(script|img|svg|iframe|a href=\"javascript)", rendered, re.I)
    html = client.get("/digest/download", params={"about": zentrix, "format": "html"})
    assert html.headers["content-disposition"].startswith("attachment")
    assert "<script>" not in html.text and "<img" not in html.text


def test_serve_refuses_a_missing_database_before_binding(tmp_path):
    from typer.testing import CliRunner

    from tieline.cli import app
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none" / "x.db")])
    assert result.exit_code == 1 and "no database" in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
