"""A seeded generator of synthetic workspaces for benchmarks (never real data).

    python -m benchmarks.generate OUT --plans 100 --targets 100 --records 1000000
    python -m benchmarks.generate OUT --folders 1000 --plans 1 --targets 100 --records 10000000

Each plan has a five-year period (2020-2024), a generated Chinese source text
that every quote is found in, programmes nested two deep, targets of every kind
(quantities with quarterly checkpoints, ranges, growth, ratios, milestones with
stages), and a record log whose values are spread over the five years.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

KINDS = ["quantity", "quantity", "quantity", "range", "growth", "ratio", "milestone", "milestone"]
WORDS = "推进建设完善引进培育发展创新优化提升打造实施开展强化深化服务产业人才项目平台园区企业机制体系基层治理"
UNITS = ["people", "projects", "items", "enterprises", "km2", "mu"]
START, END = dt.date(2020, 1, 1), dt.date(2024, 12, 31)


def phrase(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n))


def target_yaml(rng: random.Random, plan: int, n: int, programme: str, quote: str) -> str:
    kind = KINDS[n % len(KINDS)]
    ident = f"p{plan:03d}-t{n:03d}"
    lines = [
        f"  - id: {ident}",
        f"    programme: {programme}",
        f"    title: {{zh: {phrase(rng, 8)}, en: Synthetic target {plan}-{n}}}",
        f"    kind: {kind}",
        f"    quote: {quote}",
    ]
    if n % 5 == 0:
        lines.append("    cadence: monthly")
    if kind == "quantity":
        goal = rng.randint(10, 5000)
        lines += [
            f"    comparator: {rng.choice(['at-least', 'exactly', 'at-most'])}",
            f"    value: {goal}",
            f"    unit: {rng.choice(UNITS)}",
            "    measure: level",  # its values are drawn at random: a level, not a running total
            "    checkpoints:",
        ]
        for year in range(2020, 2025):
            lines.append(f"      - {{date: {year}-12-31, value: {round(goal * (year - 2019) / 5)}}}")
    elif kind == "range":
        low = rng.randint(100, 1000)
        lines += [f"    min: {low}", f"    max: {low * 2}", "    unit: mu"]
    elif kind == "growth":
        lines += [
            "    comparator: at-least",
            f"    percent: {rng.randint(3, 15)}",
            f"    of: {{zh: {phrase(rng, 4)}, en: measure}}",
            "    against: {zh: 上年, en: previous year}",
        ]
    elif kind == "ratio":
        lines += [
            "    comparator: at-least",
            f"    percent: {rng.randint(5, 30)}",
            f"    numerator: {{zh: {phrase(rng, 4)}, en: numerator}}",
            f"    denominator: {{zh: {phrase(rng, 4)}, en: denominator}}",
        ]
    else:
        lines.append("    stages: [planning, building]")
    return "\n".join(lines) + "\n"


def plan_files(rng: random.Random, plan: int, targets: int) -> tuple[str, str, list[tuple[str, str]]]:
    """The plan YAML, its source text, and (target id, kind) pairs."""
    sentences = [f"第{plan}号计划{phrase(rng, 30)}。" for _ in range(targets // 10 + 1)]
    quotes = []
    for n in range(targets):
        quote = f"目标{n:03d}{phrase(rng, 12)}"
        quotes.append(quote)
        sentences.append(quote + "；")
    # OCR-like columns: break the text every 18 characters
    flat = "".join(sentences)
    source = "\n".join(flat[i : i + 18] for i in range(0, len(flat), 18)) + "\n"
    areas = [f"p{plan:03d}-area{a}" for a in range(5)]
    head = [
        "# yaml-language-server: $schema=../schema/plan.schema.json",
        f"id: bench-{plan:03d}",
        f"title: {{zh: 第{plan}号合成计划, en: Synthetic plan {plan}}}",
        "lead_unit: 合成单位",
        f"period: {{start: {START}, end: {END}}}",
        "source:",
        f"  file: sources/bench-{plan:03d}.txt",
        "  note: Synthetic benchmark data, not a real plan.",
        "programmes:",
    ]
    for area in areas:
        head += [
            f"  - id: {area}",
            f"    title: {{zh: {phrase(rng, 6)}, en: Area {area}}}",
            "    programmes:",
            f"      - id: {area}-sub",
            f"        title: {{zh: {phrase(rng, 5)}, en: Programme {area}}}",
        ]
    body = ["targets:"]
    kinds = []
    for n in range(targets):
        programme = f"{areas[n % 5]}-sub" if n % 2 else areas[n % 5]
        body.append(target_yaml(rng, plan, n, programme, quotes[n]).rstrip("\n"))
        kinds.append((f"p{plan:03d}-t{n:03d}", KINDS[n % len(KINDS)]))
    return "\n".join(head + body) + "\n", source, kinds


def record_line(rng: random.Random, serial: int, target: str, kind: str) -> str:
    day = START + dt.timedelta(days=rng.randrange((END - START).days + 1))
    if kind == "milestone":
        value: float | str = rng.choice(["not-started", "planning", "building", "in-progress", "done"])
    elif kind in ("growth", "ratio"):
        value = round(rng.uniform(-5, 25), 1)
    else:
        value = rng.randint(0, 6000)
    stamp = dt.datetime.combine(day + dt.timedelta(days=rng.randint(1, 20)), dt.time(9), dt.timezone.utc)
    data = {
        "id": f"{serial:012x}",
        "recorded": stamp.isoformat(),
        "by": rng.choice(["张三", "李四", "王五", "赵六"]),
        "type": "value",
        "target": target,
        "as_of": day.isoformat(),
        "value": value,
    }
    if serial % 7 == 0:
        data["note"] = f"月度统计 {serial}"
    return "- " + json.dumps(data, ensure_ascii=False, separators=(", ", ": ")) + "\n"


def generate(out: Path, plans: int, targets: int, records: int, seed: int = 2020, first: int = 0) -> None:
    """One plans folder; its plans are numbered from `first` (ids stay unique across folders)."""
    rng = random.Random(seed)
    (out / "sources").mkdir(parents=True, exist_ok=True)
    (out / "records").mkdir(exist_ok=True)
    serial = first * 10**9  # record ids unique across folders too
    per_plan, extra = divmod(records, plans)
    for plan in range(first, first + plans):
        text, source, kinds = plan_files(rng, plan, targets)
        (out / f"bench-{plan:03d}.yaml").write_text(text, encoding="utf-8")
        (out / "sources" / f"bench-{plan:03d}.txt").write_text(source, encoding="utf-8")
        count = per_plan + (1 if plan - first < extra else 0)
        if not count:
            continue
        with (out / "records" / f"bench-{plan:03d}.yaml").open("w", encoding="utf-8") as log:
            log.write(f"# targetctl record log of plan bench-{plan:03d}: synthetic benchmark data.\n")
            for _ in range(count):
                target, kind = kinds[rng.randrange(len(kinds))]
                serial += 1
                log.write(record_line(rng, serial, target, kind))


def folders(out: Path, count: int, plans: int, targets: int, records: int, seed: int = 2020) -> list[Path]:
    """`count` plans folders side by side (`OUT/folder-0000/plans`, …), as a province keeps its
    districts' checkouts, sharing `records` between them; plan and record ids unique across all."""
    roots = []
    per_folder, extra = divmod(records, count)
    for n in range(count):
        root = out / f"folder-{n:04d}" / "plans"
        generate(root, plans, targets, per_folder + (1 if n < extra else 0), seed + n, first=n * plans)
        roots.append(root)
    return roots


def repeated_quotes(out: Path, size: int = 4 * 1024 * 1024) -> None:
    """One plan whose source is `size` bytes of long exclusion quotes repeated over and over:
    one that overlaps itself (哈哈哈…), one that does not, and one in between (哈哈哈嘿…)."""
    generate(out, plans=1, targets=10, records=0)
    quotes = ["哈" * 2000, "".join(WORDS[i * 7 % len(WORDS)] for i in range(3000)), "哈哈哈嘿" * 500]
    filler, part = [], size // len(quotes)
    for quote in quotes:
        unit = quote * 2 + "。"
        filler += [unit] * max(1, part // len(unit.encode()))
    with (out / "sources" / "bench-000.txt").open("a", encoding="utf-8") as source:
        source.write("".join(filler) + "\n")
    with (out / "bench-000.yaml").open("a", encoding="utf-8") as plan:
        plan.write("excluded:\n" + "".join(f"  - {{quote: {q}, reason: filler}}\n" for q in quotes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--targets", type=int, default=100)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--folders", type=int, default=0, help="this many plans folders side by side under OUT")
    args = parser.parse_args()
    if args.folders:
        folders(args.out, args.folders, args.plans, args.targets, args.records, args.seed)
    else:
        generate(args.out, args.plans, args.targets, args.records, args.seed)


if __name__ == "__main__":
    main()
