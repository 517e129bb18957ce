"""A fake OpenAI-compatible chat-completions endpoint on 127.0.0.1, for tests and for
estimating what a run costs without a model.

It answers from a script of replies (JSON content, raw text, an HTTP status, a delay), then from
a fallback function, records every request body, and reports tokens the way a tokenizer of
about four characters per token would: prompt tokens are the characters of all messages / 4,
completion tokens the characters of the answer / 4 (rounded up).
"""
from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

CHARS_PER_TOKEN = 4


@dataclass
class Reply:
    content: Any = None  # a dict or list is sent as JSON text; a str as it is
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering (for timeouts)
    headers: dict[str, str] = field(default_factory=dict)


def tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN)


class FakeEndpoint:
    def __init__(self, fallback: Callable[[dict], Reply] | None = None):
        self.script: deque[Reply] = deque()
        self.fallback = fallback or (lambda request: Reply(status=500, content="no reply left"))
        self.requests: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests it was answering at once
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def queue(self, *replies: Reply) -> "FakeEndpoint":
        self.script.extend(replies)
        return self

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the endpoint first"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> "FakeEndpoint":
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server hook name
                endpoint._handle(self)

            def log_message(self, *args):  # quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeEndpoint":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = json.loads(handler.rfile.read(length) or b"{}")
        with self._lock:
            self.requests.append({"path": handler.path, "headers": dict(handler.headers),
                                  "body": body})
            reply = self.script.popleft() if self.script else None
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            reply = reply or self.fallback(body)
            if reply.delay:
                time.sleep(reply.delay)
            payload = _payload(body, reply)
        finally:
            # done before the answer is written: a client that has read it may send its next
            # request before this thread gets past the write, and would be counted twice
            with self._lock:
                self.in_flight -= 1
        _send(handler, reply, payload)


def _payload(body: dict, reply: Reply) -> bytes:
    if reply.status == 200:
        content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
        prompt = "".join(m.get("content") or "" for m in body.get("messages", []))
        data = {"id": "fake", "object": "chat.completion", "model": body.get("model"),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": tokens(prompt),
                          "completion_tokens": tokens(content),
                          "total_tokens": tokens(prompt) + tokens(content)}}
    else:
        data = {"error": {"message": str(reply.content or "error"), "type": "fake"}}
    return json.dumps(data).encode("utf-8")


def _send(handler: BaseHTTPRequestHandler, reply: Reply, payload: bytes) -> None:
    try:
        handler.send_response(reply.status)
        for name, value in {"Content-Type": "application/json", **reply.headers}.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (a timeout test)
