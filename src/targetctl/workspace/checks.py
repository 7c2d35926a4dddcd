"""Checks that span a whole plan or several plans: references, dates, ids and quotes."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import targetctl.workspace.idkeys as idkeys
from targetctl.domain.kinds import numeric, rules
from targetctl.domain.messages import Msg, Worded
from targetctl.domain.model import Model, Plan, Target, Text, programme_loc
from targetctl.domain.problems import Problem
from targetctl.domain.progress import precedence
from targetctl.domain.records import IMPLAUSIBLE_PERCENT, IMPLAUSIBLE_TIMES, implausible
from targetctl.domain.sources import found_in, no_words, normalise, trace
from targetctl.domain.suggest import suggest
from targetctl.domain.vocabulary import FIRST_YEAR, LAST_YEAR
from targetctl.io import statecache
from targetctl.io.plans import LoadedPlan, read_source
from targetctl.io.recordlog import LogReader
from targetctl.io.yamlsafe import Document, Loc


def check_plans(plans: list[LoadedPlan]) -> list[Problem]:
    problems = list(_unique_ids(plans))
    for lp in plans:
        problems += own_checks(lp)
    return problems


def own_checks(lp: LoadedPlan) -> list[Problem]:
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


@dataclass
class PlanIds:
    """What the checks across plans need of a plan: its file, its ids and where they stand.
    validate keeps this much of each plan, not the plan (1,000 plans took 550 MB)."""

    id: str
    path: Path
    doc: Document
    places: list[tuple[Loc, str]]

    @property
    def root(self) -> Path:
        return self.path.parent


def plan_ids(lp: LoadedPlan) -> PlanIds:
    places: list[tuple[Loc, str]] = [(("id",), lp.plan.id)]
    places += [((*programme_loc(i), "id"), p.id) for i, p in lp.plan.all_programmes()]
    places += [(("targets", i, "id"), t.id) for i, t in enumerate(lp.plan.targets)]
    return PlanIds(lp.plan.id, lp.path, lp.doc, places)


def _unique_ids(plans: Sequence[LoadedPlan | PlanIds]) -> Iterator[Problem]:
    seen: dict[str, tuple[PlanIds, Loc]] = {}
    for each in plans:
        lp = each if isinstance(each, PlanIds) else plan_ids(each)
        for loc, ident in lp.places:
            if ident in seen:
                first, first_loc = seen[ident]
                where = f"{first.doc.path}:{first.doc.position(first_loc)[0]}"
                yield lp.doc.problem(loc, Msg("check.id_used", id=ident, where=where), hint=Msg("check.ids_unique"))
            else:
                seen[ident] = (lp, loc)


def clashing_ids(plans: Sequence[LoadedPlan | PlanIds]) -> list[Problem]:
    """Each id of a plan, programme or target that an earlier plan of `plans` holds."""
    return list(_unique_ids(plans))


def unique_ids(read: Sequence[LoadedPlan | PlanIds], added: list[LoadedPlan]) -> list[Problem]:
    """The ids of the plans `added` that plans already `read` hold (a lone plan file given to
    `validate` beside plans folders); clashes among `read` or among `added` are theirs to say."""
    if not read:
        return []
    held, theirs = {p.doc.path for p in read}, set(_unique_ids(added))
    return [problem for problem in _unique_ids([*read, *added]) if problem.path not in held and problem not in theirs]


def _references(lp: LoadedPlan) -> Iterator[Problem]:
    programmes = {p.id for _, p in lp.plan.all_programmes()}
    for i, t in enumerate(lp.plan.targets):
        if t.programme not in programmes:
            hint = suggest(t.programme, programmes) or Msg(
                "check.programmes_of_plan", ids=", ".join(sorted(programmes))
            )
            unknown = Msg("unknown.programme", programme=t.programme)
            yield lp.doc.problem(("targets", i, "programme"), unknown, hint=hint)


class _DraftWords(Worded):
    """A review mark as the plan keeps it: draft's marks are English there, and only a Chinese
    reader is told them in Chinese (a mark a person wrote stays as written)."""

    def __init__(self, english: str) -> None:
        super().__init__(english, english)

    def text(self, lang: str) -> str:
        if lang != "zh":
            return self.english
        from targetctl.domain.drafting.said_zh import said_zh  # the table loads for a Chinese reader only

        return said_zh(self.english)


def review_marks(lp: LoadedPlan) -> list[Problem]:
    """What a person must still finish (review marks and missing translations): warnings,
    and errors under validate --strict."""
    out: list[Problem] = []

    def visit(node: object, loc: Loc) -> None:
        if isinstance(node, Text):
            if node.en is None:
                out.append(lp.doc.problem(loc, Msg("check.no_english"), hint=Msg("check.add_en"), key=True))
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
            said = Msg("check.needs_review", review=_DraftWords(review))
            out.append(lp.doc.problem((*loc, "review"), said, hint=Msg("check.delete_review")))
        if "en" in type(node).model_fields and getattr(node, "en", "") is None and not isinstance(node, Text):
            out.append(lp.doc.problem(loc, Msg("check.no_english_label"), hint=Msg("check.add_en_label"), key=True))
        for name in type(node).model_fields:
            visit(getattr(node, name), (*loc, name))

    visit(lp.plan, ())
    return out


def _dates(lp: LoadedPlan) -> Iterator[Problem]:
    period = lp.plan.period
    where = Msg("check.plan_period", start=period.start, end=period.end)
    for end, day in (("start", period.start), ("end", period.end)):
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            yield lp.doc.problem(
                ("period", end),
                Msg("check.period_year", end=end, day=day, first=FIRST_YEAR, last=LAST_YEAR),
                hint=Msg("check.fix_year"),
            )
    for i, t in enumerate(lp.plan.targets):
        if t.due and t.due not in period:
            yield lp.doc.problem(("targets", i, "due"), Msg("check.due_outside", due=t.due, where=where))
        counted = numeric(t)
        if counted is None:
            continue
        previous = None
        for j, cp in enumerate(counted.checkpoints):
            loc = ("targets", i, "checkpoints", j, "date")
            if cp.date not in period or cp.date > lp.plan.due(t):
                yield lp.doc.problem(loc, Msg("check.checkpoint_outside", day=cp.date, where=where))
            elif previous and cp.date <= previous:
                yield lp.doc.problem(loc, Msg("check.checkpoint_order", day=cp.date, previous=previous))
            previous = cp.date
        if counted.baseline and counted.baseline.date and counted.baseline.date > period.end:
            yield lp.doc.problem(
                ("targets", i, "baseline", "date"), Msg("check.baseline_after", day=counted.baseline.date, where=where)
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
            yield lp.doc.problem(loc, Msg("check.quote_not_found"), hint=Msg("check.copy_exactly"))


def unmapped_sentences(lp: LoadedPlan) -> list[Problem]:
    """For --strict: each source clause that no target or programme quotes and no exclusion covers."""
    text, _ = read_source(lp)
    if text is None:
        return []  # the quote check has said why the source cannot be read: once is enough
    return [
        lp.doc.problem(
            ("source", "file"),
            Msg("check.unmapped", text=s.text[:40]),
            hint=Msg("check.map_or_exclude"),
        )
        for s in trace(lp.plan, text)
        if s.status == "unmapped" and not no_words(s.text)  # marks alone hold nothing to map
    ]


@functools.cache
def _said(key: str) -> Msg:
    """A message with no fields, made once: a province's logs can hold hundreds of thousands
    of lines the audit warns of, and each made anew took about 600 bytes."""
    return Msg(key)


@dataclass
class AuditedLog:
    """What `LogAudit` found in one log: its problems, and its record ids for `ids_in_two_logs`,
    which needs every plan's, as compact keys (`idkeys`)."""

    shown: str
    path: Path
    errors: list[Problem]
    warnings: list[Problem]
    keys: idkeys.Keys


class LogAudit:
    """`record`'s rules for lines it did not write (a log merged by hand, or by git's union
    driver), as errors and warnings at their lines: a running total below the one before it
    (unless marked a correction), a void or a judgement with a blank reason, a blank `by`, a
    `recorded` time after `today`; and, as a warning, a value the typo guard refuses that
    carries no `confirmed` mark (logs written before the mark existed lack it). Called with
    each block of rows as the ledger's scan reads them (`logs._Scan.audit`), in the worker
    that reads the log, so that validate reads every log once; one record id in two plans'
    logs is found after, from every log's ids as compact keys (`ids_in_two_logs`), and only
    logs that share an id are read again, for its lines."""

    def __init__(self, plan: Plan, path: Path, shown: str, today: dt.date) -> None:
        self.shown, self.today = shown, today
        self.targets = {t.id: t for t in plan.targets}
        self.limits = {t.id: limit for t in plan.targets if (limit := _far_above(t)) is not None}
        self.totals: dict[str, list[tuple[int, Any]]] = {t.id: [] for t in plan.targets if rules(t).cumulative}
        self.voided: set[str] = set()
        self.found = AuditedLog(shown, path, [], [], {})

    def __call__(self, numbers: Sequence[int], rows: list[Any]) -> None:
        errors, warnings, shown = self.found.errors, self.found.warnings, self.shown
        for line, row in zip(numbers, rows, strict=True):
            if row["recorded"].date() > self.today:
                message = Msg("line.future", when=row["recorded"].isoformat())
                errors.append(Problem(shown, line, 1, message, _said("line.correct_time")))
            by = row["by"]
            if not by.strip() or any(unicodedata.category(c) == "Cc" for c in by):
                what = _said("line.by_blank") if not by.strip() else _said("line.by_control")
                errors.append(Problem(shown, line, 1, what, _said("line.write_by")))
            kind = row["type"]
            if kind == "judgement" and not row["reason"].strip():
                message = Msg("line.judgement_no_reason", target=row["target"])
                errors.append(Problem(shown, line, 1, message, _said("line.write_why")))
            if kind == "void":
                self.voided.add(row["void"])
                if not row["reason"].strip():
                    message = Msg("line.void_no_reason", rid=row["void"])
                    errors.append(Problem(shown, line, 1, message, _said("line.write_why_void")))
                continue
            if kind != "value":
                continue
            tid, value = row["target"], row["value"]
            limit = self.limits.get(tid)
            if limit is not None and value.__class__ is float and abs(value) > limit and not row.get("confirmed"):
                far = implausible(self.targets[tid], value)
                if far:
                    hint = _said("line.confirm_hint")
                    warnings.append(Problem(shown, line, 1, Msg("line.unconfirmed", far=far), hint))
            if tid in self.totals:
                self.totals[tid].append((line, row))

    def done(self, ids: Sequence[str]) -> AuditedLog:
        """The log's problems, once every block was seen (a void may follow what it voids);
        `ids`: its distinct record ids (the scan's)."""
        for tid, rows in self.totals.items():
            self.found.errors += _lowered_totals(self.shown, tid, rows, self.voided)
        self.found.keys = idkeys.keys_of(ids)
        return self.found


def ids_in_two_logs(plans: list[str], audits: list[AuditedLog | None]) -> list[Problem]:
    """One record id in the logs of two plans (`audits[i]` is the log of the plan whose id is
    `plans[i]`, None where it has none): an error at each line of the later log that holds it, naming the first log
    and the id's first line there. The ids are compared as keys (`idkeys`); the few logs that
    share one are read again for its lines."""
    held = [(index, audit) for index, audit in enumerate(audits) if audit is not None]
    owners = idkeys.shared([audit.keys for _, audit in held])
    if not owners:
        return []
    wanted: dict[int, set[tuple[int, Any]]] = {}
    for key, holders in owners.items():
        for i in holders:
            wanted.setdefault(i, set()).add(key)
    lines = {i: _lines_of(held[i][1], keys) for i, keys in wanted.items()}
    out: list[Problem] = []
    for key, (first, *later) in owners.items():
        index, audit = held[first]
        if key not in lines[first]:  # the log changed since it was read: nothing to say of it
            continue
        rid, at = lines[first][key][0]
        where = Msg("line.id_in_two_logs", rid=rid, plan=plans[index], where=audit.shown, line=at)
        for i in later:
            out += [
                Problem(held[i][1].shown, line, 1, where, _said("line.new_id")) for _, line in lines[i].get(key, [])
            ]
    return out


def _lines_of(audit: AuditedLog, keys: set[tuple[int, Any]]) -> dict[tuple[int, Any], list[tuple[str, int]]]:
    """The lines of `audit`'s log holding the ids of these keys, read again (with the id)."""
    found: dict[tuple[int, Any], list[tuple[str, int]]] = {}
    for line, row in LogReader(audit.path).rows():
        key = idkeys.key_of(row["id"])
        if key in keys:
            found.setdefault(key, []).append((row["id"], line))
    return found


def _far_above(target: Target) -> float | None:
    """A bound no value under `implausible`'s limit passes, so that only those values are looked at."""
    kind = rules(target)
    aim = kind.goal_number()
    if kind.counted and aim is not None:
        return float(aim) * IMPLAUSIBLE_TIMES
    return float(IMPLAUSIBLE_PERCENT) if kind.numeric else None


def _lowered_totals(shown: str, tid: str, rows: list[tuple[int, Any]], voided: set[str]) -> list[Problem]:
    """A running total below the one in effect for the date before it, not marked a correction
    (the value in effect for a date by `progress.precedence`, as `effective` picks it)."""
    best: dict[dt.date, tuple[int, Any]] = {}
    for line, row in rows:
        if row["id"] in voided or row["value"].__class__ is str:
            continue
        held = best.get(row["as_of"])
        if held is None or precedence(row.get("provisional", False), row["recorded"]) >= precedence(
            held[1].get("provisional", False), held[1]["recorded"]
        ):
            best[row["as_of"]] = (line, row)
    out = []
    for (_, before), (line, after) in itertools.pairwise(best[d] for d in sorted(best)):
        low, high = after["value"], before["value"]
        if low >= high or after.get("correction"):
            continue
        message = Msg(
            "line.total_lowered",
            target=tid,
            low=low,
            after=after["as_of"],
            high=high,
            before=before["as_of"],
            line=best[before["as_of"]][0],
        )
        out.append(Problem(shown, line, 1, message, _said("line.mark_correction")))
    return out
