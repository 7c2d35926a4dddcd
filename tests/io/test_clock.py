"""One clock: only `io/clock.py` reads the time of day; a command's "today" is its session's."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from targetctl.cli.main import app
from targetctl.cli.session import parse
from targetctl.io import clock
from tests.conftest import REPO, Run

SRC = REPO / "src" / "targetctl"
ALLOWED = {"io/clock.py"}  # the wrapper: the only module that touches the system clock
# the modules that call the wrapper: the CLI session's one reading per command, and the
# library's (`workspace.moment`: the day a library call defaults to, and the record stamp
# that `workspace.writing` takes under the writers' lock; docs/architecture.md says why)
CALLERS = {"cli/session.py", "workspace/__init__.py"}
_CLOCK_CALLS = {"time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "localtime", "ctime"}


def reads_clock(source: str) -> bool:
    """Whether Python source reads the clock: date.today, datetime.now/today/utcnow (however
    the module is imported), or the time module's clocks."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute):
            owner = node.value.attr if isinstance(node.value, ast.Attribute) else getattr(node.value, "id", "")
            if node.attr in ("today", "now", "utcnow") and owner in ("date", "datetime"):
                return True
            if node.attr in _CLOCK_CALLS and owner == "time":
                return True
        if isinstance(node, ast.ImportFrom) and node.module == "time" and {a.name for a in node.names} & _CLOCK_CALLS:
            return True
    return False


@pytest.mark.parametrize(
    "source",
    [
        "import datetime as dt\nx = dt.date.today()",
        "from datetime import datetime\nx = datetime.now()",
        "import datetime\nx = datetime.datetime.utcnow()",
        "from dataclasses import field\nimport datetime as dt\nf = field(default_factory=dt.date.today)",
        "import time\nx = time.time_ns()",
        "from time import perf_counter\nx = perf_counter()",
    ],
)
def test_the_scan_sees_a_reading_of_the_clock(source: str) -> None:
    assert reads_clock(source)


def test_the_scan_leaves_dates_that_are_not_now() -> None:
    assert not reads_clock("import datetime as dt\nx = dt.date(2020, 1, 1)\ny = st.st_mtime_ns\nz = x.today_")


def test_at_most_two_modules_read_the_clock() -> None:
    readers = {
        str(path.relative_to(SRC)).replace("\\", "/")
        for path in sorted(SRC.rglob("*.py"))
        if reads_clock(path.read_text(encoding="utf-8"))
    }
    assert len(readers) <= 2 and readers <= ALLOWED, (
        f"{sorted(readers - ALLOWED)} read the clock: take today from the command's Context "
        "(ctx.today, ctx.now), or call targetctl.io.clock"
    )


def calls_clock(source: str) -> bool:
    """Whether Python source calls the wrapper: `clock.<anything>(...)`, or imports from it."""
    return any(
        isinstance(node, ast.ImportFrom) and node.module == "targetctl.io.clock" for node in ast.walk(ast.parse(source))
    ) or any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "clock"
        for node in ast.walk(ast.parse(source))
    )


def test_the_caller_scan_sees_a_call_and_leaves_a_mention() -> None:
    assert calls_clock("from targetctl.io import clock\nx = clock.today()")
    assert calls_clock("from targetctl.io.clock import wall_ns\nx = wall_ns()")
    assert not calls_clock("from targetctl.io import clock\nf = clock\ny = x.clock()")


def test_at_most_two_modules_call_the_clock() -> None:
    callers = {
        str(path.relative_to(SRC)).replace("\\", "/")
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "clock.py" and calls_clock(path.read_text(encoding="utf-8"))
    }
    assert len(CALLERS) <= 2 and callers <= CALLERS, (
        f"{sorted(callers - CALLERS)} call the clock: take today and now from the command's Context, "
        "or as a parameter from the caller"
    )


def test_the_clock_says_the_local_day_and_moment() -> None:
    before = dt.datetime.now().astimezone()
    now = clock.now()
    assert now.tzinfo is not None and now.microsecond == 0
    assert before.replace(microsecond=0) <= now <= dt.datetime.now().astimezone()
    assert clock.today() in (before.date(), dt.date.today())
    assert clock.utcnow().utcoffset() == dt.timedelta(0)


MOMENT = dt.datetime(2025, 6, 30, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def invoke(*args: str) -> tuple[int, str, str]:
    """targetctl with a session whose clock says MOMENT, as a test sets the day."""
    session = dataclasses.replace(parse(list(args)), now=MOMENT)
    result = CliRunner().invoke(app, list(args), obj=session, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_a_command_takes_today_from_its_session(run: Run, demo: Path) -> None:
    """The session's day, not the machine's: the default as-of day, and the latest day a
    value may be recorded for."""
    code, out, _ = invoke("status", "--json", "--no-cache")
    assert code == 0 and json.loads(out)["as_of"] == "2025-06-30"
    code, out, _ = invoke("show", "demo-people", "--json")
    assert code == 0 and out == run("show", "demo-people", "--json", "--as-of", "2025-06-30").stdout
    code, _, err = invoke("record", "demo-people", "40", "--date", "2025-07-01", "--by", "甲")
    assert code == 1 and "2025-07-01 is in the future" in err
    code, out, _ = invoke("record", "demo-people", "40", "--by", "甲", "--no-status")
    assert code == 0
    log = (demo / "records" / "demo-2025.yaml").read_text(encoding="utf-8")
    assert '"as_of": "2025-06-30"' in log


def test_the_session_reads_the_clock_once(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readings: list[int] = []
    real = clock.now

    def counted() -> dt.datetime:
        readings.append(1)
        return real()

    monkeypatch.setattr(clock, "now", counted)
    for args in (("status", "--as-of", "2025-06-30"), ("overdue",), ("report", "--format", "md"), ("list",)):
        readings.clear()
        result = run(*args)
        assert result.exit_code == 0, result.stderr
        assert len(readings) == 1, args
    readings.clear()
    assert run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "甲").exit_code == 0
    assert len(readings) == 2, "the session's reading, and the stamp taken under the writers' lock"
