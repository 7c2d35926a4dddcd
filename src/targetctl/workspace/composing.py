"""What a full `status` keeps so that the next one can be composed from each plan's part
(`cli/composed.py`) when only logs changed since: the list of its plans (id, title in the
language shown, log), under the output cache's key of everything but the logs
(`io/cache.base`), and each plan's roll-up under the plan's text and its log's identity
(`io/parts.py`), or for a workspace shown target by target, each plan's rows of the table view
(`render/status_rows.py`). Kept only for a plain `status`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from targetctl.domain.vocabulary import OVERVIEW_OVER
from targetctl.io import cache, cachefs, parts
from targetctl.io.cache import racy, stamped

if TYPE_CHECKING:
    from targetctl.domain.progress import Tolerance
    from targetctl.domain.summary import StatusReport
    from targetctl.workspace import Workspace


def _log(log: Path) -> str:
    return str(log.absolute())


def seen(folders: Sequence[Path]) -> tuple[dict[str, parts.Identity], int | None]:
    """Every log's identity before a full `status` reads them, and the time by the cache's
    file-system clock: a part is kept only for a log that was settled when the read began."""
    out = {}
    for folder in folders:
        records = folder / "records"
        try:
            logs = sorted(records.iterdir())
        except OSError:
            continue
        for log in logs:
            if log.suffix == ".yaml" and not log.name.startswith("."):
                found = parts.of(log)
                if found is not None:
                    out[_log(log)] = found
    return out, cachefs.clock("parts")


def keep(
    digest: str | None,
    ws: Workspace,
    report: StatusReport,
    tol: Tolerance,
    before: tuple[dict[str, parts.Identity], int | None],
    lang: str,
) -> None:
    """Save what `compose` needs after a full plain `status`: the overview's parts, or the
    table view's rows."""
    base, (logs, start) = cache.base(digest), before
    if base is None or start is None:
        return
    table = len(report.progresses()) <= OVERVIEW_OVER
    by_id = {ps.plan.id: ps for ps in report.plans}
    rows: list[dict[str, object]] = []
    for lp in ws.plans:
        log = _log(ws.log_of(lp))
        now = parts.of(Path(log))
        if now != logs.get(log):
            return  # a log appeared, went or was written while it was read
        rows.append({"id": lp.plan.id, "title": lp.plan.title.get(lang), "log": log})
        if now is not None and racy([(now[3], now[4])], start) and not _stamped(Path(log)):
            continue  # its identity cannot tell a write in the same tick: no part
        plan, shown = parts.plan_digest(lp.doc.text), by_id.get(lp.plan.id)
        if table:
            from targetctl.render.status_rows import every_language

            parts.keep_rows(plan, now, report.day, repr(tol), every_language(shown))
        else:
            tally = parts.data(shown.rollup if shown else None)
            parts.keep_part(plan, now, report.day, repr(tol), tally)
            # the part again, for its log as read: a log not written since needs no part read
            rows[-1].update({"tally": tally, "seen": now})
        rows[-1]["plan"] = plan
    parts.keep_list(base, rows, repr(tol), "table" if table else "overview")


def _stamped(log: Path) -> bool:
    try:
        return stamped(log, log.stat())
    except OSError:
        return False
