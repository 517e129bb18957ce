"""The data model shared by every stage: plain dataclasses, no behaviour beyond identity.

Flow: readers make Documents; extract makes an Extraction per Document (names already
canonical within the document); the store turns Extraction facts into Fact rows with
Evidence; the query layer reads Facts back.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

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


@dataclass
class Entity:
    name: str  # canonical name
    type: str = "ORG"
    aliases: list[str] = field(default_factory=list)
    maker: str | None = None  # for PRODUCT: the organization that makes it, when known


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
