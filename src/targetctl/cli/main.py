"""The command line: parse and check options, call the command's module, print what it returns.

Only this package imports Typer. Command modules (and through them pydantic models,
YAML and Rich tables) are imported inside each command, so that `--help`,
`--version` and shell completion start as fast as Typer itself.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from targetctl import __version__
from targetctl.cli import formats, terminal
from targetctl.cli.arguments import NegativeValue
from targetctl.cli.session import Session
from targetctl.domain.messages import Msg
from targetctl.domain.vocabulary import FIRST_YEAR, KINDS, LANGS, LAST_YEAR, OVERVIEW_OVER, RATING_WORDS, RATINGS

if TYPE_CHECKING:
    from collections.abc import Callable

    from targetctl.commands import Context, Output


def _session(ctx: typer.Context | None) -> Session:
    found = ctx.find_object(Session) if ctx is not None else None
    return found if found is not None else Session()


class _Boundary(TyperGroup):
    """The one error boundary: data errors exit 1, usage errors 2, anything unexpected 3."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        """Under the Chinese interface, Click's own words (usage errors, the usage line, help
        headings, metavars) are Chinese for this run too (`cli.usage_zh`)."""
        argv = list(args) if args is not None else sys.argv[1:]
        helping = not argv or "--help" in argv or "-h" in argv
        if _wants_chinese(argv):
            from targetctl.cli.usage_zh import chinese

            with chinese(self):
                return super().main(args, *rest, **kwargs)
        if helping:  # help may quote Chinese (a unit, 填报人): wrap it by terminal cells
            from targetctl.cli.usage_zh import wide_text

            with wide_text():
                return super().main(args, *rest, **kwargs)
        return super().main(args, *rest, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        from targetctl.domain.problems import TargetctlError, UsageError, visible
        from targetctl.io.paths import display_path

        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except TargetctlError as exc:
            session = _session(ctx)
            lang = terminal.language(session.lang) if session.lang else ("zh" if _wants_chinese(sys.argv[1:]) else "en")
            for problem in exc.problems:
                typer.echo(("错误：" if lang == "zh" else "error: ") + problem.said(lang), err=True)
            raise typer.Exit(1) from None
        except UsageError as exc:
            raise typer.BadParameter(exc.message, ctx) from None
        except OSError as exc:  # the file system refused (permissions, a full disk): not our bug
            where = f"{display_path(exc.filename)}: " if exc.filename else ""
            session = _session(ctx)
            lang = terminal.language(session.lang) if session.lang else ("zh" if _wants_chinese(sys.argv[1:]) else "en")
            said = Msg("cli.os_error", where=where, reason=exc.strerror or str(exc)).text(lang)
            typer.echo(("错误：" if lang == "zh" else "error: ") + visible(said), err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo(Msg("cli.interrupted").text(terminal.language(_session(ctx).lang)), err=True)
            raise typer.Exit(130) from None
        except Exception as exc:  # the boundary: anything else is our bug
            if _session(ctx).debug or "--debug" in sys.argv:
                traceback.print_exc()
            bug = Msg("cli.internal_error", kind=type(exc).__name__, detail=str(exc))
            typer.echo(bug.text(terminal.language(_session(ctx).lang)), err=True)
            raise typer.Exit(3) from None


app = typer.Typer(
    cls=_Boundary,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: formatting it with Rich would double the start-up time
    help="Keep a work plan's targets as code, record progress, see where every target stands.",
)

# Choices built from the model's vocabulary, so that the two cannot drift apart.
Lang = Enum("Lang", {k: k for k in LANGS}, type=str)  # type: ignore[misc]
Kind = Enum("Kind", {k: k for k in KINDS}, type=str)  # type: ignore[misc]
Rating = Enum("Rating", {k: k for k in (*RATINGS, *RATING_WORDS)}, type=str)  # type: ignore[misc]


def _day_param(value: str) -> dt.date:
    """The one date type of every date option."""
    from targetctl.domain.records import parse_day

    try:
        return parse_day(value)
    except ValueError:
        raise typer.BadParameter(Msg("usage.not_date", text=value)) from None


LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale)."),
]
JsonOption = formats.JsonOption


def _date_option(*names: str, help: str) -> Any:
    return typer.Option(*names, help=help, parser=_day_param, metavar="<YYYY-MM-DD>")


AsOfOption = Annotated[dt.date | None, _date_option("--as-of", help="Show the state on this date (default: today).")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"targetctl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    plans: Annotated[
        list[Path] | None,
        typer.Option(
            "--plans",
            envvar="TARGETCTL_PLANS",
            help="A plans folder; repeat it to read several as one workspace (default: ./plans).",
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
    session = ctx.ensure_object(Session)
    if getattr(ctx.get_parameter_source("plans"), "name", None) == "ENVIRONMENT":  # Click reads '' as '.'
        plans = [Path(p) for p in os.environ.get("TARGETCTL_PLANS", "").split(os.pathsep) if p]
    session.plans, session.lang = tuple(plans or ()), lang.value if lang else None
    session.no_pager, session.debug = no_pager, debug


def _context(ctx: typer.Context, lang: Any = None, *, language: str | None = None, cache: bool = True) -> Context:
    """The commands' context: the command's own --lang, else the one before the command, else
    the environment. An error after this is said in the same language. `cache`: whether saved
    plans and record-log states may be used (each command, and each in-process test run,
    decides again)."""
    from targetctl.commands import Context
    from targetctl.io import statecache

    statecache.use(cache)
    session = _session(ctx)
    if lang is not None:
        session.lang = lang.value
    chosen = language or terminal.language(session.lang)
    folders = session.plans or (Path("plans"),)
    plans = folders[0] if len(folders) == 1 else folders
    return Context(plans, chosen, terminal.width(), terminal.color(), dt.date.today())


def _out(ctx: typer.Context, text: str) -> None:
    text = terminal.safe(text)
    if terminal.pages(text, not _session(ctx).no_pager):
        terminal.page(text)
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def _emit(ctx: typer.Context, output: Output) -> None:
    if output.text:
        _out(ctx, output.text)
    for line in output.warnings:
        typer.echo(terminal.safe(line), err=True)
    if output.code:
        _fail(output.code)


def _complete_target(ctx: typer.Context, incomplete: str) -> list[str]:
    from targetctl.io.quickscan import target_ids

    return [i for folder in _session(ctx).plans or (Path("plans"),) for i in target_ids(folder, incomplete)]


def _fail(code: int = 1) -> NoReturn:
    raise typer.Exit(code)


@app.command()
@formats.option("validate")
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plans folders or plan files (default: the plans folder).")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Also fail on source clauses neither mapped nor excluded.")] = False,
    fmt: str = formats.default("validate"),
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """Check plan files and record logs; print every problem as path:line:col."""
    from targetctl.commands import validate as command

    for p in paths or []:
        if not p.exists():
            raise typer.BadParameter(Msg("cli.not_exist", path=p), param_hint="PATHS")
    _emit(
        ctx,
        command.run(
            _context(ctx, lang), paths or [], strict=strict, fmt=formats.choose(ctx, "validate", fmt, as_json=as_json)
        ),
    )


@app.command()
def schema(ctx: typer.Context) -> None:
    """Print the JSON Schema of a plan file (generated from the model)."""
    from targetctl.commands import schema as command

    _out(ctx, command.run())


@app.command("list")
def list_(ctx: typer.Context, lang: LangOption = None) -> None:
    """Show the plans → programmes → targets tree."""
    from targetctl.commands import list as command

    _emit(ctx, command.run(_context(ctx, lang)))


@app.command()
@formats.option("trace")
def trace(
    ctx: typer.Context,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    unmapped: Annotated[bool, typer.Option("--unmapped", help="Only clauses neither mapped nor excluded.")] = False,
    fmt: str = formats.default("trace"),
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    lang: LangOption = None,
) -> None:
    """Show each clause of the sources and the targets or programmes that quote it."""
    from targetctl.commands import trace as command

    chosen = formats.choose(ctx, "trace", fmt, output=output)
    if output is not None:
        from targetctl.io.files import output_file, write_atomic

        output_file(output)
    if chosen == "html":
        page = command.review_page(_context(ctx, lang), plan)
        if output is None:
            _out(ctx, page)
        else:
            write_atomic(output, page.encode("utf-8"))
        return
    if output is not None:
        write_atomic(output, "".join(command.rows(_context(ctx, lang), plan, unmapped)).encode("utf-8"))
        return
    lines = command.rows(_context(ctx, lang), plan, unmapped)
    if terminal.pages("\n" * 10_000, not _session(ctx).no_pager):  # a pager takes the whole text
        _out(ctx, "".join(lines))
        return
    for line in lines:  # streamed: a source of megabytes prints as it is read
        sys.stdout.write(line)
    sys.stdout.flush()


@app.command(cls=NegativeValue)
def record(
    ctx: typer.Context,
    target: Annotated[str | None, typer.Argument(help="Target id.", autocompletion=_complete_target)] = None,
    value: Annotated[str | None, typer.Argument(help="Number (e.g. 42, 9.5%, 1.2万) or milestone state.")] = None,
    date: Annotated[
        dt.date | None, _date_option("--date", help="The date the value is as of (default: today).")
    ] = None,
    by: Annotated[str | None, typer.Option(help="Who records it (default: git user.name, then login).")] = None,
    note: Annotated[str | None, typer.Option(help="A note.")] = None,
    evidence: Annotated[str | None, typer.Option(help="A link or document reference.")] = None,
    provisional: Annotated[bool, typer.Option(help="A provisional figure; a final one supersedes it.")] = False,
    add: Annotated[bool, typer.Option("--add", help="VALUE is an increment to the latest total.")] = False,
    correct: Annotated[
        bool, typer.Option("--correct", help="Allow a running total lower than the latest one: a correction.")
    ] = False,
    confirm: Annotated[
        bool,
        typer.Option(
            "--confirm", help="Allow a value the typo guard doubts: over 10x the goal, past 2x it, or 3x the latest."
        ),
    ] = False,
    show_status: Annotated[
        bool, typer.Option("--status/--no-status", help="Print the target's status line afterwards.")
    ] = True,
    void: Annotated[
        str | None,
        typer.Option("--void", help="Retract the record with this id, or 'last' for your own latest record."),
    ] = None,
    reason: Annotated[str | None, typer.Option(help="Why (required with --void).")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Void without asking (on a terminal, --void asks).")] = False,
    lang: LangOption = None,
) -> None:
    """Append a progress value for a target (or --void a record) to its plan's record log."""
    from targetctl.commands import record as command

    if void:
        if target or value or date or note or evidence or provisional or add or correct or confirm:
            raise typer.BadParameter(Msg("cli.void_alone"), param_hint="--void")
        if not reason:
            raise typer.BadParameter(Msg("cli.void_reason"), param_hint="--reason")
        context = _context(ctx, lang)
        ask = None if yes or not terminal.interactive() else _asker(context.lang)
        _emit(ctx, command.void(context, void, reason, by=by, ask=ask))
        return
    if yes:
        raise typer.BadParameter(Msg("cli.yes_with_void"), param_hint="--yes")
    if not target or value is None:
        raise typer.BadParameter(Msg("cli.target_value"), param_hint="TARGET VALUE")
    options = command.RecordOptions(date, by, note, evidence, provisional, add, correct, confirm, show_status)
    _emit(ctx, command.run(_context(ctx, lang), target, value, options))


def _asker(lang: str) -> Callable[[str], bool]:
    """Show what is about to be done and ask for a yes."""
    from targetctl.render.i18n import f

    def ask(about: str) -> bool:
        typer.echo(about)
        return typer.confirm(f("void.ask", lang), default=False)

    return ask


@app.command()
def judge(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="Target id.", autocompletion=_complete_target)],
    rating: Annotated[Rating, typer.Argument(help="red, amber or green (红, 黄, 绿).")],
    reason: Annotated[str, typer.Option(help="Why: a judgement needs a written reason.")],
    date: Annotated[dt.date | None, _date_option("--date", help="As of (default: today).")] = None,
    by: Annotated[str | None, typer.Option(help="Who judges (default: git user.name, then login).")] = None,
    lang: LangOption = None,
) -> None:
    """Record a responsible person's red/amber/green judgement of a target, with a reason."""
    from targetctl.commands import judge as command

    chosen = RATING_WORDS.get(rating.value, rating.value)
    _emit(ctx, command.run(_context(ctx, lang), target, chosen, reason, day=date, by=by))


def _statuses(names: list[str] | None, option: str) -> frozenset[Any]:
    """Statuses as typed, in English or as the Chinese interface shows them (进度滞后)."""
    from targetctl.domain.vocabulary import STATUSES
    from targetctl.render.i18n import ZH

    chinese = {ZH[s]: s for s in STATUSES if s in ZH}
    chosen = [chinese.get(s, s) for s in names or []]
    for s in chosen:
        if s not in STATUSES:
            raise typer.BadParameter(
                Msg("cli.expected_one_of", value=s, choices=", ".join(STATUSES)), param_hint=option
            )
    return frozenset(chosen)


class Period(str, Enum):
    month = "month"
    quarter = "quarter"


class Sort(str, Enum):
    status = "status"
    due = "due"
    progress = "progress"


@app.command()
@formats.option("status")
def status(
    ctx: typer.Context,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    programme: Annotated[str | None, typer.Option(help="Only this programme (and those inside it).")] = None,
    owner: Annotated[str | None, typer.Option(help="Only targets whose lead unit contains this text.")] = None,
    state: Annotated[
        list[str] | None, typer.Option("--status", help="Only targets in this status (repeatable).")
    ] = None,
    kind: Annotated[Kind | None, typer.Option(help="Only targets of this kind.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only targets whose report is overdue.")] = False,
    as_of: AsOfOption = None,
    fmt: str = formats.default("status"),
    as_json: JsonOption = False,
    lang: LangOption = None,
    at_risk: Annotated[float, typer.Option(help="Percent below expected still on track.", min=0, max=100)] = 5.0,
    behind: Annotated[float, typer.Option(help="Percent below expected still only at risk.", min=0, max=100)] = 15.0,
    fail_on: Annotated[
        list[str] | None, typer.Option("--fail-on", help="Exit 1 if any target is in this status (repeatable).")
    ] = None,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all", help=f"List every target, those with no data too, even when there are over {OVERVIEW_OVER}."
        ),
    ] = False,
    sort: Annotated[
        Sort, typer.Option(help="Order within a programme: status (what needs attention first), due or progress.")
    ] = Sort.status,
    grep: Annotated[str | None, typer.Option(help="Only targets whose id, title or quote contains this text.")] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Show whole titles, wrapped, instead of one line each.")] = False,
    period: Annotated[
        Period | None,
        typer.Option(help="One column per month or quarter: actual/expected at its end, for every numeric target."),
    ] = None,
    since: Annotated[
        dt.date | None,
        _date_option("--since", help="What changed since this date: status moves and the records as of it or later."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not use or fill the output cache or the saved plans and logs.")
    ] = False,
) -> None:
    """Show where every target stands: value vs goal, expected by now, status, by programme.

    Targets that need attention (missed, behind, at risk) come first; those with no data
    are counted per programme unless --all is given."""
    if behind < at_risk:
        raise typer.BadParameter(Msg("cli.behind_below"), param_hint="--behind")
    from targetctl.io.cache import today

    output = formats.choose(ctx, "status", fmt, as_json=as_json)
    day = as_of or today()  # the day the cache key is made for too, however long the run
    wanted, failing = _statuses(state, "--status"), _statuses(fail_on, "--fail-on")
    if (period or since) and (output == "json" or failing):
        raise typer.BadParameter(Msg("cli.period_tables"))
    if period and since:
        raise typer.BadParameter(Msg("cli.period_or_since"), param_hint="--since")
    if since and since > day:
        raise typer.BadParameter(Msg("cli.since_after", since=since, day=day), param_hint="--since")
    context = _context(ctx, lang, cache=not no_cache)
    digest = None
    if not no_cache and not failing:
        options = [plan, programme, owner, kind, sorted(wanted), overdue, day, output, context.lang, at_risk, behind]
        options += [show_all, sort.value, grep, wide, period.value if period else None, since]
        # the command line as typed, when there is one: the start-up fast path looks that up
        digest = _session(ctx).argv_key or terminal.status_digest([repr(options)], context.plans)
        hit = _cached(digest)
        if hit is not None:
            _out(ctx, hit)
            return
    from targetctl.commands import status as command
    from targetctl.domain.progress import Tolerance
    from targetctl.domain.summary import Filters

    filters = Filters(plan, programme, owner, kind.value if kind else None, wanted, overdue, grep)
    chosen = command.StatusOptions(
        day, filters, Tolerance(at_risk / 100, behind / 100), output, show_all, sort.value, wide,
        period.value if period else None, since, failing,
    )  # fmt: skip
    result = command.run(context, chosen)
    if digest and not result.code:
        from targetctl.io import cache

        cache.store(digest, result.text, today())
    _emit(ctx, result)


def _cached(digest: str | None) -> str | None:
    from targetctl.io import cache

    return cache.lookup(digest)


@app.command()
@formats.option("overdue")
def overdue(
    ctx: typer.Context,
    as_of: Annotated[dt.date | None, _date_option("--as-of", help="The date to check (default: today).")] = None,
    fmt: str = formats.default("overdue"),
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """List, per lead unit, the targets whose progress report is overdue for their cadence."""
    from targetctl.commands import overdue as command

    _emit(
        ctx,
        command.run(
            _context(ctx, lang), as_of or dt.date.today(), formats.choose(ctx, "overdue", fmt, as_json=as_json)
        ),
    )


@app.command()
@formats.option("show")
def show(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="Target id.", autocompletion=_complete_target)],
    as_of: AsOfOption = None,
    fmt: str = formats.default("show"),
    as_json: JsonOption = False,
    lang: LangOption = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not use or fill the saved plans and logs.")] = False,
) -> None:
    """Everything about one target: source, goal, checkpoints, history and a chart."""
    from targetctl.commands import show as command

    _emit(
        ctx,
        command.run(
            _context(ctx, lang, cache=not no_cache),
            target,
            as_of or dt.date.today(),
            formats.choose(ctx, "show", fmt, as_json=as_json),
        ),
    )


@app.command()
@formats.option("log")
def log(
    ctx: typer.Context,
    target: Annotated[str | None, typer.Option(help="Only this target.", autocompletion=_complete_target)] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan.")] = None,
    by: Annotated[str | None, typer.Option(help="Only records by this person.")] = None,
    since: Annotated[dt.date | None, _date_option("--since", help="Only as of this date or later.")] = None,
    until: Annotated[dt.date | None, _date_option("--until", help="Only as of this date or earlier.")] = None,
    fmt: str = formats.default("log"),
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """The records, newest first."""
    from targetctl.commands import log as command

    query = command.LogQuery(target, plan, by, since, until)
    _emit(ctx, command.run(_context(ctx, lang), query, formats.choose(ctx, "log", fmt, as_json=as_json)))


class Sheet(str, Enum):
    targets = "targets"
    records = "records"


@app.command()
@formats.option("export")
def export(
    ctx: typer.Context,
    fmt: str = formats.default("export"),
    as_json: JsonOption = False,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    sheet: Annotated[Sheet, typer.Option(help="For csv: the targets or the records.")] = Sheet.targets,
    as_of: Annotated[dt.date | None, _date_option("--as-of", help="Status on this date (default: today).")] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    lang: LangOption = None,
) -> None:
    """Write targets with their status (and the records) as CSV, JSON, an xlsx workbook, or
    Parquet tables (-o FOLDER: targets, records, programmes, partitioned by plan).

    Spreadsheets (csv, xlsx) have Chinese headers unless --lang en or TARGETCTL_LANG=en is
    given: they go to Chinese offices, whatever the locale of the machine that makes them."""
    import os

    from targetctl.commands import export as command
    from targetctl.io.files import output_file

    chosen = formats.choose(ctx, "export", fmt, as_json=as_json, output=output)
    if chosen == "xlsx" and output is None:
        raise typer.BadParameter(Msg("cli.xlsx_file"), param_hint="--output")
    if chosen == "parquet":
        from targetctl.io.parquet import destination

        if output is None:
            raise typer.BadParameter(Msg("cli.parquet_folder"), param_hint="--output")
        destination(output)  # before any work: a folder that cannot be used is a usage error
    elif output is not None:
        output_file(output)
    given = lang is not None or _session(ctx).lang is not None or os.environ.get(terminal.LANG_ENV)
    context = _context(ctx, lang, language=None if chosen == "json" or given else "zh")
    _emit(ctx, command.run(context, chosen, sheet.value, as_of or dt.date.today(), plan, output))


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A CSV or xlsx file: the export layout or the simple template.")],
    by: Annotated[
        str | None, typer.Option(help="Who records the rows without a 填报人 (default: git user.name).")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row; write nothing.")] = False,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="Allow values over 10x the goal (or percents over 1000).")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Record many values at once from a spreadsheet; one bad row means nothing is written."""
    from targetctl.commands import import_ as command

    if not file.is_file():
        raise typer.BadParameter(Msg("cli.not_file", path=file), param_hint="FILE")
    _emit(ctx, command.run(_context(ctx, lang), file, by=by, dry_run=dry_run, confirm=confirm))


@app.command()
@formats.option("report")
def report(
    ctx: typer.Context,
    fmt: str = formats.default("report"),
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    as_of: Annotated[dt.date | None, _date_option("--as-of", help="Report on this date (default: today).")] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    lang: LangOption = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not use or fill the saved plans and logs.")] = False,
) -> None:
    """A progress report for one plan or all: Markdown, one standalone HTML file with charts,
    or a Word document."""
    from targetctl.commands import report as command
    from targetctl.io.files import output_file

    chosen = formats.choose(ctx, "report", fmt, output=output)
    if chosen == "docx" and output is None:
        raise typer.BadParameter(Msg("cli.docx_file"), param_hint="--format")
    if output is not None:
        output_file(output)
    _emit(ctx, command.run(_context(ctx, lang, cache=not no_cache), chosen, as_of or dt.date.today(), plan, output))


@app.command()
def init(
    ctx: typer.Context,
    plan_id: Annotated[str, typer.Argument(help="The new plan's id, e.g. west-coast-org-2021.")],
    year: Annotated[
        int | None, typer.Option(help="The plan's year (default: this year).", min=FIRST_YEAR, max=LAST_YEAR)
    ] = None,
) -> None:
    """Start a new plan file, with a comment explaining every field; it validates as written."""
    from targetctl.commands import init as command

    _emit(ctx, command.run(_context(ctx), plan_id, year))


@app.command()
def draft(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help="The document: text (UTF-8 or GBK), .docx or .pdf.")],
    plan_id: Annotated[str | None, typer.Option("--id", help="The new plan's id; writes PLANS/ID.yaml.")] = None,
    compare: Annotated[
        str | None, typer.Option("--compare", help="Only list differences with this existing plan; write nothing.")
    ] = None,
    year: Annotated[
        int | None, typer.Option(help="The plan's year, if the text does not say.", min=FIRST_YEAR, max=LAST_YEAR)
    ] = None,
    period_start: Annotated[
        dt.date | None, _date_option("--period-start", help="The period's first day, YYYY-MM-DD.")
    ] = None,
    period_end: Annotated[
        dt.date | None, _date_option("--period-end", help="The period's last day, YYYY-MM-DD.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing plan file and source copy.")] = False,
    review: Annotated[
        Path | None,
        typer.Option(
            "--review", help="Also write a review page (HTML): the source coloured by what each clause became."
        ),
    ] = None,
) -> None:
    """Draft a plan file from a Chinese policy document, for a person to review."""
    from targetctl.commands import draft as command

    if (plan_id is None) == (compare is None):
        raise typer.BadParameter(Msg("cli.draft_id"))
    if review is not None:
        from targetctl.io.files import output_file

        if review.suffix.lower() not in (".html", ".htm", ""):
            raise typer.BadParameter(Msg("cli.review_html", name=f"{review.stem}.html"), param_hint="--review")
        output_file(review)
    options = command.DraftOptions(source, plan_id, compare, year, period_start, period_end, force, review)
    _emit(ctx, command.run(_context(ctx), options))


@app.command("repair")
def repair_(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would be moved.")] = False,
) -> None:
    """Move torn or unreadable lines out of the record logs (kept in a side file)."""
    from targetctl.commands import repair as command

    _emit(ctx, command.run(_context(ctx), dry_run=dry_run))


def _wants_chinese(argv: list[str]) -> bool:
    """--lang zh anywhere on the command line, else TARGETCTL_LANG or the locale."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1] == "zh"
        if word.startswith("--lang="):
            return word == "--lang=zh"
    return terminal.language(None) == "zh"


_GLOBAL_WITH_VALUE = {"--plans", "--lang"}


def _invoked(argv: list[str]) -> str | None:
    """The command the words name, when only global options come before it."""
    rest = list(argv)
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        if option in _GLOBAL_WITH_VALUE and rest:
            rest.pop(0)
        elif option not in ("--debug", "--no-pager") and not option.startswith(("--plans=", "--lang=")):
            return None  # --help, --version, completion: they need every command
    return rest[0] if rest else None


def _click_command(argv: list[str]) -> Any:
    """The click group, with only the named command converted where one is named: Typer builds
    a converter for every parameter of every command it converts, which is most of the time
    a cold command spends before it starts its own work."""
    import typer.main

    name = None if os.environ.get("_TARGETCTL_COMPLETE") else _invoked(argv)
    every = app.registered_commands
    named = [c for c in every if (c.name or (c.callback.__name__ if c.callback else "")) == name]
    if not named:
        return typer.main.get_command(app)
    app.registered_commands = named
    try:
        return typer.main.get_command(app)
    finally:
        app.registered_commands = every


def main(argv_key: str | None = None) -> None:
    """Run the CLI (`argv_key`: the status cache key the fast path computed, if any)."""
    command = _click_command(sys.argv[1:])
    command(prog_name="targetctl", obj=Session(argv_key=argv_key))
