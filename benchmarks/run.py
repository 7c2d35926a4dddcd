"""Time whole targetctl commands and print a table of figures and ratios.

    python -m benchmarks.run                 # everything (generates ~400 MB of data once)
    python -m benchmarks.run --quick         # start-up and 10k records only

Each command runs once to warm the file cache, then `--runs` times; the table shows
the median wall time, its ratio to the reference named beside it, and peak memory:
the largest single process, and (on Linux) the sampled sum over the command and its
worker processes. Ratios are what the goals are stated in, because a shared machine
is noisy: absolute seconds are only quoted beside their reference.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.generate import generate, repeated_quotes

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable
FLOOR = [PY, "-c", "import typer, rich.table, yaml, pydantic"]
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
MEASURE = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


@dataclass
class Result:
    name: str
    median_s: float
    runs: list[float]
    peak_kib: int | None
    tree_kib: int | None
    exit: int


def targetctl(*args: str) -> list[str]:
    return [PY, "-m", "targetctl", *args]


def _tree_rss_kib(pid: int) -> int:
    """The summed resident memory of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int | None, int | None, int]:
    peak_tree = 0
    use_resource = sys.platform != "win32"
    full = [PY, "-c", MEASURE, *cmd] if use_resource else cmd
    start = time.perf_counter()
    proc = subprocess.Popen(full, env=env, stdout=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.is_set():
            peak_tree = max(peak_tree, _tree_rss_kib(proc.pid))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc").is_dir():
        sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    if use_resource:
        rss, code = (int(x) for x in out.split())
        rss = rss // 1024 if sys.platform == "darwin" else rss  # macOS reports bytes
        return elapsed, rss, peak_tree or None, code
    return elapsed, None, None, proc.returncode


def measure(
    name: str, cmd: list[str], runs: int, env: dict[str, str], prepare: Callable[[], None] | None = None
) -> Result:
    if prepare:
        prepare()
    run_once(cmd, env)  # warm-up
    times, peaks, trees, code = [], [], [], 0
    for _ in range(runs):
        if prepare:
            prepare()
        elapsed, peak, tree, code = run_once(cmd, env)
        times.append(elapsed)
        peaks.append(peak or 0)
        trees.append(tree or 0)
    result = Result(name, statistics.median(times), times, max(peaks) or None, max(trees) or None, code)
    print(f"  {name}: {result.median_s:.3f} s", file=sys.stderr)
    return result


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """The wall time of one run of a command that must succeed."""
    elapsed, _, _, code = run_once(cmd, env)
    if code:
        raise SystemExit(f"{' '.join(cmd[:6])}… exited with {code}")
    return elapsed


def workspace(out: Path, label: str, records: int) -> Path:
    root = out / f"ws-{label}" / "plans"
    if not (root / "bench-099.yaml").exists():
        print(f"generating {root} ({records} records)...", file=sys.stderr)
        shutil.rmtree(root.parent, ignore_errors=True)
        generate(root, plans=100, targets=100, records=records)
    return root


def single_log(out: Path, records: int) -> Path:
    """One plan of 100 targets whose one log holds `records` records (for `record`)."""
    root = out / f"single-{records}" / "plans"
    if not (root / "bench-000.yaml").exists():
        print(f"generating {root} ({records} records in one log)...", file=sys.stderr)
        shutil.rmtree(root.parent, ignore_errors=True)
        generate(root, plans=1, targets=100, records=records)
    return root


def scale_root(out: Path, label: str) -> Path:
    return out / f"ws-{label}" / "plans"


def hledger(out: Path, root: Path, runs: int, env: dict[str, str]) -> list[tuple[Result, Result | None, str]]:
    """`hledger check` on a journal with one transaction per value record of the workspace,
    beside `validate` of it: what a plain-text ledger tool takes for the same reading."""
    tool = shutil.which("hledger")
    if tool is None:
        print("hledger is not installed: skipped", file=sys.stderr)
        return []
    journal = out / f"{root.parent.name}.journal"
    if not journal.exists():
        with journal.open("w", encoding="utf-8") as handle:
            for log in sorted((root / "records").glob("*.yaml")):
                for line in log.read_text(encoding="utf-8").splitlines():
                    if not line.startswith("- {"):
                        continue
                    row = json.loads(line[2:])
                    if row.get("type") == "value" and not isinstance(row["value"], str):
                        handle.write(
                            f"{row['as_of']} {row['id']}\n    targets:{row['target']}  {row['value']} U\n"
                            "    equity:recorded\n\n"
                        )
    checked = measure("hledger check (the same values as a journal)", [tool, "-f", str(journal), "check"], runs, env)
    return [(checked, None, "one transaction per value record")]


def fmt_mib(kib: int | None) -> str:
    return "—" if kib is None else f"{kib / 1024:.0f}"


def table(rows: list[tuple[Result, Result | None, str]]) -> str:
    lines = [
        "| command | median s | reference | ratio | peak MiB (largest process) | peak MiB (all processes) |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
    ]
    for res, ref, note in rows:
        ratio = f"{res.median_s / ref.median_s:.2f}×" if ref else "—"
        ref_text = f"{ref.name} ({ref.median_s:.3f} s)" if ref else note
        lines.append(
            f"| `{res.name}` | {res.median_s:.3f} | {ref_text} | {ratio} | {fmt_mib(res.peak_kib)} | "
            f"{fmt_mib(res.tree_kib)} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="start-up and 10k records only")
    parser.add_argument("--only", choices=["startup", "scale", "record", "quotes", "read"], help="run one part")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    cache = args.out / "cache"
    env = {**os.environ, "NO_COLOR": "1", "TARGETCTL_CACHE_DIR": str(cache), "COLUMNS": "120"}
    env.pop("TARGETCTL_PLANS", None)
    runs = args.runs
    rows: list[tuple[Result, Result | None, str]] = []

    parts = {args.only} if args.only else {"startup", "scale", "record", "quotes", "read"}
    print("start-up", file=sys.stderr)
    floor = measure("python -c 'import typer, rich.table, yaml, pydantic'", FLOOR, runs, env)
    rows.append((floor, None, "the import floor"))
    shipped = str(REPO / "plans")
    comp_env = {**env, "_TARGETCTL_COMPLETE": "complete_bash", "COMP_WORDS": "targetctl record org-", "COMP_CWORD": "2"}
    startup = [
        ("targetctl --help", targetctl("--help"), env),
        ("targetctl --version", targetctl("--version"), env),
        ("complete targetctl record org-<Tab>", [PY, "-m", "targetctl", "--plans", shipped], comp_env),
        ("targetctl status (shipped plans, --no-cache)", targetctl("--plans", shipped, "status", "--no-cache"), env),
        ("targetctl status (shipped plans, cached)", targetctl("--plans", shipped, "status"), env),
        ("targetctl validate plans", targetctl("validate", shipped), env),
    ]
    for name, cmd, e in startup if "startup" in parts else []:
        rows.append((measure(name, cmd, runs, e), floor, ""))

    scale: dict[str, dict[str, Result]] = {}
    sizes = {"10k": SIZES["10k"]} if args.quick else SIZES
    sizes = sizes if "scale" in parts else {}
    for label, records in sizes.items():
        print(f"scale {label}", file=sys.stderr)
        root = str(workspace(args.out, label, records))
        scale[label] = {
            "validate": measure(f"validate ({label} records)", targetctl("validate", root), runs, env),
            "status": measure(
                f"status --no-cache ({label})", targetctl("--plans", root, "status", "--no-cache"), runs, env
            ),
            "status --json": measure(
                f"status --json --no-cache ({label})",
                targetctl("--plans", root, "status", "--json", "--no-cache"),
                runs,
                env,
            ),
            "status cached": measure(f"status, cached ({label})", targetctl("--plans", root, "status"), runs, env),
        }
        if label == list(sizes)[-1]:  # goal 1: after one `record`, only that log's tail is new
            note = ["record", "p000-t001", "1", "--date", "2022-06-30", "--by", "bench", "--correct", "--no-status"]

            def one_record(root: str = root, note: list[str] = note) -> None:
                subprocess.run(targetctl("--plans", root, *note), env=env, stdout=subprocess.DEVNULL, check=True)

            scale[label]["status after record"] = measure(
                f"status after one record ({label})", targetctl("--plans", root, "status"), runs, env, one_record
            )
            after_record = (scale[label]["status after record"], scale[label]["status"], label)
    if "quotes" in parts:  # quote search must stay linear: under 2 s for a 4 MB source
        print("quotes", file=sys.stderr)
        quoted = args.out / "quotes"
        if not quoted.exists():
            repeated_quotes(quoted)
        plain = measure("validate (4 MB source of repeated quotes)", targetctl("validate", str(quoted)), runs, env)
        strict = measure("validate --strict (the same)", targetctl("validate", "--strict", str(quoted)), runs, env)
        rows += [(plain, floor, "under 2 s"), (strict, floor, "under 2 s")]

    first = scale.get("10k", {})
    for label in sizes:
        for key, res in scale[label].items():
            if key != "status after record":
                rows.append((res, first[key] if label != "10k" else None, "10,000 targets" if label == "10k" else ""))
    if scale:
        res, full, label = after_record
        rows += [(res, full, ""), (res, floor, "")]
        rows += hledger(args.out, scale_root(args.out, label), runs, env)

    if not args.quick and "record" in parts:
        print("record", file=sys.stderr)
        empty = single_log(args.out, 0)
        full = single_log(args.out, 1_000_000)
        log = full / "records" / "bench-000.yaml"
        size = log.stat().st_size

        def trim() -> None:  # drop what earlier runs appended, so each run sees 1,000,000 records
            with log.open("r+b") as f:
                f.truncate(size)

        def clear() -> None:
            (empty / "records" / "bench-000.yaml").unlink(missing_ok=True)

        # --correct: a running total may go down, so the command records (rather than refusing
        # 5 as below the latest total) and reads no history for that check
        record = ["record", "p000-t000", "5", "--date", "2022-06-30", "--by", "bench", "--correct"]
        trim()
        # the state `status` saves is what answers the status line; the runs then append to
        # the log as a user's records do (a dozen lines on a million), cut back afterwards
        subprocess.run(targetctl("--plans", str(full), "status"), env=env, stdout=subprocess.DEVNULL, check=False)
        for extra in ([], ["--no-status"]):
            flag = " ".join(["record", *extra])
            on_empty = measure(
                f"{flag} (empty log)", targetctl("--plans", str(empty), *record, *extra), runs, env, clear
            )
            on_full = measure(
                f"{flag} (1,000,000-record log)", targetctl("--plans", str(full), *record, *extra), runs, env
            )
            rows += [(on_empty, None, "a new log"), (on_full, on_empty, "")]
        trim()

    tables = ""
    if "read" in parts:  # issue #22: the large read against json.loads, and cold commands
        from benchmarks import read

        label = "10k" if args.quick else "1m"
        print(f"read {label}", file=sys.stderr)
        big = read.workspace_table(workspace(args.out, label, SIZES[label]), PY, min(runs, 3), env, timed)
        tables = f"\n{label} workspace, rounds interleaved:\n\n{big}\n\n{read.cold_table(min(runs, 3))}\n"
        if not args.quick:  # the re-hash after a write costs most where one log holds everything
            one = read.workspace_table(single_log(args.out, SIZES[label]), PY, min(runs, 3), env, timed, full=False)
            tables += f"\nOne plan whose one log holds {SIZES[label]:,} records:\n\n{one}\n"
    machine = (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}"
    )
    report = f"Machine: {machine}. Median of {runs} runs after one warm-up.\n\n{table(rows)}\n{tables}"
    print(report)
    (args.out / "results.json").write_text(
        json.dumps({"machine": machine, "results": [asdict(r) for r, _, _ in rows]}, indent=2), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
