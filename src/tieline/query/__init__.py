"""The query layer: read-only functions over a Store, returning plain dicts and lists.

The CLI calls these now; an HTTP API or web UI would call the same functions.
"""
from .entities import EntityNotFound, entity_summary, find_entity, list_entities
from .facts import fact_rows, relationship, stats

__all__ = ["EntityNotFound", "entity_summary", "fact_rows", "find_entity", "list_entities",
           "relationship", "stats"]
