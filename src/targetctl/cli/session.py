"""The options given before the command, read once from the command line into a Session,
kept on the Typer context (`ctx.obj`).

The start-up fast path and the CLI's error boundary need some of them before Typer has
parsed anything (which command is named, the plans folder, the language of Click's own
messages): `parse` is the one reading of the words for that, and Typer's callback then
sets the same Session from its own parse. The session also reads the clock, once: every
command is given the day it runs for from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from targetctl.io import clock

# the options before the command that take a value, and those that take none
WITH_VALUE = ("--plans", "--lang")
FLAGS = ("--debug", "--no-pager")


@dataclass
class Session:
    """What the options before the command set, and what the command line says before Typer
    parses it; kept on the Typer context (`ctx.obj`)."""

    plans: tuple[Path, ...] = ()  # the plans folders given (none: TARGETCTL_PLANS, else ./plans)
    lang: str | None = None
    no_pager: bool = False
    debug: bool = False
    argv_key: str | None = None  # the cache key of the command line as typed (from the fast path)
    now: dt.datetime = field(default_factory=lambda: clock.now())  # the one reading of the clock
    command: str | None = None  # the command named when only global options come before it
    rest: list[str] = field(default_factory=list)  # the words from the command on
    plain: bool = True  # whether only --plans and --debug come before the command
    asked_lang: str | None = None  # the first --lang on the command line, before the command or on it

    @property
    def today(self) -> dt.date:
        return self.now.date()

    def chinese(self) -> bool:
        """Whether Click's own words are Chinese: --lang zh anywhere on the command line,
        else TARGETCTL_LANG or the locale (also when --lang names no language: its refusal is
        said in the language the user reads)."""
        if self.asked_lang in ("zh", "en"):
            return self.asked_lang == "zh"
        from targetctl.cli.terminal import language

        return language(None) == "zh"


def parse(argv: list[str]) -> Session:
    """The session the words say, before Typer parses them."""
    session = Session()
    rest, known = list(argv), True
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        name, eq, value = option.partition("=")
        if name in WITH_VALUE and (eq or rest):
            chosen = value if eq else rest.pop(0)
            if name == "--plans":
                session.plans = (*session.plans, Path(chosen))
                session.plain = session.plain and chosen != ""  # an empty name: Typer's parse says why
            else:
                session.lang = chosen if chosen in ("zh", "en") else None
                session.plain = False
            continue
        if option == "--debug":
            session.debug = True
            continue
        session.plain = False
        if option != "--no-pager":
            known = False  # --help, --version, completion: they need every command
    session.rest = rest
    session.command = rest[0] if rest and known else None
    session.debug = session.debug or "--debug" in argv
    session.asked_lang = _first_lang(argv)
    return session


def _first_lang(argv: list[str]) -> str | None:
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None
