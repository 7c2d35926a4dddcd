"""Reporters for a ValidationResult: text, json and GitHub annotation lines."""

from __future__ import annotations

import json

from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem, ValidationResult, json_safe, visible
from targetctl.render.formats import Renderers


def _summary(result: ValidationResult, lang: str = "en") -> str:
    files = Msg("validate.files_one" if result.files == 1 else "validate.files_many", n=result.files)
    if result.records:
        files = Msg(
            "validate.records_one" if result.records == 1 else "validate.records", files=files, n=result.records
        )
    if result.ok:
        n = len(result.warnings)
        marks = Msg("validate.warnings_one" if n == 1 else "validate.warnings_many", n=n) if n else ""
        return Msg("validate.ok", files=files, marks=marks).text(lang)
    n = len(result.problems)
    return Msg("validate.failed_one" if n == 1 else "validate.failed_many", n=n, files=files).text(lang)


def _warning(p: Problem, lang: str) -> str:
    return p.said(lang, "警告：" if lang == "zh" else "warning: ")


def text(result: ValidationResult, lang: str = "en") -> str:
    """One problem a line (path:line:col: message; hint), warnings after, then the summary.
    In Chinese every message and the summary are said in Chinese (by their ids)."""
    # each line ends here and is joined once: a province's 314,000 warnings are about 90 MB of
    # text, and a second list of the lines, or a copy of the whole to add the summary, as much
    lines = [f"{p.said(lang)}\n" for p in result.problems]
    lines += [f"{_warning(p, lang)}\n" for p in result.warnings]
    lines.append(_summary(result, lang) + "\n")
    return "".join(lines)


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


def github(result: ValidationResult, lang: str = "en") -> str:
    """Annotation lines, said in the session's language as `text` says them (JSON stays English:
    it is read by tools, the annotations by people)."""
    lines = [
        f"::{level} file={_escape(p.path, prop=True)},line={p.line},col={p.col}::" + _escape(visible(p.words(lang)))
        for level, found in (("error", result.problems), ("warning", result.warnings))
        for p in found
    ]
    return "".join(f"{line}\n" for line in lines) + _summary(result, lang) + "\n"


REPORTERS: Renderers[ValidationResult, str] = Renderers("validate")
REPORTERS.register("text")(lambda result, screen: text(result, screen.lang))
REPORTERS.register("json")(lambda result, _screen: as_json(result))
REPORTERS.register("github")(lambda result, screen: github(result, screen.lang))
