"""`status` in the same second as a `record`, against another commit, in the same rounds.

    python -m benchmarks.after benchmarks/out/ws-1m/plans --against 145659b --runs 3
    python -m benchmarks.after - --no-check         # the folders of TARGETCTL_PLANS (province scale)

Each round, for each tree in turn: `record` (with its status line, as run by hand), then
`status` at once, each timed for wall time and for the CPU (user+sys) of the process, which
the load of other jobs does not inflate; every `status` answer is compared with `status
--no-cache` of the same tree. Each tree has a cache folder of its own, filled by one `status`
before the rounds. The workspace grows by one record a round.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTE = ["record", "p000-t001", "1", "--date", "2022-06-30", "--by", "bench", "--correct"]


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds of the child, and its output (through a terminal with --color)."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    out = (
        _on_terminal(argv, env)
        if "NO_COLOR" not in env
        else subprocess.run(argv, env=env, capture_output=True, check=True).stdout
    )
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), out


def _on_terminal(argv: list[str], env: dict[str, str]) -> bytes:
    """Run with standard output on a pseudo-terminal (colour on), read as it is written."""
    import pty
    import threading

    main, sub = pty.openpty()
    got: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed
                return
            if not chunk:
                return
            got.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=sub, stderr=subprocess.PIPE, check=True)
    finally:
        os.close(sub)
        reader.join()
        os.close(main)
    return b"".join(got)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("plans", help="a plans folder, or - for the folders of TARGETCTL_PLANS")
    parser.add_argument("--against", help="a commit to time in the same rounds")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-check", action="store_true", help="skip the --no-cache comparison (10M: minutes each)")
    parser.add_argument("--color", action="store_true", help="on a pseudo-terminal, colour on (TERM=xterm-256color)")
    parser.add_argument("--columns", default="100", help="the terminal's width (COLUMNS)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="targetctl-after-") as folder:
        rounds(args, Path(folder))


def rounds(args: argparse.Namespace, scratch: Path) -> None:
    """The rounds, with the old tree and the cache folders in `scratch`."""
    trees = {"this tree": REPO / "src"}
    if args.against:
        old = scratch / "old"
        old.mkdir()
        archive = subprocess.run(["git", "archive", args.against, "src"], cwd=REPO, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        trees = {args.against: old / "src", **trees}
    plans = [] if args.plans == "-" else ["--plans", args.plans]
    argv = [sys.executable, "-m", "targetctl", *plans]
    envs = {name: {**os.environ, "PYTHONPATH": str(src), "TARGETCTL_CACHE_DIR": str(scratch / f"cache-{i}"),
                   "NO_COLOR": "1", "COLUMNS": args.columns}
            for i, (name, src) in enumerate(trees.items())}  # fmt: skip
    if args.color:
        for env in envs.values():
            env.pop("NO_COLOR", None)
            env.update(TERM="xterm-256color", TARGETCTL_PAGER="0")
    for env in envs.values():
        timed([*argv, "status"], env)
    got: dict[str, dict[str, list[tuple[float, float]]]] = {name: {"record": [], "status": []} for name in trees}
    for _ in range(args.runs):
        for name, env in envs.items():
            got[name]["record"].append(timed([*argv, *NOTE], env)[:2])
            wall, cpu, out = timed([*argv, "status"], env)
            got[name]["status"].append((wall, cpu))
            if not args.no_check and out != timed([*argv, "status", "--no-cache"], env)[2]:
                raise SystemExit(f"{name}: status differs from status --no-cache")
    print(f"{args.runs} rounds, medians (wall s / CPU s)\n")
    print("| tree | `record` wall | `record` CPU | `status` at once, wall | `status` at once, CPU |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, rows in got.items():
        cells = [f"{statistics.median(x[k] for x in rows[step]):.3f}" for step in ("record", "status") for k in (0, 1)]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
