"""`tieline ingest --engine ray`: read, sign and extract on Ray Data; resolve and store here.

The map runs on the cluster: the inputs' files are read as a dataset (one read task per file),
cut into blocks of BLOCK_DOCS documents, and an actor pool extracts them; each actor builds its
extractor once (the rules extractor loads the spaCy model once per actor) and computes the
near-duplicate signature beside it. Results come back in input order (preserve_order) to the
reduce in this process, the same one the local engine runs (ingest._Run), so canonical names,
duplicates and stored rows are those of a local run whatever the partitioning. An actor that
dies is restarted and its batch retried (Ray Data creates map actors with max_restarts=-1 and
max_task_retries=-1; tests/test_ray_ingest.py kills one); a retried batch's rows reach the
reduce once, and the store's upserts are keyed by document anyway.

Without an address a local runtime is started with `workers` CPUs; with one (or RAY_ADDRESS)
the run joins that cluster, whose nodes need tieline installed.
"""
from __future__ import annotations

import logging
import os
import pickle
from dataclasses import asdict, replace
from pathlib import Path

from datasketch import LeanMinHash

from ..extract import describe_error, get_extractor
from ..model import Document, Extraction
from ..readers import Problem, ReaderOptions, expand, read_file
from ..readers.dedup import Deduplicator, serialize
from ..settings import Settings

BLOCK_DOCS = 16  # documents per block: small enough to spread a single file over the actors
FAULT_ENV = "TIELINE_RAY_FAULT"  # "N:MARKER": an actor exits after N documents, once (tests)


def start_runtime(address: str | None = None, workers: int = 2) -> None:
    """Join the cluster at address (or RAY_ADDRESS), else start a quiet local runtime with
    `workers` CPUs; a runtime already started in this process is reused."""
    import ray

    if ray.is_initialized():
        return
    address = address or os.environ.get("RAY_ADDRESS")
    quiet = dict(logging_level=logging.WARNING, log_to_driver=False,
                 configure_logging=True)
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=max(1, workers), include_dashboard=False, **quiet)


def extract_on_ray(paths: list[str], run, options: ReaderOptions, settings: Settings, *,
                   workers: int = 2, address: str | None = None) -> None:
    """Steps 2-4 on Ray, feeding each result to `run` (ingest._Run) in input order."""
    import ray.data

    actors = max(1, workers)
    start_runtime(address, actors)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    inputs = [{"item": pickle.dumps(item)} for item in expand(paths, options.own_files)]
    if not inputs:
        return
    read = ray.data.from_items(inputs).flat_map(_read, fn_kwargs={"options": options})
    read = read.materialize()
    count = read.count()
    if not count:
        return
    # materialized before the actors start: they hold every CPU, and the split needs tasks
    blocks = read.repartition(max(1, -(-count // BLOCK_DOCS))).materialize()
    fault = os.environ.get(FAULT_ENV)
    extracted = blocks.map_batches(
        ExtractActor, fn_constructor_kwargs={"settings": settings, "options": options,
                                             "fault": fault},
        batch_size=BLOCK_DOCS, compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1)
    for row in extracted.iter_rows():
        reduce_row(run, pickle.loads(row["data"]))


def reduce_row(run, item: dict) -> None:
    """One result of the map, through the local engine's reduce."""
    if item["kind"] == "problem":
        run.admit(Problem(**item["problem"]))
        return
    doc = Document.from_dict(item["document"])
    signed = (item["key"], LeanMinHash.deserialize(item["minhash"]))
    if run.admit(doc, signed) is None:
        return
    if item["error"] is not None:
        run.failed(doc, RuntimeError(item["error"]))
    else:
        run.add(Extraction.from_dict({**item["extraction"], "document": item["document"]}))


def _read(row: dict, options: ReaderOptions) -> list[dict]:
    """One input (a file, or a Problem from expanding the paths) to rows of Documents."""
    item = pickle.loads(row["item"])
    items = [item] if isinstance(item, Problem) else read_file(Path(item), options)
    return [{"data": pickle.dumps(("problem", asdict(it)) if isinstance(it, Problem)
                                  else ("document", it.as_dict()))} for it in items]


class ExtractActor:
    """Builds the extractor once; signs and extracts each batch of documents."""

    def __init__(self, settings: Settings, options: ReaderOptions, fault: str | None = None):
        self.extractor = get_extractor(replace(settings, workers=1))  # one actor, one core
        self.dedup = Deduplicator.from_options(options)
        self.fault = fault
        self.done = 0

    def __call__(self, batch: dict) -> dict:
        items = [pickle.loads(data) for data in batch["data"]]
        docs = [Document.from_dict(d) for kind, d in items if kind == "document"]
        english = [d for d in docs if d.language in (None, "en")]
        errors: dict[str, str] = {}
        found = {ex.document.id: ex for ex in self.extractor.extract(
            english, on_error=lambda d, exc: errors.setdefault(d.id, describe_error(exc)))}
        out, documents = [], iter(docs)
        for kind, data in items:
            if kind == "problem":
                out.append({"kind": "problem", "problem": data})
                continue
            out.append(self._result(next(documents), found, errors))
        self._maybe_fail(len(docs))
        return {"data": [pickle.dumps(o) for o in out]}

    def _result(self, doc: Document, found: dict, errors: dict) -> dict:
        key, signature = self.dedup.sign(doc.text)
        extraction = found.get(doc.id)
        extracted = extraction.as_dict() if extraction is not None else None
        if extracted is not None:
            del extracted["document"]  # sent once, beside it
        return {"kind": "document", "document": doc.as_dict(), "key": key,
                "minhash": serialize(signature), "extraction": extracted,
                "error": errors.get(doc.id)}

    def _maybe_fail(self, documents: int) -> None:
        """The test hook: FAULT_ENV "N:MARKER" kills the first actor past N documents (its
        batch is lost and retried); the marker file makes it happen once per run."""
        if not self.fault:
            return
        after, _, marker = self.fault.partition(":")
        self.done += documents
        if self.done >= int(after) and not os.path.exists(marker):
            Path(marker).touch()
            os._exit(1)
