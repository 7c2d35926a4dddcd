"""The one-line-a-plan overview of `status` and its bars and counts: light enough for the
start-up fast path, which composes the overview from each plan's saved tally
(`commands/composed.py`) without loading a model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from targetctl.domain.vocabulary import Status
from targetctl.render.bars import BAR as BAR
from targetctl.render.bars import bar as bar
from targetctl.render.bars import percent_text as percent_text
from targetctl.render.console import literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr

if TYPE_CHECKING:  # Rich is imported on use: the plain overview (`render/plain_overview.py`) needs none of it
    from rich.console import RenderableType

OVERVIEW_HINT = "status.overview_hint"


class Tally(Protocol):
    """What the overview shows of a roll-up (`domain.progress.Rollup`)."""

    @property
    def counts(self) -> Mapping[Status, int]: ...

    @property
    def targets(self) -> int: ...

    @property
    def progress(self) -> float | None: ...


def counts_text(rollup: Tally, lang: str, sep: str = ", ") -> str:
    return sep.join(f"{n} {tr(s, lang)}" for s, n in rollup.counts.items() if n)


def rollup_text(rollup: Tally, lang: str = "en") -> str:
    if not rollup.targets:
        return tf("status.no_match", lang)
    share = percent_text(rollup.progress) if rollup.progress is not None else "—"
    return tf("status.rollup", lang, n=rollup.targets, parts=counts_text(rollup, lang), share=share)


def day_line(day: dt.date, total: Tally, lang: str = "en") -> str:
    return tf("status.summary", lang, day=day, rest=rollup_text(total, lang))


def overview_of(rows: Sequence[tuple[str, str, Tally]], total: Tally, day: dt.date, lang: str) -> list[RenderableType]:
    """One line per plan (its id, its title in `lang`, its roll-up), for a workspace too
    large to list target by target."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=tf("status.overview_title", lang, plans=len(rows), n=total.targets))
    table.add_column(tr("plan", lang), overflow="fold", ratio=2)
    table.add_column(tr("targets", lang), justify="right")
    table.add_column(tr("progress", lang), no_wrap=True)
    table.add_column(tr("status", lang), overflow="fold", ratio=2)
    for ident, title, rollup in rows:
        cell = Text.assemble((ident, "bold"), "\n", literal(title))
        table.add_row(cell, str(rollup.targets), bar(rollup.progress), counts_text(rollup, lang))
    return [table, Text(tf(OVERVIEW_HINT, lang), style="dim"), Text(day_line(day, total, lang))]
