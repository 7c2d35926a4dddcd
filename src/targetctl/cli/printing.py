"""The Context of a command from the session, and how its output is printed: shared by the
commands run through Typer (`cli.common`) and the start-up fast path (`cli.quick`), so that
both build the same Context and print the same way. Imports no Typer."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from targetctl.cli import terminal
from targetctl.cli.session import Session

if TYPE_CHECKING:
    from targetctl.commands import Context


def plans_of(session: Session) -> Path | tuple[Path, ...]:
    """The plans folder the command reads (./plans when none was given), or the folders."""
    folders = session.plans or (Path("plans"),)
    return folders[0] if len(folders) == 1 else folders


def context_of(session: Session, lang: str | None = None, *, cache: bool = True) -> Context:
    """The commands' context: the command's own --lang, else the one before the command, else
    the environment (an error after this is said in the same language); the day from the
    session's one reading of the clock; `cache`: whether the saved state and the output
    cache may be used (`--no-cache` says no)."""
    from targetctl.commands import Context

    if lang is not None:
        session.lang = lang
    asked = session.lang is not None or bool(os.environ.get(terminal.LANG_ENV))
    return Context(
        plans_of(session),
        terminal.language(session.lang),
        terminal.width(),
        terminal.color(),
        session.today,
        session.now,
        cache,
        session.argv_key,
        asked,
    )


def out(session: Session, text: str) -> None:
    text = terminal.for_console(terminal.safe(text))
    if terminal.pages(text, not session.no_pager):
        terminal.page(text)
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def err(line: str) -> None:
    """A line on stderr, as `typer.echo(line, err=True)` writes it."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def warn(line: str) -> None:
    """A command's warning, as `common.emit` prints it."""
    err(terminal.safe(line))
