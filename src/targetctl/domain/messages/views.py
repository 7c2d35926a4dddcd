"""Sentences of the views and of what a command reports doing (status, overdue, trace, record,
import, the Word report): id → (English, Chinese), with the same named fields. English counts
are agreed by `render.i18n.plural` ("1 targets" is said "1 target")."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "docx.chart_caption": (
        "{title}: actual against expected, goal {goal}, {first} to {last}",
        "{title}：实际与应达对比，目标{goal}，{first}至{last}",
    ),
    "void.about": (
        "{target}: {what} as of {day}, by {by} (recorded {when}; record {rid})",
        "{target}：{what}，截至{day}，{by}填报（{when}录入；记录{rid}）",
    ),
    "void.of": ("void of {rid}: {reason}", "撤销 {rid}：{reason}"),
    "void.nothing": ("nothing voided", "未撤销任何记录"),
    "void.ask": ("Void it?", "确认撤销？"),
    "status.period_caption": ("actual/expected at the end of each {every}", "各{every}末 实际/应达"),
    "status.last_shown": (
        "the last {n} of {m} shown (widen the terminal)",
        "显示最近{n}个，共{m}个（加宽终端可看全部）",
    ),
    "status.changes": ("Changes from {since} to {day}", "{since}至{day}的变化"),
    "status.at_this_pace": ("at this pace {value} of {goal} by {due}", "按当前进度，到{due}可达{value}（目标{goal}）"),
    "status.off_track_since": ("off track since {day}", "自{day}起落后于计划"),
    "status.needs_a_month": ("needs {value} a month to finish", "每月需完成{value}才能按期完成"),
    "status.hidden_no_data": ("+{n} with no data (--all)", "另有{n}项暂无数据（--all 全部显示）"),
    "status.n_targets": ("{n} targets", "{n}项目标"),
    "status.no_match": ("no targets match", "没有符合条件的目标"),
    "status.rollup": ("{n} targets: {parts}; overall {share}", "共{n}项目标：{parts}；总体进度{share}"),
    "status.summary": ("As of {day}: {rest}", "截至{day}：{rest}"),
    "status.overview_title": ("{plans} plans, {n} targets", "{plans}个计划，{n}项目标"),
    "status.overview_hint": (
        "Too many targets to list: one line per plan. Narrow with --plan, --programme, --status, or pass --all.",
        "目标过多，按计划汇总显示。可用 --plan、--programme、--status 筛选，或加 --all 显示全部。",
    ),
    "overdue.none": ("As of {day}: no report is overdue.", "截至{day}：无逾期未报送的目标。"),
    "overdue.summary": (
        "As of {day}: {n} overdue report(s) in {units} lead unit(s).",
        "截至{day}：{units}个牵头单位共{n}项报送逾期。",
    ),
    "trace.heading": ("{plan}: source clauses", "{plan}：原文逐句对照"),
    "trace.count": ("{n} {status}", "{status}{n}句"),
    "report.count": ("{n} {status}", "{status}{n}项"),
    "report.others": ("{label}: {counts}", "{label}：{counts}"),
    "report.overall": ("overall progress {share}", "总体进度{share}"),
    "log.count": ("{n} records", "共{n}条记录"),
    "record.done": ("recorded {rid} in {path}", "已记录 {rid}（{path}）"),
    "record.read": ("read {value}", "读作 {value}"),
    "void.done": ("voided {rid} (record {vid} in {path})", "已撤销 {rid}（撤销记录 {vid}，{path}）"),
    "judge.done": ("recorded judgement {rid} in {path}", "已记录研判 {rid}（{path}）"),
    "status.goal": ("goal {goal}", "目标 {goal}"),
    "status.expected": ("expected {value}", "应达 {value}"),
    "list.summary": ("{n} targets, {m} programmes", "{n}项目标，{m}个领域/计划"),
    "status.judged": ("judged {rating}", "研判：{rating}"),
    "import.done": ("{n} rows read, {m} values recorded", "读取{n}行，记录{m}项数值"),
    "import.skipped": ("{k} rows skipped: already recorded, or voided", "跳过{k}行：已记录或已撤销"),
    "import.dry_run": (
        "{n} rows read, {m} values to record (dry run: nothing written)",
        "读取{n}行，将记录{m}项数值（试运行：未写入）",
    ),
    "import.line": ("{target}: {read} → {value} as of {day}", "{target}：{read} → {value}（截至{day}）"),
    "import.encoding": ("read as {encoding}", "按 {encoding} 编码读取"),
}
