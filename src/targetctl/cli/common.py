"""What every command of the CLI does around the library: build its Context from the
session, and print what it returns."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from targetctl.cli import printing, terminal
from targetctl.cli.session import Session

if TYPE_CHECKING:
    from collections.abc import Callable

    from targetctl.commands import Context, Output


def session_of(ctx: typer.Context | None) -> Session:
    found = ctx.find_object(Session) if ctx is not None else None
    return found if found is not None else Session()


def plans_of(ctx: typer.Context) -> Path | tuple[Path, ...]:
    """The plans folder the command reads (./plans when none was given), or the folders."""
    return printing.plans_of(session_of(ctx))


def context(ctx: typer.Context, lang: Any = None, *, cache: bool = True) -> Context:
    """The commands' context (`printing.context_of`), with the command's own --lang if given."""
    return printing.context_of(session_of(ctx), lang.value if lang is not None else None, cache=cache)


def out(ctx: typer.Context, text: str) -> None:
    printing.out(session_of(ctx), text)


def emit(ctx: typer.Context, output: Output) -> None:
    if output.text:
        out(ctx, output.text)
    for line in output.warnings:
        typer.echo(terminal.safe(line), err=True)
    if output.code:
        fail(output.code)


def fail(code: int = 1) -> NoReturn:
    raise typer.Exit(code)


def complete_target(ctx: typer.Context, incomplete: str) -> list[str]:
    from targetctl.io.quickscan import target_ids

    return [i for folder in session_of(ctx).plans or (Path("plans"),) for i in target_ids(folder, incomplete)]


def asker(lang: str) -> Callable[[str], bool]:
    """Show what is about to be done and ask for a yes."""
    from targetctl.render.i18n import f

    def ask(about: str) -> bool:
        typer.echo(about)
        return typer.confirm(f("void.ask", lang), default=False)

    return ask
