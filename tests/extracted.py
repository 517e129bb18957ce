"""What the rules extract from one invented sentence, in the shapes the rule tests compare:
relations keyed by (type, head, tail) (symmetric kinds with their ends sorted), the facts of
one kind keyed by (head, tail), and money figures as (owner, kind, amount)."""
from __future__ import annotations

from spacy.tokens import Span

from tieline.extract import extract
from tieline.extract.lexicon import place_names
from tieline.extract.wordlists import load
from tieline.extract.money import extract_money
from tieline.extract.entities import DocEntities
from tieline.model import SYMMETRIC_TYPES, Document


def relations(nlp, text: str, published: str | None = "2024-05-01") -> dict[tuple, str]:
    """(type, head, tail) -> modality of every relation extracted from text."""
    doc = Document(text=text, source="test", published=published)
    return {(r.type, *(sorted((r.head, r.tail)) if r.type in SYMMETRIC_TYPES
                       else (r.head, r.tail))): r.modality
            for r in extract(doc, nlp(text)).relations}


def of_kind(nlp, text: str, kind: str) -> dict[tuple[str, str], str]:
    """(head, tail) -> modality of every `kind` relation extracted from text."""
    return {(head, tail): modality for (t, head, tail), modality in relations(nlp, text).items()
            if t == kind}


def money(nlp, text: str, published: str | None = None) -> list:
    sdoc = nlp(text)
    return extract_money(sdoc, DocEntities(sdoc), Document(text, "test", published=published))


def money_facts(nlp, text: str, published: str | None = None) -> set[tuple]:
    """(owner, kind, amount) of every money figure extracted from text."""
    return {(m.entity, m.kind, m.amount) for m in money(nlp, text, published)}


def typed_as(nlp, text: str, labels: dict[str, str], rewire=None) -> dict[str, str]:
    """Entity types of text with every occurrence of each name in `labels` labelled so by the
    tagger (the shape it gives such names in real news); `rewire` may reshape the parse
    first."""
    sdoc = nlp(text)
    if rewire is not None:
        rewire(sdoc)
    relabel(sdoc, labels)
    return {e.name: e.type for e in DocEntities(sdoc).entities.values()}


def relabel(sdoc, labels: dict) -> None:
    """Label every occurrence of each name in `labels` so, as the tagger would; a list of
    labels gives the occurrences theirs in turn (the last for the rest). A name inside one
    labelled before it keeps that label ("Tamsin" after "Tamsin Shipping")."""
    spans = []
    for name, label in labels.items():
        words, k, seen = name.split(), 0, 0
        turns = [label] if isinstance(label, str) else label
        while k < len(sdoc):
            inside = any(s.start <= k < s.end for s in spans)
            if [t.text for t in sdoc[k:k + len(words)]] == words and not inside:
                spans.append(Span(sdoc, k, k + len(words), label=turns[min(seen, len(turns) - 1)]))
                k, seen = k + len(words), seen + 1
            else:
                k += 1
    others = [e for e in sdoc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    sdoc.ents = sorted(others + spans, key=lambda e: e.start)


def known_places(monkeypatch, *names: str):
    """Invented country names join the known place names for one test, as a real country's
    name is one (use from an autouse fixture: `yield from known_places(monkeypatch, "Norland")`)."""
    lexicon = load("lexicon")
    monkeypatch.setitem(lexicon, "extra_places", lexicon["extra_places"] + list(names))
    place_names.cache_clear()
    yield
    monkeypatch.undo()
    place_names.cache_clear()
