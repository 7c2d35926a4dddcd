"""render.console: file text goes through the terminal rule, and markup in it stays literal."""

from __future__ import annotations

from targetctl.render.console import literal, to_text


def test_file_text_is_shown_literally_and_without_escape_codes() -> None:
    shown = to_text(literal("[bold]招商[/bold]\x1b[31m红\x07"))
    assert shown.startswith("[bold]招商[/bold]") and "\x1b" not in shown and "\x07" not in shown


def test_colour_only_when_asked() -> None:
    assert "\x1b[" not in to_text(literal("x", style="red"))
    assert "\x1b[31m" in to_text(literal("x", style="red"), color=True)
