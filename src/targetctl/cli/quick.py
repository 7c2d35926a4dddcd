"""`show`, `validate` and `record` run without Typer when their words are plain.

Importing Typer and converting a command's parameters costs about as much as the command's
own work on a district's plans. These three commands, typed in their common forms, need none
of it: `show TARGET`, `validate [PATH ...]` and `record TARGET VALUE` with the value options
of `record` (`--date`, `--by`, `--note`, `--evidence`, and its flags). The words are read
here, and the same library call is made with the same Context as through Typer
(`cli.printing`); a failure is said by the same boundary (`cli.said`).

Anything else (another option, a word that looks like an option, a missing or extra
argument, a date that does not parse, --help) is left to Typer, which says what is wrong.
So is a UsageError from the library: Typer prints it with the command's usage line. Every
UsageError of these commands is raised before anything is written, so running the command
again through Typer says it again and does nothing twice.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from targetctl.cli.session import Session

if TYPE_CHECKING:
    from targetctl.commands import Context, Output

_RECORD_VALUES = ("--date", "--by", "--note", "--evidence")
_RECORD_FLAGS = {
    "--provisional": ("provisional", True),
    "--add": ("add", True),
    "--correct": ("correct", True),
    "--confirm": ("confirm", True),
    "--status": ("with_status", True),
    "--no-status": ("with_status", False),
}


class Words:
    """A command's words after its name: the arguments, the options with a value, the flags.
    (A plain class: a dataclass compiles its methods at every start, 0.3 % of a cold command.)"""

    def __init__(self) -> None:
        self.args: list[str] = []
        self.values: dict[str, str] = {}
        self.flags: dict[str, bool] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.args, self.values, self.flags) == (
            other.args,
            other.values,
            other.flags,
        )

    def __repr__(self) -> str:
        return f"Words(args={self.args!r}, values={self.values!r}, flags={self.flags!r})"


def read(
    words: list[str], values: tuple[str, ...] = (), flags: dict[str, tuple[str, bool]] | None = None
) -> Words | None:
    """The words as Click would read them, or None when they are not plain: an option not
    named here, an option given twice (two flags that set the same thing count as twice), a
    value that is missing or looks like an option, or an empty argument."""
    flags = flags or {}
    found = Words()
    rest = list(words)
    while rest:
        word = rest.pop(0)
        if not word.startswith("-"):
            if not word:
                return None
            found.args.append(word)
            continue
        name, eq, value = word.partition("=")
        if name in values and name not in found.values:
            if not eq:
                if not rest or rest[0].startswith("-"):
                    return None
                value = rest.pop(0)
            found.values[name] = value
        elif name in flags and not eq and flags[name][0] not in found.flags:
            key, setting = flags[name]
            found.flags[key] = setting
        else:
            return None
    return found


def kept(words: tuple[str, ...], run: Callable[[Context], Output]) -> Callable[[Context], Output]:
    """`run`, through the library's output cache (`commands.answer`), under the key the start-up
    lookup made (`cli.answered`): a miss fills it."""

    def keep(ctx: Context) -> Output:
        from targetctl.commands import answer

        return answer(ctx, words, lambda: run(ctx))

    return keep


def _show(words: list[str]) -> Callable[[Context], Output] | None:
    found = read(words)
    if found is None or len(found.args) != 1:
        return None
    from targetctl.commands import call
    from targetctl.commands import show as command
    from targetctl.render.formats import OFFERS

    target = found.args[0]
    return kept(("show", target), lambda ctx: call(command.run, ctx, target, None, OFFERS["show"].default))


def _validate(words: list[str]) -> Callable[[Context], Output] | None:
    found = read(words)
    if found is None or not all(Path(p).exists() for p in found.args):
        return None  # Typer says which path does not exist
    from targetctl.commands import call
    from targetctl.commands import validate as command
    from targetctl.render.formats import OFFERS

    paths = [Path(p) for p in found.args]
    return kept(
        ("validate", *found.args),
        lambda ctx: call(command.run, ctx, paths, strict=False, fmt=OFFERS["validate"].default),
    )


def _record(words: list[str]) -> Callable[[Context], Output] | None:
    found = read(words, _RECORD_VALUES, _RECORD_FLAGS)
    if found is None or len(found.args) != 2:
        return None
    day: dt.date | None = None
    if "--date" in found.values:
        from targetctl.domain.records import parse_day

        try:
            day = parse_day(found.values["--date"])
        except ValueError:
            return None  # Typer says the date is not one
    from targetctl.commands import call
    from targetctl.commands import record as command

    given = found.values.get
    flag = found.flags.get
    options = command.RecordOptions(
        day=day,
        by=given("--by"),
        note=given("--note"),
        evidence=given("--evidence"),
        provisional=flag("provisional", False),
        add=flag("add", False),
        correct=flag("correct", False),
        confirm=flag("confirm", False),
        with_status=flag("with_status", True),
    )
    target, value = found.args
    return lambda ctx: call(command.run, ctx, target, value, options)


COMMANDS: dict[str, Callable[[list[str]], Callable[[Context], Output] | None]] = {
    "show": _show,
    "validate": _validate,
    "record": _record,
}


def runnable(session: Session) -> Callable[[Context], Output] | None:
    """The command the session's words name, ready to run, when it can run without Typer."""
    if not session.plain or not session.rest or os.environ.get("_TARGETCTL_COMPLETE"):
        return None
    reader = COMMANDS.get(session.rest[0])
    return reader(session.rest[1:]) if reader is not None else None


def run(session: Session) -> bool:
    """Run the command the words name without Typer, inside the same error boundary; False
    when it needs Typer (nothing was done). Exits with the command's code when not 0."""
    command = runnable(session)
    if command is None:
        return False
    from targetctl.cli import printing, said
    from targetctl.domain.problems import TargetctlError, UsageError
    from targetctl.io.paths import plans_from_env

    if not session.plans:  # as Typer's callback reads TARGETCTL_PLANS
        session.plans = tuple(Path(p) for p in plans_from_env())
    lang = "zh" if session.chinese() else "en"  # as the boundary says errors (`main._language`)
    try:
        output = command(printing.context_of(session))
        if output.text:  # printed inside the boundary, as through Typer: a closed pipe is exit 1
            printing.out(session, output.text)
        for line in output.warnings:
            printing.warn(line)
    except UsageError:
        return False
    except (TargetctlError, OSError) as exc:
        for line in said.error_lines(exc, lang) or []:
            printing.err(line)
        sys.exit(1)
    except KeyboardInterrupt:
        printing.err(said.interrupted(lang))
        sys.exit(130)
    except Exception as exc:  # the boundary: anything else is our bug
        if session.debug:
            import traceback

            traceback.print_exc()
        printing.err(said.internal(exc, lang))
        sys.exit(3)
    if output.code:
        sys.exit(output.code)
    return True
