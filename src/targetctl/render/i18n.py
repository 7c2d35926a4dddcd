"""The interface in Chinese: labels, statuses and messages (titles come from the plans).

Which language is chosen is the command line's business (`cli.terminal.language`)."""

from __future__ import annotations

import re
from dataclasses import replace

from targetctl.domain.problems import Problem, visible

ZH = {
    # status and milestone words
    "achieved": "已完成",
    "on-track": "正常推进",
    "at-risk": "存在风险",
    "behind": "进度滞后",
    "missed": "逾期未完成",
    "not-started": "未启动",
    "no-data": "暂无数据",
    "in-progress": "推进中",
    "done": "完成",
    "red": "红",
    "amber": "黄",
    "green": "绿",
    # table headers and labels
    "target": "目标任务",
    "now / goal": "完成情况 / 目标值",
    "progress": "进度",
    "expected": "应达进度",
    "status": "状态",
    "updated": "更新日期",
    "plan": "计划",
    "targets": "目标数",
    "programme": "所属领域",
    "title": "名称",
    "goal": "目标值",
    "lead unit": "牵头单位",
    "supporting": "配合单位",
    "baseline": "基数",
    "checkpoint": "节点目标",
    "reporting": "报送频次",
    "source": "原文",
    "note": "备注",
    "now": "当前",
    "judged": "研判",
    "history": "历史记录",
    "as of": "截至",
    "value": "数值",
    "by": "填报人",
    "recorded": "填报时间",
    "note / evidence": "备注 / 佐证",
    "state": "记录状态",
    "current": "有效",
    "superseded": "已被更正",
    "after as-of": "晚于截至日期",
    "voided": "已撤销",
    "correction": "更正",
    "judgement": "研判",
    "void": "撤销",
    "month": "月份",
    "actual": "实际",
    "id": "编号",
    "cadence": "报送频次",
    "last report": "最近报送",
    "days since": "间隔天数",
    "due": "完成时限",
    "no deadline": "不设时限",
    "unknown": "未明确",
    "provisional": "初步数",
    "report overdue": "报送逾期",
    "needs attention": "需关注事项",
    "no target is missed, behind or at risk": "没有逾期未完成、进度滞后或存在风险的目标",
    "gap": "差距",
    "exp.": "应达",
    "band": "区间",
    # trace
    "clause": "原文分句",
    "mapped to / reason": "对应目标 / 排除理由",
    "mapped": "已对应",
    "excluded": "已排除",
    "unmapped": "未对应",
    # kinds and cadences
    "quantity": "数量",
    "range": "区间",
    "growth": "增长",
    "share": "占比",
    "ratio": "比值",
    "milestone": "里程碑",
    "principle": "原则",
    "relation": "关系",
    "zero": "零发生",
    "weekly": "每周",
    "monthly": "每月",
    "quarterly": "每季度",
    "yearly": "每年",
    "never": "从未",
    "at a glance": "总体情况",
    "plan / programme": "计划 / 领域",
    "generated": "生成于",
    "milestones and principles": "里程碑与原则性任务",
    "quarter": "季度",
    "status changes": "状态变化",
    "was": "原状态",
    "records": "记录",
    "no status changed": "没有状态变化",
    "no records": "没有记录",
    "at this pace": "按当前进度",
    "projection": "进度预测",
    "by / recorded": "记录人 / 时间",
    "records, newest first": "进度记录（最新在前）",
    "actual vs expected (month ends)": "实际与应达对比（月末）",
    "no records yet": "暂无记录",
    "(lead unit not given)": "（未明确牵头单位）",
}

_ZH_TEMPLATES = {
    "{title}: actual against expected, goal {goal}, {first} to {last}": (
        "{title}：实际与应达对比，目标{goal}，{first}至{last}"
    ),
    "{target}: {what} as of {day}, by {by} (recorded {when}; record {rid})": (
        "{target}：{what}，截至{day}，{by}填报（{when}录入；记录{rid}）"
    ),
    "void of {rid}: {reason}": "撤销 {rid}：{reason}",
    "nothing voided": "未撤销任何记录",
    "Void it?": "确认撤销？",
    "actual/expected at the end of each {every}": "各{every}末 实际/应达",
    "the last {n} of {m} shown (widen the terminal)": "显示最近{n}个，共{m}个（加宽终端可看全部）",
    "Changes from {since} to {day}": "{since}至{day}的变化",
    "at this pace {value} of {goal} by {due}": "按当前进度，到{due}可达{value}（目标{goal}）",
    "off track since {day}": "自{day}起落后于计划",
    "needs {value} a month to finish": "每月需完成{value}才能按期完成",
    "+{n} with no data (--all)": "另有{n}项暂无数据（--all 全部显示）",
    "{n} targets": "{n}项目标",
    "no targets match": "没有符合条件的目标",
    "{n} targets: {parts}; overall {share}": "共{n}项目标：{parts}；总体进度{share}",
    "As of {day}: {rest}": "截至{day}：{rest}",
    "{plans} plans, {n} targets": "{plans}个计划，{n}项目标",
    "Too many targets to list: one line per plan. Narrow with --plan, --programme, --status, or pass --all.": (
        "目标过多，按计划汇总显示。可用 --plan、--programme、--status 筛选，或加 --all 显示全部。"
    ),
    "As of {day}: no report is overdue.": "截至{day}：无逾期未报送的目标。",
    "As of {day}: {n} overdue report(s) in {units} lead unit(s).": "截至{day}：{units}个牵头单位共{n}项报送逾期。",
    "{plan}: source clauses": "{plan}：原文逐句对照",
    "recorded {rid} in {path}": "已记录 {rid}（{path}）",
    "read {value}": "读作 {value}",
    "voided {rid} (record {vid} in {path})": "已撤销 {rid}（撤销记录 {vid}，{path}）",
    "recorded judgement {rid} in {path}": "已记录研判 {rid}（{path}）",
    "goal {goal}": "目标 {goal}",
    "expected {value}": "应达 {value}",
    "{n} targets, {m} programmes": "{n}项目标，{m}个领域/计划",
    "judged {rating}": "研判：{rating}",
    "{n} rows read, {m} values recorded": "读取{n}行，记录{m}项数值",
    "{k} rows skipped: already recorded, or voided": "跳过{k}行：已记录或已撤销",
    "{n} rows read, {m} values to record (dry run: nothing written)": "读取{n}行，将记录{m}项数值（试运行：未写入）",
    "{target}: {read} → {value} as of {day}": "{target}：{read} → {value}（截至{day}）",
    "read as {encoding}": "按 {encoding} 编码读取",
}


def t(text: str, lang: str) -> str:
    """A label in the interface language."""
    return ZH.get(text, text) if lang == "zh" else text


_ONE = re.compile(r"(?<![\d.,])\b1 ((?:[a-z-]+ )?)(target|programme|plan|row|value|record|report|unit|file|problem)s\b")
_MAYBE_PLURAL = re.compile(r"(?<![\d.,])\b(\d+) ([a-z -]*?[a-z])\(s\)")


def plural(text: str) -> str:
    """English number agreement: '1 targets' becomes '1 target', '2 report(s)' '2 reports'."""
    text = _MAYBE_PLURAL.sub(lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)
    return _ONE.sub(lambda m: f"1 {m[1]}{m[2]}", text)


def f(template: str, lang: str, **values: object) -> str:
    """A sentence with values, in the interface language."""
    if lang == "zh":
        return _ZH_TEMPLATES.get(template, template).format(**values)
    return plural(template.format(**values))


# Messages about the user's data, in Chinese: each English sentence shape with its Chinese
# wording. A message of a shape not listed stays in English (never half translated).
_ZH_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), zh)
    for p, zh in [
        (r"^unknown target '(?P<a>[^']*)'$", "未知目标“{a}”"),
        # what the plan model says of a value (io/pydantic_errors), field name first
        (
            r"^(?P<a>\S+) must be at most this many characters: (?P<n>\d+), got (?P<g>.*)$",
            "{a} 最多 {n} 个字符，现为 {g}",
        ),
        (
            r"^(?P<a>\S+) must be at least this many characters: (?P<n>\d+), got (?P<g>.*)$",
            "{a} 至少 {n} 个字符，现为 {g}",
        ),
        (r"^(?P<a>\S+) must be at least (?P<n>\S+), got (?P<g>.*)$", "{a} 不得小于 {n}，现为 {g}"),
        (r"^(?P<a>\S+) must be more than (?P<n>\S+), got (?P<g>.*)$", "{a} 须大于 {n}，现为 {g}"),
        (r"^(?P<a>\S+) must be at most (?P<n>\S+), got (?P<g>.*)$", "{a} 不得大于 {n}，现为 {g}"),
        (r"^(?P<a>\S+) must be less than (?P<n>\S+), got (?P<g>.*)$", "{a} 须小于 {n}，现为 {g}"),
        (r"^(?P<a>\S+) must be a number, got (?P<g>.*)$", "{a} 须为数字，现为 {g}"),
        (r"^(?P<a>\S+) must be a whole number, got (?P<g>.*)$", "{a} 须为整数，现为 {g}"),
        (r"^(?P<a>\S+) must be true or false, got (?P<g>.*)$", "{a} 须为 true 或 false，现为 {g}"),
        (r"^(?P<a>\S+) must be text, got (?P<g>.*)$", "{a} 须为文本，现为 {g}"),
        (
            r"^(?P<a>\S+) must be a date written YYYY-MM-DD \(unquoted\), got (?P<g>.*)$",
            "{a} 须为日期（YYYY-MM-DD，不加引号），现为 {g}",
        ),
        (r"^(?P<a>\S+) must be a list, got (?P<g>.*)$", "{a} 须为列表，现为 {g}"),
        (r"^(?P<a>\S+) must be a mapping of fields, got (?P<g>.*)$", "{a} 须为字段映射，现为 {g}"),
        (
            r"^declare it under 'units:' with its labels, e\.g\. units: (?P<a>.*)$",
            "请在 units: 下声明该单位及其名称，如 units: {a}",
        ),
        (
            r"^(?P<a>did you mean '[^']*'\?) Or declare it under 'units:' with its labels, e\.g\. units: (?P<b>.*)$",
            "是否为{a}？或在 units: 下声明该单位及其名称，如 units: {b}",
        ),
        (r"^run 'targetctl list' to see the target ids$", "用 targetctl list 查看目标编号"),
        (
            r"^'(?P<a>.*)' is not a record id: give at least (?P<n>\d+) of its hex digits$",
            "“{a}”不是记录编号：请至少给出其前 {n} 位十六进制数字",
        ),
        # what Typer's own conversion says of a refused option value
        (r"^Input should be a valid number.*$", "应为数字"),
        (r"^Input should be a valid integer.*$", "应为整数"),
        (r"^Input should be a finite number$", "应为有限的数字"),
        (r"^Input should be greater than or equal to (?P<n>\S+)$", "不得小于 {n}"),
        (r"^Input should be greater than (?P<n>\S+)$", "须大于 {n}"),
        (r"^Input should be less than or equal to (?P<n>\S+)$", "不得大于 {n}"),
        (r"^Input should be less than (?P<n>\S+)$", "须小于 {n}"),
        # usage errors of the command line (exit 2)
        (r"^'(?P<a>.*)' is not a date; write YYYY-MM-DD$", "“{a}”不是日期；请写成 YYYY-MM-DD"),
        (
            r"^'(?P<a>.*)' is not a valid plan id: use lowercase ASCII letters and digits joined by '-'$",
            "“{a}”不是有效的计划编号：请用小写英文字母和数字，以“-”连接",
        ),
        (r"^'(?P<a>.*)'; expected one of: (?P<b>.*)$", "“{a}”；应为以下之一：{b}"),
        (r"^xlsx needs a file: pass -o FILE\.xlsx$", "xlsx 须写入文件：请加 -o 文件.xlsx"),
        (r"^parquet needs a folder: pass -o FOLDER$", "parquet 须写入文件夹：请加 -o 文件夹"),
        (r"^a Word document needs a file: add -o report\.docx$", "Word 文档须写入文件：请加 -o report.docx"),
        (
            r"^the Parquet export needs pyarrow: pip install 'targetctl\[parquet\]'$",
            "Parquet 导出需要 pyarrow：pip install 'targetctl[parquet]'",
        ),
        (r"^'(?P<a>.*)' is a folder; give a file name$", "“{a}”是文件夹；请给出文件名"),
        (
            r"^'(?P<a>.*)' is a file; give a folder for the Parquet tables$",
            "“{a}”是文件；请给出存放 Parquet 表的文件夹",
        ),
        (
            r"^'(?P<a>.*)' holds other files; give a new or empty folder \(or an earlier Parquet export\)$",
            "“{a}”中已有其他文件；请给出新的或空的文件夹（或此前导出的 Parquet 文件夹）",
        ),
        (
            r"^the folder '(?P<a>.*)' of '(?P<b>.*)' does not exist; create it first$",
            "“{b}”所在的文件夹“{a}”不存在；请先创建",
        ),
        (
            r"^the folder '(?P<a>.*)' of '(?P<b>.*)' is not a folder; create it first$",
            "“{b}”所在的“{a}”不是文件夹；请先创建",
        ),
        (r"^--json asks for json but --format asks for (?P<a>.*)$", "--json 要求 json，而 --format 要求 {a}"),
        (r"^choose one of --period and --since$", "--period 和 --since 只能选其一"),
        (
            r"^'(?P<a>.*)' is not found or not a file: give the path of a \.txt, \.docx or \.pdf document$",
            "“{a}”不存在或不是文件：请给出 .txt、.docx 或 .pdf 文件的路径",
        ),
        (
            r"^'(?P<a>.*)' is not a valid plan id: use at most (?P<n>\d+) lowercase ASCII letters and digits"
            r" joined by '-'$",
            "“{a}”不是有效的计划编号：请用至多 {n} 个小写英文字母和数字，以“-”连接",
        ),
        (r"^cannot be read as a \.docx document: (?P<a>.*)$", "无法作为 .docx 文件读取：{a}"),
        (r"^save it again as \.docx or as text$", "请另存为 .docx 或纯文本"),
        (r"^'(?P<a>[^']*)' documents are not read$", "不读取“{a}”格式的文件"),
        (r"^save it as \.docx, \.pdf or plain text$", "请另存为 .docx、.pdf 或纯文本"),
        (r"^cannot read the spreadsheet: (?P<a>.*)$", "无法读取表格：{a}"),
        (r"^not UTF-8 or GB18030 text$", "不是 UTF-8 或 GB18030 编码的文本"),
        (r"^save the CSV as UTF-8 \(Excel: CSV UTF-8\)$", "请将 CSV 另存为 UTF-8（Excel：CSV UTF-8）"),
        (r"^no column for (?P<a>.*)$", "缺少“{a}”列"),
        (r"^use the layout `targetctl export` writes$", "请使用 targetctl export 导出的表格格式"),
        (
            r"^'(?P<a>.*)' is not a date; write YYYY-MM-DD \(or 2020/6/30\)$",
            "“{a}”不是日期；请写成 YYYY-MM-DD（或 2020/6/30）",
        ),
        (r"^-o (?P<a>.*): this command writes (?P<b>.*) files$", "-o {a}：此命令只写 {b} 文件"),
        (r"^--json writes JSON, not a (?P<a>\S+) file$", "--json 输出 JSON，不是 {a} 文件"),
        (r"^the review page is HTML: name it (?P<a>.*)$", "核对页是 HTML 文件：请命名为 {a}"),
        (
            r"^-o (?P<a>.*) is a (?P<b>\w+) file name but --format asks for (?P<c>\w+)$",
            "-o {a} 是 {b} 文件名，而 --format 要求 {c}",
        ),
        (
            r"^--period and --since print tables; use them without --json and --fail-on$",
            "--period 和 --since 输出表格；请勿与 --json、--fail-on 同用",
        ),
        (r"^--behind must not be below --at-risk$", "--behind 不得低于 --at-risk"),
        (r"^(?P<a>\S+) is after the as-of day (?P<b>\S+)$", "{a} 晚于截至日期 {b}"),
        (r"^a void needs a reason: --reason TEXT$", "撤销记录须说明原因：--reason 原因"),
        (
            r"^give TARGET and VALUE, or --void RECORD_ID --reason TEXT$",
            "请给出 目标编号 和 数值，或 --void 记录编号 --reason 原因",
        ),
        (
            r"^--void takes only --reason and --by \(no TARGET, VALUE or value options\)$",
            "--void 只能与 --reason、--by 同用（不能再给目标编号、数值或数值选项）",
        ),
        (
            r"^give --id PLAN_ID to write a draft, or --compare PLAN_ID to check a plan$",
            "请用 --id 计划编号 起草，或用 --compare 计划编号 核对现有计划",
        ),
        (r"^give --year or --period-start/--period-end, not both$", "--year 与 --period-start/--period-end 只能选其一"),
        (r"^give both --period-start and --period-end$", "请同时给出 --period-start 和 --period-end"),
        (r"^the period ends \((?P<a>.*)\) before it starts \((?P<b>.*)\)$", "计划期的结束日（{a}）早于开始日（{b}）"),
        (r"^'(?P<a>.*)' does not exist; pass plans folders or plan files$", "“{a}”不存在；请给出计划文件夹或计划文件"),
        (r"^'(?P<a>.*)' does not exist$", "“{a}”不存在"),
        (r"^'(?P<a>.*)' is not a file$", "“{a}”不是文件"),
        (
            r"^plans folder '(?P<a>.*)' (?P<b>not found|is not a folder); pass --plans DIR or set TARGETCTL_PLANS$",
            "计划文件夹“{a}”不存在或不是文件夹；请用 --plans 指定，或设置 TARGETCTL_PLANS",
        ),
        (r"^unknown plan '(?P<a>[^']*)'$", "未知计划“{a}”"),
        (r"^unknown programme '(?P<a>[^']*)'$", "未知领域“{a}”"),
        (r"^unknown unit '(?P<a>[^']*)'$", "未知单位“{a}”"),
        (r"^unknown field '(?P<a>[^']*)'$", "未知字段“{a}”"),
        (r"^missing required field '(?P<a>[^']*)'$", "缺少必填字段“{a}”"),
        (r"^'(?P<a>.*)' is not a number$", "“{a}”不是数字"),
        (
            r"^'(?P<a>.*)' is not a number: thousands separators group three digits, e\.g\. 12,345$",
            "“{a}”不是数字：千位分隔符须三位一组，如 12,345",
        ),
        (
            r"^unit '(?P<a>[^']*)' does not match target '(?P<b>[^']*)', which is measured in (?P<c>.*) \((?P<d>.*)\)$",
            "单位“{a}”与目标“{b}”的计量单位（{d}）不符",
        ),
        (r"^date (?P<a>\S+) is in the future$", "日期 {a} 晚于今天"),
        (r"^date (?P<a>\S+) is far outside the plan period (?P<b>\S+)$", "日期 {a} 远在计划期 {b} 之外"),
        (r"^pass --date YYYY-MM-DD within the period$", "请用 --date YYYY-MM-DD 指定计划期内的日期"),
        (r"^no record with id '(?P<a>[^']*)'$", "没有编号为“{a}”的记录"),
        (r"^record id '(?P<a>[^']*)' is ambiguous: it starts (?P<b>.*)$", "记录编号“{a}”不唯一，可能是：{b}"),
        (r"^a void needs a reason$", "撤销记录须说明原因"),
        (r"^a judgement needs a written reason$", "研判须写明理由"),
        (r"^no record by '(?P<a>[^']*)' to void$", "没有“{a}”可撤销的记录"),
        (r"^quote not found in the source text$", "原文中找不到这段引文"),
        (r"^duplicate key '(?P<a>[^']*)' \(first at line (?P<b>\d+)\)$", "重复的键“{a}”（首次出现在第{b}行）"),
        (r"^id '(?P<a>[^']*)' is already used at (?P<b>.*)$", "编号“{a}”已在 {b} 使用"),
        (r"^no English translation yet$", "尚无英文译文"),
        (r"^needs review: (?P<a>.*)$", "待核：{a}"),
        (r"^the total would become negative \((?P<a>.*)\)$", "累计值将变为负数（{a}）"),
        (r"^(?P<a>.*) is too large to be a real value$", "{a} 过大，不像真实数值"),
        (
            r"^'(?P<a>[^']*)' is a (?P<b>\w+) and is judged, not counted; use: (?P<c>.*)$",
            "“{a}”只作研判、不计数值；请用：{c}",
        ),
        (
            r"^cell (?P<a>\S+) in '(?P<b>[^']*)' was changed to '(?P<c>.*)', but '[^']*' is only shown, never read$",
            "单元格 {a}（“{b}”列）被改为“{c}”，但该列只作展示、不会导入",
        ),
        (
            r"^cell (?P<a>\S+) holds (?P<b>\S+), for '(?P<c>[^']*)' whose goal is (?P<d>\S+): "
            r"is that (?P<e>\S+) or (?P<f>\S+)\?$",
            "单元格 {a} 填的是 {b}，而目标“{c}”的目标值为 {d}：是 {e} 还是 {f}？",
        ),
        (
            r"^cell (?P<a>\S+) is formatted as a percent \((?P<b>\S+)\), but '(?P<c>[^']*)' is counted in (?P<d>.*)$",
            "单元格 {a} 设为百分比格式（{b}），但目标“{c}”以{d}计",
        ),
        # hints
        (r"^did you mean '(?P<a>[^']*)'\?$", "是否为“{a}”？"),
        (r"^copy the words exactly as the source has them$", "请照原文逐字复制"),
        (r"^run 'targetctl log' to see record ids$", "用 targetctl log 查看记录编号"),
        (r"^run 'targetctl list' to see target ids$", "用 targetctl list 查看目标编号"),
        (r"^remove one of them$", "删去其中一个"),
        (r"^add 'en' beside 'zh'$", "在 zh 旁补上 en"),
        (r"^check it, then delete 'review'$", "核实后删去 review"),
        (r"^pass --reason '…'$", "请加 --reason '…'"),
        (r"^give more of the id$", "请多写几位编号"),
        (r"^give a number, e\.g\. 42$", "请给出数字，如 42"),
        (r"^give the percent reported to date, e\.g\. 9\.5$", "请给出截至目前的百分比，如 9.5"),
        (
            r"^type a new value in '(?P<a>[^']*)' and its date in '(?P<b>[^']*)'; "
            r"change the plan file for anything else$",
            "新数值请填在“{a}”列，其截至日期填在“{b}”列；其他内容请改计划文件",
        ),
        (
            r"^type (?P<a>\S+) \(or (?P<b>\S+)\) for (?P<c>\S+), or (?P<d>\S+) for (?P<e>\S+)$",
            "若为 {c} 请填 {a}（或 {b}），若为 {e} 请填 {d}",
        ),
        (r"^type the number itself, in a cell not formatted as a percent$", "请在非百分比格式的单元格中直接填数"),
    ]
]


_ROW = re.compile(r"^row (?P<a>\d+), column '(?P<b>[^']*)': (?P<c>.*)$", re.DOTALL)


def message(text: str, lang: str) -> str:
    """A message about the user's data in the interface language (see _ZH_MESSAGES)."""
    if lang != "zh":
        return text
    row = _ROW.match(text)  # `import` puts the row and column first
    if row:
        return f"第{row['a']}行“{row['b']}”列：{message(row['c'], lang)}"
    for pattern, zh in _ZH_MESSAGES:
        found = pattern.match(text)
        if found:
            return zh.format(**found.groupdict())
    return text


def said(problem: Problem, lang: str) -> str:
    """A located problem as the user reads it: its message and hint in the interface language."""
    if lang != "zh":
        return str(problem)
    text = str(replace(problem, message=message(problem.message, lang), hint=""))
    return text + (f"；{visible(message(problem.hint, lang))}" if problem.hint else "")
