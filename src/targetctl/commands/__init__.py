"""One module per subcommand, named as the command (`import_` for `import`).

Each takes a `Context` and the command's checked options, reads through the one
workspace loader, and returns what to print; the CLI only parses and prints. No
command imports another: what two commands share lives in a layer below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from targetctl.domain.messages import Msg
from targetctl.domain.problems import UsageError


def _moment() -> dt.datetime:
    """The library's reading, for a Context built without the CLI's session (a test, a script)."""
    from targetctl.workspace import moment

    return moment()


@dataclass(frozen=True)
class Context:
    """What every command is given: the plans folder (or several, read as one workspace), the
    interface language, the terminal, the day (and moment) the command runs for, read from the
    clock once, and whether the saved state and the output cache in the user's cache folder may
    be used (`--no-cache` turns it off; `cache_key` is the output cache's key of the command line
    as typed)."""

    plans: Path | tuple[Path, ...]
    lang: str = "en"
    width: int = 80
    color: bool = False
    today: dt.date = field(default_factory=lambda: _moment().date())
    now: dt.datetime = field(default_factory=lambda: _moment())
    cache: bool = False
    cache_key: str | None = None
    lang_asked: bool = True  # whether `lang` was asked for (an option, TARGETCTL_LANG), not the locale's

    def folder(self, command: str) -> Path:
        """The one plans folder a command that writes a new plan writes into: a pattern
        (districts/*/plans) stands for the folders it matches, as for every reader."""
        from targetctl.io.paths import expand_folders, real_folder

        given = [self.plans] if isinstance(self.plans, Path) else [*self.plans]  # `list` here is the list command
        named = [Path(item) for item in expand_folders(given)]
        # a pattern that matched nothing is kept as it was typed: written into, it made a folder named '*'
        if missing := next((p for p in named if any(c in str(p) for c in "*?[") and not p.is_dir()), None):
            raise UsageError(Msg("usage.pattern_no_folder", pattern=missing, command=command))
        if len(named) == 1:
            return named[0]
        unique: dict[Path, Path] = {}  # a folder named twice (a, ./a) is one folder, as the loader reads it
        for folder in named:
            unique.setdefault(real_folder(folder), folder)
        if len(unique) == 1:
            return next(iter(unique.values()))
        raise UsageError(Msg("usage.one_plans_folder", command=command, n=len(unique)))


@dataclass
class Output:
    """What a command prints: text for stdout, warnings for stderr, and the exit code."""

    text: str = ""
    warnings: list[str] = field(default_factory=list)
    code: int = 0


P = ParamSpec("P")
R = TypeVar("R")


def call(run: Callable[Concatenate[Context, P], R], ctx: Context, *args: P.args, **kwargs: P.kwargs) -> R:
    """Run a command under its Context: everything it reads uses the saved state in the
    user's cache folder as `ctx.cache` says (the same switch as `targetctl.open(cache=...)`)."""
    from targetctl.workspace import caching

    with caching(ctx.cache):
        return run(ctx, *args, **kwargs)


def answer(ctx: Context, words: Sequence[object], run: Callable[[], Output]) -> Output:
    """`run()`'s output, from the output cache when `ctx.cache` allows and the same `words`
    (with all that `io.cache.key` covers: the files, the day, the terminal) were answered
    before; only a success with no warning is kept (a hit prints the text alone). The key of
    the command line as typed (`ctx.cache_key`), when the start-up fast path made one, is the
    one it looks up next time."""
    if not ctx.cache:
        return run()
    from targetctl.io import cache, cachefs

    cachefs.forget()  # each command looks at the cache folder afresh
    extra = {"width": ctx.width, "color": ctx.color, "lang": ctx.lang}
    digest = ctx.cache_key or cache.key([repr(words)], ctx.plans, extra, ctx.today)
    hit = cache.lookup(digest)
    if hit is not None:
        return Output(hit)
    result = run()
    if digest and not result.code and not result.warnings:
        cache.store(digest, result.text, ctx.today)
    return result
