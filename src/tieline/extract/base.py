"""The extractor interface: a stream of Documents in, one Extraction per document out.

The rule-based extractor is the default; others (an LLM-backed one) implement the same
protocol and are chosen by name through `Settings.extractor`. Extractors never touch the
store: names in their Extractions are canonical within the document only.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable, Iterable, Iterator, Protocol, runtime_checkable

from ..errors import BadInput
from ..model import Document, Extraction

Progress = Callable[[Document], None]
OnError = Callable[[Document, Exception], None]


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, documents: Iterable[Document], *, progress: Progress | None = None,
                on_error: OnError | None = None) -> Iterator[Extraction]:
        """One Extraction per document, in input order. A document whose extraction fails is
        passed to `on_error` and skipped; without `on_error` the exception propagates.
        `progress` is called once per document, extracted or not."""
        ...


# name -> "module:factory"; a factory takes a Settings and returns an Extractor. Imported only
# when chosen, so naming an extractor never loads another one's models.
REGISTRY: dict[str, str] = {}


def register(name: str, target: str) -> None:
    REGISTRY[name] = target


def get_extractor(settings, **options) -> Extractor:
    """The extractor `settings.extractor` names, built from the settings."""
    target = REGISTRY.get(settings.extractor)
    if target is None:
        raise BadInput(f"unknown extractor {settings.extractor!r}",
                       hint="known: " + ", ".join(sorted(REGISTRY)))
    module, _, factory = target.partition(":")
    return getattr(import_module(module), factory)(settings, **options)


def describe_error(exc: BaseException) -> str:
    """An extraction error as a person reads it: its text, or its type when it has none
    (a bare StopIteration or KeyError('') would otherwise print as nothing)."""
    text = str(exc).strip()
    return text if text.strip("'\"") else type(exc).__name__


# The optional LLM-backed extractors (extract/llm/); they need llm_base_url and llm_model.
register("llm", "tieline.extract.llm.extractor:LLMExtractor")
register("rules+verify", "tieline.extract.llm.verifier:VerifyExtractor")
