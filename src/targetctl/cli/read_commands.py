"""The commands that read the plans and records and print (or write) what they find.

Each parses and checks its options, builds the command's Context (`cli.common.context`)
and calls the library's command module; only the options are the CLI's own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from targetctl.cli import formats, terminal
from targetctl.cli.common import complete_target, context, emit, out, session_of
from targetctl.cli.options import (
    AsOfOption,
    JsonOption,
    Kind,
    LangOption,
    Period,
    Sheet,
    Sort,
    date_option,
    statuses,
)
from targetctl.commands import Output, answer, call
from targetctl.domain.messages import Msg
from targetctl.domain.vocabulary import AT_RISK_PERCENT, BEHIND_PERCENT, OVERVIEW_OVER


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
    from targetctl.io.paths import expand_folders

    paths = [Path(p) for p in expand_folders(paths or [])]
    for p in paths:
        if not p.exists():
            raise typer.BadParameter(Msg("cli.not_exist", path=p), param_hint="PATHS")
    emit(
        ctx,
        call(
            command.run,
            context(ctx, lang),
            paths or [],
            strict=strict,
            fmt=formats.choose(ctx, "validate", fmt, as_json=as_json),
        ),
    )


def schema(ctx: typer.Context) -> None:
    """Print the JSON Schema of a plan file (generated from the model)."""
    from targetctl.commands import schema as command

    out(ctx, command.run())


def list_(ctx: typer.Context, lang: LangOption = None) -> None:
    """Show the plans → programmes → targets tree."""
    from targetctl.commands import list as command

    emit(ctx, call(command.run, context(ctx, lang)))


@formats.option("trace")
def trace(
    ctx: typer.Context,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    unmapped: Annotated[bool, typer.Option("--unmapped", help="Only clauses neither mapped nor excluded.")] = False,
    fmt: str = formats.default("trace"),
    output: formats.OutputOption = None,
    lang: LangOption = None,
) -> None:
    """Show each clause of the sources and the targets or programmes that quote it."""
    from targetctl.commands import trace as command

    chosen = formats.choose(ctx, "trace", fmt, output=output)
    if output is not None:
        from targetctl.io.files import output_file, write_atomic
        from targetctl.workspace import folders

        output_file(output, folders(context(ctx, lang).plans))
    if chosen == "html":
        page = call(command.review_page, context(ctx, lang), plan)
        if output is None:
            out(ctx, page)
        else:
            write_atomic(output, page.encode("utf-8"))
        return
    if output is not None:
        write_atomic(output, "".join(call(command.rows, context(ctx, lang), plan, unmapped)).encode("utf-8"))
        return
    lines = call(command.rows, context(ctx, lang), plan, unmapped)
    if terminal.pages("\n" * 10_000, not session_of(ctx).no_pager):  # a pager takes the whole text
        out(ctx, "".join(lines))
        return
    try:
        for line in lines:  # streamed: a source of megabytes prints as it is read
            sys.stdout.write(line)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader took what it wanted (`| head`): done, as the other views
        import os

        with contextlib.suppress(OSError, ValueError):  # so that the flush at exit does not fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


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
    at_risk: Annotated[
        float, typer.Option(help="Percent below expected still on track.", min=0, max=100)
    ] = AT_RISK_PERCENT,
    behind: Annotated[
        float, typer.Option(help="Percent below expected still only at risk.", min=0, max=100)
    ] = BEHIND_PERCENT,
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
        date_option("--since", help="What changed since this date: status moves and the records as of it or later."),
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
    output = formats.choose(ctx, "status", fmt, as_json=as_json)
    day = as_of or session_of(ctx).today  # the day the cache key is made for too, however long the run
    wanted, failing = statuses(state, "--status"), statuses(fail_on, "--fail-on")
    if (period or since) and (output == "json" or failing):
        raise typer.BadParameter(Msg("cli.period_tables"))
    if period and since:
        raise typer.BadParameter(Msg("cli.period_or_since"), param_hint="--since")
    if since and since > day:
        raise typer.BadParameter(Msg("cli.since_after", since=since, day=day), param_hint="--since")
    given = context(ctx, lang, cache=not no_cache)
    words = [plan, programme, owner, kind, sorted(wanted), overdue, day, output, given.lang, at_risk, behind]
    words += [show_all, sort.value, grep, wide, period.value if period else None, since, sorted(failing)]

    def run() -> Output:  # only when the output cache has no answer
        from targetctl.commands import status as command
        from targetctl.domain.progress import Tolerance
        from targetctl.domain.summary import Filters

        filters = Filters(plan, programme, owner, kind.value if kind else None, wanted, overdue, grep)
        chosen = command.StatusOptions(
            day, filters, Tolerance(at_risk / 100, behind / 100), output, show_all, sort.value, wide,
            period.value if period else None, since, failing,
        )  # fmt: skip
        return call(command.run, given, chosen)

    emit(ctx, answer(given, words, run))


@formats.option("overdue")
def overdue(
    ctx: typer.Context,
    as_of: Annotated[dt.date | None, date_option("--as-of", help="The date to check (default: today).")] = None,
    fmt: str = formats.default("overdue"),
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """List, per lead unit, the targets whose progress report is overdue for their cadence."""
    from targetctl.commands import overdue as command

    emit(ctx, call(command.run, context(ctx, lang), as_of, formats.choose(ctx, "overdue", fmt, as_json=as_json)))


@formats.option("show")
def show(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="Target id.", autocompletion=complete_target)],
    as_of: AsOfOption = None,
    fmt: str = formats.default("show"),
    as_json: JsonOption = False,
    lang: LangOption = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not use or fill the saved plans and logs.")] = False,
) -> None:
    """Everything about one target: source, goal, checkpoints, history and a chart."""
    from targetctl.commands import show as command

    emit(
        ctx,
        call(
            command.run,
            context(ctx, lang, cache=not no_cache),
            target,
            as_of,
            formats.choose(ctx, "show", fmt, as_json=as_json),
        ),
    )


@formats.option("log")
def log(
    ctx: typer.Context,
    target: Annotated[str | None, typer.Option(help="Only this target.", autocompletion=complete_target)] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan.")] = None,
    by: Annotated[str | None, typer.Option(help="Only records by this person.")] = None,
    since: Annotated[dt.date | None, date_option("--since", help="Only as of this date or later.")] = None,
    until: Annotated[dt.date | None, date_option("--until", help="Only as of this date or earlier.")] = None,
    fmt: str = formats.default("log"),
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """The records, newest first."""
    from targetctl.commands import log as command

    query = command.LogQuery(target, plan, by, since, until)
    emit(ctx, call(command.run, context(ctx, lang), query, formats.choose(ctx, "log", fmt, as_json=as_json)))


@formats.option("export")
def export(
    ctx: typer.Context,
    fmt: str = formats.default("export"),
    as_json: JsonOption = False,
    output: formats.OutputOption = None,
    sheet: Annotated[Sheet, typer.Option(help="For csv: the targets or the records.")] = Sheet.targets,
    as_of: Annotated[dt.date | None, date_option("--as-of", help="Status on this date (default: today).")] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    lang: LangOption = None,
) -> None:
    """Write targets with their status (and the records) as CSV, JSON, an xlsx workbook, or
    Parquet tables (-o FOLDER: targets, records, programmes, partitioned by plan).

    Spreadsheets (csv, xlsx) have Chinese headers unless --lang en or TARGETCTL_LANG=en is
    given: they go to Chinese offices, whatever the locale of the machine that makes them."""
    from targetctl.commands import export as command
    from targetctl.io.files import output_file

    chosen = formats.choose(ctx, "export", fmt, as_json=as_json, output=output)
    if chosen == "xlsx" and output is None:
        raise typer.BadParameter(Msg("cli.xlsx_file"), param_hint="--output")
    if chosen == "parquet":
        from targetctl.io.parquet import destination
        from targetctl.workspace import folders

        if output is None:
            raise typer.BadParameter(Msg("cli.parquet_folder"), param_hint="--output")
        if getattr(ctx.get_parameter_source("sheet"), "name", None) == "COMMANDLINE":
            raise typer.BadParameter(Msg("cli.parquet_sheet"), param_hint="--sheet")
        # before any work: a folder that cannot be used is a usage error
        destination(output, folders(context(ctx, lang).plans))
    elif output is not None:
        from targetctl.workspace import folders

        output_file(output, folders(context(ctx, lang).plans))
    emit(ctx, call(command.run, context(ctx, lang), chosen, sheet.value, as_of, plan, output))


@formats.option("report")
def report(
    ctx: typer.Context,
    fmt: str = formats.default("report"),
    output: formats.OutputOption = None,
    as_of: Annotated[dt.date | None, date_option("--as-of", help="Report on this date (default: today).")] = None,
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
        from targetctl.workspace import folders

        output_file(output, folders(context(ctx, lang).plans))
    emit(ctx, call(command.run, context(ctx, lang, cache=not no_cache), chosen, as_of, plan, output))
