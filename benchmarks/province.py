"""Issue #22's province-scale table: 1,000 plans folders side by side (100,000 targets, 10M
records), read as one workspace, timed in one run against `json.loads` per line.

    python -m benchmarks.province OUT                  # generates OUT first if it is empty
    python -m benchmarks.province OUT --records 100000 # a small rehearsal of the same table

Each command runs once after the workspace is generated (a 10M run takes minutes a command);
the table gives its wall time, its ratio to the json floor measured in the same run, and the
peak resident memory of the command and its worker processes together. `hledger check` is
left out at this size: at 1M records it already took 46–79 s and 6.1 GiB
(docs/performance.md), so 10M would need far more memory than a laptop has.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from benchmarks.generate import folders
from benchmarks.read import json_floor
from benchmarks.run import PY, run_once

# as run by hand, with its status line: the writer then folds its record for the next status
NOTE = ["record", "p000-t001", "1", "--date", "2022-06-30", "--by", "bench", "--correct"]


def roots_of(out: Path) -> list[Path]:
    return sorted(path / "plans" for path in out.glob("folder-*") if (path / "plans").is_dir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--folders", type=int, default=1000)
    parser.add_argument("--targets", type=int, default=100, help="targets per folder (one plan each)")
    parser.add_argument("--records", type=int, default=10_000_000, help="records in all")
    parser.add_argument("--skip", action="append", default=[], help="leave out the steps whose name starts so")
    args = parser.parse_args()
    roots = roots_of(args.out)
    if not roots:
        started = time.perf_counter()
        roots = folders(args.out, args.folders, 1, args.targets, args.records)
        print(f"generated {len(roots)} folders in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    env = {**os.environ, "TARGETCTL_PLANS": os.pathsep.join(str(r) for r in roots)}
    env["TARGETCTL_CACHE_DIR"] = str(args.out / "cache")  # its own cache, emptied below
    shutil.rmtree(args.out / "cache", ignore_errors=True)
    parquet = args.out / "warehouse"
    shutil.rmtree(parquet, ignore_errors=True)
    tc = [PY, "-m", "targetctl"]
    steps: list[tuple[str, list[str]]] = [
        ("json.loads per line, one core", json_floor(PY, *map(str, roots))),
        ("status --no-cache", [*tc, "status", "--no-cache"]),
        ("status (first, fills the cache)", [*tc, "status"]),
        ("status, nothing changed", [*tc, "status"]),
        ("record (one value)", [*tc, *NOTE]),
        ("status after that record", [*tc, "status"]),
        ("validate", [*tc, "validate"]),
        ("export --format parquet", [*tc, "export", "--format", "parquet", "-o", str(parquet)]),
    ]
    steps = [step for step in steps if not any(step[0].startswith(skip) for skip in args.skip)]
    rows: list[tuple[str, float, int | None, int]] = []
    for name, cmd in steps:
        elapsed, _peak, tree, code = run_once(cmd, env)
        rows.append((name, elapsed, tree, code))
        memory = f"{tree / 1024:,.0f} MiB" if tree else "–"
        print(f"  {name}: {elapsed:.1f} s, {memory}, exit {code}", file=sys.stderr)
    floor = rows[0][1]
    print(f"{len(roots)} plans folders, {args.records:,} records, {os.cpu_count()} cores\n")
    print("| command | wall s | × json floor | peak memory (with workers) | exit |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, elapsed, tree, code in rows:
        memory = f"{tree / 1024:,.0f} MiB" if tree else "–"
        print(f"| `{name}` | {elapsed:.1f} | {elapsed / floor:.2f}× | {memory} | {code} |")


if __name__ == "__main__":
    main()
