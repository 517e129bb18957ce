"""The JSON schemas the model must answer in, built from the closed sets in tieline.model, and
a validator for the small part of JSON Schema they use.

The schema goes to the endpoint as structured output (`response_format`), so a server that
constrains decoding cannot leave our sets; the validator checks the answer again here, because
not every server honours the request. Nothing outside the schema is accepted or repaired.
"""
from __future__ import annotations

import re
from typing import Any

from ...model import (CLAUSE_ACTIONS, ENTITY_TYPES, MODALITIES, MONEY_KINDS, RELATION_TYPES,
                      SUPPLY_OBJECTS)

TEXT = {"type": "string"}
OPTIONAL_TEXT = {"type": ["string", "null"]}
TIME = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
OBJECT_TYPES = ("supply",)  # relation types whose `object` is one of SUPPLY_OBJECTS


def _enum(values) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    # Strict structured output wants every property required and no others.
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


def _relation(types, obj: dict[str, Any]) -> dict[str, Any]:
    return _object({"type": _enum(types), "head": TEXT, "tail": TEXT, "object": obj,
                    "via": OPTIONAL_TEXT, "modality": _enum(MODALITIES), "time": TIME,
                    "evidence": TEXT})


EXTRACT_SCHEMA: dict[str, Any] = _object({
    "entities": _list(_object({"name": TEXT, "type": _enum(ENTITY_TYPES),
                               "aliases": _list(TEXT)})),
    "relations": _list({"anyOf": [
        _relation(OBJECT_TYPES, {"anyOf": [_enum(SUPPLY_OBJECTS), {"type": "null"}]}),
        _relation([t for t in RELATION_TYPES if t not in OBJECT_TYPES], OPTIONAL_TEXT),
    ]}),
    "money": _list(_object({"entity": OPTIONAL_TEXT, "kind": _enum(MONEY_KINDS),
                            "amount": {"type": "number"},
                            "currency": {"type": "string", "pattern": r"^[A-Z]{3}$"},
                            "modality": _enum(MODALITIES), "time": TIME, "evidence": TEXT})),
    "clauses": _list(_object({"holder": OPTIONAL_TEXT, "counterparty": OPTIONAL_TEXT,
                              "action": _enum(CLAUSE_ACTIONS), "object": OPTIONAL_TEXT,
                              "trigger": OPTIONAL_TEXT, "decider": OPTIONAL_TEXT,
                              "evidence": TEXT})),
    "quotes": _list(_object({"speaker": OPTIONAL_TEXT, "text": TEXT, "about": OPTIONAL_TEXT})),
})

VERIFY_SCHEMA: dict[str, Any] = _object({
    "verdicts": _list(_object({"id": {"type": "integer"},
                               "verdict": _enum(("confirm", "reject")),
                               "reason": TEXT})),
})


class SchemaError(ValueError):
    """An answer that does not fit the schema; the message says where and why."""

    def __init__(self, problem: str, where: str = "$"):
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


_TYPES = {"object": dict, "array": list, "string": str, "integer": int,
          "number": (int, float), "boolean": bool, "null": type(None)}


def validate(value: Any, schema: dict[str, Any], where: str = "$") -> None:
    """Raise SchemaError at the first place `value` breaks `schema` (the subset used above:
    type, enum, pattern, properties, required, additionalProperties, items, anyOf)."""
    if "anyOf" in schema:
        errors: list[SchemaError] = []
        for option in schema["anyOf"]:
            try:
                return validate(value, option, where)
            except SchemaError as exc:
                errors.append(exc)
        # the options that got furthest into the value say what is wrong
        deepest = max(len(e.where) for e in errors)
        problems = dict.fromkeys(e.problem for e in errors if len(e.where) == deepest)
        raise SchemaError("; or ".join(problems), next(e.where for e in errors
                                                       if len(e.where) == deepest))
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        ok = any(isinstance(value, _TYPES[k]) and not (isinstance(value, bool) and k != "boolean")
                 for k in kinds)
        if not ok:
            raise SchemaError(f"expected {' or '.join(kinds)}, got {_show(value)}", where)
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaError(f"{_show(value)} is not one of {', '.join(schema['enum'])}", where)
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        raise SchemaError(f"{_show(value)} does not match {schema['pattern']}", where)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                raise SchemaError(f"missing {name!r}", where)
        if schema.get("additionalProperties") is False:
            extra = sorted(set(value) - set(properties))
            if extra:
                raise SchemaError(f"unexpected {extra[0]!r}", where)
        for name, sub in properties.items():
            if name in value:
                validate(value[name], sub, f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{where}[{i}]")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
