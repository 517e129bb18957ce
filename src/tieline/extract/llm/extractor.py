"""The "llm" extractor: a model proposes the facts of each document, and only those whose
evidence is found in the document are kept (answers.py).

1. Each document is cut into chunks of whole sentences with some overlap (sentences.py).
2. Each chunk is one request (client.py): prompt extract.<version>.md, structured output with
   EXTRACT_SCHEMA, cached by model, prompt version and text. Chunks of several documents are
   asked concurrently; Extractions come back in input order.
3. The validated answers of a document become one Extraction; a chunk that gets no usable
   answer fails the whole document (reported to `on_error`, not stored, so a re-run retries it
   and the chunks that did answer come from the cache).
"""
from __future__ import annotations

from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Iterable, Iterator

from ...errors import BadInput
from ...model import Document, Extraction
from . import prompts
from .answers import Builder
from .cache import Cache
from .client import ChatClient
from .schema import EXTRACT_SCHEMA
from .sentences import Chunk, chunks


def client_from_settings(settings, backoff: float = 1.0) -> ChatClient:
    """The endpoint the settings name; a clear error when none is configured."""
    if not settings.llm_base_url or not settings.llm_model:
        missing = [n for n, v in (("llm_base_url", settings.llm_base_url),
                                  ("llm_model", settings.llm_model)) if not v]
        raise BadInput(f"the {settings.extractor!r} extractor needs an LLM endpoint: "
                       f"{' and '.join(missing)} not set",
                       hint="set TIELINE_LLM_BASE_URL (e.g. http://localhost:11434/v1 for "
                            "Ollama) and TIELINE_LLM_MODEL, or llm_base_url and llm_model in "
                            "a settings file")
    return ChatClient(settings.llm_base_url, settings.llm_model,
                      api_key=settings.llm_api_key, timeout=settings.llm_timeout,
                      concurrency=settings.llm_concurrency, retries=settings.llm_retries,
                      backoff=backoff, cache=Cache.from_setting(settings.llm_cache_dir))


def describe(usage: dict[str, int]) -> str:
    """One line for a run's summary: what the model calls cost and what was thrown away."""
    parts = [f"{usage['requests']} request{'s' * (usage['requests'] != 1)}",
             f"{usage['tokens_in']:,} tokens in, {usage['tokens_out']:,} out",
             f"{usage['cache_hits']} cached", f"{usage['failures']} failed"]
    extra = {"dropped_ungrounded": "facts dropped as ungrounded",
             "dropped_unknown_names": "dropped for names not in the text",
             "confirmed": "rule facts confirmed", "rejected": "rejected"}
    parts += [f"{usage[k]} {words}" for k, words in extra.items() if k in usage]
    return "llm: " + ", ".join(parts)


@contextmanager
def request_pool(width: int) -> Iterator[ThreadPoolExecutor]:
    """Threads for requests. When the caller stops early (an error, Ctrl-C, a closed
    generator), requests not yet sent are cancelled instead of waited for."""
    pool = ThreadPoolExecutor(max_workers=width, thread_name_prefix="tieline-llm")
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def in_order(asked: Iterable[tuple], finish, width: int) -> Iterator[Extraction]:
    """Yield `finish(*entry)` for each entry of `asked` in input order, keeping at most
    2 × width entries in flight, so a corpus never queues up in memory."""
    window: deque = deque()
    for entry in asked:
        window.append(entry)
        while len(window) > 2 * width:
            yield from finish(*window.popleft())
    while window:
        yield from finish(*window.popleft())


class LLMExtractor:
    name = "llm"

    def __init__(self, settings, *, client: ChatClient | None = None, **_options):
        self.settings = settings
        self.prompt = prompts.load("extract", settings.llm_prompt_version)
        self.client = client or client_from_settings(settings)
        self.dropped: Counter = Counter()

    def usage(self) -> dict[str, int]:
        """Requests, tokens in and out, cache hits, failures and dropped facts so far."""
        return {**self.client.usage.as_dict(),
                "dropped_ungrounded": self.dropped["ungrounded"],
                "dropped_unknown_names": self.dropped["unknown names"]}

    def summary(self) -> str:
        return describe(self.usage())

    def extract(self, documents: Iterable[Document], *, progress=None,
                on_error=None) -> Iterator[Extraction]:
        width = max(1, self.settings.llm_concurrency)
        with request_pool(width) as pool:
            asked = ((doc, [(c, pool.submit(self._ask, doc, c))
                            for c in chunks(doc.text, self.settings.llm_chunk_chars,
                                            self.settings.llm_chunk_overlap)])
                     for doc in documents)
            yield from in_order(asked, lambda doc, futures: self._finish(
                doc, futures, progress, on_error), width)

    def _ask(self, doc: Document, chunk: Chunk) -> dict:
        values = {"text": doc.text[chunk.start:chunk.end], "title": doc.title or "(none)",
                  "published": doc.published or "(date unknown)"}
        label = f"for {doc.source}" + (f" (part {chunk.index} of {chunk.of})"
                                       if chunk.of > 1 else "")
        return self.client.ask(self.prompt, values, EXTRACT_SCHEMA, label=label)

    def _finish(self, doc: Document, asked: list[tuple[Chunk, Future]], progress,
                on_error) -> Iterator[Extraction]:
        try:
            builder = Builder(doc, self.prompt.rule)
            for chunk, future in asked:
                builder.add(future.result(), chunk)
            self.dropped.update(builder.dropped)
            extraction = builder.result()
        except Exception as exc:  # noqa: BLE001 - handed to the caller, who decides
            if on_error is None:
                raise
            on_error(doc, exc)
            extraction = None
        if progress is not None:
            progress(doc)
        if extraction is not None:
            yield extraction
