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


def test_every_symbol_targetctl_prints_has_a_stand_in_on_a_gbk_console() -> None:
    """A Chinese Windows console (GBK) lacks some symbols the views print: the band of a
    range in `show`'s chart (▒), the programme path's separator (›), the English units
    (km², m³, µg/m³), the minus sign. Each gets a plain stand-in, never a bare '?'."""
    import pathlib
    import unicodedata

    import targetctl

    root = pathlib.Path(targetctl.__file__).parent
    sources = [*sorted((root / "render").glob("*.py")), root / "domain" / "units.py", root / "cli" / "printing.py"]
    lacking = set()
    for source in sources:
        for ch in source.read_text(encoding="utf-8"):
            if ord(ch) < 128 or (unicodedata.category(ch).startswith(("L", "N")) and ch not in "²³µ"):
                continue
            try:
                ch.encode("gbk")
            except UnicodeEncodeError:
                lacking.add(ch)
    assert lacking, "the views print symbols GBK lacks"
    shown = {ch: ch.encode("gbk", errors=terminal._PLAIN_ERRORS) for ch in sorted(lacking)}
    assert not [ch for ch, stand_in in shown.items() if stand_in == b"?"], shown
    assert "民生 › 就业".encode("gbk", errors=terminal._PLAIN_ERRORS).decode("gbk") == "民生 > 就业"
