"""Checks that span a whole plan or several plans: references, dates, ids and quotes."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

from targetctl.domain.model import Model, NumericBase, Text, programme_loc
from targetctl.domain.problems import Problem
from targetctl.domain.progress import effective
from targetctl.domain.records import ValueRecord, implausible, to_record
from targetctl.domain.sources import found_in, normalise, trace
from targetctl.domain.suggest import suggest
from targetctl.domain.vocabulary import FIRST_YEAR, LAST_YEAR
from targetctl.io import statecache
from targetctl.io.plans import LoadedPlan, read_source
from targetctl.io.recordlog import LogReader, log_path
from targetctl.io.yamlsafe import Loc


def check_plans(plans: list[LoadedPlan]) -> list[Problem]:
    problems = list(_unique_ids(plans))
    for lp in plans:
        problems += _own(lp)
    return problems


def _own(lp: LoadedPlan) -> list[Problem]:
    """A plan's own checks (references, dates, quotes), skipped when this plan text and this
    source text passed them before (`io.statecache`)."""
    source, problem = read_source(lp)
    memo = None
    if source is not None and problem is None:
        memo = ("checked", statecache.digest(lp.doc.text.encode()), statecache.digest(source.encode()))
        if statecache.remembered(*memo):
            return []
    problems = [*_references(lp), *_dates(lp), *_quotes(lp, source, problem)]
    if memo and not problems:
        statecache.remember(*memo)
    return problems


def _unique_ids(plans: list[LoadedPlan]) -> Iterator[Problem]:
    seen: dict[str, tuple[LoadedPlan, Loc]] = {}
    for lp in plans:
        places: list[tuple[Loc, str]] = [(("id",), lp.plan.id)]
        places += [((*programme_loc(i), "id"), p.id) for i, p in lp.plan.all_programmes()]
        places += [(("targets", i, "id"), t.id) for i, t in enumerate(lp.plan.targets)]
        for loc, ident in places:
            if ident in seen:
                first, first_loc = seen[ident]
                where = f"{first.doc.path}:{first.doc.position(first_loc)[0]}"
                yield lp.doc.problem(loc, f"id '{ident}' is already used at {where}", hint="ids must be unique")
            else:
                seen[ident] = (lp, loc)


def _references(lp: LoadedPlan) -> Iterator[Problem]:
    programmes = {p.id for _, p in lp.plan.all_programmes()}
    for i, t in enumerate(lp.plan.targets):
        if t.programme not in programmes:
            hint = suggest(t.programme, programmes) or f"programmes of this plan: {', '.join(sorted(programmes))}"
            yield lp.doc.problem(("targets", i, "programme"), f"unknown programme '{t.programme}'", hint=hint)


def review_marks(lp: LoadedPlan) -> list[Problem]:
    """What a person must still finish (review marks and missing translations): warnings,
    and errors under validate --strict."""
    out: list[Problem] = []

    def visit(node: object, loc: Loc) -> None:
        if isinstance(node, Text):
            if node.en is None:
                out.append(lp.doc.problem(loc, "no English translation yet", hint="add 'en' beside 'zh'", key=True))
            return
        if isinstance(node, list):
            for i, item in enumerate(node):
                visit(item, (*loc, i))
            return
        if isinstance(node, dict):
            for key, item in node.items():
                visit(item, (*loc, key))
            return
        if not isinstance(node, Model):
            return
        review = getattr(node, "review", None)
        if review:
            out.append(
                lp.doc.problem((*loc, "review"), f"needs review: {review}", hint="check it, then delete 'review'")
            )
        if "en" in type(node).model_fields and getattr(node, "en", "") is None and not isinstance(node, Text):
            out.append(lp.doc.problem(loc, "no English label yet", hint="add 'en'", key=True))
        for name in type(node).model_fields:
            visit(getattr(node, name), (*loc, name))

    visit(lp.plan, ())
    return out


def _dates(lp: LoadedPlan) -> Iterator[Problem]:
    period = lp.plan.period
    where = f"the plan period {period.start}..{period.end}"
    for end, day in (("start", period.start), ("end", period.end)):
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            yield lp.doc.problem(
                ("period", end), f"period {end} {day} is not between {FIRST_YEAR} and {LAST_YEAR}", hint="fix the year"
            )
    for i, t in enumerate(lp.plan.targets):
        if t.due and t.due not in period:
            yield lp.doc.problem(("targets", i, "due"), f"due date {t.due} is outside {where}")
        if not isinstance(t, NumericBase):
            continue
        previous = None
        for j, cp in enumerate(t.checkpoints):
            loc = ("targets", i, "checkpoints", j, "date")
            if cp.date not in period or cp.date > lp.plan.due(t):
                yield lp.doc.problem(loc, f"checkpoint {cp.date} is outside {where} or after the due date")
            elif previous and cp.date <= previous:
                yield lp.doc.problem(loc, f"checkpoint {cp.date} is not after the one before ({previous})")
            previous = cp.date
        if t.baseline and t.baseline.date and t.baseline.date > period.end:
            yield lp.doc.problem(
                ("targets", i, "baseline", "date"), f"baseline date {t.baseline.date} is after {where}"
            )


def _quotes(lp: LoadedPlan, text: str | None, problem: Problem | None) -> Iterator[Problem]:
    if problem:
        yield problem
    if text is None:
        return
    flat = normalise(text)
    quoted: list[tuple[Loc, str]] = [(("targets", i, "quote"), t.quote) for i, t in enumerate(lp.plan.targets)]
    quoted += [((*programme_loc(i), "quote"), p.quote) for i, p in lp.plan.all_programmes() if p.quote]
    quoted += [(("excluded", i, "quote"), e.quote) for i, e in enumerate(lp.plan.excluded)]
    for loc, quote in quoted:
        if not found_in(quote, flat):
            yield lp.doc.problem(
                loc, "quote not found in the source text", hint="copy the words exactly as the source has them"
            )


def unmapped_sentences(lp: LoadedPlan) -> list[Problem]:
    """For --strict: each source clause that no target or programme quotes and no exclusion covers."""
    text, problem = read_source(lp)
    if text is None:
        return [problem] if problem else []
    return [
        lp.doc.problem(
            ("source", "file"),
            f"source clause not mapped to a target and not excluded: {s.text[:40]}",
            hint="map it to a target or list it under 'excluded' with a reason",
        )
        for s in trace(lp.plan, text)
        if s.status == "unmapped"
    ]


def audit_logs(plans: list[LoadedPlan], records_dir: Path, today: dt.date) -> tuple[list[Problem], list[Problem]]:
    """`record`'s rules for lines it did not write (a log merged by hand, or by git's union
    driver), as errors and warnings at their lines: a running total below the one before it
    (unless marked a correction), one record id in two plans' logs, a void with a blank reason,
    a `recorded` time after `today`; and, as a warning, a value the typo guard refuses that
    carries no `confirmed` mark (logs written before the mark existed lack it)."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    seen: dict[str, tuple[str, str, int]] = {}
    for lp in plans:
        path = log_path(records_dir, lp.plan.id)
        if not path.is_file():
            continue
        reader = LogReader(path)
        shown, targets = reader.shown, {t.id: t for t in lp.plan.targets}
        values: dict[str, list[tuple[int, ValueRecord]]] = {}
        voided: set[str] = set()
        for line, row in reader.rows():
            rid = row["id"]
            first = seen.setdefault(rid, (lp.plan.id, shown, line))
            if first[0] != lp.plan.id:
                message = f"record id '{rid}' is also in the log of plan {first[0]} ({first[1]}:{first[2]})"
                errors.append(
                    Problem(shown, line, 1, message, "give one of them a new id; --void cannot tell them apart")
                )
            if row["recorded"].date() > today:
                message = f"recorded {row['recorded'].isoformat()} is in the future"
                errors.append(Problem(shown, line, 1, message, "correct the time; record stamps the time it writes"))
            if row["type"] == "void":
                voided.add(row["void"])
                if not row["reason"].strip():
                    message = f"the void of '{row['void']}' gives no reason, only spaces"
                    errors.append(Problem(shown, line, 1, message, "write why it was voided in 'reason'"))
            target = targets.get(row.get("target", ""))
            if row["type"] != "value" or target is None:
                continue
            values.setdefault(target.id, []).append((line, to_record(row)))  # type: ignore[arg-type]
            far = implausible(target, row["value"])
            if far and not row.get("confirmed"):
                hint = 'if it is right, add "confirmed": true to the line; if not, void it'
                warnings.append(Problem(shown, line, 1, f"{far}, with no confirmation mark", hint))
        for tid, rows in values.items():
            target = targets[tid]
            if isinstance(target, NumericBase) and target.measure == "cumulative":
                errors += _lowered_totals(shown, tid, rows, voided)
    return errors, warnings


def _lowered_totals(shown: str, tid: str, rows: list[tuple[int, ValueRecord]], voided: set[str]) -> list[Problem]:
    """A running total below the one in effect for the date before it, not marked a correction."""
    line_of = {rec.id: line for line, rec in rows}
    out = []
    for before, after in itertools.pairwise(effective([rec for _, rec in rows], voided)):
        low, high = after.value, before.value
        if isinstance(low, str) or isinstance(high, str) or low >= high or after.correction:
            continue
        message = (
            f"'{tid}' is a running total and {low:,g} as of {after.as_of} is below the {high:,g} "
            f"as of {before.as_of} (line {line_of[before.id]})"
        )
        out.append(Problem(shown, line_of[after.id], 1, message, 'if it is a correction, add "correction": true'))
    return out
