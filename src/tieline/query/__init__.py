"""The query layer: domain logic over the store interface, returning typed results.

The CLI calls these; an HTTP API or web UI would call the same functions. Each takes a Store
(tieline.store.base.Store; no SQL here) and returns model types (Fact, Evidence) or result
dataclasses whose `as_dict()` is their JSON form. An unknown name raises EntityNotFound (a
NotFound with close matches); a request that cannot be answered as asked raises BadInput
(ScenarioError for a what-if).
"""
from ..errors import BadInput, NotFound, ScenarioError
from .confidence import Confident, held_back, held_back_capped
from .depends import concentration, dependents, depends
from .digest import Digest, digest
from .entities import EntityNotFound, find_entity, list_entities
from .export import FORMATS as EXPORT_FORMATS, export
from .facts import Stats, fact_rows, stats
from .graph import DependencyGraph
from .plain import plain
from .profile import Profile, entity_summary
from .relationship import Period, Relationship, periods_of, relationship
from .render import html_page, markdown
from .whatif import clause_between, parse_scenario, whatif

__all__ = ["BadInput", "Confident", "DependencyGraph", "Digest", "EXPORT_FORMATS",
           "EntityNotFound", "NotFound", "Profile", "Relationship", "ScenarioError", "Stats", "clause_between",
           "concentration", "dependents", "depends", "digest", "entity_summary", "export",
           "fact_rows", "find_entity", "held_back", "held_back_capped", "html_page", "list_entities", "markdown",
           "parse_scenario", "plain", "relationship", "stats", "whatif"]
