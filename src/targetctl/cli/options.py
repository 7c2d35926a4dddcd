"""The options the commands share, and the checks of what was typed that Typer cannot make.

Choices are built from the model's vocabulary, so that the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from targetctl.domain.vocabulary import KINDS, LANGS, RATING_WORDS, RATINGS

Lang = Enum("Lang", {k: k for k in LANGS}, type=str)  # type: ignore[misc]
Kind = Enum("Kind", {k: k for k in KINDS}, type=str)  # type: ignore[misc]
Rating = Enum("Rating", {k: k for k in (*RATINGS, *RATING_WORDS)}, type=str)  # type: ignore[misc]


class Format(str, Enum):
    text = "text"
    json = "json"


class ValidateFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


class TraceFormat(str, Enum):
    text = "text"
    html = "html"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    xlsx = "xlsx"
    parquet = "parquet"


class Sheet(str, Enum):
    targets = "targets"
    records = "records"


class ReportFormat(str, Enum):
    md = "md"
    html = "html"
    docx = "docx"


class Period(str, Enum):
    month = "month"
    quarter = "quarter"


class Sort(str, Enum):
    status = "status"
    due = "due"
    progress = "progress"


def day_param(value: str) -> dt.date:
    """The one date type of every date option."""
    from targetctl.domain.records import parse_day

    try:
        return parse_day(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; write YYYY-MM-DD") from None


LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale)."),
]
FormatOption = Annotated[Format, typer.Option("--format", help="Output: text or json.")]
JsonOption = Annotated[bool, typer.Option("--json", help="The same as --format json.")]


def date_option(*names: str, help: str) -> Any:
    return typer.Option(*names, help=help, parser=day_param, metavar="<YYYY-MM-DD>")


AsOfOption = Annotated[dt.date | None, date_option("--as-of", help="Show the state on this date (default: today).")]

KNOWN_SUFFIXES = {".csv", ".json", ".xlsx", ".xls", ".docx", ".doc", ".html", ".htm", ".md", ".txt", ".pdf", ".parquet"}
"""File names that say what they hold: one given to a command that writes something else is refused."""


def by_suffix(ctx: typer.Context, fmt: Enum, output: Path | None, formats: dict[str, str]) -> str:
    """The format a file name asks for (`-o report.docx` is Word) when --format is not given;
    --format given with a file name of another format is a usage error, never a wrong file."""
    suffix = output.suffix.lower() if output is not None else ""
    if suffix in KNOWN_SUFFIXES and suffix not in formats:
        names = ", ".join(sorted(formats))
        raise typer.BadParameter(
            f"-o {output.name if output else ''}: this command writes {names} files", param_hint="-o"
        )
    wanted = formats.get(suffix)
    source = ctx.get_parameter_source("fmt")
    if wanted is None or output is None:
        return str(fmt.value)
    if source is not None and source.name == "COMMANDLINE" and fmt.value != wanted:
        raise typer.BadParameter(
            f"-o {output.name} is a {wanted} file name but --format asks for {fmt.value}", param_hint="--format"
        )
    return wanted


def chosen_format(ctx: typer.Context, fmt: Enum, as_json: bool) -> str:
    """--format, or its alias --json; both given with different formats is a usage error."""
    if as_json:
        source = ctx.get_parameter_source("fmt")
        if source is not None and source.name == "COMMANDLINE" and fmt.value != "json":
            raise typer.BadParameter(f"--json asks for json but --format asks for {fmt.value}", param_hint="--json")
        return "json"
    return str(fmt.value)


def statuses(names: list[str] | None, option: str) -> frozenset[Any]:
    """Statuses as typed, in English or as the Chinese interface shows them (进度滞后)."""
    from targetctl.domain.vocabulary import STATUSES
    from targetctl.render.i18n import ZH

    chinese = {ZH[s]: s for s in STATUSES if s in ZH}
    chosen = [chinese.get(s, s) for s in names or []]
    for s in chosen:
        if s not in STATUSES:
            raise typer.BadParameter(f"'{s}'; expected one of: {', '.join(STATUSES)}", param_hint=option)
    return frozenset(chosen)
