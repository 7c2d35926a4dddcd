"""Reporters for a ValidationResult: text, json and GitHub annotation lines."""

from __future__ import annotations

import json
from collections.abc import Callable

from targetctl.errors import visible
from targetctl.validation import ValidationResult


def _summary(result: ValidationResult) -> str:
    files = f"{result.files} file{'s' if result.files != 1 else ''}"
    if result.records:
        files += f" ({result.records} records)"
    if result.ok:
        return f"ok: {files} valid"
    n = len(result.problems)
    return f"failed: {n} problem{'s' if n != 1 else ''} in {files}"


def text(result: ValidationResult) -> str:
    return "".join(f"{p}\n" for p in result.problems) + _summary(result) + "\n"


def as_json(result: ValidationResult) -> str:
    data = {
        "valid": result.ok,
        "files": result.files,
        "records": result.records,
        "problems": [
            {"path": p.path, "line": p.line, "column": p.col, "message": p.message, "hint": p.hint}
            for p in result.problems
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github(result: ValidationResult) -> str:
    lines = [
        f"::error file={_escape(p.path, prop=True)},line={p.line},col={p.col}::"
        + _escape(visible(p.message + (f"; {p.hint}" if p.hint else "")))
        for p in result.problems
    ]
    return "".join(f"{line}\n" for line in lines) + _summary(result) + "\n"


REPORTERS: dict[str, Callable[[ValidationResult], str]] = {"text": text, "json": as_json, "github": github}
