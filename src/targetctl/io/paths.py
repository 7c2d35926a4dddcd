"""Paths as the user typed them, and errors located in a file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from targetctl.domain.messages import Msg, NoHint
from targetctl.domain.problems import Problem, TargetctlError, UsageError

PLANS_ENV = "TARGETCTL_PLANS"


def resolved(path: Path) -> Path:
    """`path.resolve()`, a link that leads round to itself being an OSError on every Python
    (3.13 raises one; 3.11 and 3.12 raise RuntimeError, which no caller means to catch)."""
    try:
        return path.resolve()
    except RuntimeError:
        import errno

        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from None


def real_folder(path: Path) -> Path:
    """A named plans folder's real path: one that cannot be followed is no folder, a usage error."""
    try:
        return resolved(path)
    except OSError:
        raise UsageError(Msg("usage.plans_not_folder", root=path, env=PLANS_ENV)) from None


def is_inside(path: Path, root: Path) -> bool:
    """Whether `path`, once its links are followed, lies within `root`; one that cannot be
    followed does not."""
    try:
        return resolved(path).is_relative_to(resolved(root))
    except OSError:
        return False


def plans_from_env() -> list[str]:
    """The plans folders $TARGETCTL_PLANS names: several joined by the platform's path
    separator, as PATH is, an empty entry naming none."""
    return [p for p in os.environ.get(PLANS_ENV, "").split(os.pathsep) if p]


def expand_folders(given: Sequence[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    """The plans folders named, with a pattern (``districts/*/plans``) standing for the folders
    it matches, sorted: a province's thousand folders exceed what a Windows command line or
    variable can hold, and cmd.exe does not expand patterns. A pattern that matches no folder
    is kept, so that it is named as not found."""
    out: list[str | os.PathLike[str]] = []
    for item in given:
        text = os.fspath(item)
        # glob's own test for a pattern; glob is imported only then, off every command's start
        pattern = any(c in text for c in "*?[") and not Path(text).is_dir()  # a folder named plans[2020] is itself
        out += (_matches(text) if pattern else []) or [item]
    return out


def _matches(pattern: str) -> list[str]:
    """The folders a pattern matches, sorted."""
    import glob

    # glob.glob, as Path.glob takes no absolute pattern (C:/districts/*/plans)
    return sorted(m for m in glob.glob(pattern) if Path(m).is_dir())  # noqa: PTH207


def display_path(path: str | Path) -> str:
    """A path as the user would type it: relative to the working directory when possible."""
    p = Path(path)
    try:
        # a link is named as itself (two files that are one plan must both be named)
        real = p.parent.resolve() / p.name if p.name and p.is_symlink() else p.resolve()
        return real.relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a link loop, before Python 3.13
        return p.as_posix()


def folder_name(path: Path) -> str:
    """A plans folder's one name, however it was named: its real path (links followed, `..`
    taken), relative to the working folder where it lies below it, else whole; with `/`."""
    try:
        real = resolved(path)
        return real.relative_to(resolved(Path.cwd())).as_posix()
    except ValueError:
        return real.as_posix()
    except OSError:  # cannot be followed: as named
        return path.as_posix()


def error_at(path: str | Path, message: Msg, line: int = 1, col: int = 1, hint: Msg | NoHint = "") -> TargetctlError:
    """A data error located in a file (line 0: the file as a whole)."""
    return TargetctlError([Problem(display_path(path), line, col, message, hint)])
