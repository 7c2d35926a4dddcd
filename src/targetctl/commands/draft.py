"""`draft`: read a document, draft its plan, write the plan and the source copy; or compare."""

from __future__ import annotations

import datetime as dt
import difflib
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from targetctl.commands import Context, Output
from targetctl.domain.drafting.extract import (
    Draft,
    DraftExclusion,
    DraftProgramme,
    DraftTarget,
    DraftTooLarge,
    extract,
)
from targetctl.domain.drafting.numbers import number_text
from targetctl.domain.drafting.readings import without_readings
from targetctl.domain.drafting.verbatim import in_own_characters
from targetctl.domain.kinds import named
from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem, TargetctlError, UsageError, visible
from targetctl.domain.sources import normalise
from targetctl.io.documents import DocumentText, read_document
from targetctl.io.files import check_plan_id, ids_in_folder, ids_in_text, schema_reference, write_plan
from targetctl.io.paths import display_path, error_at
from targetctl.io.script import simplified
from targetctl.io.yamlsafe import MAX_FILE_BYTES, parse
from targetctl.render.plan_yaml import emit

MAX_TEXT = 4000  # the longest quote or title the model allows (model.NonEmpty)
UNTITLED = "（待填写）"
REREAD = "read the clause again: its figures may have run together (a table's cells without spaces)"


TRADITIONAL = (
    " The text is in traditional characters: it was read in simplified characters, in which the"
    " plan's names are written; its quotes are the text's own."
)

READINGS = " The text sets pinyin readings into its words (學(xué)校): they were read past; its quotes keep them."


def _extract(
    doc: DocumentText,
    *,
    default_year: int,
    period: tuple[dt.date, dt.date] | None = None,
    max_quoted: int | None = None,
) -> tuple[Draft, str]:
    """The draft of a document, and what the plan's note says of how its text was read."""
    read = simplified(doc.text)
    plain = without_readings(read or doc.text)  # 學(xué)校: the pinyin a page set into its words
    ocr = False if doc.word else None
    text = plain[0] if plain else read or doc.text
    draft = extract(text, default_year=default_year, period=period, ocr=ocr, max_quoted=max_quoted)
    if read is not None or plain is not None:
        in_own_characters(draft, text, doc.text, plain[1] if plain else None)
    return draft, (TRADITIONAL if read is not None else "") + (READINGS if plain is not None else "")


@dataclass
class Written:
    plan: Path
    source: Path
    draft: Draft


def _period(year: int | None, start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if year is not None and (start or end):
        raise UsageError(Msg("draft.year_and_period"))
    if year is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if (start is None) != (end is None):
        raise UsageError(Msg("draft.both_ends"))
    if start and end:
        if end < start:
            raise UsageError(Msg("draft.period_order", end=end, start=start))
        return start, end
    return None


def _utf8_name(document: Path) -> str:
    """The file's name, which the plan's note quotes: refused before anything is read or written
    when it is not valid UTF-8 (Python keeps such bytes as lone surrogates)."""
    try:
        document.name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(document).decode("utf-8", "backslashreplace")
        raise TargetctlError(
            [
                Problem(
                    shown,
                    0,
                    0,
                    Msg("draft.name_utf8"),
                    Msg("draft.rename"),
                )
            ]
        ) from None
    return document.name


def _fit(draft: Draft) -> None:
    """`validate` allows at most 4,000 characters in a quote or title: a longer one is cut to its
    start (still a part of the source, as a quote must be) and marked for review. An empty title
    is not allowed either."""
    items: list[DraftTarget | DraftProgramme | DraftExclusion] = [*draft.targets, *draft.all_programmes()]
    items += draft.excluded
    for item in items:
        cut = False
        for name in ("quote", "title", "of", "numerator", "denominator", "subject", "reference"):
            value = getattr(item, name, None)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                setattr(item, name, value[:MAX_TEXT])
                cut = True
        if cut and item.review is None:
            item.review = f"a text over {MAX_TEXT} characters was cut to its start: check where it should end"
        if not isinstance(item, DraftExclusion) and not item.title.strip():
            item.title = UNTITLED  # the text gave no words for it (it opens with punctuation)
            item.review = item.review or "no title found in the text: give it one"
    if draft.title and len(draft.title) > MAX_TEXT:
        draft.title = draft.title[:MAX_TEXT]


def _refused_targets(draft: Draft, text: str) -> dict[int, str]:
    """The drafted targets the model refuses, by index, each with the model's words: a share of
    5015024.6 % read from table cells that ran together is no target, whatever the grammar made
    of it. An empty answer is a plan that validates (or fails for a reason no target can mend)."""
    from pydantic import ValidationError

    from targetctl.domain.model import Plan
    from targetctl.io.pydantic_errors import problems_from

    doc, problems = parse(text, "draft")
    if doc is None or problems or not isinstance(doc.data, dict):
        return {}
    try:
        Plan.model_validate(doc.data)
    except ValidationError as exc:
        bad = sorted(
            {
                loc[1]
                for loc in (err["loc"] for err in exc.errors(include_url=False))
                if len(loc) >= 2 and loc[0] == "targets" and isinstance(loc[1], int) and loc[1] < len(draft.targets)
            }
        )
        if not bad:
            return {}
        starts = [doc.position(("targets", i))[0] for i in range(len(draft.targets))] + [10**9]
        words: dict[int, str] = dict.fromkeys(bad, "")
        for problem in problems_from(exc, doc, Plan):
            for i in bad:
                if starts[i] <= problem.line < starts[i + 1] and not words[i]:
                    words[i] = problem.message.text("en")
        return {i: words[i] or "the model refuses it" for i in bad}
    return {}


def _too_large(document: Path, limit: int) -> TargetctlError:
    return error_at(document, Msg("draft.too_large", limit=limit // 2**20), line=0, hint=Msg("doc.split"))


def _holds_records(log: Path) -> bool:
    """Whether a record log has any record line (its header comment alone is no record)."""
    try:
        with log.open("rb") as handle:
            return any(line.startswith(b"- ") for line in handle)
    except OSError:
        return os.path.lexists(log)


def draft_file(
    root: Path,
    document: Path,
    plan_id: str,
    *,
    today: dt.date,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    force: bool = False,
) -> Written:
    """Write `<root>/<plan_id>.yaml` and `<root>/sources/<plan_id>.txt` (the document's text,
    UTF-8, cleaned as the plan quotes it), both or neither."""
    check_plan_id(plan_id)
    period = _period(year, start, end)
    name = _utf8_name(document)
    plan_path = root / f"{plan_id}.yaml"
    source_path = root / "sources" / f"{plan_id}.txt"
    if not force:
        for path in (plan_path, source_path):
            if os.path.lexists(path):
                raise error_at(path, Msg("file.exists"), line=0, hint=Msg("draft.exists_hint"))
    log = root / "records" / f"{plan_id}.yaml"
    if force and _holds_records(log):
        # the new draft's target ids are numbered afresh: the old records would count for other targets
        raise error_at(
            log,
            Msg("draft.holds_records", plan=plan_id),
            line=0,
            hint=Msg("draft.records_hint"),
        )
    doc = read_document(document)
    used = ids_in_folder(root, skip=plan_path)
    if plan_id in used:
        raise error_at(used[plan_id], Msg("file.already_uses_id", id=plan_id), line=0, hint=Msg("draft.other_id"))
    try:
        # a plan holds each quote at least once: past this many characters it cannot be read back
        draft, how_read = _extract(doc, default_year=today.year, period=period, max_quoted=MAX_FILE_BYTES)
    except DraftTooLarge:
        raise _too_large(document, MAX_FILE_BYTES) from None
    _fit(draft)
    # the name as escapes where it holds control or bidi characters: a plan file cannot hold them
    note = f"Drafted by targetctl draft from {visible(name)} on {today.isoformat()}."
    if draft.title == "":
        # an official text that holds no title line: never a heading's name in its place
        draft.title = UNTITLED
        note += " The text holds no title: give the plan its own."
    note += how_read
    if not draft.period_stated:
        note += f" The text states no year: the period {today.year} is an assumption to check."
    schema, _ = schema_reference(root)
    plan_text = emit(draft, plan_id, schema=schema, source_file=f"sources/{plan_id}.txt", source_note=note)
    for _ in range(3):  # a plan validates as written: a target the model refuses is excluded, with why
        refused = _refused_targets(draft, plan_text)
        if not refused:
            break
        for i in sorted(refused, reverse=True):
            gone = draft.targets.pop(i)
            draft.excluded.append(DraftExclusion(gone.quote, f"not a valid target as read: {refused[i]}", REREAD))
        plan_text = emit(draft, plan_id, schema=schema, source_file=f"sources/{plan_id}.txt", source_note=note)
    clash = next((ident for ident in ids_in_text(plan_text) if ident in used), None)
    if clash is not None:
        raise error_at(used[clash], Msg("draft.id_clash", id=clash), line=0, hint=Msg("draft.other_id"))
    data = plan_text.encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(document, MAX_FILE_BYTES)
    write_plan(root, plan_id, data, doc.text.encode("utf-8"), force=force)
    return Written(plan_path, source_path, draft)


def summary(draft: Draft) -> list[tuple[Msg, int]]:
    targets = draft.targets
    programmes = draft.all_programmes()
    reviews = sum(1 for t in targets if t.review) + sum(1 for p in programmes if p.review)
    reviews += sum(1 for e in draft.excluded if e.review)
    return [
        (Msg("draft.numeric"), sum(1 for t in targets if t.numeric)),
        (Msg("draft.milestones"), sum(1 for t in targets if _drawn(t.kind) == "checklist")),
        (Msg("draft.principles"), sum(1 for t in targets if _drawn(t.kind) == "judgement")),
        (Msg("draft.programmes"), len(programmes)),
        (Msg("draft.exclusions"), len(draft.excluded)),
        (Msg("draft.review_marks"), reviews),
        (Msg("draft.titles"), len(targets) + len(programmes) + 1),
    ]


def _drawn(kind: str) -> str | None:
    rules = named(kind)
    return rules.drawing if rules is not None else None


def summary_text(written: Written, lang: str = "en") -> str:
    lines = [Msg("file.wrote", path=display_path(p)).text(lang) for p in (written.plan, written.source)]
    lines += [Msg("draft.count", label=label, n=count).text(lang) for label, count in summary(written.draft)]
    lines.append(Msg("draft.next").text(lang))
    return "\n".join(lines) + "\n"


# ── compare ──────────────────────────────────────────────────────────────────


@dataclass
class Entry:
    kind: str
    value: Decimal | None
    quote: str
    label: str


def _draft_entry(t: DraftTarget) -> Entry:
    return Entry(t.kind, t.value, normalise(t.quote), _describe(t.kind, t.comparator, t.value, t.value_max, t.unit))


def _describe(kind: str, comparator: str | None, value: Decimal | None, high: Decimal | None, unit: str | None) -> str:
    if value is None:
        return kind
    shown = number_text(value) + (f"-{number_text(high)}" if high is not None else "")
    rules = named(kind)
    unit = "%" if rules is not None and rules.numeric and not rules.counted else (unit or "")
    gap = " " if unit[:1].isascii() and unit[:1].isalpha() else ""  # 15个 but 100 people
    return f"{kind} {comparator or ''} {shown}{gap}{unit}".replace("  ", " ")


def _plan_entries(root: Path | tuple[Path, ...], plan_id: str) -> list[Entry]:
    from targetctl.workspace import load

    ws = load(root, records=False)
    for lp in ws.plans:
        if lp.plan.id == plan_id:
            break
    else:
        ids = ", ".join(lp.plan.id for lp in ws.plans) or Msg("draft.no_plans")
        raise TargetctlError.plain(Msg("unknown.plan", plan=plan_id), Msg("unknown.plans_hint", ids=ids))
    out = []
    for t in lp.plan.targets:
        data = t.model_dump()
        value = data.get("value", data.get("percent", data.get("min")))
        high = data.get("percent_max", data.get("max"))
        number = Decimal(str(value)) if value is not None else None
        top = Decimal(str(high)) if high is not None else None
        out.append(
            Entry(
                t.kind,
                number,
                normalise(t.quote),
                _describe(t.kind, data.get("comparator"), number, top, data.get("unit")),
            )
        )
    return out


def _overlap(a: str, b: str) -> int:
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size


def _matches(a: Entry, b: Entry) -> bool:
    common = _overlap(a.quote, b.quote)
    shorter = min(len(a.quote), len(b.quote))
    if a.value is not None and b.value is not None and a.value == b.value and common >= min(4, shorter):
        return True
    return common >= max(4, int(shorter * 0.6))


def compare(root: Path | tuple[Path, ...], document: Path, plan_id: str, *, today: dt.date, lang: str = "en") -> str:
    """What the draft of `document` finds that plan `plan_id` lacks, and the reverse. Writes nothing."""
    doc = read_document(document)
    draft, _ = _extract(doc, default_year=today.year)
    found = [_draft_entry(t) for t in draft.targets]
    have = _plan_entries(root, plan_id)
    only_draft = [d for d in found if not any(_matches(d, h) for h in have)]
    only_plan = [h for h in have if not any(_matches(d, h) for d in found)]
    lines = [Msg("draft.compare", document=display_path(document), plan=plan_id).text(lang)]
    lines.append(Msg("draft.only_draft", n=len(only_draft)).text(lang))
    lines += [f"    + {e.label}: {e.quote}" for e in only_draft]
    lines.append(Msg("draft.only_plan", n=len(only_plan)).text(lang))
    lines += [f"    - {e.label}: {e.quote}" for e in only_plan]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class DraftOptions:
    source: Path
    plan_id: str | None = None
    compare: str | None = None
    year: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    force: bool = False
    review: Path | None = None  # also write the review page (render/review.py) here


def run(ctx: Context, opts: DraftOptions) -> Output:
    if opts.compare is not None:
        return Output(compare(ctx.plans, opts.source, opts.compare, today=ctx.today, lang=ctx.lang))
    assert opts.plan_id is not None
    written = draft_file(
        ctx.folder("draft"),
        opts.source,
        opts.plan_id,
        today=ctx.today,
        year=opts.year,
        start=opts.start,
        end=opts.end,
        force=opts.force,
    )
    text = summary_text(written, ctx.lang)
    if opts.review is not None:
        from targetctl.io.files import write_atomic
        from targetctl.render.review import review_html
        from targetctl.workspace.tracing import trace_workspace

        page = review_html(trace_workspace(ctx.plans, opts.plan_id), ctx.lang)
        write_atomic(opts.review, page.encode("utf-8"))
        text += Msg("draft.review_page", path=opts.review).text(ctx.lang) + "\n"
    return Output(text)
