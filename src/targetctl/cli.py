"""The command line: parse options, call one core function, hand its result to a renderer.

Only this module imports Typer. Heavy modules (pydantic models, YAML, Rich tables)
are imported inside the commands so that `--help`, `--version` and shell
completion start as fast as Typer itself.
"""

from __future__ import annotations

import os
import shutil
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from targetctl import __version__

_DEBUG = {"on": False}


class _Boundary(TyperGroup):
    """The one error boundary: data errors exit 1, usage errors 2, anything unexpected 3."""

    def invoke(self, ctx: Any) -> Any:
        from targetctl.errors import TargetctlError, UsageError

        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except TargetctlError as exc:
            for problem in exc.problems:
                typer.echo(f"error: {problem}", err=True)
            raise typer.Exit(1) from None
        except UsageError as exc:
            raise typer.BadParameter(str(exc), ctx) from None
        except KeyboardInterrupt:
            typer.echo("interrupted", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:  # the boundary: anything else is our bug
            if _DEBUG["on"]:
                traceback.print_exc()
            typer.echo(
                f"internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in targetctl; please report it with the command you ran "
                "(run again with --debug for the traceback).",
                err=True,
            )
            raise typer.Exit(3) from None


app = typer.Typer(
    cls=_Boundary,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    help="Keep a work plan's targets as code, record progress, see where every target stands.",
)

_STATE: dict[str, Any] = {"plans": None}


class Lang(str, Enum):
    en = "en"
    zh = "zh"


class Format(str, Enum):
    text = "text"
    json = "json"
    github = "github"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"targetctl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    plans: Annotated[
        Path | None,
        typer.Option("--plans", envvar="TARGETCTL_PLANS", help="The plans folder (default: ./plans)."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback for internal errors.")] = False,
    version: Annotated[  # noqa: ARG001 (handled eagerly by its callback)
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    _STATE["plans"] = plans
    _DEBUG["on"] = debug


def _plans_dir() -> Path:
    return _STATE["plans"] or Path("plans")


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _width() -> int:
    return shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100


def _fail(code: int = 1) -> NoReturn:
    raise typer.Exit(code)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plans folders or plan files (default: the plans folder).")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Also fail on source sentences neither mapped nor excluded.")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Output: text, json or github annotations.")] = Format.text,
) -> None:
    """Check plan files and record logs; print every problem as path:line:col."""
    from targetctl.render.problems import REPORTERS
    from targetctl.validation import validate as run

    for p in paths or []:
        if not p.exists():
            raise typer.BadParameter(f"'{p}' does not exist", param_hint="PATHS")
    result = run(paths or [_plans_dir()], strict=strict)
    _out(REPORTERS[fmt.value](result))
    if not result.ok:
        _fail()


@app.command()
def schema() -> None:
    """Print the JSON Schema of a plan file (generated from the model)."""
    from targetctl.schema import plan_schema

    _out(plan_schema())


@app.command("list")
def list_(lang: Annotated[Lang, typer.Option(help="Titles in zh or en.")] = Lang.en) -> None:
    """Show the plans → programmes → targets tree."""
    from targetctl.loading import load_workspace
    from targetctl.render.common import to_text
    from targetctl.render.tree import plan_tree

    ws = load_workspace(_plans_dir())
    ws.raise_problems()
    _out(to_text(*plan_tree([lp.plan for lp in ws.plans], lang.value), width=_width(), color=_color()))


@app.command()
def trace(
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    unmapped: Annotated[bool, typer.Option("--unmapped", help="Only sentences neither mapped nor excluded.")] = False,
) -> None:
    """Show each source sentence and the targets or programmes that quote it."""
    from targetctl.render.common import to_text
    from targetctl.render.tree import trace_table
    from targetctl.tracing import trace_workspace

    traces = trace_workspace(_plans_dir(), plan)
    tables = [trace_table(p, [s for s in ss if not unmapped or s.status == "unmapped"]) for p, ss in traces]
    _out(to_text(*tables, width=_width(), color=_color()))


def main() -> None:
    try:
        app(prog_name="targetctl")
    except SystemExit:
        raise
    except BaseException:  # the boundary covers commands; this catches a failure in Typer itself
        if _DEBUG["on"] or "--debug" in sys.argv:
            traceback.print_exc()
        sys.stderr.write("internal error in targetctl; please report it (run with --debug for details)\n")
        sys.exit(3)
