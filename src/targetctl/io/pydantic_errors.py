"""Turn pydantic's validation errors into Problems at YAML positions, in plain words."""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from targetctl.domain.messages import Invalid, Msg
from targetctl.domain.model import ID_PATTERN, KIND_FIELDS, STAGE_PATTERN, UNIT_PATTERN
from targetctl.domain.problems import Problem
from targetctl.domain.suggest import suggest
from targetctl.io.yamlsafe import Document, Loc

_PATTERN_WORDS = {
    STAGE_PATTERN: ("model.bad_stage", "model.stage_hint"),
    UNIT_PATTERN: ("model.bad_unit", "model.unit_hint"),
}

_TYPE_WORDS = {
    "float_type": "model.must_be_number",
    "int_type": "model.must_be_whole",
    "bool_type": "model.must_be_bool",
    "string_type": "model.must_be_text",
    "date_type": "model.must_be_date",
    "list_type": "model.must_be_list",
    "model_type": "model.must_be_mapping",
    "dict_type": "model.must_be_mapping",
    "model_attributes_type": "model.must_be_mapping",
}
_BOUNDS = {
    "greater_than_equal": "model.at_least",
    "greater_than": "model.more_than",
    "less_than_equal": "model.at_most",
    "less_than": "model.less_than",
    "too_short": "model.length_at_least",
    "too_long": "model.length_at_most",
    "string_too_short": "model.chars_at_least",
    "string_too_long": "model.chars_at_most",
}


# pydantic's rules of its own, said by id (the English is pydantic's wording, checked as it is made)
_PYDANTIC_WORDS = {
    "string_pattern_mismatch": "model.pattern",
    "timezone_aware": "model.timezone",
    "date_parsing": "model.date_parsing",
    "date_from_datetime_parsing": "model.date_or_datetime",
    "datetime_parsing": "model.datetime_parsing",
    "datetime_from_date_parsing": "model.datetime_or_date",
    "finite_number": "model.finite",
}
_CTX = {"pattern", "error"}


def _bound(err: ErrorDetails) -> str:
    ctx = err.get("ctx", {})
    for key in ("ge", "gt", "le", "lt", "min_length", "max_length"):
        if key in ctx:
            return f"{ctx[key]:g}" if isinstance(ctx[key], float) else str(ctx[key])
    return ""


def problems_from(exc: ValidationError, doc: Document, root: type[BaseModel], *, tagged: bool = False) -> list[Problem]:
    """One problem per place: a value that fits no member of a union is reported once.
    `tagged`: the data was validated as a discriminated union, so each loc starts with the tag."""
    seen: set[Loc] = set()
    problems = []
    for err in exc.errors(include_url=False):
        raw = err["loc"][1:] if tagged else err["loc"]
        loc = data_loc(raw, doc.data, strip_tags=not tagged)
        if loc and len(loc) < len(raw) and err["type"] == "missing":
            loc = (*data_loc(raw[:-1], doc.data, strip_tags=not tagged), raw[-1])
        elif not loc and err["type"] == "missing" and raw:
            loc = tuple(raw)
        if loc not in seen or err["type"] == "extra_forbidden":
            seen.add(loc)
            problems.append(_problem(err, loc, doc, root))
    return problems


def _problem(err: ErrorDetails, loc: Loc, doc: Document, root: type[BaseModel]) -> Problem:
    kind = err["type"]
    name = str(loc[-1]) if loc else "file"
    got = err.get("input")
    if kind == "extra_forbidden":
        message, hint = _extra(loc, doc.data, root)
        return doc.problem(loc, message, key=True, hint=hint)
    if kind in ("missing", "union_tag_not_found"):
        field = err.get("ctx", {}).get("discriminator", name).strip("'") if kind == "union_tag_not_found" else name
        return doc.problem(loc[:-1] if kind == "missing" else loc, Msg("model.missing_field", field=field), key=True)
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", err.get("ctx", {}).get("expected", ""))
        return doc.problem(
            loc,
            Msg("model.unknown_choice", name=name, value=got, expected=", ".join(expected)),
            hint=suggest(str(got), expected),
        )
    if kind == "union_tag_invalid":
        ctx = err.get("ctx", {})
        expected = re.findall(r"'([^']*)'", ctx.get("expected_tags", ""))
        tag = ctx.get("tag")
        return doc.problem(
            (*loc, "kind"),
            Msg("model.unknown_choice", name="kind", value=tag, expected=", ".join(expected)),
            hint=suggest(str(tag), expected),
        )
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == ID_PATTERN:
        return doc.problem(
            loc,
            Msg("model.bad_id", value=got, name=name),
            hint=Msg("model.id_hint"),
        )
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") in _PATTERN_WORDS:
        said, advice = _PATTERN_WORDS[err["ctx"]["pattern"]]
        return doc.problem(loc, Msg(said, value=_show(got)), hint=Msg(advice))
    if kind in _TYPE_WORDS:
        return doc.problem(loc, Msg(_TYPE_WORDS[kind], name=name, got=_show(got)))
    if kind in _BOUNDS:
        return doc.problem(loc, Msg(_BOUNDS[kind], name=name, bound=_bound(err), got=_show(got)))
    error = err.get("ctx", {}).get("error")
    if kind == "value_error" and isinstance(error, Invalid):
        return doc.problem(loc, error.message)
    what = f"{err['msg'][:1].lower()}{err['msg'][1:]}"
    if kind in _PYDANTIC_WORDS:  # pydantic's own sentence, by id; its English kept as pydantic words it
        said = Msg(_PYDANTIC_WORDS[kind], name=name, **{k: v for k, v in err.get("ctx", {}).items() if k in _CTX})
        if said == f"{name}: {what}":
            return doc.problem(loc, said)
    return doc.problem(loc, Msg("model.other", name=name, what=what))  # pydantic's words, quoted in Chinese


def _show(value: Any) -> str | Msg:
    """A value as the YAML file wrote it (2020-01-01, true, null), never as Python shows it;
    a list or a mapping is named, in the session's language."""
    if isinstance(value, list | tuple):
        return Msg("model.a_list")
    if isinstance(value, dict):
        return Msg("model.a_mapping")
    if value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dt.date | dt.time):  # a datetime is a date
        text = value.isoformat()
    elif isinstance(value, str):
        text = repr(value)
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def data_loc(loc: tuple[int | str, ...], data: Any, *, strip_tags: bool = True) -> Loc:
    """Pydantic's loc without the parts that are not in the data: discriminator tags
    (e.g. 'quantity') and the names of union members tried on a scalar (e.g. 'float')."""
    out: list[str | int] = []
    node = data
    for part in loc:
        if not isinstance(node, dict | list):
            break
        tags = (node.get("kind"), node.get("type")) if isinstance(node, dict) and strip_tags else ()
        if isinstance(part, str) and part in tags and part not in node:
            continue
        out.append(part)
        try:
            node = node[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            node = None
    return tuple(out)


def _extra(loc: Loc, data: Any, root: type[BaseModel]) -> tuple[Msg, Msg]:
    field = str(loc[-1])
    parent = _get(data, loc[:-1])
    kind = parent.get("kind") if isinstance(parent, dict) else None
    if isinstance(kind, str) and kind in KIND_FIELDS:
        if field not in KIND_FIELDS[kind]:
            owners = [k for k, fields in KIND_FIELDS.items() if field in fields]
            if owners:
                return (
                    Msg("model.field_not_for_kind", field=field, kind=kind),
                    Msg("model.use_kind_with", kinds=", ".join(owners)),
                )
        return Msg("model.unknown_field", field=field), suggest(field, KIND_FIELDS[kind]) or Msg("model.remove_it")
    allowed = _fields_at(root, loc[:-1])
    fields = Msg("model.allowed_fields", fields=", ".join(sorted(allowed)))
    return Msg("model.unknown_field", field=field), suggest(field, allowed) or fields


def _get(data: Any, loc: Loc) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _fields_at(root: type[BaseModel], loc: Loc) -> list[str]:
    """The field names of the model that validates the mapping at `loc`."""
    model: type[BaseModel] | None = root
    for part in loc:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        model = _model_in(info.annotation) if info else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None
