"""The rules extractor's "parse -> extract" loop over a stream of Documents.

`tieline.extract.rules.RulesExtractor` runs it for ingest, `tieline extract` and `tieline eval`.
With one process, documents go through `nlp.pipe` in batches here. With several, each worker
process loads the model once and does both parsing and extraction for a batch, so the
extractors run in parallel too; only plain Extraction dataclasses travel back.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice
from multiprocessing import spawn
from typing import Callable, Iterable, Iterator

from . import parse
from .extract.document import extract
from .model import Document, Extraction
from .settings import Settings

# Defaults from Settings (parse_batch_size, worker_parse_batch_size). spaCy's working memory
# grows with the batch; over 300 BBC articles in one process, batches of 16 took 0.6-0.9 CPU s
# less than batches of 4 (about 20 s in all) for a peak of about 295 MB against 210 MB.
BATCH_SIZE = Settings.parse_batch_size
WORKER_PIPE_BATCH = Settings.worker_parse_batch_size
MAIN_PATH_ENV = "TIELINE_FORKSERVER_MAIN"  # read by run/preload.py
READ_AHEAD = 256  # documents read at most while the workers start


def extract_documents(
    documents: Iterable[Document],
    progress: Callable[[Document], None] | None = None,
    on_error: Callable[[Document, Exception], None] | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    worker_batch: int = WORKER_PIPE_BATCH,
    parse_all: bool = True,
) -> Iterator[Extraction]:
    """Parse documents with spaCy in batches and yield one Extraction each, in input order.

    `progress` is called after each document. When `on_error` is given, a document whose
    extraction raises is reported to it and skipped, so one bad text does not stop the run;
    without it the exception propagates. `n_process` > 1 spreads the work over that many
    worker processes, each parsing `worker_batch` documents at a time. Without `parse_all`,
    only the sentences that can hold a fact are tagged and parsed (`tieline.parse`,
    experimental).
    """
    if n_process > 1:
        results = _in_workers(documents, batch_size, n_process, worker_batch, parse_all)
    else:
        pairs = ((doc.text, doc) for doc in documents)
        results = ((doc, _extract_one(doc, sdoc))
                   for sdoc, doc in _pipe(parse.load(parse_all), pairs, batch_size))
    for doc, outcome in results:
        if isinstance(outcome, Exception):
            if on_error is None:
                raise outcome
            on_error(doc, outcome)
        if progress is not None:
            progress(doc)
        if isinstance(outcome, Extraction):
            yield outcome


def _extract_one(doc: Document, sdoc) -> Extraction | Exception:
    try:
        return extract(doc, sdoc)
    except Exception as exc:  # noqa: BLE001 - handed to the caller, who decides
        return exc


def _pipe(parser, pairs, batch_size: int):
    """(parsed, document) pairs of (text, document) pairs, in order."""
    for chunk in _batches(pairs, batch_size):
        yield from zip(parser.pipe([text for text, _ in chunk], batch_size=batch_size),
                       (doc for _, doc in chunk))


def _work(batch: list[Document], worker_batch: int,
          parse_all: bool = True) -> list[tuple[Document, Extraction | Exception]]:
    parser = parse.load(parse_all)
    texts = [d.text for d in batch]
    return [(doc, _extract_one(doc, sdoc))
            for doc, sdoc in zip(batch, parser.pipe(texts, batch_size=worker_batch))]


def _start_worker() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, workers stay quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parse.load(Settings.load().parse_all_sentences)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


@contextmanager
def _main_preloaded():
    """Tell the fork server (run/preload.py) which main module to import once for all workers.

    A parent started as a script (the `tieline` console script, a bench) has every worker
    import that script again before it runs (about 1 CPU s each). The fork server's own
    "__main__" preload would import it once, but Python before 3.13.1 never hands it the
    script's path (the key it reads is not the one it is given), so the path travels in the
    environment the fork server is started with.
    """
    path = spawn.get_preparation_data("main").get("init_main_from_path")
    if path is None or MAIN_PATH_ENV in os.environ:
        yield
        return
    os.environ[MAIN_PATH_ENV] = path
    try:
        yield
    finally:
        os.environ.pop(MAIN_PATH_ENV, None)


@contextmanager
def _unreadable_main_hidden():
    """A parent fed its script on stdin (`python -`) has a main "file" named "<stdin>". Every
    worker would try to run that path before its first task, fail, and be started again
    forever (Python's multiprocessing does not check); with the name hidden while the pool
    lives, workers skip the main module, which they cannot import anyway."""
    main = sys.modules["__main__"]
    path = getattr(main, "__file__", None)
    if path is None or os.path.exists(path):
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def _in_workers(documents, batch_size: int, n_process: int, worker_batch: int, parse_all: bool):
    # Not a plain fork: the parent may run threads (the progress display) that fork would copy
    # mid-lock. A fork server is a clean single-threaded process started once per parent
    # process; it loads the model (run/preload.py) and every worker is forked from it.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", "tieline.run.preload"])
    # a task is one parse batch at most; small tasks keep every worker busy to the end
    small = max(1, min(worker_batch, batch_size // n_process))
    batches = _batches(documents, small)
    # Pool.imap would read the whole input ahead; a bounded window keeps memory flat.
    window: deque = deque()
    with _unreadable_main_hidden():
        starting = _pool_starting(context, n_process)
        early = _read_while_starting(starting, batches, max(1, READ_AHEAD // small))
        with starting.result() as pool:
            for batch in chain(early, batches):
                window.append(pool.apply_async(_work, (batch, worker_batch, parse_all)))
                if len(window) >= 2 * n_process:
                    yield from window.popleft().get()
            while window:
                yield from window.popleft().get()


def _pool_starting(context, n_process: int) -> Future:
    """The pool, started in a thread: its fork server spends a second or more loading the
    model on one core, and meanwhile this process reads, checks and deduplicates the first
    documents on the other instead of waiting."""
    executor = ThreadPoolExecutor(1)
    starting = executor.submit(_new_pool, context, n_process)
    executor.shutdown(wait=False)  # its thread ends once the pool is up
    return starting


def _new_pool(context, n_process: int):
    with _main_preloaded():  # the fork server starts with the pool's first worker
        return context.Pool(n_process, initializer=_start_worker)


def _read_while_starting(starting: Future, batches: Iterator[list], limit: int) -> list[list]:
    """Up to `limit` batches read before the pool is up (bounded: memory stays flat)."""
    early: list[list] = []
    try:
        while not starting.done() and len(early) < limit:
            if (batch := next(batches, None)) is None:
                break
            early.append(batch)
    except BaseException:
        starting.result().terminate()  # an input error or Ctrl-C: no pool left behind
        raise
    return early
