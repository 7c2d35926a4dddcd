"""`status` after a record on a colour terminal: the composed overview is written by the plain
writer (render/plain_overview.py), not laid out by Rich, and is byte for byte what the full
command prints (its colours included)."""

from __future__ import annotations

from typing import Any

import pytest

from targetctl.cli import terminal
from targetctl.render import plain_overview, plain_table
from tests.cli.test_composed import SMALL, workspace


def test_a_coloured_overview_after_a_record_is_written_without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal, "color", lambda: True)
    written: list[bool] = []
    real = plain_overview.overview_text

    def spy(*a: Any, **k: Any) -> str | None:
        found = real(*a, **k)
        written.append(found is not None)
        return found

    monkeypatch.setattr(plain_overview, "overview_text", spy)
    with workspace() as w:
        del w.env["NO_COLOR"]
        w.env["TERM"] = "xterm-256color"
        for lang in ("en", "zh"):
            w.env["TARGETCTL_LANG"] = lang
            w.fill()
            w.record(1, 3, 7 if lang == "en" else 9)
            composed_, full = w.both()
            assert w.composed[-1] and written[-1], "composed by the plain writer"
            assert composed_ == full and "\x1b[1m" in full[1] and "\x1b[2m" in full[1]
        w.env["TERM"] = "dumb"  # Rich lays out at 80 columns there: composed by Rich
        w.fill()
        w.record(2, 4, 5)
        asked = len(written)
        composed_, full = w.both()
        assert w.composed[-1] and not any(written[asked:]) and composed_ == full


@pytest.mark.parametrize("width", ["100", "130"])
def test_a_coloured_table_view_after_a_record_is_written_without_rich(
    monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    """A workspace shown target by target: the composed table is the plain writer's
    (render/plain_table.py), colours and all, in the compact and the wide layout."""
    monkeypatch.setattr(terminal, "color", lambda: True)
    written: list[bool] = []
    real = plain_table.table_text

    def spy(*a: Any, **k: Any) -> str | None:
        found = real(*a, **k)
        written.append(found is not None)
        return found

    monkeypatch.setattr(plain_table, "table_text", spy)
    with workspace(SMALL) as w:
        del w.env["NO_COLOR"]
        w.env.update(TERM="xterm-256color", COLUMNS=width)
        w.fill()
        w.record(1, 3, 7)
        composed_, full = w.both()
        assert w.composed[-1] and written[-1], "composed by the plain writer"
        assert composed_ == full and "\x1b[2;36m" in full[1]  # an id, dim cyan
        w.env["TERM"] = "dumb"  # Rich lays out at 80 columns there: composed by Rich
        w.fill()
        w.record(2, 4, 5)
        asked = len(written)
        composed_, full = w.both()
        assert w.composed[-1] and not any(written[asked:]) and composed_ == full
