"""The command line: the Typer app, its options before the command, and the one error boundary.

Only this package imports Typer. The commands are defined in `read_commands` and
`write_commands` and registered here, in the order `--help` lists them. Command modules
(and through them pydantic models, YAML and Rich tables) are imported inside each
command, so that `--help`, `--version` and shell completion start as fast as Typer itself.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from targetctl import __version__
from targetctl.cli import read_commands, terminal, write_commands
from targetctl.cli.arguments import NegativeValue
from targetctl.cli.common import session_of
from targetctl.cli.options import Lang
from targetctl.cli.session import Session, parse


class _Boundary(TyperGroup):
    """The one error boundary: data errors exit 1, usage errors 2, anything unexpected 3."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        """Under the Chinese interface, Click's own words (usage errors, the usage line, help
        headings, metavars) are Chinese for this run too (`cli.usage_zh`)."""
        argv = list(args) if args is not None else sys.argv[1:]
        helping = not argv or "--help" in argv or "-h" in argv
        session = kwargs.get("obj")
        if not isinstance(session, Session):  # run in-process (tests): read the words here
            kwargs["obj"] = session = parse(argv)
        if session.chinese():
            from targetctl.cli.usage_zh import chinese

            with chinese(self):
                return super().main(args, *rest, **kwargs)
        if helping:  # help may quote Chinese (a unit, 填报人): wrap it by terminal cells
            from targetctl.cli.usage_zh import wide_text

            with wide_text():
                return super().main(args, *rest, **kwargs)
        return super().main(args, *rest, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        from typer._click.exceptions import NoSuchOption
        from typer._click.exceptions import UsageError as Misused

        from targetctl.cli import said
        from targetctl.domain.problems import TargetctlError, UsageError

        try:
            return super().invoke(ctx)
        except NoSuchOption as exc:  # Click would suggest --plan (a filter) for a misplaced --plans
            if exc.option_name != "--plans":
                raise
            from targetctl.domain.messages import Msg

            raise Misused(Msg("usage.plans_before_command", command=ctx.invoked_subcommand), exc.ctx) from None
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except (TargetctlError, OSError) as exc:
            for line in said.error_lines(exc, _language(ctx)) or []:
                typer.echo(line, err=True)
            raise typer.Exit(1) from None
        except UsageError as exc:
            raise typer.BadParameter(exc.message, self._command_context(ctx)) from None
        except KeyboardInterrupt:
            typer.echo(said.interrupted(_language(ctx)), err=True)
            raise typer.Exit(130) from None
        except Exception as exc:  # the boundary: anything else is our bug
            if session_of(ctx).debug:
                traceback.print_exc()
            typer.echo(said.internal(exc, _language(ctx)), err=True)
            raise typer.Exit(3) from None

    def _command_context(self, ctx: Any) -> Any:
        """The context of the command that raised, so that the error shows its own usage line
        (`targetctl init [OPTIONS] PLAN_ID`); its own context is closed by now: a new one, unparsed."""
        name = ctx.invoked_subcommand
        command = self.get_command(ctx, name) if name else None
        return type(ctx)(command, info_name=name, parent=ctx) if command is not None else ctx


def _language(ctx: Any) -> str:
    """The language an error is said in: the session's, else --lang anywhere on the line, else the environment."""
    session = session_of(ctx)
    return terminal.language(session.lang) if session.lang else ("zh" if session.chinese() else "en")


app = typer.Typer(
    cls=_Boundary,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: formatting it with Rich would double the start-up time
    help="Keep a work plan's targets as code, record progress, see where every target stands.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"targetctl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    plans: Annotated[
        list[str] | None,  # not Path: Click would read '' as '.'
        typer.Option(
            "--plans",
            envvar="TARGETCTL_PLANS",
            help=(
                "A plans folder, or a pattern such as 'districts/*/plans'; repeat it to read several"
                " as one workspace (default: ./plans)."
            ),
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback for internal errors.")] = False,
    lang: Annotated[
        Lang | None,
        typer.Option(help="Interface language for every command: zh or en (default: TARGETCTL_LANG, then the locale)."),
    ] = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never send long output through a pager (it is used only on a terminal).")
    ] = False,
    version: Annotated[  # noqa: ARG001 (handled eagerly by its callback)
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    session = ctx.ensure_object(Session)  # read from the words already: Typer's parse is the word
    if getattr(ctx.get_parameter_source("plans"), "name", None) == "ENVIRONMENT":  # empty entries skipped, as PATH
        from targetctl.io.paths import plans_from_env

        plans = plans_from_env()
    elif "" in (plans or ()):
        from targetctl.domain.messages import Msg
        from targetctl.domain.problems import UsageError

        raise UsageError(Msg("usage.empty_plans_folder"))
    session.plans, session.lang = tuple(Path(p) for p in plans or ()), lang.value if lang else None
    session.no_pager, session.debug = no_pager, debug or session.debug


# registered in the order --help lists them
app.command()(read_commands.validate)
app.command()(read_commands.schema)
app.command("list")(read_commands.list_)
app.command()(read_commands.trace)
app.command(cls=NegativeValue)(write_commands.record)
app.command()(write_commands.judge)
app.command()(read_commands.status)
app.command()(read_commands.overdue)
app.command()(read_commands.show)
app.command()(read_commands.log)
app.command()(read_commands.export)
app.command("import")(write_commands.import_)
app.command()(read_commands.report)
app.command()(write_commands.init)
app.command()(write_commands.draft)
app.command("repair")(write_commands.repair_)


def _click_command(session: Session) -> Any:
    """The click group, with only the named command converted where one is named: Typer builds
    a converter for every parameter of every command it converts, which is most of the time
    a cold command spends before it starts its own work."""
    import typer.main

    name = None if os.environ.get("_TARGETCTL_COMPLETE") else session.command
    every = app.registered_commands
    named = [c for c in every if (c.name or (c.callback.__name__ if c.callback else "")) == name]
    if not named:
        return typer.main.get_command(app)
    app.registered_commands = named
    try:
        return typer.main.get_command(app)
    finally:
        app.registered_commands = every


def main(session: Session | None = None) -> None:
    """Run the CLI (`session`: as the start-up fast path read it from the command line)."""
    session = session or parse(sys.argv[1:])
    command = _click_command(session)
    command(prog_name="targetctl", obj=session)
