"""cli.terminal: colour, width, pager and language decided from the environment; output made safe
for the terminal; plain stand-ins where the console's encoding lacks a symbol."""

from __future__ import annotations

import io
import sys

import pytest

from targetctl.cli import terminal


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("NO_COLOR", "COLUMNS", "TARGETCTL_PAGER", "TARGETCTL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_colour_only_on_a_terminal_without_no_color(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(sys, "stdout", io.StringIO())
    assert not terminal.color()
    clean_env.setattr(sys, "stdout", _Tty())
    assert terminal.color()
    clean_env.setenv("NO_COLOR", "")
    assert not terminal.color(), "NO_COLOR set at all, even empty, means no colour"


def test_width_is_100_when_piped_and_columns_wins(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(sys, "stdout", io.StringIO())
    assert terminal.width() == 100
    clean_env.setenv("COLUMNS", "132")
    assert terminal.width() == 132
    clean_env.setenv("COLUMNS", "10")
    assert terminal.width() == 40, "never narrower than 40"


def test_safe_keeps_only_its_own_colours(clean_env: pytest.MonkeyPatch) -> None:
    text = "\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b[2J"
    clean_env.setattr(sys, "stdout", io.StringIO())
    assert terminal.safe(text) == "[31mred[0m ]0;title [2J"
    clean_env.setattr(sys, "stdout", _Tty())
    assert terminal.safe(text) == "\x1b[31mred\x1b[0m ]0;title [2J"


def test_no_pager_when_piped_short_or_turned_off(clean_env: pytest.MonkeyPatch) -> None:
    long = "x\n" * 500
    clean_env.setattr(sys, "stdout", _Tty())
    clean_env.setattr(sys, "stdin", _Tty())
    assert terminal.pages(long) and not terminal.pages("x\n")
    assert not terminal.pages(long, allowed=False)
    clean_env.setenv("TARGETCTL_PAGER", "0")
    assert not terminal.pages(long)
    clean_env.delenv("TARGETCTL_PAGER")
    clean_env.setattr(sys, "stdin", io.StringIO())
    assert not terminal.pages(long), "nobody there to page"


def test_language_from_option_then_setting_then_locale(clean_env: pytest.MonkeyPatch) -> None:
    assert terminal.language() == "en"
    clean_env.setenv("LANG", "zh_CN.UTF-8")
    assert terminal.language() == "zh"
    clean_env.setenv("LC_ALL", "C")
    assert terminal.language() == "en", "LC_ALL comes before LANG"
    clean_env.setenv("TARGETCTL_LANG", "zh")
    assert terminal.language() == "zh"
    assert terminal.language("en") == "en"
    clean_env.setenv("TARGETCTL_LANG", "fr")
    assert terminal.language() == "en", "an unknown setting falls through to the locale"


def test_a_console_without_a_symbol_gets_a_plain_stand_in(clean_env: pytest.MonkeyPatch) -> None:
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    clean_env.setattr(sys, "stdout", out)
    clean_env.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    terminal.tolerant_output()
    out.write("█░ ✓ ≥ 5 → 中")
    out.flush()
    assert out.buffer.getvalue() == b"#. v >= 5 -> ?"
