"""Issue #22's two tables, timed in one run: reading a large workspace against the naive
parser, and cold commands against the import floor.

    python -m benchmarks.run --only read             # the 1M workspace and the cold commands
    python -m benchmarks.run --only read --quick     # the 10k workspace instead

The naive parser is `json.loads` of every record line on one core, in a fresh Python. Each
round times every command once, interleaved, so that a busy machine slows all of them
alike; figures are medians over the rounds, and ratios are within the same rounds.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import cold

JSON_FLOOR = """
import json, pathlib, sys
for root in sys.argv[1:]:
    for log in sorted(pathlib.Path(root).glob("records/*.yaml")):
        with log.open("rb") as handle:
            for line in handle:
                if line.startswith(b"- {"):
                    json.loads(line[2:])
"""
# a target of the generated workspaces, and a value it takes whatever was recorded before; as run
# by hand, with its status line, so that the writer folds its record for the next status
NOTE = ["record", "p000-t001", "1", "--date", "2022-06-30", "--by", "bench", "--correct"]

Timed = dict[str, tuple[list[str], Callable[[], None] | None]]


def json_floor(py: str, *roots: str) -> list[str]:
    return [py, "-c", JSON_FLOOR, *roots]


def rounds(commands: Timed, runs: int, env: dict[str, str], timer: Callable[..., float]) -> dict[str, float]:
    """The median time of each command over `runs` rounds (after one warm-up round)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, (cmd, prepare) in commands.items():
            if prepare:
                prepare()
            took = timer(cmd, env)
            if round_:
                times[name].append(took)
    return {name: statistics.median(values) for name, values in times.items()}


def workspace_table(
    root: Path, py: str, runs: int, env: dict[str, str], timer: Callable[..., float], *, full: bool = True
) -> str:
    """The large workspace: `status --no-cache` and `validate` against `json.loads` per line,
    and `status` after a record, later and in the same second (only those without `full`)."""

    def targetctl(*args: str) -> list[str]:
        return [py, "-m", "targetctl", "--plans", str(root), *args]

    def record() -> None:
        subprocess.run(targetctl(*NOTE), env=env, stdout=subprocess.DEVNULL, check=True)

    def record_then_wait() -> None:
        record()
        time.sleep(2.5)  # past the racy window of a file system with whole-second times

    commands: Timed = {"json.loads per line, one core": (json_floor(py, str(root)), None)}
    if full:
        commands["status --no-cache"] = (targetctl("status", "--no-cache"), None)
        commands["validate"] = ([py, "-m", "targetctl", "validate", str(root)], None)
    commands |= {
        "status, nothing changed": (targetctl("status"), None),
        "status 2.5 s after a record": (targetctl("status"), record_then_wait),
        "status in the same second as a record": (targetctl("status"), record),
    }
    got = rounds(commands, runs, env, timer)
    floor = got["json.loads per line, one core"]
    lines = ["| command | median s | × json.loads floor |", "| --- | ---: | ---: |"]
    for name, median in got.items():
        lines.append(f"| `{name}` | {median:.3f} | {median / floor:.2f}× |")
    return "\n".join(lines)


def cold_table(runs: int) -> str:
    """Cold `status`, `show`, `validate` and `record` on the shipped plans (benchmarks/cold.py)."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        argvs = {"floor": cold.FLOOR, **cold.commands(cold.REPO, scratch)}
        times: dict[str, list[float]] = {name: [] for name in argvs}
        for round_ in range(runs + 1):
            for name, argv in argvs.items():
                took, _cpu = cold.once(argv, cold.REPO, scratch)
                if round_:
                    times[name].append(took)
        shutil.rmtree(scratch / "plans", ignore_errors=True)
    floor = statistics.median(times["floor"])
    lines = ["| command (cold, shipped plans) | median s | × import floor |", "| --- | ---: | ---: |"]
    for name, values in times.items():
        median = statistics.median(values)
        lines.append(f"| `{name}` | {median:.3f} | {median / floor:.2f}× |")
    return "\n".join(lines)
