"""Cold commands on the shipped plans against the import floor, and against another commit.

    python -m benchmarks.cold                  # this tree: status, show, validate, record
    python -m benchmarks.cold --against ec28809 --runs 7
    python -m benchmarks.cold --warm           # a fresh process, but the caches kept from earlier runs
    python -m benchmarks.cold --primed         # a fresh cache folder filled by a `status` first
    python -m benchmarks.cold --instructions   # instructions (valgrind), with any of the above
    python -m benchmarks.cold --budget         # what pydantic alone costs above the floor (valgrind)

"Cold" means nothing saved from an earlier run: each command gets an empty cache
folder, so neither the output cache nor the saved plans and record-log states help.
Bytecode is written and reused (as an installed package does), into a folder of its
own per tree. With `--against REF`, the same commands of that commit (extracted with
`git archive`) are timed in the same rounds, interleaved, so that both see the same
machine. Figures are medians, and ratios to the floor measured in the same rounds.

`--warm` keeps each command's cache folder across rounds, so a command finds what the same
command saved (for `status`, `show` and `validate`, its whole answer). `--primed` gives each
command a fresh cache folder that an untimed `status` filled first: the saved plans and
record-log states are there, but no answer of the command timed.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = "mfg-industrial-value-added-growth"
FLOOR = [sys.executable, "-c", "import typer, rich.table, yaml, pydantic"]


def entry_code(tree: Path) -> str:
    """How to start the console entry point of a tree (it moved in the architecture work)."""
    new = (tree / "src" / "targetctl" / "cli" / "fast.py").exists()
    module = "targetctl.cli.fast" if new else "targetctl.entry"
    return f"import sys; sys.argv[0] = 'targetctl'; from {module} import main; main()"


def commands(tree: Path, scratch: Path) -> dict[str, list[str]]:
    run = [sys.executable, "-c", entry_code(tree)]
    plans = str(scratch / "plans")
    return {
        "status": [*run, "status"],
        "show": [*run, "show", TARGET],
        "validate": [*run, "validate", "plans"],
        "record": [*run, "--plans", plans, "record", TARGET, "5%", "--date", "2020-06-30", "--by", "bench"],
    }


def prepare(
    argv: list[str], tree: Path, scratch: Path, warm: Path | None = None, primer: list[str] | None = None
) -> dict[str, str]:
    """The environment of one run, its cache folder ready: empty, or `warm` (which earlier runs
    of the same command filled), or a fresh one that the untimed command `primer` filled first.
    A `record` gets a fresh copy of the plans."""
    if "record" in argv:
        shutil.rmtree(scratch / "plans", ignore_errors=True)
        shutil.copytree(tree / "plans", scratch / "plans")
    cache = str(warm) if warm is not None else tempfile.mkdtemp(dir=scratch)
    env = {**os.environ, "TARGETCTL_CACHE_DIR": cache, "COLUMNS": "120", "NO_COLOR": "1"}
    env.update(PYTHONPATH=str(tree / "src"), PYTHONPYCACHEPREFIX=str(scratch / f"pyc-{tree.name}"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if primer is not None:
        subprocess.run(primer, cwd=tree, env=env, capture_output=True, check=True)
    return env


def once(
    argv: list[str], tree: Path, scratch: Path, warm: Path | None = None, primer: list[str] | None = None
) -> tuple[float, float]:
    """The wall time and the CPU time (user + system) of one run (see `prepare`)."""
    env = prepare(argv, tree, scratch, warm, primer)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=tree, env=env, capture_output=True, check=False)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if warm is None:
        shutil.rmtree(env["TARGETCTL_CACHE_DIR"], ignore_errors=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(argv[3:])} failed: {done.stderr.decode(errors='replace')[-400:]}")
    return took, cpu


VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]


def instructions(
    argv: list[str], tree: Path, scratch: Path, warm: Path | None = None, primer: list[str] | None = None
) -> int:
    """The instructions one run executes (valgrind's `I refs`), which the machine's load does
    not move: the figure to compare on a shared machine."""
    env = {**prepare(argv, tree, scratch, warm, primer), "PYTHONHASHSEED": "0"}
    done = subprocess.run([*VALGRIND, *argv], cwd=tree, env=env, capture_output=True, check=False)
    if warm is None:
        shutil.rmtree(env["TARGETCTL_CACHE_DIR"], ignore_errors=True)
    found = re.search(rb"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode or found is None:
        raise SystemExit(f"{' '.join(argv[3:])} failed: {done.stderr.decode(errors='replace')[-400:]}")
    return int(found.group(1).replace(b",", b""))


BUDGET = {
    "floor": "",
    "+ pydantic.BaseModel imported": "from pydantic import BaseModel",
    "+ one model of one field defined (defer_build)": (
        "from pydantic import BaseModel, ConfigDict\n"
        "class One(BaseModel):\n"
        "    model_config = ConfigDict(defer_build=True)\n"
        "    x: int"
    ),
    "+ targetctl's plan model imported (not built)": "import targetctl.domain.model",
}
"""Steps that every cold command which builds the plan model takes, each on top of the floor."""


def budget() -> None:
    """The instructions of the floor and of each step in BUDGET, against the goal of 1.5× the
    floor: a step at or above the goal leaves nothing for the command's own work."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PYTHONHASHSEED": "0"}
    counts: dict[str, int] = {}
    for name, code in BUDGET.items():
        argv = [*FLOOR[:2], FLOOR[2] + ("\n" + code if code else "")]
        subprocess.run(argv, env=env, capture_output=True, check=True)  # writes the bytecode first
        done = subprocess.run([*VALGRIND, *argv], env=env, capture_output=True, check=True)
        found = re.search(rb"I\s+refs:\s+([\d,]+)", done.stderr)
        assert found is not None, done.stderr[-400:]
        counts[name] = int(found.group(1).replace(b",", b""))
    goal = 1.5 * counts["floor"]
    print(f"| step | instructions | × floor | left of the 1.5× goal ({goal / 1e6:,.0f} M) |")
    print("| --- | ---: | ---: | ---: |")
    for name, count in counts.items():
        print(f"| {name} | {count / 1e6:,.0f} M | {count / counts['floor']:.2f}× | {(goal - count) / 1e6:,.0f} M |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--against", help="a git commit to compare with")
    parser.add_argument("--warm", action="store_true", help="keep each command's cache folder across rounds")
    parser.add_argument("--primed", action="store_true", help="fill each cache folder with a `status` first")
    parser.add_argument("--instructions", action="store_true", help="count instructions with valgrind, once each")
    parser.add_argument("--budget", action="store_true", help="what pydantic alone costs above the floor (valgrind)")
    args = parser.parse_args()
    if (args.instructions or args.budget) and shutil.which("valgrind") is None:
        raise SystemExit("--instructions and --budget need valgrind (Debian's package) on PATH")
    if args.budget:
        budget()
        return
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        trees = {"this tree": REPO}
        if args.against:
            old = scratch / "against"
            old.mkdir()
            archive = subprocess.run(["git", "archive", args.against], cwd=REPO, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
            trees[args.against] = old
        rows: dict[str, list[tuple[float, float]]] = {}
        counted: dict[str, int] = {}
        runs = 1 if args.instructions else args.runs
        for round_ in range(runs + 1):  # the first round warms the file cache and writes bytecode
            timed = {"floor": once(FLOOR, REPO, scratch)}
            if round_ and args.instructions:
                counted["floor"] = instructions(FLOOR, REPO, scratch)
            for name, tree in trees.items():
                named = commands(tree, scratch)
                primer = named["status"] if args.primed else None
                for command, argv in named.items():
                    warm = scratch / f"cache-{name}-{command}" if args.warm else None
                    if round_ and args.instructions:
                        counted[f"{command} ({name})"] = instructions(argv, tree, scratch, warm, primer)
                    else:
                        timed[f"{command} ({name})"] = once(argv, tree, scratch, warm, primer)
            if round_:
                for key, value in timed.items():
                    rows.setdefault(key, []).append(value)
    if args.instructions:
        print("| command | instructions | × floor |\n| --- | ---: | ---: |")
        for key, count in counted.items():
            print(f"| {key} | {count / 1e6:,.0f} M | {count / counted['floor']:.2f}× |")
        return
    floor = statistics.median(wall for wall, _ in rows["floor"])
    floor_cpu = statistics.median(cpu for _, cpu in rows["floor"])
    print("| command | median s | × floor | CPU s | CPU × floor |\n| --- | ---: | ---: | ---: | ---: |")
    for key, values in rows.items():
        median = statistics.median(wall for wall, _ in values)
        cpu = statistics.median(cpu for _, cpu in values)
        print(f"| {key} | {median:.3f} | {median / floor:.2f}× | {cpu:.3f} | {cpu / floor_cpu:.2f}× |")


if __name__ == "__main__":
    main()
