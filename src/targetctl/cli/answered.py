"""Plain `show TARGET` and `validate [FOLDER ...]` answered from the output cache before the
models are imported, when the same command line was answered before and nothing it read has
changed since.

A cold `show` or `validate` spends about a third of its run importing pydantic's model
machinery and building the model classes, before it reads a plan; an answer saved by the same
command needs none of it. The key is the one `status` is cached under (`io/cache.key`): the
command line, the working directory, the environment that shapes output, the language and
terminal, the day, every file below the folders read (their size, times and inode, with the
content of any changed too recently for its times to tell), targetctl's own files and its
libraries' versions. Only an answer that exited 0 with no warning is kept, so a hit prints all
the command printed. Anything else (another form of the command, a file given to `validate`, a
cache that cannot be read) runs the command, which fills the entry through the library's output
cache (`quick.kept`, `commands.answer`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from targetctl.cli.session import Session


def folders_read(session: Session) -> tuple[Path, ...] | None:
    """The folders whose files the answer depends on, when the command is one answered here in
    a form `cli.quick` runs (the same checks, without importing the command): `show` of one
    target, `validate` of the plans folders or of folders named (a plan file named may sit
    outside every folder, so it is not answered)."""
    from targetctl.cli import quick

    if not session.plain or session.rest[:1] not in (["show"], ["validate"]) or os.environ.get("_TARGETCTL_COMPLETE"):
        return None
    found = quick.read(session.rest[1:])
    if found is None or (session.rest[0] == "show" and len(found.args) != 1):
        return None
    if session.rest[0] == "validate" and found.args:
        paths = tuple(Path(p) for p in found.args)
        return paths if all(p.is_dir() for p in paths) else None
    return plans_read(session)


def plans_read(session: Session) -> tuple[Path, ...]:
    """The plans folders the command reads: each --plans, else TARGETCTL_PLANS split on the
    path separator (as Click reads a repeatable path option from its variable), else ./plans."""
    from targetctl.io.paths import expand_folders, plans_from_env

    given = session.plans or tuple(Path(p) for p in plans_from_env()) or (Path("plans"),)
    return tuple(Path(p) for p in expand_folders(given))


def saved(session: Session, argv: list[str], folders: tuple[Path, ...]) -> tuple[str | None, str | None]:
    """The output cache's key for this command line over `folders` (with the terminal, the
    language and the day), and the answer saved under it; `status` asks the same (`cli.fast`)."""
    from targetctl.cli.terminal import color, language, width
    from targetctl.io import cache

    extra = {"width": width(), "color": color(), "lang": language(None)}
    digest = cache.key(["argv", *argv], folders[0] if len(folders) == 1 else folders, extra, session.today)
    return digest, cache.lookup(digest)


def lookup(session: Session, argv: list[str]) -> tuple[bool, str | None]:
    """Print the saved answer: whether it was printed, and the key the command fills on a miss.
    A cache that cannot be read is a miss, never an error."""
    try:
        read = folders_read(session)
        if read is None or not all(folder.is_dir() for folder in read):
            return False, None
        digest, hit = saved(session, argv, read)
    except Exception:  # the cache is only ever a shortcut
        return False, None
    if hit is None:
        return False, digest
    from targetctl.cli import printing

    try:
        printing.out(session, hit)
    except OSError as exc:  # a closed pipe: said as the command says it (`quick.run`), exit 1
        from targetctl.cli import said

        for line in said.error_lines(exc, "zh" if session.chinese() else "en") or []:
            printing.err(line)
        sys.exit(1)
    return True, None
