"""How `targetctl draft` scales with its input: times a draft of 0.1 to 4 MB inputs of several
shapes, in a fresh process each (as a user runs it), and shows the seconds per MB.

    python -m benchmarks.draft_scale [--sizes 0.1,0.5,1,2,4] [--shapes plan,unpunctuated,one-line,column-words]

Every stage of drafting is meant to be linear: the seconds per MB should stay flat as the
size grows. The text is synthetic (no plan in `plans/` is used)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000

_PLAN = (
    "{n}、推进产业强链行动\n"
    "（一）地区生产总值增长5.5%左右，新增城镇就业1.2万人以上，到2025年建成区域物流中心{n}个。\n"
    "新培育专精特新企业不少于30家，研发投入占地区生产总值的比重达到2.8%。\n"
    "2023年，全区完成固定资产投资120亿元，同比增长8%。坚持稳中求进工作总基调。\n"
)


def plan_text(size: int) -> str:
    """Punctuated plan text: headings, numeric targets, past results and principles."""
    out: list[str] = ["某区2024年重点工作计划\n"]
    n, length = 0, 0
    while length < size:
        n += 1
        block = _PLAN.format(n=n)
        out.append(block)
        length += len(block.encode("utf-8"))
    return "".join(out)


def unpunctuated(size: int) -> str:
    """Lines of text with numbers but no punctuation at all (OCR output without its marks)."""
    line = "新增城镇就业1.2万人以上建成物流中心30个研发投入增长8%左右推进产业强链行动\n"
    return line * (size // len(line.encode("utf-8")) + 1)


def one_line(size: int) -> str:
    """One giant line, no line break and no punctuation: one clause the size of the file."""
    run = "地区生产总值增长5.5%新增就业1.2万人建成中心30个"
    return run * (size // len(run.encode("utf-8")) + 1)


def column_words(size: int) -> str:
    """A run of short lines that are a numbered table's own column words, repeated, with no row under
    any: every 序号 could open a header (a hostile input for tables pasted one cell a line)."""
    run = "序号\n交通子行业\n建设区域\n新增装机容量（MW）\n责任单位\n"
    return run * (size // len(run.encode("utf-8")) + 1)


SHAPES: dict[str, Callable[[int], str]] = {
    "plan": plan_text,
    "unpunctuated": unpunctuated,
    "one-line": one_line,
    "column-words": column_words,
}


def time_draft(text: str, folder: Path) -> tuple[float, int]:
    """Seconds a fresh `targetctl draft` takes, and its exit code."""
    doc = folder / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "targetctl", "--plans", str(folder / "plans"), "draft", str(doc)]
    started = time.perf_counter()
    done = subprocess.run([*command, "--id", "d", "--force"], capture_output=True, check=False)
    return time.perf_counter() - started, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,0.5,1,2,4", help="input sizes in MB (1 MB = 10^6 bytes)")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'shape':<14}{'MB':>6}{'seconds':>10}{'s/MB':>8}  exit")
    for shape in args.shapes.split(","):
        for mb in sizes:
            text = SHAPES[shape](int(mb * MB)).encode("utf-8")[: int(mb * MB)].decode("utf-8", "ignore")
            with tempfile.TemporaryDirectory() as tmp:
                seconds, code = time_draft(text, Path(tmp))
            print(f"{shape:<14}{mb:>6}{seconds:>10.2f}{seconds / mb:>8.2f}  {code}", flush=True)


if __name__ == "__main__":
    main()
