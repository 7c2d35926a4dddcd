"""The command-line help in Chinese, used under --lang zh, TARGETCTL_LANG=zh or a Chinese
locale. Keyed by the English text, so that a help text without a translation shows in
English (a test lists any that are missing)."""

from __future__ import annotations

from targetctl.render.formats import OFFERS

HELP = {
    "Keep a work plan's targets as code, record progress, see where every target stands.": (
        "以代码管理工作方案的目标任务：记录进展，查看每项目标的完成情况。"
    ),
    "A plans folder, or a pattern such as 'districts/*/plans'; repeat it to read several as one workspace"
    " (default: ./plans).": (
        "计划文件夹，或 'districts/*/plans' 这样的通配模式；重复给出可将多个文件夹作为一个工作区读取（默认：./plans）。"
    ),
    "Show a traceback for internal errors.": "内部错误时显示调用栈。",
    "Interface language for every command: zh or en (default: TARGETCTL_LANG, then the locale).": (
        "所有命令的界面语言：zh 或 en（默认：TARGETCTL_LANG，其次为系统区域设置）。"
    ),
    "Never send long output through a pager (it is used only on a terminal).": (
        "长输出不经分页器显示（分页器仅在终端中使用）。"
    ),
    "Show the version and exit.": "显示版本号后退出。",
    "Install completion for the current shell.": "为当前 shell 安装命令补全。",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "显示当前 shell 的补全脚本，可复制或自定义安装。"
    ),
    "Check plan files and record logs; print every problem as path:line:col.": (
        "检查计划文件和记录日志；每个问题按“路径:行:列”列出。"
    ),
    "Plans folders or plan files (default: the plans folder).": "计划文件夹或计划文件（默认：计划文件夹）。",
    "Also fail on source clauses neither mapped nor excluded.": "原文中既未对应目标也未排除的分句同样视为错误。",
    "Output: text or json.": "输出格式：text 或 json。",
    "The same as --format json.": "等同于 --format json。",
    "Print the JSON Schema of a plan file (generated from the model).": "输出计划文件的 JSON Schema（由模型生成）。",
    "Show the plans → programmes → targets tree.": "显示“计划 → 领域/专项 → 目标任务”树。",
    "Interface language: zh or en (default: TARGETCTL_LANG, then the locale).": (
        "界面语言：zh 或 en（默认：TARGETCTL_LANG，其次为系统区域设置）。"
    ),
    "Show each clause of the sources and the targets or programmes that quote it.": (
        "逐句显示原文及引用该句的目标任务或领域。"
    ),
    "Only this plan id.": "只看此计划。",
    "Only clauses neither mapped nor excluded.": "只看既未对应也未排除的分句。",
    "Append a progress value for a target (or --void a record) to its plan's record log.": (
        "向计划的记录日志追加一项目标进展数值（或用 --void 撤销一条记录）。"
    ),
    "Target id.": "目标编号。",
    "Number (e.g. 42, 9.5%, 1.2万) or milestone state.": (
        "数值（如 42、9.5%、1.2万）或里程碑状态（完成、进行中、未开始）。"
    ),
    "The date the value is as of (default: today).": "数值的截至日期（默认：今天）。",
    "Who records it (default: git user.name, then login).": "填报人（默认：git user.name，其次为登录名）。",
    "A note.": "备注。",
    "A link or document reference.": "佐证材料的链接或文号。",
    "A provisional figure; a final one supersedes it.": "初步数；正式数会取代它。",
    "VALUE is an increment to the latest total.": "数值为在最新累计值上的增量。",
    "Print the target's status line afterwards.": "记录后显示该目标的状态行。",
    "Retract the record with this id.": "撤销此编号的记录。",
    "Why (required with --void).": "原因（--void 时必填）。",
    "Void without asking (on a terminal, --void asks).": "不再询问，直接撤销（在终端上 --void 会先询问）。",
    "Record a responsible person's red/amber/green judgement of a target, with a reason.": (
        "记录责任人对目标的红/黄/绿研判，并说明理由。"
    ),
    "red, amber or green (红, 黄, 绿).": "red、amber 或 green（红、黄、绿）。",
    "Why: a judgement needs a written reason.": "理由：研判须写明理由。",
    "As of (default: today).": "截至日期（默认：今天）。",
    "Who judges (default: git user.name, then login).": "研判人（默认：git user.name，其次为登录名）。",
    "Show where every target stands: value vs goal, expected by now, status, by programme.\n\n"
    "Targets that need attention (missed, behind, at risk) come first; those with no data\n"
    "are counted per programme unless --all is given.": (
        "按领域显示每项目标的完成情况：完成值与目标值、应达进度、状态。\n\n"
        "需要关注的目标（逾期未完成、进度滞后、存在风险）排在前面；暂无数据的目标按领域汇总计数，加 --all 显示全部。"
    ),
    "Only this programme (and those inside it).": "只看此领域（含其下各专项）。",
    "Only targets whose lead unit contains this text.": "只看牵头单位包含此文字的目标。",
    "Only targets in this status (repeatable).": "只看处于此状态的目标（可重复）。",
    "Only targets of this kind.": "只看此类目标。",
    "Only targets whose report is overdue.": "只看报送逾期的目标。",
    "Show the state on this date (default: today).": "显示此日期的情况（默认：今天）。",
    "Print the documented JSON structure.": "输出文档所述的 JSON 结构。",
    "Percent below expected still on track.": "低于应达进度多少百分比内仍算正常推进。",
    "Percent below expected still only at risk.": "低于应达进度多少百分比内仍只算存在风险。",
    "Exit 1 if any target is in this status (repeatable).": "若有目标处于此状态则以 1 退出（可重复）。",
    "List every target, those with no data too, even when there are over 300.": (
        "列出全部目标（含暂无数据的），超过 300 项也逐项列出。"
    ),
    "Order within a programme: status (what needs attention first), due or progress.": (
        "领域内排序：status（需关注的在前）、due（完成时限）或 progress（进度）。"
    ),
    "Only targets whose id, title or quote contains this text.": "只看编号、名称或原文包含此文字的目标。",
    "Show whole titles, wrapped, instead of one line each.": "完整显示名称（可折行），而不是每项一行。",
    "One column per month or quarter: actual/expected at its end, for every numeric target.": (
        "每月或每季度一列：各数值目标在期末的实际/应达。"
    ),
    "What changed since this date: status moves and the records as of it or later.": (
        "自此日期以来的变化：状态变化，以及截至该日期及以后的记录。"
    ),
    "Do not use or fill the output cache or the saved plans and logs.": (
        "不使用也不写入输出缓存及保存的计划和记录状态。"
    ),
    "Do not use or fill the saved plans and logs.": "不使用也不写入保存的计划和记录状态。",
    "List, per lead unit, the targets whose progress report is overdue for their cadence.": (
        "按牵头单位列出未按报送周期报送进展的目标。"
    ),
    "The date to check (default: today).": "检查日期（默认：今天）。",
    "Print JSON.": "输出 JSON。",
    "Everything about one target: source, goal, checkpoints, history and a chart.": (
        "一项目标的全部信息：原文、目标值、节点、历史记录和图表。"
    ),
    "The records, newest first.": "记录列表，最新的在前。",
    "Only this target.": "只看此目标。",
    "Only this plan.": "只看此计划。",
    "Only records by this person.": "只看此人填报的记录。",
    "Only as of this date or later.": "只看截至此日期及以后的。",
    "Only as of this date or earlier.": "只看截至此日期及以前的。",
    "Write targets with their status (and the records) as CSV, JSON, an xlsx workbook, or\n"
    "Parquet tables (-o FOLDER: targets, records, programmes, partitioned by plan).\n\n"
    "Spreadsheets (csv, xlsx) have Chinese headers unless --lang en or TARGETCTL_LANG=en is\n"
    "given: they go to Chinese offices, whatever the locale of the machine that makes them.": (
        "将目标及其状态（和记录）导出为 CSV、JSON、xlsx 工作簿，或 Parquet 数据表"
        "（-o 文件夹：目标、记录、领域三张表，按计划分区）。\n\n"
        "表格（csv、xlsx）默认使用中文表头（除非指定 --lang en 或 TARGETCTL_LANG=en），因为表格是发给中文单位的。"
    ),
    "File to write (default: stdout).": "写入的文件（默认：标准输出）。",
    "For csv: the targets or the records.": "CSV 导出：目标（targets）或记录（records）。",
    "Status on this date (default: today).": "此日期的状态（默认：今天）。",
    "Record many values at once from a spreadsheet; one bad row means nothing is written.": (
        "从表格一次导入多项数值；只要有一行有误，就一行也不写入。"
    ),
    "A CSV or xlsx file: the export layout or the simple template.": "CSV 或 xlsx 文件：导出格式或简易模板。",
    "Who records the rows without a 填报人 (default: git user.name).": (
        "未填“填报人”的行由谁填报（默认：git user.name）。"
    ),
    "Check every row; write nothing.": "只检查每一行，不写入。",
    "A progress report for one plan or all: Markdown, one standalone HTML file with charts,\nor a Word document.": (
        "一个或全部计划的进展报告：Markdown、带图表的单个 HTML 文件，或 Word 文档。"
    ),
    "Report on this date (default: today).": "报告截至日期（默认：今天）。",
    "Draft a plan file from a Chinese policy document, for a person to review.": (
        "根据中文政策文件起草计划文件，供人工审核。"
    ),
    "The document: text (UTF-8, GBK or Big5), .docx or .pdf.": "文件：文本（UTF-8、GBK 或 Big5）、.docx 或 .pdf。",
    "The new plan's id; writes PLANS/ID.yaml.": "新计划的编号；写入 PLANS/ID.yaml。",
    "Only list differences with this existing plan; write nothing.": "只列出与此现有计划的差异，不写入任何文件。",
    "The plan's year: its period is that calendar year, whatever the text says.": (
        "计划年度：周期为该自然年，优先于原文所写。"
    ),
    "The period's first day, YYYY-MM-DD.": "计划期的第一天，YYYY-MM-DD。",
    "The period's last day, YYYY-MM-DD.": "计划期的最后一天，YYYY-MM-DD。",
    "Replace an existing plan file and source copy.": "替换已有的计划文件和原文副本。",
    "Also write a review page (HTML): the source coloured by what each clause became.": (
        "同时生成核对页（HTML）：原文逐句按所成条目着色。"
    ),
    "Start a new plan file, with a comment explaining every field; it validates as written.": (
        "新建计划文件，每个字段附说明注释；新建后即可通过校验。"
    ),
    "The new plan's id, e.g. west-coast-org-2021.": "新计划的编号，如 west-coast-org-2021。",
    "The plan's year (default: this year).": "计划年份（默认：今年）。",
    "Move torn or unreadable lines out of the record logs (kept in a side file).": (
        "把记录日志中残缺或无法读取的行移出（保存在旁边的文件中）。"
    ),
    "Only say what would be moved.": "只说明将移出哪些行。",
    "Allow a running total lower than the latest one: a correction.": "允许累计值低于最新值：作为更正记录。",
    "Allow a value the typo guard doubts: over 10x the goal, past 2x it, or 3x the latest.": (
        "允许疑似录入错误的数值：超过目标值10倍、超过目标值2倍，或超过最新值3倍。"
    ),
    "Allow values over 10x the goal (or percents over 1000).": "允许超过目标值10倍的数值（或超过1000%的百分比）。",
    "Retract the record with this id, or 'last' for your own latest record.": (
        "撤销此编号的记录；用 last 撤销自己最近的一条记录。"
    ),
}
HELP.update({offer.help: offer.help_zh for offer in OFFERS.values()})  # --format's help, made from the registry

SECTIONS = {
    "Usage:": "用法：",
    "Options": "选项",
    "Arguments": "参数",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
}
