"""The query layer: read-only functions over a Store connection, returning plain dicts and lists.

The CLI calls these now; an HTTP API or web UI would call the same functions. Each takes a
connection from `Store.connect()` and raises EntityNotFound (with close matches) for an unknown
name, and QueryError (ScenarioError for a what-if) for a request it cannot answer as asked.
"""
from .depends import concentration, dependents, depends
from .digest import digest
from .entities import EntityNotFound, find_entity, list_entities
from .export import FORMATS as EXPORT_FORMATS, export
from .facts import QueryError, fact_rows, stats
from .graph import DependencyGraph
from .profile import entity_summary
from .relationship import relationship
from .render import html_page, markdown
from .whatif import ScenarioError, parse_scenario, whatif

__all__ = ["DependencyGraph", "EXPORT_FORMATS", "EntityNotFound", "QueryError",
           "ScenarioError", "concentration", "dependents", "depends", "digest",
           "entity_summary", "export", "fact_rows", "find_entity", "html_page", "list_entities",
           "markdown", "parse_scenario", "relationship", "stats", "whatif"]
