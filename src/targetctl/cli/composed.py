"""A plain `status` composed from each plan's saved part, so that after a change to one
log (a `record`) the answer costs no plan re-assessed but the changed one, and that one the
writer assessed already (`workspace/fold.py`).

On an output-cache miss, the start-up fast path finds the list of plans a full `status` kept
under the output cache's key of everything but the logs (`workspace/composing.py`), stats each
log, and when every plan has a part for its plan text and its log as it is now, renders the
overview from the parts, or for a workspace of at most `OVERVIEW_OVER` targets the table view
from each plan's rows, with the renderer the full command uses (`render/overview.py`,
`render/status_table.py`), or where they can promise its bytes, the plain writers that need
no Rich layout (`render/plain_overview.py`, `render/plain_table.py`); else the full command
runs. Nothing here imports the models, so the fast path stays light.
"""

from __future__ import annotations

import datetime as dt
import os

from targetctl.domain.rollup import Rollup
from targetctl.domain.vocabulary import OVERVIEW_OVER, STATUSES
from targetctl.io import cache, parts


def _plain(color: bool) -> bool:
    """Whether the plain writers may stand in for Rich: not in colour on a terminal Rich takes for
    dumb (`Console.is_dumb_terminal`), where it lays out at 80 columns whatever width it is given."""
    return not color or os.environ.get("TERM", "").lower() not in ("dumb", "unknown")


def _tally(data: dict[str, object]) -> Rollup | None:
    counts, total, targets = data.get("counts"), data.get("total"), data.get("targets")
    if not isinstance(counts, dict) or list(counts) != list(STATUSES) or not isinstance(targets, int):
        return None
    if not isinstance(total, float) or not all(isinstance(n, int) for n in counts.values()):
        return None
    return Rollup(dict(counts), total, targets)


def compose(digest: str | None, day: dt.date, lang: str, width: int, color: bool) -> str | None:
    """What a plain `status` would print, from the saved parts; None when any is missing."""
    base = cache.base(digest)
    entry = parts.plan_list(base) if base is not None else None
    if entry is None or not isinstance(entry.get("rows"), list) or not isinstance(entry.get("tol"), str):
        return None
    plans: list[tuple[str, parts.Identity | None, dict[str, object]]] = []
    for row in entry["rows"]:  # type: ignore[attr-defined]  # a list: checked above
        if not isinstance(row, dict) or not isinstance(row.get("plan"), str) or not isinstance(row.get("log"), str):
            return None
        plans.append((row["plan"], parts.of(row["log"]), row))
    tol = str(entry["tol"])
    if entry.get("view") == "table":
        text = _table(plans, tol, day, lang, width, color)
    else:
        text = _overview(plans, tol, day, lang, width, color)
    if text is not None and digest is not None:
        cache.store_seen(digest, text, day, {str(row["log"]): log for _plan, log, row in plans})
    return text


def _table(
    plans: list[tuple[str, parts.Identity | None, dict[str, object]]],
    tol: str,
    day: dt.date,
    lang: str,
    width: int,
    color: bool,
) -> str | None:
    """The table view, from each plan's saved rows (`render/status_table.py`)."""
    total, shown = Rollup(), []
    for plan, log, _row in plans:
        found = parts.rows(plan, log, day, tol)
        if found is None or lang not in found:
            return None
        mine = found[lang]
        if mine is None:
            continue  # a plan with no target: status leaves it out
        if not isinstance(mine, dict):
            return None
        from targetctl.render.plain_table import rollup_of

        try:
            total.merge(rollup_of(mine["rollup"]))
        except (KeyError, TypeError, ValueError):
            return None
        shown.append(mine)
    if total.targets > OVERVIEW_OVER:
        return None
    from targetctl.render.overview import day_line
    from targetctl.render.plain_table import table_text

    summary = day_line(day, total, lang)
    # the bytes Rich writes, without its layout machinery (most of a composed status of one plan)
    plain = table_text(shown, summary, lang, width, color) if _plain(color) else None
    if plain is not None:
        return plain
    from targetctl.render.console import to_text
    from targetctl.render.status_table import View, tables_of

    try:
        renderables = tables_of(shown, summary, lang, width, View())
        return to_text(*renderables, width=width, color=color)
    except (KeyError, TypeError, ValueError, AttributeError):  # rows of another form: the full command
        return None


def _overview(
    plans: list[tuple[str, parts.Identity | None, dict[str, object]]],
    tol: str,
    day: dt.date,
    lang: str,
    width: int,
    color: bool,
) -> str | None:
    total: Rollup = Rollup()
    shown = []
    for plan, log, row in plans:
        # the list holds each plan's part for its log as the full status read it (its own key,
        # but for the log's identity): read a part only for a log written since
        kept = row.get("tally") if log is not None and row.get("seen") == list(log) else None
        found = kept if isinstance(kept, dict) else parts.part(plan, log, day, tol)
        tally = _tally(found) if found is not None else None
        if tally is None:
            return None
        total.merge(tally)
        if tally.targets:
            shown.append((str(row.get("id")), str(row.get("title")), tally))
    if total.targets <= OVERVIEW_OVER:
        return None
    # the bytes Rich writes, with colour or without, but without its layout machinery (half a
    # second at 1,000 plans)
    from targetctl.render.plain_overview import overview_text

    plain = overview_text(shown, total, day, lang, width, color) if _plain(color) else None
    if plain is not None:
        return plain
    from targetctl.render.console import to_text
    from targetctl.render.overview import overview_of

    return to_text(*overview_of(shown, total, day, lang), width=width, color=color)
