"""`import`: record many values at once from a spreadsheet (CSV or xlsx).

Importing the sheet `export` writes records every row whose new value is filled in. A
simpler template works too: 目标编号, 数值, 截至日期 (and optionally 备注, 佐证, 填报人,
初步数). Each row becomes a record through the one write path `record` uses
(`writing.value_record`), so it meets the same rules with the same messages. Every row
is checked before anything is written, and a row already in a log, or voided there, is
skipped: importing the same file twice changes nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.ledger import Ledger, TargetHistory
from targetctl.domain.messages import Msg, NoHint
from targetctl.domain.model import Target
from targetctl.domain.problems import Problem, TargetctlError, UsageError, clean
from targetctl.domain.progress import Progress, effective, precedence
from targetctl.domain.records import BadValue, ValueRecord, parse_number, target_unit, value_for
from targetctl.domain.suggest import suggest
from targetctl.domain.summary import Filters, status_report
from targetctl.domain.vocabulary import STATUSES
from targetctl.io.paths import display_path
from targetctl.io.plans import LoadedPlan
from targetctl.io.spreadsheets import IMPORT_HEADERS, TARGET_COLUMNS, Cell, Exported, office_day, open_table
from targetctl.render.common import goal, unit_text
from targetctl.render.export import sheet_goal
from targetctl.render.i18n import f
from targetctl.render.i18n import t as tr
from targetctl.render.status import value_text
from targetctl.workspace import Roots, Workspace
from targetctl.workspace.writing import (
    Given,
    Refused,
    as_percent,
    check_texts,
    default_author,
    needs_earlier,
    now,
    value_record,
    write_records,
)

VOIDED = {tr("voided", "en"), tr("voided", "zh")}
YES = {"yes", "true", "1", "是", "y"}
NO = {"", "no", "false", "0", "否", "n"}
# `import` words the hints of these rules for itself; the messages stay `record`'s
IMPORT_HINTS: dict[str, Msg | NoHint] = {
    "plausible": Msg("import.plausible_hint"),
    "total": Msg("import.total_hint"),
}
# a running total refused against a row of this same file names that row: its id is not in any log
_BY_ROW = {"value.total_above_later": "import.total_above_row", "value.total_below_latest": "import.total_below_row"}
MAX_LISTED = 200
# the export's columns that are only shown: a value typed there is never read
SHOWN = ("title", "lead", "support", "goal", "current", "unit", "progress", "status", "updated")
_PROGRESS = re.compile(r"^-?\d+(?:\.\d+)?%$")
STATUS_WORDS = {""} | {tr(status, lang) for status in STATUSES for lang in ("zh", "en")}


@dataclass
class Line:
    """One value to record, as the dry run and the real run list it."""

    plan: LoadedPlan
    target: Target
    record: ValueRecord
    read: str  # the cell as it was read


@dataclass
class Import:
    lines: list[Line]
    rows: int
    skipped: int = 0  # rows already in a log, or voided there: importing them again changes nothing
    encoding: str | None = None
    problems: list[Problem] = field(default_factory=list)
    roots: tuple[Path, ...] = ()  # the plans folders read

    @property
    def records(self) -> list[tuple[LoadedPlan, ValueRecord]]:
        return [(line.plan, line.record) for line in self.lines]


def _known(ws: Workspace) -> tuple[Ledger, set[str], set[tuple[str, dt.date, float | str, bool]]]:
    """The logs read in full, the ids of their records, and what each target's values in effect
    say: a row equal to one is the same file imported again and skipped; a row equal to a value
    since superseded or voided is a new record, under record's rules."""
    ledger = ws.read_records(history=True)
    ids = {e.record.id for h in ledger.histories.values() for e in h.values + h.judgements} | set(ledger.voids)
    said = {
        (r.target, r.as_of, r.value, r.provisional)
        for h in ledger.histories.values()
        for r in effective(h.value_records(), ledger.voided)
    }
    return ledger, ids, said


def _voided(ledger: Ledger) -> dict[tuple[str, dt.date, float | str, bool], str]:
    """What each voided value record said, and its id: a row saying it again is named, not taken."""
    return {
        (r.target, r.as_of, r.value, r.provisional): r.id
        for h in ledger.histories.values()
        for r in h.value_records()
        if r.id in ledger.voided
    }


class _Rows:
    """Checks rows one at a time; collects the records and every bad row."""

    def __init__(
        self,
        root: Roots,
        path: Path,
        header: list[Cell],
        *,
        by: str | None,
        today: dt.date,
        confirm: bool,
        exported: Exported | None = None,
        header_line: int = 1,
    ):
        self.shown, self.header, self.by, self.today, self.confirm = display_path(path), header, by, today, confirm
        self.columns = _columns(header, self.shown, header_line)
        self.ws = workspace.load(root, records=False)
        self.ledger, self.ids, self.said = _known(self.ws)
        self.voided = _voided(self.ledger)
        self.author, self.stamp = default_author() if by is None else by, now()
        self.lines: list[Line] = []
        self.problems: list[Problem] = []
        self.skipped = 0
        self.effective: dict[str, list[ValueRecord]] = {}  # per running total, its values so far
        self.row_of: dict[str, int] = {}  # the row of each record taken
        self.expected = _exported(self.ws, self.ledger, exported) if "current" in self.columns else {}

    def bad(self, row: int, key: str, why: Msg, hint: Msg | NoHint = "") -> None:
        name = self.header[self.columns[key]].text if key in self.columns else key
        where = Msg("import.row", row=row, column=name, why=why)
        self.problems.append(Problem(self.shown, row, self.columns.get(key, 0) + 1, where, hint))

    def take(self, number: int, row: list[Cell]) -> None:
        cell = {key: (row[i] if i < len(row) else Cell("", "")) for key, i in self.columns.items()}
        text = {key: c.text.strip() for key, c in cell.items()}
        self._shown_edits(number, row, text)
        if not text["value"]:
            return
        if text.get("rid") in self.ids or text.get("state") in VOIDED:
            self.skipped += 1  # a row of the records export: never a second copy, never a voided value back
            return
        found = self.ws.targets.get(text["id"])
        if found is None:
            hint = suggest(text["id"], self.ws.targets) or Msg("unknown.target_hint")  # as `record` says it
            self.bad(number, "id", Msg("unknown.target", target=text["id"]), hint)
            return
        lp, target = found
        try:
            typed = _typed(cell["value"], target)
            day = office_day(cell["as_of"]) if text["as_of"] else None
        except Refused as refused:
            self.bad(number, refused.field, refused.message, refused.hint)
            return
        except ValueError:
            self.bad(number, "as_of", Msg("import.not_date", text=text["as_of"]))
            return
        if day is None:
            self.bad(number, "as_of", Msg("import.no_date"))
            return
        word = text.get("provisional", "").lower()
        if word not in YES | NO:
            yes_no = Msg("import.yes_no_hint")
            self.bad(number, "provisional", Msg("import.not_yes_no", text=text["provisional"]), yes_no)
            return
        provisional = word in YES
        given = Given(
            typed,
            day,
            by=_filled(cell, "by") or self.by,
            note=_filled(cell, "note"),
            evidence=_filled(cell, "evidence"),
            provisional=provisional,
            confirm=self.confirm,
        )
        with suppress(BadValue):  # a value that does not fit is value_record's to report
            key = (target.id, day, value_for(target, typed), given.provisional)
            if key in self.said:
                self.skipped += 1  # the same file imported again: the value is in effect already
                return
            if key in self.voided:  # brought back silently, a retracted typo would stand again
                self.bad(
                    number,
                    "value",
                    Msg("import.voided_again", rid=self.voided[key]),
                    Msg("import.voided_hint"),
                )
                return
        try:
            record = value_record(
                lp, target, given, today=self.today, earlier=self._earlier(target), stamp=self.stamp, author=self.author
            )
        except Refused as refused:
            message = refused.message
            rid = message.fields.get("rid")
            if message.id in _BY_ROW and isinstance(rid, str) and rid in self.row_of:
                message = Msg(_BY_ROW[message.id], **{**message.fields, "rid": self.row_of[rid]})
            self.bad(number, refused.field, message, IMPORT_HINTS.get(refused.rule, refused.hint))
            return
        self.said.add((target.id, record.as_of, record.value, record.provisional))
        self._taken(record)
        self.row_of[record.id] = number
        shown = cell["value"]
        read = as_percent(shown.number) + "%" if shown.percent and shown.number is not None else text["value"]
        self.lines.append(Line(lp, target, record, read))

    def _earlier(self, target: Target) -> list[ValueRecord] | None:
        """The target's effective values, the rows taken so far included, in date order (kept
        up to date a row at a time: recomputing them per row would be quadratic)."""
        if not needs_earlier(target):
            return None
        if target.id not in self.effective:
            self.effective[target.id] = effective(self.ledger.history(target.id).value_records(), self.ledger.voided)
        return self.effective[target.id]

    def _taken(self, record: ValueRecord) -> None:
        values = self.effective.get(record.target)
        if values is None:
            return
        at = bisect.bisect_left([v.as_of for v in values], record.as_of)
        if at < len(values) and values[at].as_of == record.as_of:
            held = values[at]
            if precedence(record.provisional, record.recorded) >= precedence(held.provisional, held.recorded):
                values[at] = record
        else:
            values.insert(at, record)

    def _shown_edits(self, number: int, row: list[Cell], text: dict[str, str]) -> None:
        """A value typed into a column export only shows is never read: say where it belongs."""
        expected = self.expected.get(text["id"])
        if expected is None:
            return
        value_header = self.header[self.columns["value"]].text
        for key in SHOWN:
            i = self.columns.get(key)
            if i is None or i >= len(row) or _as_exported(key, row[i], expected):
                continue
            name = self.header[i].text
            self.problems.append(
                Problem(
                    self.shown,
                    number,
                    i + 1,
                    Msg("import.shown_changed", where=row[i].where, name=name, text=row[i].text),
                    Msg("import.shown_hint", value=value_header, as_of=self.header[self.columns["as_of"]].text),
                )
            )


def _as_exported(key: str, cell: Cell, expected: dict[str, set[str]]) -> bool:
    """Whether a shown cell still says what export wrote, also after a spreadsheet program
    read it and saved it again (a date as 2025/6/30, a percent as the number 0.4)."""
    text = clean(cell.text).strip()
    if not text or text in expected.get(key, ()):  # a cell cleared holds no value to lose
        return True
    if key == "status":
        return text in expected["status"] if "status" in expected else text in STATUS_WORDS
    if key == "progress":
        if "fraction" not in expected:  # the file does not say its day: any percent may be right
            return bool(_PROGRESS.match(text)) or cell.number is not None
        fraction = next(iter(expected["fraction"]))
        number = cell.number if cell.number is not None else _percent_text(text)
        return fraction != "" and number is not None and abs(number - float(fraction)) < 5e-4
    if key == "updated":
        with suppress(ValueError):
            return office_day(cell).isoformat() in expected["updated"]
        return False
    if key == "current":
        number = cell.number * 100 if cell.number is not None and cell.percent else cell.number
        if number is None:
            with suppress(BadValue):
                number = float(parse_number(text)[0])
        return number is not None and any(abs(number - float(v)) < 1e-9 for v in expected["numbers"])
    return False


def _written_by(ledger: Ledger, when: dt.datetime) -> Ledger:
    """The ledger as it stood at `when`: a record written since was not in the export."""
    out = Ledger(day=ledger.day, full=True)
    for tid, history in ledger.histories.items():
        out.histories[tid] = TargetHistory(
            [e for e in history.values if e.record.recorded <= when],
            [e for e in history.judgements if e.record.recorded <= when],
        )
    out.judgements = {tid: [j for j in js if j.recorded <= when] for tid, js in ledger.judgements.items()}
    out.voids = {rid: e for rid, e in ledger.voids.items() if e.record.recorded <= when}
    return out


def _percent_text(text: str) -> float | None:
    """'40%' or '40.0%' as the fraction 0.4; None for anything else."""
    found = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)\s*%", text)
    return float(found[1]) / 100 if found else None


def _filled(cells: dict[str, Cell], column: str) -> str | None:
    """A text cell's text; None for a column not given or a cell that looks empty (spaces
    alone are invisible in a spreadsheet, so they are taken as the empty cell they look like)."""
    text = cells[column].text if column in cells else ""
    return text if text.strip() else None


def _typed(cell: Cell, target: Target) -> str:
    """What a value cell says, as `record` would be given it: a percent-formatted number on a
    percent target is the percent Excel shows (0.095 formatted 0.0% is 9.5)."""
    if cell.number is None:
        return cell.text
    percent_target = target_unit(target) == "percent"
    hundred = as_percent(cell.number)
    if cell.percent and not percent_target:
        raise Refused(
            "value",
            "value",
            Msg("import.percent_cell", where=cell.where, hundred=hundred, target=target.id, unit=target_unit(target)),
            Msg("import.plain_number"),
        )
    if cell.percent:
        return f"{hundred}%"  # said as a percent: no fraction to doubt
    return cell.text


def _exported(ws: Workspace, ledger: Ledger, exported: Exported | None = None) -> dict[str, dict[str, set[str]]]:
    """Per target, what export may have written in each shown column (in either language;
    the current value is any value the target has had). Where the file says the day it was
    exported for and when (an xlsx export does), the status and progress it showed: from the
    records written by then; else any status word and any percent pass."""
    out: dict[str, dict[str, set[str]]] = {}
    on_the_day: dict[str, Progress] = {}
    if exported is not None:
        then = _written_by(ledger, exported.made) if exported.made else ledger
        report = status_report([lp.plan for lp in ws.plans], then, exported.day, Filters())
        on_the_day = {p.target.id: p for p in report.progresses()}
    for tid, (lp, target) in ws.targets.items():
        history = ledger.histories.get(tid)
        values = [r.value for r in history.value_records()] if history else []
        both = ("zh", "en")
        texts = {
            "title": {target.title.get(lang) for lang in both},
            "lead": {target.lead_unit or lp.plan.lead_unit or ""},
            "support": {"、".join(target.supporting_units)},
            "goal": {goal(target, lang) for lang in both} | {sheet_goal(target, lang) for lang in both},
            "unit": {""} | {unit_text(target, lang) for lang in both},
            "current": {"", "—"} | {value_text(target, v, lang) for v in values for lang in both},
            "updated": {""} | {r.as_of.isoformat() for r in history.value_records()} if history else {""},
            "numbers": {str(v) for v in values if not isinstance(v, str)},
        }
        if tid in on_the_day:
            p = on_the_day[tid]
            texts["status"] = {p.status} | {tr(p.status, lang) for lang in both}
            texts["fraction"] = {"" if p.fraction is None else repr(p.fraction)}
        out[tid] = {key: {clean(x).strip() for x in shown} for key, shown in texts.items()}
    return out


def plan_import(root: Roots, path: Path, *, by: str | None = None, today: dt.date, confirm: bool = False) -> Import:
    """Check every row of the file; the records to write, or an error listing every bad row.
    A value far outside what its target allows is a bad row unless `confirm`. A `by` that no
    record can hold is the option's fault, not a row's: a usage error before any row is read."""
    if by is not None:
        try:
            check_texts(by=by)
        except Refused as refused:
            raise UsageError(refused.message) from None
    with open_table(path) as table:
        rows = _Rows(
            root,
            path,
            table.header,
            by=by,
            today=today,
            confirm=confirm,
            exported=table.exported,
            header_line=table.header_line,
        )
        count = 0
        for number, row in table.rows:
            count += 1
            rows.take(number, row)
        encoding = table.encoding
    if rows.problems:
        problems = sorted(rows.problems, key=lambda p: p.line)
        if len(problems) > MAX_LISTED:  # a wrong file, most likely: the first ones say enough
            more = len(problems) - MAX_LISTED
            problems = [*problems[:MAX_LISTED], Problem(problems[0].path, 0, 0, Msg("import.more_rows", n=more))]
        raise TargetctlError(problems)
    return Import(rows.lines, count, rows.skipped, encoding, roots=rows.ws.roots)


def _columns(header: list[Cell], shown: str, line: int = 1) -> dict[str, int]:
    columns: dict[str, int] = {}
    known = {**IMPORT_HEADERS, **{key: {zh, en.lower()} for key, zh, en in TARGET_COLUMNS if key in SHOWN}}
    for i, cell in enumerate(header):
        for key, names in known.items():
            if cell.text.strip().lower() in names and key not in columns:
                columns[key] = i
    missing = [k for k in ("id", "value", "as_of") if k not in columns]
    if missing:
        needed = {"id": "目标编号", "value": "本期填报/数值", "as_of": "填报截至日期/截至日期"}
        raise TargetctlError(
            [Problem(shown, line, 1, Msg("import.no_column", column=needed[k]), Msg("import.layout")) for k in missing]
        )
    return columns


def write_import(plan: Import) -> int:
    """Append the checked records: to every plan's log or to none, even across a crash."""
    write_records(plan.records, plan.roots)
    return len(plan.lines)


def _listed(planned: Import, lang: str) -> Iterator[str]:
    for line in planned.lines:
        rec = line.record
        shown = value_text(line.target, rec.value, lang)
        yield f(
            "import.line",
            lang,
            target=rec.target,
            read=line.read,
            value=shown,
            day=rec.as_of,
        )


def run(ctx: Context, file: Path, *, by: str | None, dry_run: bool = False, confirm: bool = False) -> Output:
    planned = plan_import(ctx.plans, file, by=by, today=ctx.today, confirm=confirm)
    text = "".join(line + "\n" for line in _listed(planned, ctx.lang))
    if planned.encoding:
        text = f("import.encoding", ctx.lang, encoding=planned.encoding) + "\n" + text
    written = len(planned.lines) if dry_run else write_import(planned)
    template = "import.dry_run" if dry_run else ("import.done")
    text += f(template, ctx.lang, n=planned.rows, m=written) + "\n"
    if planned.skipped:
        text += f("import.skipped", ctx.lang, k=planned.skipped) + "\n"
    return Output(text)
