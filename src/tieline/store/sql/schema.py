"""Table definitions (SQLAlchemy Core) for the current schema version.

The DDL that creates and evolves these tables lives in migrations.py; a test checks that a
freshly migrated file matches these definitions, so the two cannot drift apart. A column
typed JSONText is JSON: text in SQLite, JSONB in PostgreSQL (migrations.py translates it).
"""
from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Integer, LargeBinary, MetaData, Table, Text

from .dialect import JSONText

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Text, primary_key=True),  # sha256 of the normalized text
    Column("title", Text),
    Column("published", Text),  # YYYY-MM-DD
    Column("published_from", Text),
    Column("url", Text),
    Column("author", Text),
    Column("site", Text),
    Column("language", Text),
    Column("source", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("meta", JSONText),  # JSON: sections, takeaways, reader extras
    Column("status", Text, nullable=False),  # extracted | not-english
    Column("ingested_at", Text, nullable=False),
)

document_sources = Table(
    "document_sources", metadata,
    Column("document_id", Text, ForeignKey("documents.id"), primary_key=True),
    Column("source", Text, primary_key=True),
    Column("url", Text),
    Column("match", Text, nullable=False),  # original | exact | near
    Column("seen_at", Text, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("type", Text, nullable=False),
    Column("type_votes", JSONText, nullable=False),  # JSON {type: count}: types voted across documents
    Column("maker_id", Integer, ForeignKey("entities.id")),  # for products
)

aliases = Table(
    "aliases", metadata,
    Column("key", Text, primary_key=True),  # folded form used for lookup
    Column("alias", Text, nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("entity_id", Integer, ForeignKey("entities.id"), primary_key=True),
    Column("document_id", Text, ForeignKey("documents.id"), primary_key=True),
    Column("count", Integer, nullable=False),
)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),  # identity: kind, ends, identifying attrs
    Column("kind", Text, nullable=False),  # a relation type, or money | clause | quote
    Column("subject_id", Integer, ForeignKey("entities.id")),
    Column("object_id", Integer, ForeignKey("entities.id")),
    Column("attributes", JSONText, nullable=False),  # JSON
    Column("modality", Text, nullable=False),  # of the most recent evidence
    Column("time", Text),
    Column("first_seen", Text),  # publication date of the earliest report (None: undated)
    Column("last_seen", Text),
    Column("valid_from", Text),  # world validity judged from every report (tieline.facts)
    Column("valid_to", Text),
    Column("status", Text),  # active | weakened | ended | disputed
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("fact_id", Integer, ForeignKey("facts.id"), nullable=False),
    Column("document_id", Text, ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("modality", Text, nullable=False),
    Column("time", Text),
    Column("cue", Text),  # weakened | ended | former: what the sentence says of the tie
    Column("valid_from", Text),  # bounds the sentence names ("since 2019", "ended in March")
    Column("valid_to", Text),
)

posts = Table(
    "posts", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Text, ForeignKey("documents.id"), nullable=False),
    Column("author", Text),
    Column("handle", Text),
    Column("date", Text),
    Column("text", Text, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Text, ForeignKey("documents.id"), nullable=False),
    Column("date", Text),
    Column("headline", Text, nullable=False),
)

document_signatures = Table(
    "document_signatures", metadata,
    Column("document_id", Text, ForeignKey("documents.id"), primary_key=True),
    Column("words_key", Text, nullable=False),  # hash of the lower-cased words: exact copies
    Column("minhash", LargeBinary, nullable=False),  # datasketch LeanMinHash, serialized
)

watches = Table(
    "watches", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("entity", Text, nullable=False),  # the name as given; looked up on every run
    Column("kinds", Text),  # comma-separated fact kinds, NULL for all
    Column("min_confidence", Float),
    Column("webhook", Text),
    Column("secret", Text),  # HMAC-SHA256 key of the webhook signature
    Column("atom", Text),  # path of the Atom file written on every run
    Column("created_at", Text, nullable=False),
)

watch_changes = Table(
    "watch_changes", metadata,
    Column("id", Integer, primary_key=True),
    Column("watch_id", Integer, ForeignKey("watches.id"), nullable=False),
    Column("change_id", Text, nullable=False),
    Column("date", Text),
    Column("body", Text, nullable=False),  # the change as JSON
    Column("detected_at", Text, nullable=False),
    Column("delivered_at", Text),  # webhook POST accepted (NULL: pending or no webhook)
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
)

feed_state = Table(
    "feed_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False),  # consecutive failed polls: the backoff step
    Column("retry_after", Text),
    Column("last_error", Text),
    Column("checked_at", Text),
)

document_bands = Table(
    "document_bands", metadata,
    Column("band", Integer, primary_key=True),  # which band of the MinHash signature
    Column("bucket", Text, primary_key=True),  # hash of the band's values
    Column("document_id", Text, ForeignKey("documents.id"), primary_key=True),
)
