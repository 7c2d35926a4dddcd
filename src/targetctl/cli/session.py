"""The options given before the command, kept on the Typer context (`ctx.obj`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Session:
    """What the options before the command set, kept on the Typer context (`ctx.obj`)."""

    plans: tuple[Path, ...] = ()  # the plans folders (--plans, repeatable); none: TARGETCTL_PLANS, then ./plans
    lang: str | None = None
    no_pager: bool = False
    debug: bool = False
    argv_key: str | None = None  # the cache key of the command line as typed (from the fast path)
