"""The README's watch demo: examples/news served as an RSS feed on loopback, watched for
Anthropic, splits into two polls (the older half, then the rest) so the second run reports only
what the newer articles changed."""
from __future__ import annotations

import json
import re
import threading
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import feedparser
import pytest
from typer.testing import CliRunner

from conftest import REPO
from tieline.cli import app

runner = CliRunner()
NEWS = sorted((REPO / "examples" / "news").glob("*.txt"))


def example_feed(paths) -> bytes:
    """An RSS feed of example articles (their Title/Published/URL headers and body)."""
    items = []
    for path in paths:
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        fields = dict(re.findall(r"^(\w+): (.*)$", head, re.MULTILINE))
        day = datetime.fromisoformat(fields["Published"]).replace(tzinfo=timezone.utc)
        items.append(f"<item><title>{escape(fields['Title'])}</title><link>{fields['URL']}"
                     f"</link><guid>{fields['URL']}</guid><pubDate>{format_datetime(day)}"
                     f"</pubDate><description>{escape(body)}</description></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>'
            "tieline examples</title><link>https://example.org/news</link><description>"
            f"examples/news</description>{''.join(items)}</channel></rss>").encode()


@pytest.fixture
def served():
    feed = {"body": example_feed(NEWS[:12])}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(feed["body"])))
            self.end_headers()
            self.wfile.write(feed["body"])

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    feed["url"] = f"http://127.0.0.1:{server.server_address[1]}/news.xml"
    yield feed
    server.shutdown()
    server.server_close()


def test_a_watch_on_the_examples_reports_what_the_newer_articles_changed(tmp_path, served,
                                                                           nlp):
    db, atom = str(tmp_path / "t.db"), str(tmp_path / "anthropic.atom")
    assert runner.invoke(app, ["watch", "add", "anthropic", "--entity", "Anthropic",
                               "--atom", atom, "--db", db]).exit_code == 0
    first = runner.invoke(app, ["watch", "run", served["url"], "--once", "--db", db])
    assert first.exit_code == 0, first.output
    early = [json.loads(line) for line in first.stdout.splitlines()]
    served["body"] = example_feed(NEWS)
    second = runner.invoke(app, ["watch", "run", served["url"], "--once", "--db", db])
    assert second.exit_code == 0, second.output
    later = [json.loads(line) for line in second.stdout.splitlines()]
    for change in later:
        print(change["change"], "|", change["summary"], "|", change["date"], "|",
              change["evidence"]["url"])
    assert later and {c["id"] for c in later}.isdisjoint(c["id"] for c in early)
    assert all(c["date"] >= "2024-10-17" for c in later)  # only the newer half's reports
    assert all(c["evidence"]["source"].startswith(served["url"] + "#") for c in later)
    assert len(feedparser.parse(atom).entries) == len(early) + len(later)
