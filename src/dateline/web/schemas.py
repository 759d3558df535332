"""JSON Schemas of the public records, derived from the dataclasses of :mod:`dateline.model`.

The API serves records as :func:`dateline.model.to_json` writes them (the ``dateline/1`` contract), not
as pydantic would serialise the dataclasses (``SpeechCue.cue_class`` is ``class`` in JSON), so their
schemas are read from the same field list and type hints that ``to_json`` walks: a field added to a record
appears in ``/openapi.json`` without anyone editing a schema by hand, and the schema cannot drift from what
the handlers send. Every field is required because ``to_json`` always writes every field.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Union

from .. import model

Schema = dict[str, Any]
REF = "#/components/schemas/"

_SCALARS: dict[Any, Schema] = {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"},
                               bool: {"type": "boolean"}, Any: {}}


class Registry:
    """Component schemas by name, filled as handlers name the records they answer with."""

    def __init__(self) -> None:
        self.components: dict[str, Schema] = {}

    def ref(self, kind: type) -> Schema:
        """A ``$ref`` to the record's schema (and to every record it holds), registered on first use."""
        name = kind.__name__
        if name not in self.components:
            self.components[name] = {}  # placeholder first: records may refer to each other
            self.components[name] = self._record(kind)
        return {"$ref": REF + name}

    def analysis(self) -> Schema:
        """The flat ``dateline/1`` record: ``schema``, the article's fields, then the analysis's (OUTPUT.md)."""
        name = "AnalysisRecord"
        if name not in self.components:
            article = self._record(model.Article)
            rest = self._record(model.Analysis)
            properties = {"schema": {"const": model.SCHEMA}, **article["properties"]}
            properties.update({k: v for k, v in rest["properties"].items() if k != "article"})
            self.components[name] = {"type": "object", "title": name, "description": model.Analysis.__doc__,
                                     "properties": properties, "required": list(properties),
                                     "additionalProperties": False}
        return {"$ref": REF + name}

    def page(self, item: Schema, name: str) -> Schema:
        """The envelope of one page of a listing (see :mod:`.paging`)."""
        if name not in self.components:
            self.components[name] = {
                "type": "object", "title": name,
                "properties": {"items": {"type": "array", "items": item},
                               "limit": {"type": "integer", "minimum": 1},
                               "offset": {"type": "integer", "minimum": 0},
                               "next_offset": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}],
                                               "description": "The offset of the next page; null on the last."}},
                "required": ["items", "limit", "offset", "next_offset"], "additionalProperties": False}
        return {"$ref": REF + name}

    def _record(self, kind: type) -> Schema:
        hints = typing.get_type_hints(kind)
        properties = {_json_name(f): self._hint(hints[f.name]) for f in dataclasses.fields(kind)}
        schema: Schema = {"type": "object", "title": kind.__name__, "properties": properties,
                          "required": list(properties), "additionalProperties": False}
        if kind.__doc__ and not kind.__doc__.startswith(kind.__name__ + "("):
            schema["description"] = " ".join(kind.__doc__.split())
        return schema

    def _hint(self, hint: Any) -> Schema:
        if hint in _SCALARS:
            return dict(_SCALARS[hint])
        origin = typing.get_origin(hint)
        if origin in (Union, types.UnionType):
            options = [a for a in typing.get_args(hint) if a is not type(None)]
            inner = [self._hint(a) for a in options]
            if type(None) in typing.get_args(hint):
                inner.append({"type": "null"})
            return inner[0] if len(inner) == 1 else {"anyOf": inner}
        if origin is list:
            (item,) = typing.get_args(hint)
            return {"type": "array", "items": self._hint(item)}
        if origin is dict:
            _, value = typing.get_args(hint)
            return {"type": "object", "additionalProperties": self._hint(value)}
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for {hint!r}")


def _json_name(f: dataclasses.Field[Any]) -> str:
    """The key ``to_json`` writes for a field (``class`` for ``cue_class``)."""
    return str(f.metadata.get("json", f.name))


RECORDS = Registry()
"""The one registry the routers fill at import and :func:`install` publishes."""


def json_response(schema: Schema, description: str) -> dict[int | str, dict[str, Any]]:
    """A ``responses=`` entry for a 200 answer whose body ``schema`` describes."""
    return {200: {"description": description, "content": {"application/json": {"schema": schema}}}}
