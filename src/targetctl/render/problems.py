"""Reporters for a ValidationResult: text, json and GitHub annotation lines."""

from __future__ import annotations

import json
from dataclasses import replace

from targetctl.domain.problems import Problem, ValidationResult, json_safe, visible
from targetctl.render.formats import Renderers
from targetctl.render.i18n import message, said


def _summary(result: ValidationResult) -> str:
    files = f"{result.files} file{'s' if result.files != 1 else ''}"
    if result.records:
        files += f" ({result.records} records)"
    if result.ok:
        n = len(result.warnings)
        marks = f"; {n} warning{'s' if n != 1 else ''} to resolve (validate --strict fails on them)" if n else ""
        return f"ok: {files} valid{marks}"
    n = len(result.problems)
    return f"failed: {n} problem{'s' if n != 1 else ''} in {files}"


def _warning(p: Problem, lang: str) -> str:
    word = "警告：" if lang == "zh" else "warning: "
    return said(replace(p, message=word + message(p.message, lang), hint=message(p.hint, lang)), lang)


def text(result: ValidationResult, lang: str = "en") -> str:
    """One problem a line (path:line:col: message; hint), warnings after, then the summary.
    In Chinese the messages of the known shapes are said in Chinese; the summary stays the same."""
    lines = [said(p, lang) for p in result.problems] + [_warning(p, lang) for p in result.warnings]
    return "".join(f"{line}\n" for line in lines) + _summary(result) + "\n"


def _json(p: Problem) -> dict[str, object]:
    return {"path": p.path, "line": p.line, "column": p.col, "message": p.message, "hint": p.hint}


def as_json(result: ValidationResult) -> str:
    data = {
        "valid": result.ok,
        "files": result.files,
        "records": result.records,
        "problems": [_json(p) for p in result.problems],
        "warnings": [_json(p) for p in result.warnings],
    }
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github(result: ValidationResult) -> str:
    lines = [
        f"::{level} file={_escape(p.path, prop=True)},line={p.line},col={p.col}::"
        + _escape(visible(p.message + (f"; {p.hint}" if p.hint else "")))
        for level, found in (("error", result.problems), ("warning", result.warnings))
        for p in found
    ]
    return "".join(f"{line}\n" for line in lines) + _summary(result) + "\n"


REPORTERS: Renderers[ValidationResult, str] = Renderers("validate")
REPORTERS.register("text")(lambda result, screen: text(result, screen.lang))
REPORTERS.register("json")(lambda result, _screen: as_json(result))
REPORTERS.register("github")(lambda result, _screen: github(result))
