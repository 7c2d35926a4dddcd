"""`init`: a new plan file that explains every field and validates as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl.commands import Context, Output
from targetctl.domain.messages import Msg
from targetctl.io.files import check_plan_id, ids_in_folder, schema_reference, write_plan
from targetctl.io.paths import display_path, error_at

TEMPLATE = """\
# yaml-language-server: $schema={schema}
# A targetctl plan. `targetctl validate` checks it; the README explains every field.
# Put the source document in {source} exactly as published: every quote below must
# be found in it (line breaks and spaces are ignored).
id: {plan_id}                    # stable ASCII id: lowercase letters and digits joined by '-'
title:
  zh: "（待填写）计划名称"           # the title as the source gives it
  en: "(to fill in) plan title"    # its English translation
lead_unit: null                  # the responsible unit as the source names it, or null
period: {{start: {start}, end: {end}}}
source:
  file: {source}
  publication: null              # e.g. the newspaper
  compiler: null                 # who compiled the text
  date: null                     # the publication date, if printed
  note: null                     # e.g. how a date that is not printed was inferred

# Areas of work, with the named programmes inside them (nest as deep as the source does):
programmes: []
#  - id: {plan_id}-area
#    title: {{zh: 领域名称, en: Area}}
#    quote: 原文中的标题
#    programmes:
#      - id: {plan_id}-programme
#        title: {{zh: 计划名称, en: Programme}}
#        quote: 实施……计划

# Targets. Every target has: id, programme, title {{zh, en}}, kind and quote (the exact words).
# Optional: due (default: period end), lead_unit, supporting_units, cadence (weekly, monthly,
# quarterly, yearly), note; numeric kinds also baseline {{value, date, source}} and
# checkpoints [{{date, value}}]. Give only what the source says.
targets: []
#  - {{id: {plan_id}-count, programme: {plan_id}-programme, title: {{zh: …, en: …}}, quote: …,
#     kind: quantity, comparator: at-least, value: 100, unit: people}}
#  - {{id: {plan_id}-size, programme: …, title: …, quote: …, kind: range, min: 1000, max: 2000, unit: mu}}
#  - {{id: {plan_id}-growth, programme: …, title: …, quote: …, kind: growth, comparator: at-least,
#     percent: 10, of: {{zh: 总量, en: total}}, against: {{zh: 上年, en: previous year}}}}
#  - {{id: {plan_id}-premium, programme: …, title: …, quote: …, kind: ratio, comparator: at-least,
#     percent: 20, numerator: {{zh: …, en: …}}, denominator: {{zh: …, en: …}}}}
#  - {{id: {plan_id}-milestone, programme: …, title: …, quote: …, kind: milestone}}

# Source sentences deliberately not turned into targets, and why (see `targetctl trace`):
excluded: []
#  - {{quote: 会议取得圆满成功, reason: "context, not a commitment"}}
"""


def init_plan(root: Path, plan_id: str, year: int | None, today: dt.date) -> list[Path]:
    """Write `<root>/<plan_id>.yaml` and an empty `<root>/sources/<plan_id>.txt`; never overwrite.
    The plan is for `year`, default the year of `today`."""
    check_plan_id(plan_id)
    year = year or today.year
    schema, _ = schema_reference(root)
    text = TEMPLATE.format(
        schema=schema, plan_id=plan_id, start=f"{year}-01-01", end=f"{year}-12-31", source=f"sources/{plan_id}.txt"
    )
    used = ids_in_folder(root).get(plan_id)
    if used is not None:
        raise error_at(used, Msg("file.already_uses_id", id=plan_id), line=0, hint=Msg("file.another_id"))
    return write_plan(root, plan_id, text.encode("utf-8"), b"")


def run(ctx: Context, plan_id: str, year: int | None = None) -> Output:
    written = init_plan(ctx.folder("init"), plan_id, year, ctx.today)
    return Output("".join(Msg("file.wrote", path=display_path(path)).text(ctx.lang) + "\n" for path in written))
