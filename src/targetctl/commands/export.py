"""`export`: targets with their status, and the records, as CSV, JSON, an xlsx workbook, or
typed Parquet tables for a data warehouse (see docs/warehouse.md).

The target sheet follows the layout of government target-responsibility sheets
(序号 / 目标任务 / 牵头单位 / 配合单位 / 目标值 / 完成情况 / 进度 / 状态), with the
target id and two columns to fill in: 本期填报 (the new value) and 填报截至日期 (its
as-of date), which `import` reads back.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.kinds import rules
from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem, TargetctlError, UsageError
from targetctl.domain.summary import Filters, StatusReport, check_filters, status_report
from targetctl.io import parallel, statecache
from targetctl.io.files import write_atomic
from targetctl.io.paths import folder_name
from targetctl.io.plans import LoadedPlan, read_plan
from targetctl.io.spreadsheets import RECORD_COLUMNS, TARGET_COLUMNS, header, to_csv, write_xlsx
from targetctl.render.export import csv_rows, record_rows, target_rows, to_json
from targetctl.render.formats import Renderers, Screen
from targetctl.render.i18n import t as tr
from targetctl.workspace.logs import folder_strays, read_ledger


@dataclass(frozen=True)
class Exported:
    """What the renderers of `export` are given: the status, the workspace read for it, the
    record rows (when read) and where to write. For Parquet, the plans only (no status):
    its renderer reads each plan's records itself, a plan at a time."""

    ws: workspace.Workspace
    report: StatusReport | None
    records: list[list[Any]]
    sheet: str
    day: dt.date
    plan: str | None
    output: Path | None
    made: dt.datetime
    workers: Any = None  # Parquet: a pool of worker processes started before the plans were read


RENDERERS: Renderers[Exported, str] = Renderers("export")
"""Each returns the text to print, or writes its file (xlsx, parquet: -o is required) and returns ''."""


@RENDERERS.register("csv")
def _csv(data: Exported, screen: Screen) -> str:
    assert data.report is not None
    if data.sheet == "targets":
        return to_csv(header(TARGET_COLUMNS, screen.lang), csv_rows(target_rows(data.report, screen.lang)))
    return to_csv(header(RECORD_COLUMNS, screen.lang), data.records)


@RENDERERS.register("json")
def _json(data: Exported, _screen: Screen) -> str:
    assert data.report is not None
    return to_json(data.report, data.records)


@RENDERERS.register("xlsx")
def _xlsx(data: Exported, screen: Screen) -> str:
    assert data.output is not None and data.report is not None
    lang, report = screen.lang, data.report
    statuses = [p.status for p in report.progresses()]
    titles = "；".join(ps.plan.title.get(lang) for ps in report.plans)
    print_title = f"{titles} · {tr('as of', lang)} {data.day}"
    made = data.made.astimezone(dt.timezone.utc)
    # a change (a growth) is shown signed, as the CLI shows it; a level in percent is not
    signed = [rules(p.target).value_words(1, lang).startswith("+") for p in report.progresses()]
    rows = target_rows(report, lang)
    write_xlsx(data.output, rows, statuses, data.records, lang, print_title, data.day, made, signed)
    return ""


@RENDERERS.register("parquet")
def _parquet_tables(data: Exported, _screen: Screen) -> str:
    assert data.output is not None
    _warehouse(data.ws, data.day, data.plan, data.output, data.workers)
    return ""


def export(
    root: workspace.Roots,
    fmt: str,
    sheet: str,
    day: dt.date,
    plan: str | None,
    lang: str,
    output: Path | None,
    made: dt.datetime | None = None,
) -> str:
    """Write the export to `output` (required for xlsx and parquet) and return the text for
    csv/json; `made`: when (default: the library's reading of the clock), which an xlsx records."""
    if fmt == "parquet":  # a plan's records at a time: 10M records in memory at once would not fit
        with _pool(root) as pool:
            plans = _plans(root, pool)
            empty = Exported(plans, None, [], sheet, day, plan, output, made or workspace.moment(), pool)
            return RENDERERS.render(fmt, empty, _Page(lang))
    with_records = fmt != "csv" or sheet == "records"
    ws = workspace.load(root, as_of=day, history=with_records)
    report = ws.status(day, Filters(plan=plan))
    records = record_rows(ws.ledger, lang, day) if with_records else []
    text = RENDERERS.render(
        fmt, Exported(ws, report, records, sheet, day, plan, output, made or workspace.moment()), _Page(lang)
    )
    if output is not None and fmt in ("csv", "json"):
        write_atomic(output, text.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    return text


@dataclass(frozen=True)
class _Page:
    """A file's look: only its language (no terminal width or colour)."""

    lang: str
    width: int = 0
    color: bool = False


@contextmanager
def _pool(root: workspace.Roots) -> Iterator[Any]:
    """Worker processes for the Parquet export when its logs are large enough, started before
    the plans are read: a forked worker holds a copy of all its parent had, and the parent is
    about to hold every plan of a province."""
    size = 0
    for folder in workspace.folders(root):
        records = folder / "records"
        if records.is_dir():
            size += sum(log.stat().st_size for log in records.glob("*.yaml"))
    count = parallel.jobs()
    if count < 2 or size < parallel.MIN_BYTES:
        yield None
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(count) as pool:
        yield pool


@dataclass(frozen=True)
class _Light:
    """A plan the export's parent process has checked but does not hold: its file, read again
    by the worker that exports it (from the saved plans, when the cache is on)."""

    path: Path
    id: str


def _plans(root: workspace.Roots, pool: Any) -> workspace.Workspace:
    """The plans read and checked as `workspace.load` does, raising what it raises. With
    worker processes, in a process of its own that ends after: a province's plans take
    hundreds of MB that a Python process does not give back, and the parent of the workers
    must stay small. Its workspace then holds `_Light` plans, and the strays found."""
    if pool is None:
        return workspace.load(root, records=False)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(1, mp_context=context) as once:  # not a daemon: it reads on all cores too
        found = once.submit(_checked, root, statecache.active()).result()
    if isinstance(found, Msg):
        raise UsageError(found)
    if isinstance(found, list):
        raise TargetctlError(found)
    return found


def _checked(root: workspace.Roots, cached: bool) -> workspace.Workspace | list[Problem] | Msg:
    """In the checking process: the workspace of `_Light` plans, or the error's problems or
    message (an error does not cross processes whole)."""
    # read here, on one core: workers of its own would each hold a share of the plans as well,
    # while the export's workers wait (the peak of a 10M export was this step, 980 MiB)
    os.environ[parallel.JOBS_ENV] = "1"
    try:
        ws = workspace.load(root, records=False, cache=cached)
        strays = folder_strays(ws.plans, ws.roots)
    except TargetctlError as exc:
        return exc.problems
    except UsageError as exc:
        message = exc.args[0]
        assert isinstance(message, Msg)
        return message
    light = workspace.Workspace(ws.root, roots=ws.roots, files=ws.files, problems=strays)
    light.plans = [_Light(lp.path, lp.plan.id) for lp in ws.plans]  # type: ignore[misc]
    return light


def _warehouse(ws: workspace.Workspace, day: dt.date, plan: str | None, output: Path, pool: Any = None) -> None:
    """The Parquet export, a plan at a time: each plan's records are read with their history,
    its status assessed and its three parts written, then let go, so that memory is bounded by
    the largest plan rather than by the workspace (a province holds 10M records). The plans are
    handed to the worker processes of `pool` (else read here), each writing its own parts into
    the folder being built. Every log is read and checked, as any reading command does; their
    problems are raised together, in the order a whole read gives them, and then nothing is
    put in place."""
    from targetctl.io.parquet import Dataset

    with Dataset(output, ws.roots) as dataset:
        ids = [_id(source) for source in ws.plans]
        jobs = [
            (source, day, dataset.build, plan in (None, ident)) for source, ident in zip(ws.plans, ids, strict=True)
        ]
        # a few plans a task: each worker holds only the plans it is reading
        found = list(pool.imap(_plan_parts, jobs, chunksize=4)) if pool else [_plan_parts(job) for job in jobs]
        problems = [problem for part in found for problem in part]
        problems += ws.problems if pool else folder_strays(ws.plans, ws.roots)
        if problems:
            raise TargetctlError(problems)
        if plan is not None and plan not in ids:
            check_filters([lp.plan for lp in workspace.load(ws.roots, records=False).plans], Filters(plan=plan))
        dataset.commit()


def _id(source: LoadedPlan | _Light) -> str:
    return source.id if isinstance(source, _Light) else source.plan.id


@contextmanager
def _no_collector() -> Iterator[None]:
    """A plan's tens of thousands of small objects built without the cycle collector, as pmap's
    tasks are, but not frozen after (parallel.bulk): a worker reads plan after plan, and what
    one plan left for the collector would be kept for good."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _plan_parts(job: tuple[LoadedPlan | _Light, dt.date, Path, bool]) -> list[Problem]:
    """One plan's log read and checked; its parts written when it is exported and has no problem."""
    from targetctl.domain.warehouse import plan_tables
    from targetctl.io.parquet import write_part

    source, day, build, wanted = job
    with _no_collector():
        if isinstance(source, _Light):
            lp, problems = read_plan(source.path)
            if lp is None or problems:  # changed since it was checked
                return problems
        else:
            lp = source
        ledger = read_ledger([lp], day=day, history=True)
        if ledger.problems or not wanted:
            return ledger.problems
        report = status_report([lp.plan], ledger, day)
        for table, rows in plan_tables(lp.plan, report, ledger, folder_name(lp.root)).items():
            write_part(build, table, lp.plan.id, rows)
        return []


def run(ctx: Context, fmt: str, sheet: str, day: dt.date | None, plan: str | None, output: Path | None) -> Output:
    """The export as of `day` (default: the context's today). Spreadsheets go to Chinese
    offices: their headers are Chinese unless a language was asked for, whatever the locale
    of the machine that makes them."""
    lang = ctx.lang if fmt == "json" or ctx.lang_asked else "zh"
    text = export(ctx.plans, fmt, sheet, day or ctx.today, plan, lang, output, ctx.now)
    return Output(text if output is None else "")
