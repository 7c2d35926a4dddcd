"""The start-up fast path: answer a cached `status` or a Tab on a target id before Typer is
imported, run plain `show`, `validate` and `record` without Typer (`cli.quick`), else run the CLI.

Typer builds a converter for every parameter of a command before it completes one
(about 0.13 s for `record`), which is more than the whole budget for pressing Tab.
Completing a target id needs none of that: the shell's words say which command and
argument is being completed, and the ids come from a plain scan of the plan files.
Anything else (other shells, options, commands) is left to Typer.
"""

from __future__ import annotations

import os
import sys

from targetctl.cli.answered import lookup, plans_read, saved
from targetctl.cli.session import Session, parse

_PROG = "_TARGETCTL_COMPLETE"
_TARGET_FIRST = {"record", "show", "judge"}


def _words() -> tuple[list[str], str] | None:
    """The words before the cursor and the word being completed, for bash and zsh."""
    if os.environ.get(_PROG) not in ("complete_bash", "complete_zsh"):
        return None
    import shlex  # only shell completion splits words

    try:
        if os.environ.get(_PROG) == "complete_bash":
            words = shlex.split(os.environ["COMP_WORDS"])
            cword = int(os.environ["COMP_CWORD"])
            return words[1:cword], (words[cword] if cword < len(words) else "")
        if os.environ.get(_PROG) == "complete_zsh":
            line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
            words = shlex.split(line)[1:]
            if words and not line.endswith(" "):
                return words[:-1], words[-1]
            return words, ""
    except (KeyError, ValueError):
        return None
    return None


def _target_ids(args: list[str], incomplete: str) -> list[str] | None:
    """Target ids when the word being completed is one, else None."""
    session = parse(args)
    plans, rest = plans_read(session), session.rest
    if not rest or incomplete.startswith("-"):
        return None
    command, after = rest[0], rest[1:]
    wanted = (command in _TARGET_FIRST and not after) or (command == "log" and after[-1:] == ["--target"])
    if not wanted:
        return None
    from targetctl.io.quickscan import target_ids

    return [i for folder in plans for i in target_ids(folder, incomplete)]


def _cached_status(session: Session, argv: list[str]) -> tuple[bool, str | None]:
    """Answer `status` from the cache before Typer is imported: whether it was answered, and
    the key the full command should fill on a miss."""
    plans, rest = plans_read(session), session.rest
    if not session.plain or rest[:1] != ["status"] or not all(folder.is_dir() for folder in plans):
        return False, None
    if any(a.startswith(("--fail-on", "--no-cache", "--help", "-h")) for a in rest):
        return False, None
    from targetctl.cli.terminal import color, language, width

    digest, hit = saved(session, argv, plans)
    if hit is None and rest == ["status"]:  # after a record: the overview from each plan's part
        from targetctl.cli.composed import compose

        hit = compose(digest, session.today, language(None), width(), color())
    if hit is None:
        return False, digest
    from targetctl.cli.printing import out

    out(session, hit)  # paged as the full command's answer would be
    return True, None


def _fast_status(session: Session, argv: list[str]) -> tuple[bool, str | None]:
    """A cache that cannot be read is a miss, never an error: the full command runs."""
    try:
        return _cached_status(session, argv)
    except Exception:  # the cache is only ever a shortcut
        return False, None


_LOADER = "pydantic.plugin._loader"


def no_plugin_loader() -> None:
    """With every pydantic plugin disabled, pydantic's plugin loader still imports
    importlib.metadata (with email, zipfile and csv) when it builds the first validator, only
    to find that plugins are off: 10–20 ms of a cold command. Its one function, answered
    without it, says the same: no plugins. A loader already imported is left alone."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true") or _LOADER in sys.modules:
        return
    import types

    loader = types.ModuleType(_LOADER, "pydantic's plugin loader, with every plugin disabled (targetctl.cli.fast)")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[_LOADER] = loader


def main() -> None:
    """The console entry point, and the one error boundary around everything it runs; the
    commands' own failures are turned into exit codes inside the CLI (`main._Boundary`)."""
    try:
        _main()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except BaseException:  # a failure outside any command (in Typer itself, or here): our bug
        if "--debug" in sys.argv:
            import traceback

            traceback.print_exc()
        sys.stderr.write("internal error in targetctl; please report it (run with --debug for details)\n")
        sys.exit(3)


def _main() -> None:
    from targetctl.cli.terminal import closed_streams, tolerant_output

    closed_streams()
    # pydantic would otherwise scan every installed package for plugins on first use
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    no_plugin_loader()
    tolerant_output()
    session = parse(sys.argv[1:])
    answered, session.argv_key = _fast_status(session, sys.argv[1:])
    if answered:
        return
    if session.rest[:1] in (["show"], ["validate"]):  # a plain one answered before: no models imported
        answered, session.argv_key = lookup(session, sys.argv[1:])
        if answered:
            return
    found = _words()
    ids = _target_ids(*found) if found else None
    if ids is not None:
        shell = os.environ[_PROG]
        quote = (lambda s: f'"{s}"') if shell == "complete_zsh" else (lambda s: s)
        sys.stdout.write("".join(quote(i) + "\n" for i in ids))
        return
    from targetctl.cli import quick
    from targetctl.io import parallel

    parallel.command_line()  # a one-shot process: what it reads is never collected
    if quick.run(session):
        return
    from targetctl.cli.main import main as cli_main

    cli_main(session)
