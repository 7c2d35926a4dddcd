"""A draft plan as YAML text in the style of the shipped plans."""

from __future__ import annotations

import json
from decimal import Decimal

from targetctl.domain.drafting.extract import Draft, DraftProgramme, DraftTarget
from targetctl.domain.drafting.numbers import number_text
from targetctl.domain.units import describe


def _s(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)


def _zh(text: str) -> str:
    return "{zh: " + _s(text) + "}"


def _n(value: Decimal) -> str:
    return number_text(value)


def programme_id(plan_id: str, number: int) -> str:
    return f"{plan_id}-p{number:02d}"


def target_id(plan_id: str, number: int) -> str:
    return f"{plan_id}-t{number:02d}"


def _untitled(title: str | None) -> bool:
    # draft writes （待填写） where the text holds no title line: a person must give one
    return not title or title.startswith("（待填写）")


def emit(draft: Draft, plan_id: str, *, schema: str, source_file: str, source_note: str) -> str:
    """The plan file. English titles are left out on purpose: each is a review mark until a person writes it."""
    out = [
        f"# yaml-language-server: $schema={schema}",
        "# Drafted by `targetctl draft`. Review every entry: check kinds, values and quotes, write the",
        "# English titles (en), resolve each `review:` mark, then run `targetctl validate --strict`.",
        f"id: {plan_id}",
        *(["# review: no title found in the text: give the plan its own"] if _untitled(draft.title) else []),
        "title:",
        f"  zh: {_s(draft.title or plan_id)}",
        "lead_unit: null",
    ]
    start, end = draft.period
    if not draft.period_stated:
        out.append("# review: the text states no year; the period is the current year")
    elif draft.period_note:
        # a note that already asks for a check (…: check it) is not asked twice
        ask = "" if draft.period_note.endswith("check it") else "; check it"
        out.append(f"# review: {draft.period_note}{ask}")
    out.append(f"period: {{start: {start.isoformat()}, end: {end.isoformat()}}}")
    out += [
        "source:",
        f"  file: {source_file}",
        "  publication: null",
        "  compiler: null",
        "  date: null",
        f"  note: {_s(source_note)}",
        "",
    ]
    unknown = sorted(
        {t.unit for t in draft.targets if t.kind in ("quantity", "range") and t.unit and not describe(t.unit).known}
    )
    if unknown:
        # units the registry lacks (场次, 栋): declared here; their English labels are left to the reviewer
        out.append("units:")
        out += [f"  {_s(u)}: {{zh: {_s(u)}}}" for u in unknown]
        out.append("")
    programmes = draft.programmes
    out.append("programmes:" if programmes else "programmes: []")
    for prog in programmes:
        out += _programme(prog, plan_id, 1)
    out.append("")
    out.append("targets:" if draft.targets else "targets: []")
    for i, target in enumerate(draft.targets, 1):
        out += _target(target, plan_id, i)
    out.append("")
    out.append("excluded:" if draft.excluded else "excluded: []")
    for ex in draft.excluded:
        out.append(f"  - quote: {_s(ex.quote)}")
        out.append(f"    reason: {_s(ex.reason)}")
        if ex.review:
            out.append(f"    review: {_s(ex.review)}")
    return "\n".join(out) + "\n"


def _programme(prog: DraftProgramme, plan_id: str, depth: int) -> list[str]:
    pad = "  " * depth
    lines = [f"{pad[2:]}  - id: {programme_id(plan_id, prog.number)}", f"{pad}  title: {_zh(prog.title)}"]
    if prog.quote:
        lines.append(f"{pad}  quote: {_s(prog.quote)}")
    if prog.review:
        lines.append(f"{pad}  review: {_s(prog.review)}")
    if prog.children:
        lines.append(f"{pad}  programmes:")
        for child in prog.children:
            lines += _programme(child, plan_id, depth + 2)
    return lines


def _target(t: DraftTarget, plan_id: str, number: int) -> list[str]:
    fields: list[tuple[str, str]] = [
        ("id", target_id(plan_id, number)),
        ("programme", programme_id(plan_id, t.programme)),
        ("title", _zh(t.title)),
        ("kind", t.kind),
    ]
    value = t.value if t.value is not None else Decimal(0)
    if t.kind == "quantity":
        fields += [("comparator", t.comparator or "exactly"), ("value", _n(value)), ("unit", _s(t.unit or "个"))]
        fields.append(("measure", t.measure or "level"))
        if t.of:
            fields.append(("of", _zh(t.of)))
    elif t.kind == "range":
        fields += [("min", _n(value)), ("max", _n(t.value_max or value)), ("unit", _s(t.unit or "个"))]
        if t.of:
            fields.append(("of", _zh(t.of)))
    elif t.kind == "growth":
        fields += [("comparator", t.comparator or "exactly"), ("percent", _n(value))]
        if t.value_max is not None:
            fields.append(("percent_max", _n(t.value_max)))
        if t.direction == "decrease":
            fields.append(("direction", "decrease"))
        if t.annual:
            fields.append(("annual", "true"))
        fields.append(("of", _zh(t.of or t.title)))
        if t.against:
            fields.append(("against", _zh(t.against)))
    elif t.kind in ("share", "ratio"):
        fields += [("comparator", t.comparator or "exactly"), ("percent", _n(value))]
        if t.kind == "share" and t.value_max is not None:
            fields.append(("percent_max", _n(t.value_max)))
        fields += [("numerator", _zh(t.numerator or t.title)), ("denominator", _zh(t.denominator or t.title))]
    elif t.kind == "relation":
        fields += [("subject", _zh(t.subject or t.title)), ("reference", _zh(t.reference or t.title))]
    if t.due:
        fields.append(("due", t.due.isoformat()))
    if t.baseline is not None:
        base, day = t.baseline
        fields.append(("baseline", f"{{value: {_n(base)}" + (f", date: {day.isoformat()}}}" if day else "}")))
    if t.checkpoints:
        points = ", ".join(f"{{date: {d.isoformat()}, value: {_n(v)}}}" for d, v in t.checkpoints)
        fields.append(("checkpoints", f"[{points}]"))
    if t.open_ended:
        fields.append(("open_ended", "true"))
    fields.append(("quote", _s(t.quote)))
    if t.review:
        fields.append(("review", _s(t.review)))
    lines = [f"  - {fields[0][0]}: {fields[0][1]}"]
    lines += [f"    {k}: {v}" for k, v in fields[1:]]
    lines.append("")
    return lines
