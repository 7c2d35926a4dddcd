"""Messages of `validate`: plan files, their YAML, the plan model's rules, the record logs'
lines and the checks that span a plan or several.

Each entry: id → (English, Chinese), with the same named fields. Field names, kinds,
comparators and YAML keywords stay as the plan file writes them."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # YAML (io.yamlsafe)
    "yaml.too_large": ("file is larger than {limit} MiB", "文件超过 {limit} MiB"),
    "yaml.split_files": ("split it into smaller files", "请拆分为较小的文件"),
    "yaml.bad_byte": ("byte 0x{byte:02x} is not valid UTF-8", "字节 0x{byte:02x} 不是有效的 UTF-8"),
    "yaml.save_utf8": ("save the file as UTF-8", "请将文件另存为 UTF-8"),
    "yaml.invalid": ("invalid YAML: {what}", "YAML 格式错误：“{what}”"),
    "yaml.fix_syntax": ("fix the YAML syntax", "请修正 YAML 语法"),
    "yaml.too_deep": ("YAML is nested too deeply", "YAML 嵌套过深"),
    "yaml.nested_more": ("YAML is nested more than {limit} levels deep", "YAML 嵌套超过 {limit} 层"),
    "yaml.flatten": ("flatten the file", "请减少嵌套层数"),
    "yaml.alias": ("YAML aliases are not allowed", "不允许使用 YAML 别名"),
    "yaml.write_out_value": ("write the value out in full", "请完整写出该值"),
    "yaml.tag": ("YAML tag '{tag}' is not allowed", "不允许使用 YAML 标签“{tag}”"),
    "yaml.remove_tag": ("remove the tag", "请删去该标签"),
    "yaml.merge_key": ("YAML merge keys ('<<') are not allowed", "不允许使用 YAML 合并键（“<<”）"),
    "yaml.write_out_keys": ("write the keys out in full", "请完整写出各个键"),
    "yaml.key_not_text": ("keys must be plain text", "键须为纯文本"),
    "yaml.key_as_word": ("write the key as a word, e.g. 'title'", "请把键写成单词，如 title"),
    "yaml.duplicate_key": ("duplicate key '{key}' (first at line {line})", "重复的键“{key}”（首次出现在第{line}行）"),
    "yaml.duplicate_key_here": ("duplicate key '{key}'", "重复的键“{key}”"),
    "yaml.remove_one": ("remove one of them", "删去其中一个"),
    "yaml.invalid_value": ("invalid value '{value}': {reason}", "无效的值“{value}”：“{reason}”"),
    "yaml.dates_numbers": (
        "write dates as YYYY-MM-DD and numbers in digits",
        "日期请写成 YYYY-MM-DD，数字请用阿拉伯数字",
    ),
    "yaml.not_finite": ("'{value}' is not a finite number", "“{value}”不是有限的数字"),
    "yaml.ordinary_number": ("write an ordinary number", "请写普通数字"),
    # plan files (io.plans)
    "plan.cannot_read": ("cannot read file: {reason}", "无法读取文件：“{reason}”"),
    "plan.not_mapping": (
        "a plan file must be a mapping with id, title, period, source, targets",
        "计划文件须为包含 id、title、period、source、targets 的映射",
    ),
    "plan.unknown_unit": ("unknown unit '{unit}'", "未知单位“{unit}”"),
    "plan.declare_unit": (
        "declare it under 'units:' with its labels, e.g. units: {{吨: {{zh: 吨, en: tonnes}}}}",
        "请在 units: 下声明该单位及其名称，如 units: {{吨: {{zh: 吨, en: tonnes}}}}",
    ),
    "plan.near_or_declare": ("{near} Or {declare}", "{near}或{declare}"),
    "plan.source_nul": ("source file name holds a NUL character", "原文文件名含有 NUL 字符"),
    "plan.fix_file_name": ("fix the file name", "请修改文件名"),
    "plan.source_outside": ("source file '{file}' is outside the plans folder", "原文文件“{file}”在计划文件夹之外"),
    "plan.keep_sources": ("keep sources in it", "请把原文放在计划文件夹内"),
    "plan.source_not_regular": ("source file '{file}' is not a regular file", "原文文件“{file}”不是普通文件"),
    "plan.source_too_large": ("source file '{file}' is larger than 4 MiB", "原文文件“{file}”超过 4 MiB"),
    "plan.source_not_found": ("source file '{file}' not found", "找不到原文文件“{file}”"),
    "plan.source_relative": ("the path is relative to the plans folder", "该路径相对于计划文件夹"),
    "plan.source_unreadable": ("source file '{file}' cannot be read: {reason}", "无法读取原文文件“{file}”：“{reason}”"),
    # the plan model (io.pydantic_errors, domain.model)
    "model.unknown_field": ("unknown field '{field}'", "未知字段“{field}”"),
    "model.field_not_for_kind": (
        "field '{field}' does not apply to kind '{kind}'",
        "字段“{field}”不适用于 kind“{kind}”",
    ),
    "model.use_kind_with": (
        "remove it, or use a kind that has it: {kinds}",
        "请删去，或改用有该字段的 kind：{kinds}",
    ),
    "model.remove_it": ("remove it", "请删去"),
    "model.allowed_fields": ("allowed fields: {fields}", "可用字段：{fields}"),
    "model.missing_field": ("missing required field '{field}'", "缺少必填字段“{field}”"),
    "model.unknown_choice": (
        "unknown {name} '{value}'; expected one of: {expected}",
        "未知的 {name}“{value}”；应为以下之一：{expected}",
    ),
    "model.bad_id": ("'{value}' is not a valid {name}", "“{value}”不是有效的 {name}"),
    "model.id_hint": (
        "use lowercase ASCII letters and digits joined by '-', e.g. 'org-recruit-talent'",
        "请用小写英文字母和数字，以“-”连接，如 org-recruit-talent",
    ),
    "model.bad_stage": ("{value} is not a valid stage name", "{value} 不是有效的阶段名称"),
    "model.stage_hint": (
        "use one word without spaces, commas or semicolons, e.g. 立项 or venue",
        "请用一个不含空格、逗号或分号的词，如 立项 或 venue",
    ),
    "model.bad_unit": ("{value} is not a valid unit", "{value} 不是有效的单位"),
    "model.unit_hint": (
        "write the unit without a number or spaces, e.g. 万户, 亿美元, people",
        "单位不要带数字或空格，如 万户、亿美元、people",
    ),
    "model.must_be_number": ("{name} must be a number, got {got}", "{name} 须为数字，现为 {got}"),
    "model.must_be_whole": ("{name} must be a whole number, got {got}", "{name} 须为整数，现为 {got}"),
    "model.must_be_bool": ("{name} must be true or false, got {got}", "{name} 须为 true 或 false，现为 {got}"),
    "model.must_be_text": ("{name} must be text, got {got}", "{name} 须为文本，现为 {got}"),
    "model.must_be_date": (
        "{name} must be a date written YYYY-MM-DD (unquoted), got {got}",
        "{name} 须为日期（YYYY-MM-DD，不加引号），现为 {got}",
    ),
    "model.must_be_list": ("{name} must be a list, got {got}", "{name} 须为列表，现为 {got}"),
    "model.a_list": ("a list", "一个列表"),
    "model.a_mapping": ("a mapping", "一个映射"),
    "model.must_be_mapping": ("{name} must be a mapping of fields, got {got}", "{name} 须为字段映射，现为 {got}"),
    "model.at_least": ("{name} must be at least {bound}, got {got}", "{name} 不得小于 {bound}，现为 {got}"),
    "model.more_than": ("{name} must be more than {bound}, got {got}", "{name} 须大于 {bound}，现为 {got}"),
    "model.at_most": ("{name} must be at most {bound}, got {got}", "{name} 不得大于 {bound}，现为 {got}"),
    "model.less_than": ("{name} must be less than {bound}, got {got}", "{name} 须小于 {bound}，现为 {got}"),
    "model.length_at_least": (
        "{name} must be of length at least {bound}, got {got}",
        "{name} 的长度不得小于 {bound}，现为 {got}",
    ),
    "model.length_at_most": (
        "{name} must be of length at most {bound}, got {got}",
        "{name} 的长度不得大于 {bound}，现为 {got}",
    ),
    "model.chars_at_least": (
        "{name} must be at least this many characters: {bound}, got {got}",
        "{name} 至少 {bound} 个字符，现为 {got}",
    ),
    "model.chars_at_most": (
        "{name} must be at most this many characters: {bound}, got {got}",
        "{name} 最多 {bound} 个字符，现为 {got}",
    ),
    "model.pattern": ("{name}: string should match pattern '{pattern}'", "{name} 须符合格式“{pattern}”"),
    "model.timezone": ("{name}: input should have timezone info", "{name} 须带时区（如 +08:00）"),
    "model.date_parsing": (
        "{name}: input should be a valid date in the format YYYY-MM-DD, {error}",
        "{name} 须为 YYYY-MM-DD 格式的有效日期（“{error}”）",
    ),
    "model.date_or_datetime": (
        "{name}: input should be a valid date or datetime, {error}",
        "{name} 须为有效的日期或时间（“{error}”）",
    ),
    "model.datetime_parsing": (
        "{name}: input should be a valid datetime, {error}",
        "{name} 须为有效的时间（“{error}”）",
    ),
    "model.datetime_or_date": (
        "{name}: input should be a valid datetime or date, {error}",
        "{name} 须为有效的时间或日期（“{error}”）",
    ),
    "model.finite": ("{name}: input should be a finite number", "{name} 须为有限的数字"),
    "model.other": ("{name}: {what}", "{name}：“{what}”"),
    "model.period_order": (
        "period ends ({end}) before it starts ({start})",
        "计划期的结束日（{end}）早于开始日（{start}）",
    ),
    "model.between_max": (
        "comparator 'between' goes with {what}_max, and {what}_max only with 'between'",
        "comparator 'between' 须与 {what}_max 同用，{what}_max 也只能与 'between' 同用",
    ),
    "model.max_below": ("{what}_max ({high}) is below {what} ({low})", "{what}_max（{high}）小于 {what}（{low}）"),
    "model.tolerance_about": (
        "tolerance goes only with comparator 'about' (左右)",
        "tolerance 只能与 comparator 'about'（左右）同用",
    ),
    "model.no_between": (
        "comparator 'between' does not apply here; {instead}",
        "此处不适用 comparator 'between'；{instead}",
    ),
    "model.use_range": (
        "a quantity between two values is kind 'range' with min and max",
        "介于两个值之间的数量用 kind 'range'，写 min 和 max",
    ),
    "model.two_targets": ("use two targets, or 'about' with a tolerance", "请拆成两个目标，或用 'about' 加 tolerance"),
    "model.zero_checkpoints": (
        "a zero target has no checkpoints: it stays at zero all along",
        "零目标没有阶段目标：它始终保持为零",
    ),
    "model.range_order": ("range max ({high}) is below min ({low})", "区间的 max（{high}）小于 min（{low}）"),
    "model.base_year_annual": (
        "base_year goes only with annual: true (年均增长)",
        "base_year 只能与 annual: true（年均增长）同用",
    ),
    "model.decrease_positive": (
        "a decrease is written with a positive percent: direction decrease, percent 4 (下降4%)",
        "下降用正的百分数表示：direction decrease, percent 4（下降4%）",
    ),
    "model.stages_distinct": (
        "stages must be distinct and differ from the states {states}",
        "stages 须互不相同，且不同于状态 {states}",
    ),
    # checks across a plan (workspace.checks)
    "check.id_used": ("id '{id}' is already used at {where}", "编号“{id}”已在 {where} 使用"),
    "check.ids_unique": ("ids must be unique", "编号须唯一"),
    "check.programmes_of_plan": ("programmes of this plan: {ids}", "本计划的领域：{ids}"),
    "check.no_english": ("no English translation yet", "尚无英文译文"),
    "check.add_en": ("add 'en' beside 'zh'", "在 zh 旁补上 en"),
    "check.needs_review": ("needs review: {review}", "待核：{review}"),
    "check.delete_review": ("check it, then delete 'review'", "核实后删去 review"),
    "check.no_english_label": ("no English label yet", "尚无英文名称"),
    "check.add_en_label": ("add 'en'", "请补上 en"),
    "check.plan_period": ("the plan period {start}..{end}", "计划期 {start}..{end}"),
    "check.period_year": (
        "period {end} {day} is not between {first} and {last}",
        "period {end} {day} 不在 {first} 至 {last} 年之间",
    ),
    "check.fix_year": ("fix the year", "请修正年份"),
    "check.due_outside": ("due date {due} is outside {where}", "完成时限 {due} 超出{where}"),
    "check.checkpoint_outside": (
        "checkpoint {day} is outside {where} or after the due date",
        "节点 {day} 超出{where}或晚于完成时限",
    ),
    "check.checkpoint_order": (
        "checkpoint {day} is not after the one before ({previous})",
        "节点 {day} 未晚于前一个节点（{previous}）",
    ),
    "check.baseline_after": ("baseline date {day} is after {where}", "基数日期 {day} 晚于{where}"),
    "check.quote_not_found": ("quote not found in the source text", "原文中找不到这段引文"),
    "check.copy_exactly": ("copy the words exactly as the source has them", "请照原文逐字复制"),
    "check.unmapped": (
        "source clause not mapped to a target and not excluded: {text}",
        "原文分句既未对应目标也未排除：{text}",
    ),
    "check.map_or_exclude": (
        "map it to a target or list it under 'excluded' with a reason",
        "请将其对应到目标，或列入 excluded 并说明理由",
    ),
    "validate.files_one": ("{n} file", "{n} 个文件"),
    "validate.files_many": ("{n} files", "{n} 个文件"),
    "validate.records": ("{files} ({n} records)", "{files}（{n} 条记录）"),
    "validate.warnings_one": (
        "; {n} warning to resolve (validate --strict fails on them)",
        "；{n} 个警告待处理（validate --strict 会因此不通过）",
    ),
    "validate.warnings_many": (
        "; {n} warnings to resolve (validate --strict fails on them)",
        "；{n} 个警告待处理（validate --strict 会因此不通过）",
    ),
    "validate.ok": ("ok: {files} valid{marks}", "通过：{files}均有效{marks}"),
    "validate.failed_one": ("failed: {n} problem in {files}", "未通过：{files}中有 {n} 个问题"),
    "validate.failed_many": ("failed: {n} problems in {files}", "未通过：{files}中有 {n} 个问题"),
    "check.no_plan_files": ("no plan files in this folder", "此文件夹中没有计划文件"),
    "check.plans_folder_hint": (
        "pass the plans folder (plan files are the *.yaml files directly inside it)",
        "请给出计划文件夹（计划文件是直接放在其中的 *.yaml 文件）",
    ),
    # record logs' lines (io.recordlog, workspace.checks)
    "line.too_long": ("line is longer than {limit} KiB", "该行超过 {limit} KiB"),
    "line.torn": ("incomplete last line (an interrupted write?)", "最后一行不完整（写入被中断？）"),
    "line.not_record": ("not a record: expected '- {{...}}'", "不是记录：应为“- {{...}}”"),
    "line.detail": ("{what}: {detail}", "{what}：{detail}"),
    "line.several": ("{n} records on one line", "一行中有 {n} 条记录"),
    "line.one_per_line": ("put each record on its own line", "请每行只写一条记录"),
    "line.repair": ("run 'targetctl repair' to move it aside", "请运行 targetctl repair 将其移出"),
    "line.fix_or_remove": ("fix or remove the line", "请修正或删去该行"),
    "line.unknown_type": (
        "unknown record type; expected one of: value, void, judgement",
        "未知的记录类型；应为以下之一：value、void、judgement",
    ),
    "line.fix_type": ("fix the 'type' field", "请修正 type 字段"),
    "line.future": ("recorded {when} is in the future", "录入时间 {when} 晚于现在"),
    "line.correct_time": (
        "correct the time; record stamps the time it writes",
        "请修正时间；record 写入时会自动记下时间",
    ),
    "line.by_blank": ("'by' is blank", "by 为空"),
    "line.by_control": ("'by' holds a control character (a tab?)", "by 含有控制字符（制表符？）"),
    "line.write_by": ("write who recorded it, as record --by", "请写明填报人，如 record --by"),
    "line.judgement_no_reason": (
        "the judgement of '{target}' gives no reason, only spaces",
        "对“{target}”的研判没有写理由，只有空格",
    ),
    "line.write_why": ("write why in 'reason'", "请在 reason 中写明理由"),
    "line.void_no_reason": ("the void of '{rid}' gives no reason, only spaces", "撤销“{rid}”没有写理由，只有空格"),
    "line.write_why_void": ("write why it was voided in 'reason'", "请在 reason 中写明撤销理由"),
    "line.unconfirmed": ("{far}, with no confirmation mark", "{far}，且未标记确认"),
    "line.confirm_hint": (
        'if it is right, add "confirmed": true to the line; if not, void it',
        '如确认无误，请在该行加上 "confirmed": true；否则请撤销',
    ),
    "line.id_in_two_logs": (
        "record id '{rid}' is also in the log of plan {plan} ({where}:{line})",
        "记录编号“{rid}”也出现在计划 {plan} 的记录中（{where}:{line}）",
    ),
    "line.new_id": (
        "give one of them a new id; --void cannot tell them apart",
        "请给其中一条换一个新编号；--void 无法区分它们",
    ),
    "line.total_lowered": (
        "'{target}' is a running total and {low:,g} as of {after} is below the {high:,g} as of {before} (line {line})",
        "“{target}”是累计值，截至{after}的 {low:,g} 低于截至{before}的 {high:,g}（第{line}行）",
    ),
    "line.mark_correction": ('if it is a correction, add "correction": true', '如为更正，请加上 "correction": true'),
}
