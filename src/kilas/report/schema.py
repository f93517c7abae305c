"""The JSON Schema of the briefing, derived from the records so it cannot drift.

``docs/briefing-schema.json`` is this schema, written by
``python -m kilas.report.schema``; a test checks the file is current and that a
real briefing validates against it.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from kilas.model import SCHEMA_VERSION, Briefing, Record

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
}


def _type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return {"anyOf": [_type(members[0], defs), {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type(typing.get_args(hint)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type(typing.get_args(hint)[1], defs)}
    if isinstance(hint, type) and issubclass(hint, Record):
        _define(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    return dict(_SCALARS[hint])


def _define(cls: type[Record], defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n")[0],
        "properties": {f.name: _type(hints[f.name], defs) for f in fields},
        "required": [
            f.name
            for f in fields
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ],
        "additionalProperties": False,
    }


def briefing_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of ``kilas brief --format json``."""
    defs: dict[str, Any] = {}
    _define(Briefing, defs)
    root = defs.pop("Briefing")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"kilas briefing, schema version {SCHEMA_VERSION}",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


if __name__ == "__main__":
    print(json.dumps(briefing_schema(), ensure_ascii=False, indent=2))
