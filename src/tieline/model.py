"""The data model shared by every stage: plain dataclasses, no behaviour beyond identity.

Flow: readers make Documents; an extractor makes an Extraction per Document (names canonical
within the document), whose candidates (Relation, Money, Clause, Quote) become Facts through
one encoding per kind (`Extraction.facts()`); the store keeps Facts with their Evidence; the
query layer reads Facts back. Every type here round-trips through `as_dict`/`from_dict`, so it
can cross process and machine boundaries as plain JSON.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

RELATION_TYPES = (
    "partner", "invest", "supply", "use", "compete",
    "develop", "acquire", "employ", "talent_move", "sue",
)
SYMMETRIC_TYPES = frozenset({"partner", "compete"})
MODALITIES = ("asserted", "reported", "hedged", "forecast", "negated")
ENTITY_TYPES = ("ORG", "PERSON", "PRODUCT", "EVENT")
MONEY_KINDS = ("funding", "valuation", "investment", "revenue", "loss", "profit",
               "cost", "deal_value", "other")
SUPPLY_OBJECTS = ("compute", "cloud", "chips", "models", "data", "funding",
                  "distribution", "other")
CLAUSE_ACTIONS = ("end_access", "exclusivity", "revenue_share",
                  "right_of_first_refusal", "other")


def normalize_for_identity(text: str) -> str:
    """The text a document's identity is computed from: NFKC, whitespace folded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def document_id(text: str) -> str:
    return hashlib.sha256(normalize_for_identity(text).encode("utf-8")).hexdigest()


@dataclass
class Section:
    heading: str
    start: int  # character offset of the section body in Document.text
    end: int


@dataclass
class Post:
    """A social-media post embedded in an article (kept out of the body)."""
    author: str | None
    handle: str | None
    date: str | None  # YYYY-MM-DD
    text: str = ""


@dataclass
class Event:
    """A dated headline, e.g. from a related-news list."""
    date: str | None
    headline: str


@dataclass
class Document:
    text: str
    source: str  # file path plus record locator ("feed.xml#3", "dump.jsonl:12")
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_from: str | None = None  # where the date came from: header, metadata, url ...
    url: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    sections: list[Section] = field(default_factory=list)
    takeaways: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        data = dict(data)
        data["sections"] = [Section(**s) for s in data.get("sections") or []]
        data["posts"] = [Post(**p) for p in data.get("posts") or []]
        data["events"] = [Event(**e) for e in data.get("events") or []]
        return cls(**data)


@dataclass
class Evidence:
    document_id: str
    start: int  # character span of the sentence (or tighter) in Document.text
    end: int
    sentence: str
    rule: str  # id of the extractor rule that fired
    confidence: float = 0.5
    modality: str = "asserted"
    time: str | None = None
    # Filled when evidence is read back from a store: where its document came from.
    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    # What the sentence says about when the tie holds (extract/validity.py): a change
    # (weakened | ended | former, None when the tie is simply stated) and the bounds it names.
    change: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Evidence":
        return cls(**data)


@dataclass
class Entity:
    name: str  # canonical name
    type: str = "ORG"
    aliases: list[str] = field(default_factory=list)
    maker: str | None = None  # for PRODUCT: the organization that makes it, when known
    shown: str | None = None  # the type the store shows when the text's use differs from
    # `type`, the one the rules read (entities/shown.py)


@dataclass
class Relation:
    type: str
    head: str
    tail: str
    object: str | None = None
    via: str | None = None
    modality: str = "asserted"
    time: str | None = None
    evidence: Evidence | None = None


@dataclass
class Money:
    entity: str | None
    kind: str
    amount: float
    currency: str
    modality: str = "asserted"
    time: str | None = None
    evidence: Evidence | None = None


@dataclass
class Clause:
    holder: str | None
    counterparty: str | None
    action: str
    object: str | None = None
    trigger: str | None = None
    decider: str | None = None
    evidence: Evidence | None = None


@dataclass
class Quote:
    speaker: str | None
    text: str
    about: str | None = None
    event: str | None = None
    evidence: Evidence | None = None


@dataclass
class Extraction:
    """Everything extracted from one Document, names canonical within it."""
    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mention_counts: dict[str, int] = field(default_factory=dict)  # canonical name -> mentions

    def facts(self) -> list["Fact"]:
        """Every candidate with evidence as a Fact, through the one encoding of its kind."""
        items = [*self.relations, *self.money, *self.clauses, *self.quotes]
        return [fact_of(item) for item in items if item.evidence is not None]

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document.as_dict(),
                "entities": [asdict(e) for e in self.entities],
                "relations": [asdict(r) for r in self.relations],
                "money": [asdict(m) for m in self.money],
                "clauses": [asdict(c) for c in self.clauses],
                "quotes": [asdict(q) for q in self.quotes],
                "mention_counts": dict(self.mention_counts)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Extraction":
        def items(kind, key):
            return [kind(**{**d, "evidence": _evidence(d.get("evidence"))})
                    for d in data.get(key) or []]
        return cls(document=Document.from_dict(data["document"]),
                   entities=[Entity(**e) for e in data.get("entities") or []],
                   relations=items(Relation, "relations"), money=items(Money, "money"),
                   clauses=items(Clause, "clauses"), quotes=items(Quote, "quotes"),
                   mention_counts=dict(data.get("mention_counts") or {}))


def _evidence(data: dict[str, Any] | None) -> Evidence | None:
    return Evidence.from_dict(data) if data else None


# -- facts --------------------------------------------------------------------------------------
# A Fact is (kind, subject, object, attributes, modality, time) with its evidence. The
# attributes of each kind have one typed class below, and that class is the only place that
# says which fields a kind has, which of them tell two facts apart, and how it reads in words.

@dataclass(frozen=True)
class RelationAttributes:
    object: str | None = None  # what is supplied or used: compute, cloud, chips ...
    via: str | None = None  # the product the tie runs through
    IDENTITY: ClassVar[tuple[str, ...]] = ()

    def label(self) -> str:
        return ", ".join(x for x in (self.object, f"via {self.via}" if self.via else None) if x)


@dataclass(frozen=True)
class SupplyAttributes(RelationAttributes):
    IDENTITY: ClassVar[tuple[str, ...]] = ("object",)  # chips and cloud are two ties


@dataclass(frozen=True)
class MoneyAttributes:
    kind: str = "other"
    amount: float = 0.0
    currency: str = "USD"
    time: str | None = None
    IDENTITY: ClassVar[tuple[str, ...]] = ("kind", "amount", "currency", "time")

    def label(self) -> str:
        return f"{self.kind} {format_amount(self.amount, self.currency)}" \
            + (f", {self.time}" if self.time else "")


@dataclass(frozen=True)
class ClauseAttributes:
    action: str = "other"
    object: str | None = None
    trigger: str | None = None
    decider: str | None = None
    IDENTITY: ClassVar[tuple[str, ...]] = ("action", "trigger")

    def label(self) -> str:
        return "; ".join(f"{k}: {getattr(self, k)}" for k in ("action", "object", "trigger",
                                                               "decider") if getattr(self, k))


@dataclass(frozen=True)
class QuoteAttributes:
    text: str = ""
    event: str | None = None
    IDENTITY: ClassVar[tuple[str, ...]] = ("text",)

    def label(self) -> str:
        return f"“{self.text}”" + (f" at {self.event}" if self.event else "")


ATTRIBUTES: dict[str, type] = {
    **{t: RelationAttributes for t in RELATION_TYPES},
    "supply": SupplyAttributes, "use": SupplyAttributes, "employ": SupplyAttributes,
    "money": MoneyAttributes, "clause": ClauseAttributes, "quote": QuoteAttributes,
}
FACT_KINDS = (*RELATION_TYPES, "money", "clause", "quote")

Attributes = RelationAttributes | MoneyAttributes | ClauseAttributes | QuoteAttributes


def attributes_from_dict(kind: str, data: dict[str, Any] | None) -> Attributes:
    """The typed attributes of a kind from their dict form; unknown keys are ignored."""
    cls = ATTRIBUTES.get(kind, RelationAttributes)
    names = _FIELD_NAMES.get(cls) or _FIELD_NAMES.setdefault(cls, {f.name for f in fields(cls)})
    return cls(**{k: v for k, v in (data or {}).items() if k in names})


_FIELD_NAMES: dict[type, set[str]] = {}  # per attributes class: read once, used per stored fact


def attributes_as_dict(attributes: Attributes) -> dict[str, Any]:
    return asdict(attributes)


@dataclass
class Fact:
    kind: str  # a relation type, or money | clause | quote
    subject: str | None
    object: str | None
    attributes: Attributes
    modality: str = "asserted"
    time: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    # Set when read back from a store.
    id: int | None = None
    subject_type: str | None = None
    object_type: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    subject_id: int | None = None
    object_id: int | None = None
    documents: int | None = None  # distinct documents reporting it, when the reader counts them
    # World validity, as tieline.facts.validity judges the evidence: when the tie held
    # (YYYY[-MM[-DD]] or None when unknown) and its status: active | weakened | ended | disputed.
    valid_from: str | None = None
    valid_to: str | None = None
    status: str | None = None

    @property
    def identity(self) -> tuple:
        """What makes two facts one: kind, ends (sorted for symmetric kinds), and the
        attributes the kind names as identifying. Names compare by their key."""
        from .names import fold  # names imports nothing of ours; kept local to stay light
        ends = [fold(self.subject or ""), fold(self.object or "")]
        if self.kind in SYMMETRIC_TYPES:
            ends.sort()
        ident = tuple(str(getattr(self.attributes, name)).lower()
                      for name in type(self.attributes).IDENTITY)
        return (self.kind, *ends, *ident)

    @property
    def key(self) -> str:
        """The identity as the text a store keeps unique (stable across releases)."""
        return json.dumps(list(self.identity), ensure_ascii=False)

    @property
    def ends(self) -> str:
        """'Microsoft → OpenAI': the named ends of the fact."""
        return " → ".join(x for x in (self.subject, self.object) if x)

    def label(self) -> str:
        """The attributes in words, as the CLI, digest and exports show them."""
        return self.attributes.label()

    def attribute(self, name: str) -> Any:
        """One attribute by name, None when the kind has no such attribute."""
        return getattr(self.attributes, name, None)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["attributes"] = attributes_as_dict(self.attributes)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Fact":
        data = dict(data)
        data["attributes"] = attributes_from_dict(data["kind"], data.get("attributes"))
        data["evidence"] = [Evidence.from_dict(e) for e in data.get("evidence") or []]
        return cls(**data)


def fact_of(item: "Relation | Money | Clause | Quote") -> Fact:
    """The Fact an extracted candidate states (the one place candidates become facts)."""
    ev = item.evidence
    evidence = [ev] if ev else []
    confidence = ev.confidence if ev else 0.5
    modality = getattr(item, "modality", None) or (ev.modality if ev else "asserted")
    time = getattr(item, "time", None) or (ev.time if ev else None)
    if isinstance(item, Relation):
        cls = ATTRIBUTES.get(item.type, RelationAttributes)
        return Fact(item.type, item.head, item.tail, cls(object=item.object, via=item.via),
                    modality, time, confidence, evidence)
    if isinstance(item, Money):
        return Fact("money", item.entity, None,
                    MoneyAttributes(item.kind, item.amount, item.currency, item.time),
                    modality, time, confidence, evidence)
    if isinstance(item, Clause):
        return Fact("clause", item.holder, item.counterparty,
                    ClauseAttributes(item.action, item.object, item.trigger, item.decider),
                    modality, time, confidence, evidence)
    return Fact("quote", item.speaker, item.about, QuoteAttributes(item.text, item.event),
                modality, time, confidence, evidence)


def format_amount(amount: float | None, currency: str | None) -> str:
    """6.6 billion USD: a figure with its scale word and currency."""
    if amount is None:
        return "?"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(amount) >= scale:
            return f"{amount / scale:,.4g} {word} {currency or ''}".strip()
    return f"{amount:,.4g} {currency or ''}".strip()
