"""The commands that write: records, judgements, imports, new and drafted plans, repairs.

Each parses and checks its options, builds the command's Context (`cli.common.context`)
and calls the library's command module; only the options are the CLI's own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from targetctl.cli import terminal
from targetctl.cli.common import asker, complete_target, context, emit
from targetctl.cli.options import LangOption, Rating, date_option
from targetctl.commands import call
from targetctl.domain.messages import Msg
from targetctl.domain.vocabulary import FIRST_YEAR, LAST_YEAR, RATING_WORDS


def record(
    ctx: typer.Context,
    target: Annotated[str | None, typer.Argument(help="Target id.", autocompletion=complete_target)] = None,
    value: Annotated[str | None, typer.Argument(help="Number (e.g. 42, 9.5%, 1.2万) or milestone state.")] = None,
    date: Annotated[dt.date | None, date_option("--date", help="The date the value is as of (default: today).")] = None,
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
        given = context(ctx, lang)
        ask = None if yes or not terminal.interactive() else asker(given.lang)
        emit(ctx, call(command.void, given, void, reason, by=by, ask=ask))
        return
    if yes:
        raise typer.BadParameter(Msg("cli.yes_with_void"), param_hint="--yes")
    if not target or value is None:
        raise typer.BadParameter(Msg("cli.target_value"), param_hint="TARGET VALUE")
    options = command.RecordOptions(date, by, note, evidence, provisional, add, correct, confirm, show_status)
    emit(ctx, call(command.run, context(ctx, lang), target, value, options))


def judge(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="Target id.", autocompletion=complete_target)],
    rating: Annotated[Rating, typer.Argument(help="red, amber or green (红, 黄, 绿).")],
    reason: Annotated[str, typer.Option(help="Why: a judgement needs a written reason.")],
    date: Annotated[dt.date | None, date_option("--date", help="As of (default: today).")] = None,
    by: Annotated[str | None, typer.Option(help="Who judges (default: git user.name, then login).")] = None,
    lang: LangOption = None,
) -> None:
    """Record a responsible person's red/amber/green judgement of a target, with a reason."""
    from targetctl.commands import judge as command

    chosen = RATING_WORDS.get(rating.value, rating.value)
    emit(ctx, call(command.run, context(ctx, lang), target, chosen, reason, day=date, by=by))


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
    emit(ctx, call(command.run, context(ctx, lang), file, by=by, dry_run=dry_run, confirm=confirm))


def init(
    ctx: typer.Context,
    plan_id: Annotated[str, typer.Argument(help="The new plan's id, e.g. west-coast-org-2021.")],
    year: Annotated[
        int | None, typer.Option(help="The plan's year (default: this year).", min=FIRST_YEAR, max=LAST_YEAR)
    ] = None,
) -> None:
    """Start a new plan file, with a comment explaining every field; it validates as written."""
    from targetctl.commands import init as command

    emit(ctx, call(command.run, context(ctx), plan_id, year))


def draft(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help="The document: text (UTF-8, GBK or Big5), .docx or .pdf.")],
    plan_id: Annotated[str | None, typer.Option("--id", help="The new plan's id; writes PLANS/ID.yaml.")] = None,
    compare: Annotated[
        str | None, typer.Option("--compare", help="Only list differences with this existing plan; write nothing.")
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            help="The plan's year: its period is that calendar year, whatever the text says.",
            min=FIRST_YEAR,
            max=LAST_YEAR,
        ),
    ] = None,
    period_start: Annotated[
        dt.date | None, date_option("--period-start", help="The period's first day, YYYY-MM-DD.")
    ] = None,
    period_end: Annotated[
        dt.date | None, date_option("--period-end", help="The period's last day, YYYY-MM-DD.")
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
    if compare is not None and (review is not None or force):
        option = "--review" if review is not None else "--force"
        raise typer.BadParameter(Msg("cli.compare_writes_nothing", option=option), param_hint=option)
    if review is not None:
        from targetctl.io.files import output_file

        if review.suffix.lower() not in (".html", ".htm", ""):
            raise typer.BadParameter(Msg("cli.review_html", name=f"{review.stem}.html"), param_hint="--review")
        from targetctl.workspace import folders

        output_file(review, folders(context(ctx).plans))
        if review.is_file() and source.is_file() and review.samefile(source):  # drafting would overwrite it
            raise typer.BadParameter(Msg("cli.review_is_source", path=review), param_hint="--review")
    options = command.DraftOptions(source, plan_id, compare, year, period_start, period_end, force, review)
    emit(ctx, call(command.run, context(ctx), options))


def repair_(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would be moved.")] = False,
) -> None:
    """Move torn or unreadable lines out of the record logs (kept in a side file)."""
    from targetctl.commands import repair as command

    emit(ctx, call(command.run, context(ctx), dry_run=dry_run))
