"""What a full `status` keeps for the next one to compose (workspace/composing.py): a part
only for a log whose identity tells every later write."""

from __future__ import annotations

from targetctl.domain import vocabulary
from targetctl.domain.progress import Tolerance
from targetctl.io import parts
from targetctl.workspace import moment
from tests.cli.test_composed import workspace


def _part(w: object, plan: int) -> dict[str, object] | None:
    base = w.base / "plans"  # type: ignore[attr-defined]
    text = (base / f"bench-{plan:03d}.yaml").read_text(encoding="utf-8")
    with w.inside():  # type: ignore[attr-defined]
        log = parts.of(base / "records" / f"bench-{plan:03d}.yaml")
        return parts.part(parts.plan_digest(text), log, moment().date(), repr(Tolerance()))


def test_no_part_is_kept_for_a_log_written_too_recently() -> None:
    with workspace() as w:
        w.append(0, 1, 2.0)  # by a tool that takes no lock, just now: its times cannot tell a next write
        w.fill()
        assert _part(w, 0) is None and _part(w, 1) is not None
        assert w.composed == [False]


def test_nothing_is_kept_for_filtered_or_json_status() -> None:
    with workspace() as w:
        w.run("status", "--json")
        w.run("status", "--plan", "bench-001")
        assert _part(w, 1) is None
        assert vocabulary.OVERVIEW_OVER == 300
