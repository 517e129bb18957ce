"""`tieline watch run --once` against a local feed server and webhook receiver (loopback only).

The feed changes between polls: new entries, an unchanged feed (304), a 500, a malformed body.
The changes are printed once, the Atom file reads back with feedparser, and the receiver gets
POSTs signed with the watch's secret, also after a failed POST and a receiver that was down.
All articles are invented.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import feedparser
import httpx
import pytest
from typer.testing import CliRunner

from tieline.cli import app
from tieline.store import Store
from tieline.watch.poll import poll

runner = CliRunner()
SECRET = "correct-horse"

PARTNERSHIP = ("2025-03-04", "Brightwater Labs teams up with Ostrava Robotics",
               "Brightwater Labs announced a partnership with Ostrava Robotics to build "
               "warehouse software. The two companies will share engineers.")
CHIPS = ("2025-04-10", "Brightwater Labs turns to Quillon Systems for chips",
         "Quillon Systems supplies AI chips to Brightwater Labs, the companies said. "
         "Brightwater Labs ended its partnership with Ostrava Robotics in April. Under the "
         "contract, Quillon Systems has a right of first refusal on Brightwater Labs' future "
         "chip orders.")
LOCAL = ("Title: Brightwater Labs and Halvard Analytics\nPublished: 2025-03-20\n\n"
         "Brightwater Labs formed a partnership with Halvard Analytics to share logistics "
         "data.\n")


def rss(entries) -> bytes:
    items = "".join(
        f"<item><title>{escape(title)}</title><link>https://news.invalid/{n}</link>"
        f"<guid>https://news.invalid/{n}</guid><pubDate>"
        f"{format_datetime(datetime.fromisoformat(day).replace(tzinfo=timezone.utc))}"
        f"</pubDate><description>{escape(text)}</description></item>"
        for n, (day, title, text) in enumerate(entries, start=1))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Invented Wire</title><link>https://news.invalid/</link>"
            f"<description>test</description>{items}</channel></rss>").encode()


class Site:
    """What the local server serves now, and what it was asked."""

    def __init__(self):
        self.mode = "ok"  # ok | no-etag | 500 | malformed | slow
        self.entries = []
        self.hook_failures = 0  # the next N webhook POSTs get a 500
        self.hook_down = False
        self.feed_requests: list[tuple[dict, int]] = []
        self.posts: list[tuple[bytes, dict, int]] = []


def handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status: int, body: bytes = b"", headers=()):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout test)

        def do_GET(self):
            status = self.feed()
            site.feed_requests.append((dict(self.headers), status))

        def feed(self) -> int:
            if site.mode == "500":
                self.reply(500, b"oops")
                return 500
            if site.mode == "malformed":
                self.reply(200, b'<?xml version="1.0"?><rss version="2.0"><channel><item>'
                           b"<title>cut off", [("Content-Type", "application/rss+xml")])
                return 200
            if site.mode == "slow":
                time.sleep(1.0)
            body = rss(site.entries)
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if site.mode == "ok" and self.headers.get("If-None-Match") == etag:
                self.reply(304)
                return 304
            headers = [("Content-Type", "application/rss+xml")]
            if site.mode == "ok":
                headers += [("ETag", etag), ("Last-Modified", "Tue, 01 Apr 2025 10:00:00 GMT")]
            self.reply(200, body, headers)
            return 200

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            status = 500 if site.hook_down or site.hook_failures else 200
            site.hook_failures = max(site.hook_failures - 1, 0)
            site.posts.append((body, dict(self.headers), status))
            self.reply(status)
    return Handler


@pytest.fixture
def site():
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


def run(db, *sources):
    return runner.invoke(app, ["watch", "run", *map(str, sources), "--once", "--db", str(db),
                               "--webhook-backoff", "0"])


def lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def verified(posts) -> list[dict]:
    """The bodies of accepted POSTs, each checked against its signature."""
    out = []
    for body, headers, status in posts:
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["X-Tieline-Signature"], expected)
        if status == 200:
            out.append(json.loads(body))
    return out


def test_watch_run_reports_each_change_once_through_every_output(tmp_path, site, nlp):
    db, atom, url = tmp_path / "t.db", tmp_path / "bw.atom", site.base + "/feed.xml"
    added = runner.invoke(app, ["watch", "add", "bw", "--entity", "Brightwater Labs", "--db",
                                str(db), "--webhook", site.base + "/hook", "--secret", SECRET,
                                "--atom", str(atom)])
    assert added.exit_code == 0, added.output

    # 1. a first entry; the first POST fails and its retry gets through
    site.entries, site.hook_failures = [PARTNERSHIP], 1
    first = run(db, url)
    assert first.exit_code == 0, first.output
    [change] = lines(first)
    assert (change["change"], change["subject"], change["object"]) == \
        ("tie_appeared", "Brightwater Labs", "Ostrava Robotics")
    assert change["evidence"]["sentence"].startswith("Brightwater Labs announced a partnership")
    assert change["evidence"]["url"] == "https://news.invalid/1"
    assert change["evidence"]["source"] == url + "#1"
    assert change["evidence"]["title"] == PARTNERSHIP[1] and change["date"] == "2025-03-04"
    assert [status for _, _, status in site.posts] == [500, 200]
    assert verified(site.posts) == [change]

    # 2. unchanged: a conditional GET answered 304, nothing new
    second = run(db, url)
    assert second.exit_code == 0 and lines(second) == []
    asked, status = site.feed_requests[-1]
    assert status == 304 and asked["If-None-Match"].startswith('"')
    assert asked["If-Modified-Since"] == "Tue, 01 Apr 2025 10:00:00 GMT"

    # 3. the feed fails with a 500: said clearly, and a local directory is still read
    local = tmp_path / "local"
    local.mkdir()
    (local / "halvard.txt").write_text(LOCAL)
    site.mode = "500"
    third = run(db, url, local)
    assert third.exit_code == 1
    assert f"{url}: HTTP 500 Internal Server Error" in third.stderr
    assert [(c["change"], c["object"]) for c in lines(third)] == \
        [("tie_appeared", "Halvard Analytics")]

    # 4. a malformed feed
    site.mode = "malformed"
    fourth = run(db, url)
    assert fourth.exit_code == 1 and f"{url}: malformed feed" in fourth.stderr
    assert lines(fourth) == []

    # 5. a new entry while the receiver is down: printed once, kept for the webhook
    site.mode, site.entries, site.hook_down = "ok", [PARTNERSHIP, CHIPS], True
    fifth = run(db, url)
    assert fifth.exit_code == 0, fifth.output
    found = {c["change"]: c for c in lines(fifth)}
    ended = found.keys() & {"tie_weakened", "tie_ended"}  # ended once facts carry statuses
    assert len(ended) == 1
    assert set(found) == {"new_supplier", "new_clause", "concentration", *ended}
    assert found[ended.pop()]["object"] == "Ostrava Robotics"
    assert found["new_supplier"]["subject"] == "Quillon Systems"
    assert found["new_supplier"]["after"] == "chips"
    assert found["concentration"]["after"] == "1.000"
    assert found["new_clause"]["summary"] == ("new clause: Quillon Systems holds a right of "
                                              "first refusal with Brightwater Labs")
    assert all(c["evidence"]["url"] == "https://news.invalid/2" for c in found.values())
    assert "not delivered (HTTP 500) after 3 attempts; kept for the next run" in fifth.stderr

    # 6. the receiver is back: the kept changes are delivered, nothing is printed again
    site.hook_down = False
    sixth = run(db, url)
    assert sixth.exit_code == 0 and lines(sixth) == []
    delivered = verified(site.posts)
    everything = [change, *lines(third), *lines(fifth)]
    assert sorted(c["id"] for c in delivered) == sorted(c["id"] for c in everything)

    # 7. a server that ignores validators sends the same entries again: no change repeats
    site.mode = "no-etag"
    seventh = run(db, url)
    assert seventh.exit_code == 0 and lines(seventh) == []
    assert site.feed_requests[-1][1] == 200

    # the Atom file: a valid feed holding every change, newest first
    feed = feedparser.parse(str(atom))
    assert not feed.bozo and feed.version == "atom10"
    assert {e.id for e in feed.entries} == {f"urn:tieline:change:{c['id']}" for c in everything}
    chips = next(e for e in feed.entries if e.id.endswith(found["new_supplier"]["id"]))
    assert chips.link == "https://news.invalid/2" and "Quillon Systems supplies" in chips.summary
    with Store(db) as store:
        assert store.watch_changes(store.watch("bw").id, undelivered=True) == []


def test_a_slow_or_unreachable_feed_is_a_message_and_backs_off(tmp_path, site):
    site.mode, site.entries = "slow", [PARTNERSHIP]
    url = site.base + "/feed.xml"
    with Store(tmp_path / "t.db") as store, httpx.Client(timeout=0.2) as client:
        slow = poll(url, store, client, tmp_path)
        assert slow.status == "failed" and slow.message == f"{url}: timed out after 0.2s"
        state = store.feed_state(url)
        assert state.failures == 1 and state.retry_after > datetime.now(timezone.utc).isoformat()
        waiting = poll(url, store, client, tmp_path, honour_backoff=True)
        assert waiting.status == "waiting" and "next try after" in waiting.message
        closed = "http://127.0.0.1:9/feed.xml"  # the discard port: nothing listens
        refused = poll(closed, store, client, tmp_path)
        assert refused.status == "failed" and refused.message.startswith(f"{closed}: cannot fetch")
        site.mode = "ok"
        good = poll(url, store, client, tmp_path)
        assert good.status == "new" and store.feed_state(url).failures == 0
