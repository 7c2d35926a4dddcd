"""The command line: parse options, call one core function, hand its result to a renderer.

Only this module imports Typer. Heavy modules (pydantic models, YAML, Rich tables)
are imported inside the commands so that `--help`, `--version` and shell
completion start as fast as Typer itself.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from targetctl import __version__
from targetctl.cli.terminal import color as _color
from targetctl.cli.terminal import width as _width
from targetctl.domain.vocabulary import FIRST_YEAR, KINDS, LAST_YEAR

_DEBUG = {"on": False}


class _Boundary(TyperGroup):
    """The one error boundary: data errors exit 1, usage errors 2, anything unexpected 3."""

    def invoke(self, ctx: Any) -> Any:
        from targetctl.domain.problems import TargetctlError, UsageError, display_path, visible

        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except TargetctlError as exc:
            from targetctl.render.i18n import said

            lang = _lang(None) if _STATE["lang"] else ("zh" if _wants_chinese(sys.argv[1:]) else "en")
            for problem in exc.problems:
                typer.echo(("错误：" if lang == "zh" else "error: ") + said(problem, lang), err=True)
            raise typer.Exit(1) from None
        except UsageError as exc:
            raise typer.BadParameter(str(exc), ctx) from None
        except OSError as exc:  # the file system refused (permissions, a full disk): not our bug
            where = f"{display_path(exc.filename)}: " if exc.filename else ""
            typer.echo(f"error: {visible(where + (exc.strerror or str(exc)))}", err=True)
            raise typer.Exit(1) from None
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
    rich_markup_mode=None,  # plain help: formatting it with Rich would double the start-up time
    help="Keep a work plan's targets as code, record progress, see where every target stands.",
)

_STATE: dict[str, Any] = {"plans": None, "lang": None, "no_pager": False}
OVERVIEW_OVER = 300  # more targets than this: one line per plan unless --all


class Lang(str, Enum):
    en = "en"
    zh = "zh"


LangOption = Annotated[
    Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
]


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
    _STATE["plans"] = plans
    _STATE["lang"] = lang
    _STATE["no_pager"] = no_pager
    _DEBUG["on"] = debug


def _plans_dir() -> Path:
    return _STATE["plans"] or Path("plans")


def _out(text: str) -> None:
    from targetctl.cli import terminal

    if terminal.pages(text, not _STATE["no_pager"]):
        terminal.page(text)
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def _complete_target(incomplete: str) -> list[str]:
    from targetctl.io.quickscan import target_ids

    return target_ids(_plans_dir(), incomplete)


def _lang(option: Lang | None) -> str:
    """The command's own --lang, else the one given before the command, else the environment."""
    from targetctl.render.i18n import resolve

    if option is not None:
        _STATE["lang"] = option  # so that an error after this is said in the same language
    chosen = option or _STATE["lang"]
    return resolve(chosen.value if chosen else None)


def tf(template: str, lang: str, **values: object) -> str:
    from targetctl.render.i18n import f

    return f(template, lang, **values)


def _fail(code: int = 1) -> NoReturn:
    raise typer.Exit(code)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plans folders or plan files (default: the plans folder).")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Also fail on source clauses neither mapped nor excluded.")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Output: text, json or github annotations.")] = Format.text,
) -> None:
    """Check plan files and record logs; print every problem as path:line:col."""
    from targetctl.commands.validate import validate as run
    from targetctl.render.problems import REPORTERS, text

    for p in paths or []:
        if not p.exists():
            raise typer.BadParameter(f"'{p}' does not exist", param_hint="PATHS")
    result = run(paths or [_plans_dir()], strict=strict)
    _out(text(result, _lang(None)) if fmt.value == "text" else REPORTERS[fmt.value](result))
    if not result.ok:
        _fail()


@app.command()
def schema() -> None:
    """Print the JSON Schema of a plan file (generated from the model)."""
    from targetctl.commands.schema import plan_schema

    _out(plan_schema())


@app.command("list")
def list_(
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
) -> None:
    """Show the plans → programmes → targets tree."""
    from targetctl.render.common import to_text
    from targetctl.render.tree import plan_tree
    from targetctl.workspace.loading import load_workspace

    ws = load_workspace(_plans_dir())
    ws.raise_problems()
    _out(to_text(*plan_tree([lp.plan for lp in ws.plans], _lang(lang)), width=_width(), color=_color()))


@app.command()
def trace(
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    unmapped: Annotated[bool, typer.Option("--unmapped", help="Only clauses neither mapped nor excluded.")] = False,
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
) -> None:
    """Show each clause of the sources and the targets or programmes that quote it."""
    from targetctl.commands.trace import trace_workspace
    from targetctl.render.common import to_text
    from targetctl.render.tree import trace_table

    traces = trace_workspace(_plans_dir(), plan)
    numbered = [
        (p, [(n, s) for n, s in enumerate(ss, 1) if not unmapped or s.status == "unmapped"]) for p, ss in traces
    ]
    tables = [trace_table(p, ss, _lang(lang)) for p, ss in numbered]
    _out(to_text(*tables, width=_width(), color=_color()))


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    from targetctl.domain.records import parse_day

    try:
        return parse_day(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; write YYYY-MM-DD", param_hint=option) from None


def _today() -> dt.date:
    return dt.date.today()


@app.command()
def record(
    target: Annotated[str | None, typer.Argument(help="Target id.", autocompletion=_complete_target)] = None,
    value: Annotated[str | None, typer.Argument(help="Number (e.g. 42, 9.5%, 1.2万) or milestone state.")] = None,
    date: Annotated[str | None, typer.Option("--date", help="The date the value is as of (default: today).")] = None,
    by: Annotated[str | None, typer.Option(help="Who records it (default: git user.name, then login).")] = None,
    note: Annotated[str | None, typer.Option(help="A note.")] = None,
    evidence: Annotated[str | None, typer.Option(help="A link or document reference.")] = None,
    provisional: Annotated[bool, typer.Option(help="A provisional figure; a final one supersedes it.")] = False,
    add: Annotated[bool, typer.Option("--add", help="VALUE is an increment to the latest total.")] = False,
    correct: Annotated[
        bool, typer.Option("--correct", help="Allow a running total lower than the latest one: a correction.")
    ] = False,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="Allow a value over 10x the goal (or a percent over 1000).")
    ] = False,
    show_status: Annotated[
        bool, typer.Option("--status/--no-status", help="Print the target's status line afterwards.")
    ] = True,
    void: Annotated[
        str | None,
        typer.Option("--void", help="Retract the record with this id, or 'last' for your own latest record."),
    ] = None,
    reason: Annotated[str | None, typer.Option(help="Why (required with --void).")] = None,
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
) -> None:
    """Append a progress value for a target (or --void a record) to its plan's record log."""
    from targetctl.commands import record as recording
    from targetctl.domain.problems import display_path
    from targetctl.render.status import status_line

    if void:
        if target or value or date or note or evidence or provisional or add or correct or confirm:
            raise typer.BadParameter(
                "--void takes only --reason and --by (no TARGET, VALUE or value options)", param_hint="--void"
            )
        if not reason:
            raise typer.BadParameter("a void needs a reason: --reason TEXT", param_hint="--reason")
        done = recording.void_record(_plans_dir(), void, reason or "", by=by)
        _out(
            tf(
                "voided {rid} (record {vid} in {path})",
                _lang(lang),
                rid=getattr(done.record, "void", void),  # the full id, also for a prefix or 'last'
                vid=done.record.id,
                path=display_path(done.path),
            )
            + "\n"
        )
        return
    if not target or value is None:
        raise typer.BadParameter("give TARGET and VALUE, or --void RECORD_ID --reason TEXT", param_hint="TARGET VALUE")
    done = recording.record_value(
        _plans_dir(),
        target,
        value,
        day=_day(date, "--date"),
        by=by,
        note=note,
        evidence=evidence,
        provisional=provisional,
        add=add,
        correct=correct,
        confirm=confirm,
        with_status=show_status,
    )
    if done.understood:
        _out(tf("read {value}", _lang(lang), value=done.understood) + "\n")
    _out(tf("recorded {rid} in {path}", _lang(lang), rid=done.record.id, path=display_path(done.path)) + "\n")
    for problem in done.warnings:
        typer.echo(f"warning: {problem}", err=True)
    if done.progress:
        _out(status_line(done.progress, _lang(lang)) + "\n")


class Rating(str, Enum):
    red = "red"
    amber = "amber"
    green = "green"
    红 = "红"
    黄 = "黄"
    绿 = "绿"


@app.command()
def judge(
    target: Annotated[str, typer.Argument(help="Target id.", autocompletion=_complete_target)],
    rating: Annotated[Rating, typer.Argument(help="red, amber or green (红, 黄, 绿).")],
    reason: Annotated[str, typer.Option(help="Why: a judgement needs a written reason.")],
    date: Annotated[str | None, typer.Option("--date", help="As of (default: today).")] = None,
    by: Annotated[str | None, typer.Option(help="Who judges (default: git user.name, then login).")] = None,
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
) -> None:
    """Record a responsible person's red/amber/green judgement of a target, with a reason."""
    from targetctl.commands import record as recording
    from targetctl.domain.problems import display_path
    from targetctl.domain.vocabulary import RATING_WORDS

    chosen = RATING_WORDS.get(rating.value, rating.value)
    done = recording.judge(_plans_dir(), target, chosen, reason, day=_day(date, "--date"), by=by)  # type: ignore[arg-type]
    _out(tf("recorded judgement {rid} in {path}", _lang(lang), rid=done.record.id, path=display_path(done.path)) + "\n")


def _statuses(names: list[str] | None, option: str) -> frozenset[str]:
    """Statuses as typed, in English or as the Chinese interface shows them (进度滞后)."""
    from targetctl.domain.vocabulary import STATUSES
    from targetctl.render.i18n import ZH

    chinese = {ZH[s]: s for s in STATUSES if s in ZH}
    chosen = [chinese.get(s, s) for s in names or []]
    for s in chosen:
        if s not in STATUSES:
            raise typer.BadParameter(f"'{s}'; expected one of: {', '.join(STATUSES)}", param_hint=option)
    return frozenset(chosen)


def _filters(
    plan: str | None,
    programme: str | None,
    owner: str | None,
    kind: str | None,
    status: list[str] | None,
    overdue: bool,
    grep: str | None = None,
) -> Any:
    from targetctl.commands.status import Filters

    return Filters(plan, programme, owner, kind, _statuses(status, "--status"), overdue, grep)  # type: ignore[arg-type]


Kind = Enum("Kind", {k: k for k in KINDS}, type=str)  # type: ignore[misc]


class Period(str, Enum):
    month = "month"
    quarter = "quarter"


class Sort(str, Enum):
    status = "status"
    due = "due"
    progress = "progress"


@app.command()
def status(
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    programme: Annotated[str | None, typer.Option(help="Only this programme (and those inside it).")] = None,
    owner: Annotated[str | None, typer.Option(help="Only targets whose lead unit contains this text.")] = None,
    state: Annotated[
        list[str] | None, typer.Option("--status", help="Only targets in this status (repeatable).")
    ] = None,
    kind: Annotated[Kind | None, typer.Option(help="Only targets of this kind.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only targets whose report is overdue.")] = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Show the state on this date (default: today).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the documented JSON structure.")] = False,
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
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
        str | None, typer.Option(help="What changed since this date: status moves and the records as of it or later.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not use or fill the output cache.")] = False,
) -> None:
    """Show where every target stands: value vs goal, expected by now, status, by programme.

    Targets that need attention (missed, behind, at risk) come first; those with no data
    are counted per programme unless --all is given."""
    from targetctl.io import cache

    if behind < at_risk:
        raise typer.BadParameter("--behind must not be below --at-risk", param_hint="--behind")
    day = _day(as_of, "--as-of") or _today()
    wanted, failing = _statuses(state, "--status"), _statuses(fail_on, "--fail-on")
    start = _day(since, "--since")
    if (period or start) and (as_json or failing):
        raise typer.BadParameter("--period and --since print tables; use them without --json and --fail-on")
    if period and start:
        raise typer.BadParameter("choose one of --period and --since", param_hint="--since")
    if start and start > day:
        raise typer.BadParameter(f"{start} is after the as-of day {day}", param_hint="--since")
    width, color = _width(), _color()
    digest = None
    if not no_cache and not failing and _plans_dir().is_dir():
        options = [plan, programme, owner, kind, sorted(wanted), overdue, day, as_json, _lang(lang), at_risk, behind]
        options += [show_all, sort.value, grep, wide, period.value if period else None, start]
        # the command line as typed, when there is one: the start-up fast path looks that up
        digest = cache.ARGV_KEY or cache.key([repr(options)], _plans_dir(), {"width": width, "color": color})
        hit = cache.lookup(digest)
        if hit is not None:
            _out(hit)
            return
    filters = _filters(plan, programme, owner, kind.value if kind else None, state, overdue, grep)
    from targetctl.commands.status import build
    from targetctl.domain.progress import Tolerance
    from targetctl.render.common import to_text
    from targetctl.render.status import View, overview, status_json, status_tables

    tol = Tolerance(at_risk / 100, behind / 100)
    if period or start:
        from targetctl.commands.status import changes, check_filters, load, period_view, status_report
        from targetctl.render.status import changes_view, period_table

        ws, ledger = load(_plans_dir(), day, history=True)
        check_filters(ws, filters)
        if period:
            periods = period_view(status_report(ws, ledger, day, filters, tol), ledger, period.value)
            text = to_text(*period_table(periods, _lang(lang), width), width=width, color=color)
        else:
            assert start is not None
            text = to_text(*changes_view(changes(ws, ledger, start, day, filters, tol), _lang(lang)), width=width)
        _out(text)
        if digest:
            cache.store(digest, text)
        return
    report = build(_plans_dir(), day, filters, tol)
    if as_json:
        text = status_json(report)
    elif len(report.progresses()) > OVERVIEW_OVER and not show_all:
        text = to_text(*overview(report, _lang(lang)), width=width, color=color)
    else:
        view = View(sort=sort.value, show_all=show_all, wide=wide)
        text = to_text(*status_tables(report, _lang(lang), width, view), width=width, color=color)
    _out(text)
    if digest:
        cache.store(digest, text)
    slipped = [p for p in report.progresses() if p.status in failing]
    if slipped:
        typer.echo(
            f"{len(slipped)} target(s) {'/'.join(sorted(failing))}: {', '.join(p.target.id for p in slipped)}", err=True
        )
        _fail()


@app.command()
def overdue(
    as_of: Annotated[str | None, typer.Option("--as-of", help="The date to check (default: today).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
) -> None:
    """List, per lead unit, the targets whose progress report is overdue for their cadence."""
    from targetctl.commands.status import build, by_lead_unit
    from targetctl.render.common import to_text
    from targetctl.render.overdue import overdue_json, overdue_tables

    report = build(_plans_dir(), _day(as_of, "--as-of") or _today(), _filters(None, None, None, None, None, True))
    groups = by_lead_unit(report)
    _out(
        overdue_json(report.day, groups)
        if as_json
        else to_text(*overdue_tables(report.day, groups, _lang(lang)), width=_width(), color=_color())
    )


@app.command()
def show(
    target: Annotated[str, typer.Argument(help="Target id.", autocompletion=_complete_target)],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Show the state on this date (default: today).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
) -> None:
    """Everything about one target: source, goal, checkpoints, history and a chart."""
    from targetctl.commands.show import target_detail
    from targetctl.render.common import to_text
    from targetctl.render.history import detail_json, detail_view

    detail = target_detail(_plans_dir(), target, _day(as_of, "--as-of") or _today())
    _out(detail_json(detail) if as_json else to_text(*detail_view(detail, _lang(lang)), width=_width(), color=_color()))


@app.command()
def log(
    target: Annotated[str | None, typer.Option(help="Only this target.", autocompletion=_complete_target)] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan.")] = None,
    by: Annotated[str | None, typer.Option(help="Only records by this person.")] = None,
    since: Annotated[str | None, typer.Option(help="Only as of this date or later.")] = None,
    until: Annotated[str | None, typer.Option(help="Only as of this date or earlier.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    lang: Annotated[
        Lang | None, typer.Option(help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale).")
    ] = None,
) -> None:
    """The records, newest first."""
    from targetctl.commands.show import LogQuery, log_entries
    from targetctl.render.common import to_text
    from targetctl.render.history import log_json, log_table

    query = LogQuery(target, plan, by, _day(since, "--since"), _day(until, "--until"))
    entries, targets = log_entries(_plans_dir(), query)
    if as_json:
        _out(log_json(entries))
        return
    _out(to_text(log_table(entries, targets, _lang(lang)), width=_width(), color=_color()))


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


class Sheet(str, Enum):
    targets = "targets"
    records = "records"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="csv, json or xlsx.")] = ExportFormat.csv,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    sheet: Annotated[Sheet, typer.Option(help="For csv: the targets or the records.")] = Sheet.targets,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Status on this date (default: today).")] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    lang: LangOption = None,
) -> None:
    """Write targets with their status (and the records) as CSV, JSON or an xlsx workbook.

    Spreadsheets (csv, xlsx) have Chinese headers unless --lang en or TARGETCTL_LANG=en is
    given: they go to Chinese offices, whatever the locale of the machine that makes them."""
    import os

    from targetctl.commands import export as exchange
    from targetctl.io.files import output_file
    from targetctl.render.i18n import LANG_ENV

    if fmt is ExportFormat.xlsx and output is None:
        raise typer.BadParameter("xlsx needs a file: pass -o FILE.xlsx", param_hint="--output")
    if output is not None:
        output_file(output)
    day = _day(as_of, "--as-of") or _today()
    chosen = lang or _STATE["lang"]
    sheet_lang = "zh" if fmt is not ExportFormat.json and chosen is None and not os.environ.get(LANG_ENV) else None
    language = sheet_lang or _lang(lang)
    text = exchange.export(_plans_dir(), fmt.value, sheet.value, day, plan, language, output)
    if output is None:
        _out(text)


@app.command("import")
def import_(
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
    from targetctl.commands import export as exchange
    from targetctl.commands.record import default_author

    if not file.is_file():
        raise typer.BadParameter(f"'{file}' is not a file", param_hint="FILE")
    planned = exchange.plan_import(_plans_dir(), file, by=by or default_author(), today=_today(), confirm=confirm)
    written = 0 if dry_run else exchange.write_import(_plans_dir(), planned)
    language = _lang(lang)
    _out(tf("{n} rows read, {m} values recorded", language, n=planned.rows, m=written) + "\n")
    if planned.skipped:
        _out(tf("{k} rows skipped: already recorded, or voided", language, k=planned.skipped) + "\n")


class ReportFormat(str, Enum):
    md = "md"
    html = "html"
    docx = "docx"


@app.command()
def report(
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="md, html, or docx (Word/WPS; needs -o).")
    ] = ReportFormat.html,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Report on this date (default: today).")] = None,
    plan: Annotated[str | None, typer.Option(help="Only this plan id.")] = None,
    lang: LangOption = None,
) -> None:
    """A progress report for one plan or all: Markdown, one standalone HTML file with charts,
    or a Word document."""
    from targetctl.commands.report import build_report
    from targetctl.io.files import output_file, write_atomic
    from targetctl.render.report import render

    if fmt is ReportFormat.docx and output is None:
        raise typer.BadParameter("a Word document needs a file: add -o report.docx", param_hint="--format")
    if output is not None:
        output_file(output)
    data = build_report(_plans_dir(), _day(as_of, "--as-of") or _today(), plan)
    if fmt is ReportFormat.docx:
        from targetctl.render.docx import render_docx

        assert output is not None
        write_atomic(output, render_docx(data, _lang(lang)))
        return
    text = render(data, fmt.value, _lang(lang))
    if output is None:
        _out(text)
    else:
        write_atomic(output, text.encode("utf-8"))


@app.command()
def init(
    plan_id: Annotated[str, typer.Argument(help="The new plan's id, e.g. west-coast-org-2021.")],
    year: Annotated[
        int | None, typer.Option(help="The plan's year (default: this year).", min=FIRST_YEAR, max=LAST_YEAR)
    ] = None,
) -> None:
    """Start a new plan file, with a comment explaining every field; it validates as written."""
    from targetctl.commands.init import init_plan
    from targetctl.domain.problems import display_path

    for path in init_plan(_plans_dir(), plan_id, year):
        _out(f"wrote {display_path(path)}\n")


@app.command()
def draft(
    source: Annotated[Path, typer.Argument(help="The document: text (UTF-8 or GBK), .docx or .pdf.")],
    plan_id: Annotated[str | None, typer.Option("--id", help="The new plan's id; writes PLANS/ID.yaml.")] = None,
    compare: Annotated[
        str | None, typer.Option("--compare", help="Only list differences with this existing plan; write nothing.")
    ] = None,
    year: Annotated[
        int | None, typer.Option(help="The plan's year, if the text does not say.", min=1900, max=2200)
    ] = None,
    period_start: Annotated[
        str | None, typer.Option("--period-start", help="The period's first day, YYYY-MM-DD.")
    ] = None,
    period_end: Annotated[str | None, typer.Option("--period-end", help="The period's last day, YYYY-MM-DD.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing plan file and source copy.")] = False,
) -> None:
    """Draft a plan file from a Chinese policy document, for a person to review."""
    from targetctl.commands.draft import compare as compare_plan
    from targetctl.commands.draft import draft_file, summary_text

    if (plan_id is None) == (compare is None):
        raise typer.BadParameter("give --id PLAN_ID to write a draft, or --compare PLAN_ID to check a plan")
    if compare is not None:
        _out(compare_plan(_plans_dir(), source, compare, today=_today()))
        return
    assert plan_id is not None
    start, end = _day(period_start, "--period-start"), _day(period_end, "--period-end")
    written = draft_file(_plans_dir(), source, plan_id, today=_today(), year=year, start=start, end=end, force=force)
    _out(summary_text(written))


@app.command("repair")
def repair_(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would be moved.")] = False,
) -> None:
    """Move torn or unreadable lines out of the record logs (kept in a side file)."""
    from targetctl.commands.repair import repair_logs
    from targetctl.domain.problems import display_path

    for done in repair_logs(_plans_dir(), dry_run=dry_run):
        if not done.moved:
            continue
        lines = ", ".join(str(n) for n in done.moved)
        where = f"moved to {display_path(done.aside)}" if done.aside else "would be moved (dry run)"
        _out(f"{display_path(done.path)}: line(s) {lines} {where}\n")
    _out("repair: done\n" if not dry_run else "repair: dry run, nothing changed\n")


def _wants_chinese(argv: list[str]) -> bool:
    """--lang zh anywhere on the command line, else TARGETCTL_LANG or the locale."""
    from targetctl.render.i18n import resolve

    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1] == "zh"
        if word.startswith("--lang="):
            return word == "--lang=zh"
    return resolve(None) == "zh"


def _chinese_help(command: Any) -> Any:
    """Put the Chinese help texts in place of the English ones, command by command; returns
    what undoes the one process-wide change (Typer's section names)."""
    import typer.core

    from targetctl.cli.help_zh import HELP, SECTIONS

    def walk(cmd: Any) -> None:
        cmd.help = HELP.get(cmd.help, cmd.help)
        for param in cmd.params:
            if getattr(param, "help", None):
                param.help = HELP.get(param.help, param.help)
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub)

    walk(command)
    english = getattr(typer.core, "_", None)
    if english is not None:  # the section names Typer translates with gettext
        setattr(typer.core, "_", lambda text: SECTIONS.get(text, text))  # noqa: B010 (a private name)
    return lambda: setattr(typer.core, "_", english) if english is not None else None


def main() -> None:
    from targetctl.cli.terminal import tolerant_output

    tolerant_output()
    try:
        import typer.main

        command = typer.main.get_command(app)
        undo = None
        if any(word in ("--help", "-h") for word in sys.argv[1:]) and _wants_chinese(sys.argv[1:]):
            undo = _chinese_help(command)
        try:
            command(prog_name="targetctl")
        finally:
            if undo:
                undo()
    except SystemExit:
        raise
    except BaseException:  # the boundary covers commands; this catches a failure in Typer itself
        if _DEBUG["on"] or "--debug" in sys.argv:
            traceback.print_exc()
        sys.stderr.write("internal error in targetctl; please report it (run with --debug for details)\n")
        sys.exit(3)
