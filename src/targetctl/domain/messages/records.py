"""Messages of record, judge, void and import, and of the record logs' own rules.

Each entry: id → (English, Chinese), with the same named fields."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # values typed on the command line or read from a cell (domain.records)
    "value.not_number": ("'{text}' is not a number", "“{text}”不是数字"),
    "value.bad_separators": (
        "'{text}' is not a number: thousands separators group three digits, e.g. 12,345",
        "“{text}”不是数字：千位分隔符须三位一组，如 12,345",
    ),
    "value.judged": (
        "'{target}' is a {kind} and is judged, not counted; "
        "use: targetctl judge {target} green|amber|red --reason TEXT",
        "“{target}”（{kind}）只作研判、不计数值；请用：targetctl judge {target} green|amber|red --reason 理由",
    ),
    "value.increment_on_total": (
        "'{text}' looks like an increment, but '{target}' records the running total; "
        "use --add to add to the latest total, or give the total without '+'",
        "“{text}”像是增量，而“{target}”记录的是累计值；请用 --add 在最新累计值上累加，或给出不带“+”的累计值",
    ),
    "value.magnitude_on_percent": (
        "'{text}' is not a percent: 万 and 亿 do not apply to '{target}', measured in %",
        "“{text}”不是百分数：“{target}”以 % 计，不能用万、亿",
    ),
    "value.unit_mismatch": (
        "unit '{unit}' does not match target '{target}', which is measured in {measured}",
        "单位“{unit}”与目标“{target}”的计量单位（{measured}）不符",
    ),
    "value.too_large": ("{text} is too large to be a real value", "{text} 过大，不像真实数值"),
    "value.not_a_state": (
        "'{value}' is not a state of milestone '{target}'; expected one of: {allowed}",
        "“{value}”不是里程碑“{target}”的状态；应为以下之一：{allowed}",
    ),
    "value.judged_takes_none": (
        "target '{target}' is a {kind}: it is judged, and takes no values",
        "目标“{target}”（{kind}）只作研判，不记录数值",
    ),
    "value.needs_number": (
        "target '{target}' is a {kind} and needs a number, not '{value}'",
        "目标“{target}”（{kind}）须为数字，而不是“{value}”",
    ),
    "value.negative": (
        "'{target}' is measured in {unit} and cannot be negative: {value:g}",
        "“{target}”以 {unit} 计，不能为负数：{value:g}",
    ),
    "value.share_range": (
        "'{target}' is a share and must be between 0 and 100%: {value:g}",
        "“{target}”是占比，须在 0 到 100% 之间：{value:g}",
    ),
    "value.over_goal_times": (
        "{value:,g} is over {times}× the goal of '{target}' ({goal:,g})",
        "{value:,g} 超过“{target}”目标（{goal:,g}）的 {times} 倍",
    ),
    "value.over_percent": ("{value:,g}% is over {limit}% for '{target}'", "“{target}”的 {value:,g}% 超过 {limit}%"),
    "value.does_not_fit": ("value does not fit", "数值与目标不符"),
    "value.far_outside_period": (
        "date {day} is far outside the plan period {start}..{end}",
        "日期 {day} 远在计划期 {start}..{end} 之外",
    ),
    "value.total_above_later": (
        "'{target}' is a running total and {value:,g} as of {day} is above the {later:,g} "
        "recorded as of {later_day} (record {rid})",
        "“{target}”是累计值，截至{day}的 {value:,g} 高于截至{later_day}记录的 {later:,g}（记录 {rid}）",
    ),
    "value.total_below_latest": (
        "'{target}' is a running total and {value:,g} is below the {before:,g} recorded as of {day} (record {rid})",
        "“{target}”是累计值，{value:,g} 低于截至{day}记录的 {before:,g}（记录 {rid}）",
    ),
    # the typo guard (domain.progress.slip)
    "slip.over_latest": ("over {times}× the latest", "超过最新值的 {times} 倍"),
    "slip.past_goal": ("past {times}× the goal", "超过目标的 {times} 倍"),
    "slip.both": ("{a} and {b}", "{a}，且{b}"),
    "slip.latest": ("the latest {value:,g} (as of {day})", "最新值 {value:,g}（截至{day}）"),
    "slip.planned": ("the planned {value:,.4g} by {day}", "到{day}的计划值 {value:,.4g}"),
    "slip.goal": ("the goal {goal:,g}", "目标值 {goal:,g}"),
    "slip": (
        "{value:,g} for '{target}' is {reasons}; expected near {expected}",
        "“{target}”的 {value:,g} {reasons}；应接近{expected}",
    ),
    # record, judge, void (workspace.writing)
    "record.future": ("date {day} is in the future", "日期 {day} 晚于今天"),
    "record.future_hint": ("record values as of today or earlier (--date)", "请记录截至今天或更早的数值（--date）"),
    "record.period_hint": ("pass --date YYYY-MM-DD within the period", "请用 --date YYYY-MM-DD 指定计划期内的日期"),
    "record.text_empty": ("--{name} is empty", "--{name} 为空"),
    "record.text_empty_hint": ("write some text after --{name}", "请填写 --{name}"),
    "record.text_invalid": ("--{name} is not valid text", "--{name} 不是有效的文本"),
    "record.text_invalid_hint": ("set the terminal to UTF-8, or retype it", "请将终端设为 UTF-8，或重新输入"),
    "record.text_control": ("--{name} holds a control character (a tab?)", "--{name} 含有控制字符（制表符？）"),
    "record.remove_it": ("remove it", "请删去"),
    "record.text_long": ("--{name} is longer than {limit} characters", "--{name} 超过 {limit} 个字符"),
    "record.shorten": ("shorten it", "请缩短"),
    "record.plausible": ("{problem}: is that right?", "{problem}：是否正确？"),
    "record.plausible_hint": ("if it is, record it again with --confirm", "如确认无误，请加 --confirm 重新记录"),
    "record.total_hint": (
        "if the earlier figure was wrong, record again with --correct",
        "如之前的数有误，请加 --correct 重新记录",
    ),
    "record.percent_hint": ("give the percent reported to date, e.g. 9.5", "请给出截至目前的百分比，如 9.5"),
    "record.number_hint": ("give a number, e.g. 42", "请给出数字，如 42"),
    "value.fraction": (
        "{text} for '{target}', whose goal is {goal:g}%: is that {text}% or {hundred}%?",
        "目标“{target}”的目标值为 {goal:g}%，填的是 {text}：是 {text}% 还是 {hundred}%？",
    ),
    "value.fraction_hint": (
        "type {hundred}% for {hundred}%, or {text}% for {text}%",
        "若为 {hundred}% 请填 {hundred}%，若为 {text}% 请填 {text}%",
    ),
    "record.zero_hint": ("give the count so far, e.g. 0", "请给出截至目前的次数，如 0"),
    "record.add_not_cumulative": (
        "--add needs a cumulative target; '{target}' is a {kind} ({measure})",
        "--add 只用于累计型目标；“{target}”是 {kind}（{measure}）",
    ),
    "record.add_before_later": (
        "--add as of {day} would not reach the later values (the latest is as of {latest}); "
        "record the total as of that date instead",
        "截至{day}的 --add 够不到其后的数值（最新截至{latest}）；请改为记录截至该日的累计值",
    ),
    "record.negative_total": ("the total would become negative ({total:g})", "累计值将变为负数（{total:g}）"),
    "void.needs_reason": ("a void needs a reason", "撤销记录须说明原因"),
    "void.reason_hint": ("pass --reason '…'", "请加 --reason '…'"),
    "void.no_record": ("no record with id '{rid}'", "没有编号为“{rid}”的记录"),
    "void.log_hint": ("run 'targetctl log' to see record ids", "用 targetctl log 查看记录编号"),
    "void.again_hint": ("record the value again instead", "请改为重新记录该数值"),
    "void.none_by": ("no record by '{author}' to void", "没有“{author}”可撤销的记录"),
    "void.none_by_hint": (
        "pass --by NAME, or a record id from 'targetctl log'",
        "请加 --by 姓名，或给出 targetctl log 中的记录编号",
    ),
    "void.not_an_id": (
        "'{prefix}' is not a record id: give at least {n} of its hex digits",
        "“{prefix}”不是记录编号：请至少给出其前 {n} 位十六进制数字",
    ),
    "void.in_two_logs": (
        "record id '{rid}' is in the logs of plans {plans}",
        "记录编号“{rid}”同时出现在计划 {plans} 的记录中",
    ),
    "void.in_two_logs_hint": (
        "nothing voided; run 'targetctl validate' and give one of them a new id",
        "未撤销任何记录；请运行 targetctl validate，并给其中一条换一个新编号",
    ),
    "void.ambiguous": ("record id '{prefix}' is ambiguous: it starts {ids}", "记录编号“{prefix}”不唯一，可能是：{ids}"),
    "void.more_hint": ("give more of the id", "请多写几位编号"),
    "void.of_void": ("record '{rid}' is itself a void", "记录“{rid}”本身就是撤销记录"),
    "void.already": ("record '{rid}' is already voided", "记录“{rid}”已被撤销"),
    "void.unknown": ("void of unknown record '{rid}'", "撤销了不存在的记录“{rid}”"),
    "judge.needs_reason": ("a judgement needs a written reason", "研判须写明理由"),
    # ids the user named
    "unknown.target": ("unknown target '{target}'", "未知目标“{target}”"),
    "unknown.target_hint": ("run 'targetctl list' to see the target ids", "用 targetctl list 查看目标编号"),
    "unknown.target_of_plan": ("targets of plan {plan} only", "只能是计划 {plan} 的目标"),
    "unknown.plan": ("unknown plan '{plan}'", "未知计划“{plan}”"),
    "unknown.plans_hint": ("plans: {ids}", "计划：{ids}"),
    "unknown.ids": ("{ids}", "{ids}"),
    "unknown.programme": ("unknown programme '{programme}'", "未知领域“{programme}”"),
    "unknown.programme_hint": ("run 'targetctl list' to see programme ids", "用 targetctl list 查看领域编号"),
    "suggest": ("did you mean '{word}'?", "是否为“{word}”？"),
    # record logs (workspace.logs, checks, io.recordlog)
    "log.folder_is_file": ("should be the folder of record logs, but is a file", "应为存放记录的文件夹，却是文件"),
    "log.of_no_plan": ("record log of no plan", "不属于任何计划的记录文件"),
    "log.of_no_plan_hint": ("name it after a plan id, or remove it", "请以计划编号命名，或删除"),
    "log.of_plan_elsewhere": (
        "the log of plan '{plan}', whose file is in another plans folder",
        "计划“{plan}”的记录文件，但该计划文件在另一个计划文件夹中",
    ),
    "log.move_to": ("move this log to {folder}/", "请将此记录文件移到 {folder}/"),
    "log.merge_into": (
        "both hold records: append its lines to {log} (moving it there would overwrite that log)",
        "两处都有记录：请把此文件的记录行追加到 {log}（移过去会覆盖该文件）",
    ),
    "log.held_elsewhere": (
        "the records of plan '{plan}' are here, in another plans folder than its plan file",
        "计划“{plan}”的记录在此处，与其计划文件不在同一计划文件夹",
    ),
    "log.move_and_record": ("move this log to {folder}/ and record again", "请将此记录文件移到 {folder}/ 后再记录"),
    "log.id_reused": ("record id '{rid}' is already used on line {line}", "记录编号“{rid}”已在第{line}行使用"),
    "log.cannot_read": ("cannot read record log: {reason}", "无法读取记录文件：“{reason}”"),
}
