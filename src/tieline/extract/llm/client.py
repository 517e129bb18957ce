"""A client for any OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp's
server, hosted APIs), asking for structured output and counting what it costs.

- At most `concurrency` requests are in flight at once, whichever thread asks.
- A 429, a 5xx, a timeout or a dropped connection is retried up to `retries` times, waiting
  `backoff` * 2^attempt seconds (or the server's Retry-After); other errors are not retried.
- An answer that is not JSON or does not fit the schema is asked once more, then reported as
  an LLMError; it is never repaired or guessed at.
- Validated answers go to the cache; a cached answer costs no request.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable

import httpx

from ...errors import TielineError
from . import cache as cache_module
from .prompts import Prompt
from .schema import SchemaError, validate


class LLMError(TielineError):
    """The endpoint could not give a usable answer; the message says which and why."""
    code = "llm_error"
    exit_status = 1
    http_status = 502


@dataclass
class Usage:
    requests: int = 0  # HTTP requests sent, retries included
    tokens_in: int = 0  # as the endpoint reports them (`usage.prompt_tokens`)
    tokens_out: int = 0  # `usage.completion_tokens`
    cache_hits: int = 0
    failures: int = 0  # questions given up on (after retries), each also reported

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


class ChatClient:
    def __init__(self, base_url: str, model: str, *, api_key: str = "", timeout: float = 120,
                 concurrency: int = 4, retries: int = 3, backoff: float = 1.0,
                 cache: cache_module.Cache | None = None):
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.retries = max(0, retries)
        self.backoff = backoff
        self.timeout = timeout
        self.cache = cache or cache_module.Cache(None)
        self.usage = Usage()
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max(1, concurrency))
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(timeout=timeout, headers=headers,
                                  limits=httpx.Limits(max_connections=max(1, concurrency)))

    def close(self) -> None:
        self._http.close()

    def _count(self, **amounts: int) -> None:
        with self._lock:
            for name, n in amounts.items():
                setattr(self.usage, name, getattr(self.usage, name) + n)

    def ask(self, prompt: Prompt, values: dict[str, str], schema: dict[str, Any],
            check: Callable[[Any], None] | None = None, label: str = "") -> dict[str, Any]:
        """The model's answer to the prompt filled with `values`, validated against `schema`
        (and by `check`, which raises SchemaError). `label` names the request in messages."""
        messages = prompt.messages(**values)
        key = cache_module.key(self.model, prompt.id, json.dumps([messages, schema],
                                                                 sort_keys=True))
        cached = self.cache.get(key)
        if cached is not None:
            self._count(cache_hits=1)
            return cached
        where = f"{prompt.id}{' ' + label if label else ''}"
        try:
            problem = None
            for _ in range(2):  # an answer that does not validate is asked for once more
                content = self._complete(messages, schema, prompt.id)
                try:
                    answer = _parse(content)
                    validate(answer, schema)
                    if check is not None:
                        check(answer)
                except SchemaError as exc:
                    problem = exc
                    continue
                self.cache.put(key, answer)
                return answer
            raise LLMError(f"{where}: the model's answer did not fit the schema twice "
                           f"({problem})")
        except LLMError:
            self._count(failures=1)
            raise

    def _complete(self, messages: list[dict[str, str]], schema: dict[str, Any],
                  name: str) -> str | None:
        """One answer's text, through the retries; raises LLMError when none comes."""
        payload = {"model": self.model, "messages": messages, "temperature": 0,
                   "response_format": {"type": "json_schema", "json_schema": {
                       "name": name.replace(".", "_"), "strict": True, "schema": schema}}}
        problem = ""
        for attempt in range(self.retries + 1):
            wait = self.backoff * 2 ** attempt
            response = None
            with self._slots:
                self._count(requests=1)
                try:
                    response = self._http.post(self.url, json=payload)
                except httpx.TimeoutException:
                    problem = f"no answer within {self.timeout:g} s"
                except httpx.ConnectError as exc:
                    raise LLMError(f"cannot reach {self.url} ({exc})",
                                   hint="is the server running? see llm_base_url") from exc
                except httpx.TransportError as exc:
                    problem = f"connection failed ({exc})"
            if response is not None:
                if response.status_code == 200:
                    return self._content(response)
                problem = f"HTTP {response.status_code}: {_error_text(response)}"
                if response.status_code != 429 and response.status_code < 500:
                    raise LLMError(f"{self.url}: {problem}", hint=_hint(response.status_code))
                wait = _retry_after(response, wait)
            if attempt < self.retries:
                time.sleep(wait)
        attempts = self.retries + 1
        raise LLMError(f"{self.url}: {problem} (gave up after {attempts} "
                       f"attempt{'s' * (attempts != 1)})")

    def _content(self, response: httpx.Response) -> str | None:
        try:
            body = response.json()
        except ValueError:
            return None  # not JSON at all: counted as an answer that does not validate
        usage = body.get("usage") if isinstance(body, dict) else None
        if isinstance(usage, dict):
            self._count(tokens_in=int(usage.get("prompt_tokens") or 0),
                        tokens_out=int(usage.get("completion_tokens") or 0))
        try:
            return body["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            return None


def _parse(content: str | None) -> Any:
    if not isinstance(content, str):
        raise SchemaError("no message content in the response", "")
    text = content.strip()
    if text.startswith("```"):  # some servers fence JSON even in structured mode
        text = text.strip("`").removeprefix("json").strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"not valid JSON ({exc.msg} at character {exc.pos})", "") from None


def _error_text(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
        text = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        text = None
    text = str(text or response.text or response.reason_phrase).strip()
    return text if len(text) <= 200 else text[:197] + "..."


def _retry_after(response: httpx.Response, default: float) -> float:
    try:
        return min(60.0, max(0.0, float(response.headers.get("retry-after", ""))))
    except ValueError:
        return default


def _hint(status: int) -> str | None:
    return {401: "check llm_api_key (TIELINE_LLM_API_KEY)",
            403: "check llm_api_key (TIELINE_LLM_API_KEY)",
            404: "check llm_base_url (it usually ends in /v1) and llm_model"}.get(status)
