"""The one `--format` of every command that prints or writes data, with `--json` as its alias,
built from the registry of formats (`render.formats.OFFERS`): its choices, its default and its
help are never written per command.

    @app.command()
    @formats.option("status")
    def status(ctx, fmt: str = formats.default("status"), as_json: formats.JsonOption = False): ...

and `formats.choose(ctx, "status", fmt, as_json=as_json)` gives the name of the format to use."""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer._click.globals import get_current_context

from targetctl.domain.messages import Msg
from targetctl.render.formats import OFFERS

F = TypeVar("F", bound=Callable[..., Any])

JsonOption = Annotated[bool, typer.Option("--json", help="The same as --format json.")]
_FOLDER_NAMES = "targetctl.folder_outputs"


def _output(raw: str) -> Path:
    """-o NAME as a path; a name ending in a separator names a folder, which Path() forgets."""
    path = Path(raw)
    if raw.endswith(("/", os.sep)) and raw.strip("/" + os.sep):
        get_current_context().meta.setdefault(_FOLDER_NAMES, {})[path] = raw
    return path


OutputOption = Annotated[
    Path | None, typer.Option("-o", "--output", parser=_output, help="File to write (default: stdout).")
]
KNOWN_SUFFIXES = {".csv", ".json", ".xlsx", ".xls", ".docx", ".doc", ".html", ".htm", ".md", ".txt", ".pdf", ".parquet"}
"""File names that say what they hold: one given to a command that writes something else is refused."""
FOLDER_FORMATS = {"parquet"}
"""Formats written as a folder of files (-o DIR)."""


def default(command: str) -> str:
    return OFFERS[command].default


def option(command: str) -> Callable[[F], F]:
    """Put `--format` on the command's parameter `fmt`: a choice of the formats it offers."""
    offer = OFFERS[command]
    choice = Enum(f"{command.title()}Format", {name: name for name in offer.names}, type=str)  # type: ignore[misc]

    def apply(function: F) -> F:
        function.__annotations__ = {
            **function.__annotations__,
            "fmt": Annotated[choice, typer.Option("--format", help=offer.help)],
        }
        return function

    return apply


def _given(ctx: typer.Context) -> bool:
    source = ctx.get_parameter_source("fmt")
    return source is not None and source.name == "COMMANDLINE"


def choose(ctx: typer.Context, command: str, fmt: str, *, as_json: bool = False, output: Path | None = None) -> str:
    """The format to use: --format, or its alias --json, or what the file name (-o) asks for
    when --format is not given. Contradictions are usage errors, never a wrong file."""
    name = str(getattr(fmt, "value", fmt))
    if as_json and _given(ctx) and name != "json":
        raise typer.BadParameter(Msg("cli.json_vs_format", fmt=name), param_hint="--json")
    by_name = OFFERS[command].suffixes
    suffix = output.suffix.lower() if output is not None else ""
    folder = ctx.meta.get(_FOLDER_NAMES, {}).get(output) if output is not None else None
    if folder is not None and name not in FOLDER_FORMATS:
        raise typer.BadParameter(Msg("file.is_folder", path=folder), param_hint="-o")
    inner = next((s.lower() for s in reversed(output.suffixes[:-1]) if s.lower() in by_name), None) if output else None
    if inner is not None and suffix not in KNOWN_SUFFIXES and not _given(ctx) and not as_json:
        raise typer.BadParameter(
            Msg("cli.inner_suffix", name=output.name if output else "", suffix=suffix, fmt=by_name[inner]),
            param_hint="-o",
        )
    if suffix in KNOWN_SUFFIXES and suffix not in by_name:
        names = ", ".join(sorted(by_name))
        shown = output.name if output is not None else ""
        raise typer.BadParameter(Msg("cli.writes_formats", name=shown, names=names), param_hint="-o")
    wanted = by_name.get(suffix)
    if wanted is not None and output is not None and _given(ctx) and name != wanted:
        raise typer.BadParameter(
            Msg("cli.name_vs_format", name=output.name, wanted=wanted, fmt=name), param_hint="--format"
        )
    if as_json:
        if wanted is not None and wanted != "json":
            raise typer.BadParameter(Msg("cli.json_not_file", suffix=suffix), param_hint="-o")
        return "json"
    return wanted if wanted is not None and output is not None else name
