"""Formats are a registry: the command line's --format choices, default and help come from
`render.formats.OFFERS`, and each command's renderers register under those names."""

from __future__ import annotations

import importlib

import pytest
import typer

from targetctl.cli import main
from targetctl.render.formats import OFFERS, Renderers

PRINTERS = {
    "status": "status",
    "show": "show",
    "log": "log",
    "overdue": "overdue",
    "validate": "validate",
    "report": "report",
    "export": "export",
}
"""Commands whose renderers are registered, by their module under targetctl.commands (trace
makes its review page its own way)."""


def _format_option(command: str) -> typer.core.TyperOption:
    group = typer.main.get_command(main.app)
    found = group.commands[command]  # type: ignore[attr-defined]
    return next(p for p in found.params if "--format" in p.opts)  # type: ignore[no-any-return]


@pytest.mark.parametrize("command", sorted(OFFERS))
def test_every_format_option_is_the_registrys(command: str) -> None:
    option = _format_option(command)
    assert tuple(option.type_descriptor.choices or ()) == OFFERS[command].names
    assert option.default == OFFERS[command].default and option.help == OFFERS[command].help


@pytest.mark.parametrize("command", sorted(PRINTERS))
def test_a_command_renders_every_format_it_offers_and_no_other(command: str) -> None:
    module = importlib.import_module(f"targetctl.commands.{PRINTERS[command]}")
    registry = getattr(module, "RENDERERS", None)
    if registry is None:  # validate's reporters live with the problems' renderers
        from targetctl.render.problems import REPORTERS as registry
    assert isinstance(registry, Renderers) and registry.command == command
    assert sorted(registry.names) == sorted(OFFERS[command].names)


def test_a_renderer_for_a_format_not_offered_is_refused() -> None:
    registry: Renderers[str, str] = Renderers("status")
    with pytest.raises(ValueError, match="offers no format 'xml'"):
        registry.register("xml")


def test_the_help_lists_each_format_with_its_gloss_in_both_languages() -> None:
    report = OFFERS["report"]
    assert report.help == "Output: md, html or docx (Word/WPS; needs -o)."
    assert report.help_zh == "输出格式：md、html 或 docx（Word/WPS 文档，须用 -o 指定文件）。"
    assert OFFERS["status"].help == "Output: text or json."
