"""Messages of the command line and of the files it reads and writes: usage errors (exit 2),
exports, drafts, imports and documents.

Each entry: id → (English, Chinese), with the same named fields."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "usage.plans_not_folder": (
        "plans folder '{root}' is not a folder; pass --plans DIR or set {env}",
        "计划文件夹“{root}”不是文件夹；请用 --plans 指定，或设置 {env}",
    ),
    "usage.plans_not_found": (
        "plans folder '{root}' not found; pass --plans DIR or set {env}",
        "计划文件夹“{root}”不存在；请用 --plans 指定，或设置 {env}",
    ),
    "usage.plans_before_command": (
        "--plans goes before the command: targetctl --plans DIR {command} …",
        "--plans 须写在命令之前：targetctl --plans DIR {command} …",
    ),
    "usage.plans_other_separator": (
        "plans folder '{root}' not found; to read several folders, join them with '{sep}' in {env} (or repeat --plans)",
        "计划文件夹“{root}”不存在；要读取多个文件夹，请在 {env} 中用“{sep}”连接（或重复 --plans）",
    ),
    "usage.plans_in_empty_folder": (
        "plans folder '{root}' not found: '{empty}' is empty (a git submodule not checked out yet?"
        " run git submodule update --init)",
        "计划文件夹“{root}”不存在：“{empty}”是空的（尚未检出的 git 子模块？请运行 git submodule update --init）",
    ),
    # files (io.files, io.intent, io.recordlog's lock)
    "file.cannot_write": ("cannot write: {reason}; {what}", "无法写入：“{reason}”；{what}"),
    "file.nothing_written": ("nothing was written", "未写入任何内容"),
    "file.incomplete": ("the output is incomplete", "输出不完整"),
    "file.free_space": (
        "free some space (or raise the file-size limit) and run it again",
        "请腾出空间（或放宽文件大小限制）后重试",
    ),
    "file.check_writable": ("check that the folder is writable", "请检查该文件夹是否可写"),
    "file.link_out": (
        "refusing to write through a symbolic link that leads out of the plans folder ({root})",
        "拒绝通过指向计划文件夹（{root}）之外的符号链接写入",
    ),
    "file.replace_link": ("replace the link with a real file or folder", "请用真实的文件或文件夹替换该链接"),
    "file.exists": ("already exists", "已存在"),
    "file.other_id": ("choose another id or edit the file", "请换一个编号，或直接编辑该文件"),
    "file.not_folder": ("is not a folder", "不是文件夹"),
    "file.give_plans": ("give the plans folder with --plans", "请用 --plans 给出计划文件夹"),
    "file.sources_folder": (
        "rename it: source copies go in the folder 'sources'",
        "请改名：原文副本放在 sources 文件夹中",
    ),
    "file.not_regular": ("is not a regular file inside the plans folder", "不是计划文件夹内的普通文件"),
    "file.remove_first": ("remove it first", "请先删除它"),
    "file.is_folder": ("'{path}' is a folder; give a file name", "“{path}”是文件夹；请给出文件名"),
    "file.inside_plans": (
        "'{path}' is inside the plans folder '{plans}', among the plans, sources and logs it could overwrite;"
        " write it elsewhere",
        "“{path}”位于计划文件夹“{plans}”之内，可能覆盖其中的计划、原文或记录；请写到别处",
    ),
    "file.parent_missing": (
        "the folder '{parent}' of '{path}' does not exist; create it first",
        "“{path}”所在的文件夹“{parent}”不存在；请先创建",
    ),
    "file.parent_not_folder": (
        "the folder '{parent}' of '{path}' is not a folder; create it first",
        "“{path}”所在的“{parent}”不是文件夹；请先创建",
    ),
    "file.bad_plan_id": (
        "'{id}' is not a valid plan id: use at most {n} lowercase ASCII letters and digits joined by '-'",
        "“{id}”不是有效的计划编号：请用至多 {n} 个小写英文字母和数字，以“-”连接",
    ),
    "file.records_folder": ("cannot use the records folder: {reason}", "无法使用记录文件夹：“{reason}”"),
    "file.log_not_regular": ("the record log is not a regular file", "记录文件不是普通文件"),
    "file.move_aside": ("move it aside", "请将其移开"),
    "file.log_is_link": ("the record log is a link to another file", "记录文件是指向其他文件的链接"),
    "file.log_itself": ("replace the link with the log itself", "请用记录文件本身替换该链接"),
    "file.log_locked": ("record log is locked by another writer", "记录文件正被其他写入者锁定"),
    "file.writers_lock": ("the writers' lock", "写入锁"),
    "file.import_held": ("an import has held the logs", "有导入操作占用了记录文件"),
    "file.import_lock": ("the import lock", "导入锁"),
    "file.busy": ("{busy} for over {seconds:g} s", "{busy}已超过 {seconds:g} 秒"),
    "file.cannot_take": ("cannot take {what}: {reason}", "无法取得{what}：“{reason}”"),
    "file.cannot_read_log": ("cannot read the record log: {reason}", "无法读取记录文件：“{reason}”"),
    "file.cannot_finish_import": (
        "cannot finish the import: {reason}; nothing was recorded",
        "无法完成导入：“{reason}”；未记录任何数值",
    ),
    "file.cannot_undo_import": (
        "an interrupted import cannot be undone: {reason}",
        "无法撤回被中断的导入：“{reason}”",
    ),
    "file.writable_plans": (
        "run targetctl where the plans folder can be written",
        "请在可写入计划文件夹的环境中运行 targetctl",
    ),
    "file.not_intent": ("not an import intent targetctl wrote", "不是 targetctl 写入的导入意图文件"),
    "file.intent_hint": ("move it aside, then run 'validate'", "请将其移开，然后运行 validate"),
    "file.already_uses_id": ("already uses the id '{id}'", "已使用编号“{id}”"),
    "file.another_id": ("choose another id", "请换一个编号"),
    # spreadsheets (io.spreadsheets) and import (commands.import_)
    "sheet.needs_openpyxl": ("xlsx needs the optional openpyxl package", "xlsx 需要可选的 openpyxl 包"),
    "sheet.install_openpyxl": (
        "install it with: pip install 'targetctl[xlsx]'",
        "请安装：pip install 'targetctl[xlsx]'",
    ),
    "sheet.empty": ("the file is empty", "文件为空"),
    "sheet.too_many_rows": ("more than {limit:,} data rows", "数据行超过 {limit:,} 行"),
    "sheet.too_many_cells": ("more than {limit:,} cells", "单元格超过 {limit:,} 个"),
    "sheet.split": ("split the file into smaller ones", "请拆分为较小的文件"),
    "sheet.split_file": ("split the file", "请拆分该文件"),
    "sheet.cell_too_long": ("cell {where} is longer than {limit:,} characters", "单元格 {where} 超过 {limit:,} 个字符"),
    "sheet.shorten": ("shorten it", "请缩短"),
    "sheet.unreadable": ("cannot read the spreadsheet: {reason}", "无法读取表格：“{reason}”"),
    "sheet.formula_no_value": ("{where}: a formula with no saved result", "{where}：公式没有保存的计算结果"),
    "sheet.formula_hint": ("open and save the file in Excel/WPS first", "请先用 Excel 或 WPS 打开并保存该文件"),
    "sheet.too_many_columns": ("row {row} has more than {limit} columns", "第{row}行超过 {limit} 列"),
    "sheet.zip_bomb": (
        "the spreadsheet uncompresses to {total:,} bytes, or packs a part over {ratio}× "
        "(the limits are {limit:,} bytes and {ratio}×)",
        "表格解压后为 {total:,} 字节，或有部分压缩比超过 {ratio}×（上限为 {limit:,} 字节和 {ratio}×）",
    ),
    "sheet.save_again": (
        "save it again from the spreadsheet program, or split it",
        "请用表格软件重新保存，或拆分该文件",
    ),
    "sheet.shared_strings": (
        "the spreadsheet's shared strings are {size:,} bytes, over the limit of {limit:,}",
        "表格的共享字符串为 {size:,} 字节，超过上限 {limit:,}",
    ),
    "sheet.cannot_read": ("cannot read: {reason}", "无法读取：“{reason}”"),
    "sheet.csv_too_large": ("the file is larger than {limit:,} bytes", "文件超过 {limit:,} 字节"),
    "sheet.not_text": ("not UTF-8 or GB18030 text", "不是 UTF-8 或 GB18030 编码的文本"),
    "sheet.old_workbook": (
        "an Excel 97-2003 workbook (.xls), a WPS one (.et) or a password-protected one: import reads .xlsx and CSV",
        "是 Excel 97-2003 工作簿（.xls）、WPS 表格（.et）或加密的工作簿，import 只能读取 .xlsx 和 CSV",
    ),
    "sheet.lock_file": (
        "the lock file Excel or WPS keeps while a workbook is open, not a sheet: import {name}",
        "这是 Excel 或 WPS 打开工作簿时留下的锁定文件，不是表格：请导入 {name}",
    ),
    "sheet.other_workbook": (
        "a workbook that is not a CSV or an xlsx (an OpenDocument .ods, say)",
        "不是 CSV 或 xlsx 表格（例如 OpenDocument 的 .ods）",
    ),
    "sheet.save_xlsx": (
        "open it in Excel or WPS and save it as an Excel workbook (.xlsx), without a password",
        "请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx，不设密码）",
    ),
    "sheet.save_utf8": ("save the CSV as UTF-8 (Excel: CSV UTF-8)", "请将 CSV 另存为 UTF-8（Excel：CSV UTF-8）"),
    "sheet.not_csv": ("row {row} is not CSV: {reason}", "第{row}行不是 CSV：“{reason}”"),
    "sheet.csv_cell_too_long": (
        "row {row} has a cell longer than {limit:,} characters",
        "第{row}行有单元格超过 {limit:,} 个字符",
    ),
    "sheet.os_error": ("{reason}", "{reason}"),
    "sheet.changed": ("the file changed while it was read", "文件在读取过程中被修改"),
    "sheet.import_again": ("import it again", "请重新导入"),
    "import.row": ("row {row}, column '{column}': {why}", "第{row}行“{column}”列：{why}"),
    "import.not_date": (
        "'{text}' is not a date; write YYYY-MM-DD (or 2020/6/30)",
        "“{text}”不是日期；请写成 YYYY-MM-DD（或 2020/6/30）",
    ),
    "import.no_date": ("the date the value is as of is missing", "缺少该数值的截至日期"),
    "import.not_yes_no": ("'{text}' is not yes or no", "“{text}”不是“是”或“否”"),
    "import.yes_no_hint": (
        "是 or 否 (yes or no), or leave it empty for a final figure",
        "请填“是”或“否”；正式数留空",
    ),
    "import.voided_again": (
        "this value was recorded and then voided (record {rid})",
        "该数值曾记录后又被撤销（记录 {rid}）",
    ),
    "import.voided_hint": (
        "if it is right after all, record it with 'targetctl record'; else clear the row",
        "如确实无误，请用 targetctl record 记录；否则请清空该行",
    ),
    "import.plausible_hint": ("if it is, import again with --confirm", "如确认无误，请加 --confirm 重新导入"),
    "import.total_hint": (
        "if the earlier figure was wrong, use 'record --correct'",
        "如之前的数有误，请用 record --correct",
    ),
    "import.shown_changed": (
        "cell {where} in '{name}' was changed to '{text}', but '{name}' is only shown, never read",
        "单元格 {where}（“{name}”列）被改为“{text}”，但该列只作展示、不会导入",
    ),
    "import.shown_hint": (
        "type a new value in '{value}' and its date in '{as_of}'; change the plan file for anything else",
        "新数值请填在“{value}”列，其截至日期填在“{as_of}”列；其他内容请改计划文件",
    ),
    "import.percent_cell": (
        "cell {where} is formatted as a percent ({hundred}%), but '{target}' is counted in {unit}",
        "单元格 {where} 设为百分比格式（{hundred}%），但目标“{target}”以{unit}计",
    ),
    "import.plain_number": (
        "type the number itself, in a cell not formatted as a percent",
        "请在非百分比格式的单元格中直接填数",
    ),
    "import.more_rows": ("and {n} more bad rows", "另有 {n} 行有误"),
    "import.no_column": ("no column for {column}", "缺少“{column}”列"),
    "import.layout": ("use the layout `targetctl export` writes", "请使用 targetctl export 导出的表格格式"),
    "import.total_above_row": (
        "'{target}' is a running total and {value:,g} as of {day} is above the {later:,g} "
        "recorded as of {later_day} (row {rid})",
        "“{target}”是累计值，截至{day}的 {value:,g} 高于截至{later_day}记录的 {later:,g}（第{rid}行）",
    ),
    "import.total_below_row": (
        "'{target}' is a running total and {value:,g} is below the {before:,g} recorded as of {day} (row {rid})",
        "“{target}”是累计值，{value:,g} 低于截至{day}记录的 {before:,g}（第{rid}行）",
    ),
    # documents for `draft` (io.documents, io.wordtext)
    "doc.not_docx": ("cannot be read as a .docx document: {reason}", "无法作为 .docx 文件读取：{reason}"),
    "doc.save_docx": ("save it again as .docx or as text", "请另存为 .docx 或纯文本"),
    "doc.password": ("is protected by a password", "受密码保护"),
    "doc.password_hint": (
        "save a copy without the password, or export it as text",
        "请另存一份不带密码的副本，或导出为文本",
    ),
    "doc.pages_declared": (
        "has {pages} pages, more than the {limit} pages read",
        "共 {pages} 页，超过可读取的 {limit} 页",
    ),
    "doc.pages_more": ("has more than the {limit} pages read", "超过可读取的 {limit} 页"),
    "doc.split_pdf": ("split the PDF", "请拆分该 PDF"),
    "doc.text_4mib": ("its text is larger than 4 MiB", "其文本超过 4 MiB"),
    "doc.split": ("split the document", "请拆分该文件"),
    "doc.not_pdf": ("cannot be read as a PDF ({reason})", "无法作为 PDF 读取（“{reason}”）"),
    "doc.pdf_hint": ("export it as text or .docx", "请导出为文本或 .docx"),
    "doc.not_found": (
        "'{path}' is not found or not a file: give the path of a .txt, .docx or .pdf document",
        "“{path}”不存在或不是文件：请给出 .txt、.docx 或 .pdf 文件的路径",
    ),
    "doc.too_large": ("is larger than 64 MiB", "超过 64 MiB"),
    "doc.format": ("'{suffix}' documents are not read", "不读取“{suffix}”格式的文件"),
    "doc.save_as": ("save it as .docx, .pdf or plain text", "请另存为 .docx、.pdf 或纯文本"),
    "doc.binary": ("is a binary file, not text", "是二进制文件，不是文本"),
    "doc.web_page": ("is a web page (HTML), not its text", "是网页（HTML），不是正文文本"),
    "doc.save_page_text": (
        "open it in a browser and save or copy its text into a .txt file",
        "请在浏览器中打开，将正文另存或复制为 .txt 文件",
    ),
    "doc.utf16": (
        "looks like UTF-16 text without a byte-order mark",
        "似乎是不带字节顺序标记（BOM）的 UTF-16 文本",
    ),
    "doc.give_document": ("give a .txt, .docx or .pdf document", "请给出 .txt、.docx 或 .pdf 文件"),
    "doc.encoding": ("is not UTF-8, GBK or Big5 text", "不是 UTF-8、GBK 或 Big5 编码的文本"),
    "doc.utf8_broken": (
        "is UTF-8 text broken at byte {at} (a copy cut short or damaged)",
        "是 UTF-8 文本，但第 {at} 字节处已损坏（复制不完整或文件受损）",
    ),
    "doc.save_utf8": ("save it as UTF-8 text", "请另存为 UTF-8 文本"),
    "doc.cannot_read": ("cannot be read: {reason}", "无法读取：“{reason}”"),
    "doc.check_path": ("check the path and its permissions", "请检查路径及其权限"),
    "doc.text_too_large": (
        "its text is larger than 4 MiB, the most a source copy may hold",
        "其文本超过 4 MiB，即原文副本的上限",
    ),
    "doc.no_text": ("holds no text", "没有文本"),
    "doc.ocr": ("for a scanned PDF, run OCR first and give the text", "扫描版 PDF 请先做文字识别（OCR），再给出文本"),
    "doc.empty": ("check it is the document, saved with its text", "请确认这是要起草的文件，且保存时带有正文"),
    "word.too_deep": ("its XML is nested more than {limit} levels deep", "其 XML 嵌套超过 {limit} 层"),
    "word.too_many": ("it has more than {limit} elements", "其元素超过 {limit} 个"),
    "word.dtd": (
        "its XML declares a DTD or entities, which a Word document never needs",
        "其 XML 声明了 DTD 或实体，Word 文档从不需要",
    ),
    "word.parts": ("its zip package has more than {limit} parts", "其 zip 包超过 {limit} 个部分"),
    "word.inflates": ("its part {part!r} inflates past {limit} MB", "其部分 {part!r} 解压后超过 {limit} MB"),
    "word.ratio": (
        "its part {part!r} is compressed more than {ratio} to 1 (a zip bomb?)",
        "其部分 {part!r} 压缩比超过 {ratio} 比 1（zip 炸弹？）",
    ),
    "word.numbering_deep": ("its numbering part is nested too deep or too large", "其编号部分嵌套过深或过大"),
    "word.numbering_dtd": ("its numbering part declares a DTD or entities", "其编号部分声明了 DTD 或实体"),
    "word.numbering_large": ("its numbering part is larger than {limit} MB", "其编号部分超过 {limit} MB"),
    "word.numbering_malformed": ("its numbering part is malformed ({reason})", "其编号部分格式错误（“{reason}”）"),
    "usage.pattern_no_folder": (
        "--plans '{pattern}' matches no folder; {command} writes into the one folder it matches: create it first",
        "--plans “{pattern}”没有匹配的文件夹；{command} 写入它所匹配的唯一文件夹：请先创建该文件夹",
    ),
    "usage.one_plans_folder": (
        "{command} writes into one plans folder, and {n} were given; pass one --plans",
        "{command} 只写入一个计划文件夹，而给出了 {n} 个；请只给一个 --plans",
    ),
    "usage.empty_plans_folder": (
        "--plans '' names no folder (an empty name); give a folder name, or leave the option out",
        "--plans '' 没有指明文件夹（名称为空）；请给出文件夹名称，或去掉该选项",
    ),
    "usage.no_plans_folder": (
        "no plans folder given; pass --plans DIR or set {env}",
        "未给出计划文件夹；请加 --plans 文件夹，或设置 {env}",
    ),
    "word.no_body": ("it has no {body} (it is not a Word document)", "其中没有 {body}（不是 Word 文档）"),
    "word.malformed": ("its XML is malformed ({reason}, line {line})", "其 XML 格式错误（“{reason}”，第{line}行）"),
    "word.alt_chunk": (
        "part of its text is embedded for Word to convert (w:altChunk), which only Word or WPS can read",
        "其部分正文以嵌入块（w:altChunk）形式保存，只有 Word 或 WPS 能转换读取",
    ),
    "word.encoding": (
        "its XML declares the encoding {encoding!r}, which cannot be read here (Word writes UTF-8)",
        "其 XML 声明的编码 {encoding!r} 无法读取（Word 使用 UTF-8）",
    ),
    "word.damaged": ("its zip package is damaged or encrypted ({reason})", "其 zip 包已损坏或被加密（“{reason}”）"),
    # draft (commands.draft)
    "draft.name_utf8": ("the file name is not valid UTF-8", "文件名不是有效的 UTF-8"),
    "draft.rename": ("rename the file (e.g. plan.txt) and draft it again", "请重命名该文件（如 plan.txt）后重新起草"),
    "draft.too_large": (
        "its draft would be a plan over {limit} MiB, the most `validate` reads",
        "其草稿将超过 {limit} MiB，即 validate 可读取的上限",
    ),
    "draft.exists_hint": (
        "choose another --id, or pass --force to replace it",
        "请换一个 --id，或加 --force 替换",
    ),
    "draft.holds_records": (
        "holds records of the plan '{plan}' that --force would replace",
        "存有计划“{plan}”的记录，--force 会使其失效",
    ),
    "draft.records_hint": (
        "draft under another --id, or move the log aside first if those records are to go",
        "请换一个 --id 起草；如确要舍弃这些记录，请先把记录文件移开",
    ),
    "draft.other_id": ("choose another --id", "请换一个 --id"),
    "draft.id_clash": ("already uses the id '{id}' the draft would give", "已使用草稿将给出的编号“{id}”"),
    "draft.no_plans": ("none", "无"),
    "draft.year_and_period": (
        "give --year or --period-start/--period-end, not both",
        "--year 与 --period-start/--period-end 只能选其一",
    ),
    "draft.both_ends": ("give both --period-start and --period-end", "请同时给出 --period-start 和 --period-end"),
    "draft.period_order": (
        "the period ends ({end}) before it starts ({start})",
        "计划期的结束日（{end}）早于开始日（{start}）",
    ),
    # parquet (io.parquet)
    "parquet.dangling": (
        "'{path}' is a link to nothing; give a folder for the Parquet tables",
        "“{path}”是指向不存在目标的链接；请给出存放 Parquet 表的文件夹",
    ),
    "parquet.is_file": (
        "'{path}' is a file; give a folder for the Parquet tables",
        "“{path}”是文件；请给出存放 Parquet 表的文件夹",
    ),
    "parquet.not_empty": (
        "'{path}' holds other files; give a new or empty folder (or an earlier Parquet export)",
        "“{path}”中已有其他文件；请给出新的或空的文件夹（或此前导出的 Parquet 文件夹）",
    ),
    "parquet.foreign": (
        "'{path}' holds {entry}, which no export writes; move it out first (an export replaces the whole folder)",
        "“{path}”中有 {entry}，它不是导出写入的；请先把它移出（导出会替换整个文件夹）",
    ),
    "parquet.holds_plans": (
        "'{path}' holds the plans folder '{plans}' being read; give a folder outside it",
        "“{path}”中有正在读取的计划文件夹“{plans}”；请给出它之外的文件夹",
    ),
    "parquet.inside_plans": (
        "'{path}' is inside the plans folder '{plans}'; give a folder outside it",
        "“{path}”位于计划文件夹“{plans}”之内；请给出它之外的文件夹",
    ),
    "parquet.working_folder": (
        "'{path}' holds the current folder, which cannot be replaced; name a new folder, e.g. -o warehouse",
        "“{path}”包含当前文件夹，无法替换；请给出一个新文件夹名，例如 -o warehouse",
    ),
    "parquet.busy": (
        "another export is writing this folder and has not finished in {seconds:g} s; try again when it ends",
        "另一次导出正在写入此文件夹，{seconds:g} 秒内未完成；请待其结束后重试",
    ),
    "parquet.needs_pyarrow": (
        "the Parquet export needs pyarrow: pip install 'targetctl[parquet]'",
        "Parquet 导出需要 pyarrow：pip install 'targetctl[parquet]'",
    ),
    # validate, log, trace, status (commands)
    "usage.not_exist_paths": (
        "'{path}' does not exist; pass plans folders or plan files",
        "“{path}”不存在；请给出计划文件夹或计划文件",
    ),
    "usage.not_date": ("'{text}' is not a date; write YYYY-MM-DD", "“{text}”不是日期；请写成 YYYY-MM-DD"),
    "usage.plan_files_hint": ("{hint}", "{hint}"),
    # the command line (cli.main)
    "cli.os_error": ("{where}{reason}", "{where}“{reason}”"),
    "file.wrote": ("wrote {path}", "已写入 {path}"),
    "repair.moved": ("moved to {aside}", "已移至 {aside}"),
    "repair.would_move": ("would be moved (dry run)", "将被移走（试运行）"),
    "repair.lines": ("{path}: line(s) {numbers} {where}", "{path}：第 {numbers} 行{where}"),
    "repair.done": ("repair: done", "repair：完成"),
    "repair.dry_run": ("repair: dry run, nothing changed", "repair：试运行，未作改动"),
    "cli.interrupted": ("interrupted", "已中断"),
    "cli.internal_error": (
        "internal error: {kind}: {detail}\nThis is a bug in targetctl; please report it with the command you ran "
        "(run again with --debug for the traceback).",
        "内部错误：{kind}：“{detail}”\n"
        "这是 targetctl 的缺陷；请连同所运行的命令一并报告（加 --debug 重新运行可看到调用栈）。",
    ),
    "status.failing": ("{n} target(s) {statuses}: {ids}", "{n}项目标处于 {statuses}：{ids}"),
    "draft.numeric": ("numeric targets", "数值目标"),
    "draft.milestones": ("milestones", "里程碑"),
    "draft.principles": ("principles and relations", "原则与关系"),
    "draft.programmes": ("programmes", "领域"),
    "draft.exclusions": ("exclusions", "排除项"),
    "draft.review_marks": ("review marks", "待核标记"),
    "draft.titles": ("titles to translate", "待翻译的标题"),
    "draft.count": ("  {label}: {n}", "  {label}：{n}"),
    "draft.next": (
        "next: review the plan, write the English titles, resolve the review marks, run 'targetctl validate --strict'",
        "下一步：核对计划，补写英文标题，处理待核标记，运行 targetctl validate --strict",
    ),
    "draft.compare": ("draft of {document} against plan {plan}:", "{document} 的草稿与计划 {plan} 对照："),
    "draft.only_draft": ("  found by the draft, not in the plan: {n}", "  草稿中有、计划中没有：{n}"),
    "draft.only_plan": ("  in the plan, not found by the draft: {n}", "  计划中有、草稿未找到：{n}"),
    "draft.review_page": ("review page: {path}", "核对页：{path}"),
    "cli.inner_suffix": (
        "-o {name}: the name ends in {suffix}, which names no format; add --format {fmt}, or end the name in .{fmt}",
        "-o {name}：文件名以 {suffix} 结尾，看不出格式；请加 --format {fmt}，或让文件名以 .{fmt} 结尾",
    ),
    "cli.writes_formats": ("-o {name}: this command writes {names} files", "-o {name}：此命令只写 {names} 文件"),
    "cli.name_vs_format": (
        "-o {name} is a {wanted} file name but --format asks for {fmt}",
        "-o {name} 是 {wanted} 文件名，而 --format 要求 {fmt}",
    ),
    "cli.json_vs_format": (
        "--json asks for json but --format asks for {fmt}",
        "--json 要求 json，而 --format 要求 {fmt}",
    ),
    "cli.not_exist": ("'{path}' does not exist", "“{path}”不存在"),
    "cli.void_alone": (
        "--void takes only --reason and --by (no TARGET, VALUE or value options)",
        "--void 只能与 --reason、--by 同用（不能再给目标编号、数值或数值选项）",
    ),
    "cli.void_reason": ("a void needs a reason: --reason TEXT", "撤销记录须说明原因：--reason 原因"),
    "cli.yes_with_void": ("--yes goes only with --void", "--yes 只能与 --void 同用"),
    "cli.target_value": (
        "give TARGET and VALUE, or --void RECORD_ID --reason TEXT",
        "请给出 目标编号 和 数值，或 --void 记录编号 --reason 原因",
    ),
    "cli.expected_one_of": ("'{value}'; expected one of: {choices}", "“{value}”；应为以下之一：{choices}"),
    "cli.behind_below": ("--behind must not be below --at-risk", "--behind 不得低于 --at-risk"),
    "cli.period_tables": (
        "--period and --since print tables; use them without --json and --fail-on",
        "--period 和 --since 输出表格；请勿与 --json、--fail-on 同用",
    ),
    "cli.period_or_since": ("choose one of --period and --since", "--period 和 --since 只能选其一"),
    "cli.since_after": ("{since} is after the as-of day {day}", "{since} 晚于截至日期 {day}"),
    "cli.json_not_file": ("--json writes JSON, not a {suffix} file", "--json 输出 JSON，不是 {suffix} 文件"),
    "cli.xlsx_file": ("xlsx needs a file: pass -o FILE.xlsx", "xlsx 须写入文件：请加 -o 文件.xlsx"),
    "cli.parquet_folder": ("parquet needs a folder: pass -o FOLDER", "parquet 须写入文件夹：请加 -o 文件夹"),
    "cli.parquet_sheet": (
        "parquet writes every table (targets, records, programmes): leave out --sheet",
        "parquet 会写出全部表（目标、记录、项目）：请去掉 --sheet",
    ),
    "cli.not_file": ("'{path}' is not a file", "“{path}”不是文件"),
    "cli.docx_file": ("a Word document needs a file: add -o report.docx", "Word 文档须写入文件：请加 -o report.docx"),
    "cli.draft_id": (
        "give --id PLAN_ID to write a draft, or --compare PLAN_ID to check a plan",
        "请用 --id 计划编号 起草，或用 --compare 计划编号 核对现有计划",
    ),
    "cli.review_html": ("the review page is HTML: name it {name}", "核对页是 HTML 文件：请命名为 {name}"),
    "cli.compare_writes_nothing": (
        "--compare writes nothing, so {option} has nothing to do; leave it out, or draft with --id",
        "--compare 不写入任何文件，{option} 无从生效；请去掉它，或用 --id 起草",
    ),
    "cli.review_is_source": (
        "'{path}' is the document being drafted; give the review page another name",
        "“{path}”就是要起草的文件；请给核对页另取一个名字",
    ),
    "cli.bad_plan_id": (
        "'{id}' is not a valid plan id: use lowercase ASCII letters and digits joined by '-'",
        "“{id}”不是有效的计划编号：请用小写英文字母和数字，以“-”连接",
    ),
}
